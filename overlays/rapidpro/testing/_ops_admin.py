"""Writes to the workspace's small objects: fields, groups, labels, globals, campaigns, events, topics, resthooks."""

from __future__ import annotations

import re
from typing import Any

from ._errors import ErrorReply, FieldErrors, forbidden, limit_reached, not_found
from ._model import Campaign, CampaignEvent, Field, Global, Group, Label, Subscriber, Topic
from ._state import RapidProState
from ._validate import choice, string

__all__ = ["DEFAULT_LIMITS", "Admin"]

DEFAULT_LIMITS = {"fields": 250, "groups": 250, "labels": 250, "globals": 250, "topics": 50}
FIELD_TYPES = ("text", "number", "datetime", "state", "district", "ward")
LEGACY_TYPES = {"text": "text", "numeric": "number", "datetime": "datetime", "state": "state", "district": "district", "ward": "ward"}  # fmt: skip
RESERVED_KEYS = frozenset(
    {"id", "uuid", "name", "language", "created_on", "modified_on", "urns", "groups", "fields", "status", "flow",
     "first_name", "last_name", "has", "is", "contact", "urn", "tel", "channel", "email", "keyword", "timezone"}
)  # fmt: skip
FIELD_NAME = re.compile(r"^[A-Za-z0-9\- ]+$")
UNITS = ("minutes", "hours", "days", "weeks")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def unique(name: str, taken: list[str], errors: FieldErrors, field: str = "name") -> None:
    if name.lower() in (t.lower() for t in taken):
        errors.add(field, "This field must be unique.")


class Admin:
    def __init__(self, state: RapidProState) -> None:
        self.state = state
        self.world = state.world
        self.limits = dict(DEFAULT_LIMITS)

    def _check_limit(self, kind: str, count: int) -> None:
        if count >= self.limits[kind]:
            raise limit_reached()

    # -- fields and globals -----------------------------------------------------------------
    def save_field(self, body: dict[str, Any], key: str | None) -> tuple[int, Field]:
        field = self._lookup(self.world.field_by_key(key) if key else None, key)
        errors = FieldErrors()
        name = string(body, "name", errors, max_length=36) or string(body, "label", errors, max_length=36)
        kind_raw = body.get("type") if body.get("type") is not None else LEGACY_TYPES.get(str(body.get("value_type")))
        if name is None and "name" not in errors and "label" not in errors:
            errors.general("Field 'name' is required.")
        if kind_raw is None and body.get("value_type") is None:
            errors.general("Field 'type' is required.")
        kind = (
            choice({"type": kind_raw}, "type", FIELD_TYPES, errors)
            if kind_raw is not None or body.get("value_type")
            else None
        )
        if name is not None:
            if not FIELD_NAME.match(name):
                errors.add("name", "Can only contain letters, numbers and hypens.")
            unique(name, [f.name for f in self.world.fields if f is not field], errors)
            if field is None and (slug(name) in RESERVED_KEYS or not slug(name) or slug(name)[0].isdigit()):
                errors.add("name", f'Generated key "{slug(name)}" is invalid or a reserved name.')
        used = field is not None and any(e.active and e.field_key == field.key for e in self.world.events)
        if field is not None and kind and kind != field.type and field.type == "datetime" and used:
            errors.add("type", "Can't change type of date field being used by campaign events.")
        errors.check()
        assert name is not None and kind is not None
        if field is None:
            self._check_limit("fields", len(self.world.fields))
            field = Field(self.world.next_id("field"), slug(name), name, kind, self.state.clock())
            self.world.fields.append(field)
            return 201, field
        field.name, field.type = name, kind
        return 200, field

    def save_global(self, body: dict[str, Any], key: str | None) -> tuple[int, Global]:
        item = self._lookup(next((g for g in self.world.globals if g.key == key), None), key)
        errors = FieldErrors()
        name = string(body, "name", errors, max_length=36, need=item is None)
        value = string(body, "value", errors, max_length=10_000, need=True)
        if item is None and name is not None:
            if not FIELD_NAME.match(name):
                errors.add("name", "Can only contain letters, numbers and hypens.")
            unique(name, [g.name for g in self.world.globals], errors)
        errors.check()
        assert value is not None
        now = self.state.clock()
        if item is None:
            assert name is not None
            self._check_limit("globals", len(self.world.globals))
            item = Global(self.world.next_id("global"), slug(name), name, value, now, now)
            self.world.globals.append(item)
            return 201, item
        item.value, item.modified_on = value, now
        return 200, item

    # -- groups, labels, topics -------------------------------------------------------------
    def save_group(self, body: dict[str, Any], uuid: str | None) -> tuple[int, Group]:
        group = self._lookup(next((g for g in self.world.groups if g.active and g.uuid == uuid), None), uuid)
        if group is not None and group.system:
            raise forbidden("Cannot modify system object.")
        name = self._name(body, [g.name for g in self.world.groups if g.active and g is not group])
        if group is None:
            self._check_limit("groups", sum(1 for g in self.world.groups if g.active and not g.system))
            group = Group(self.world.next_id("group"), self.state.ids.uuid4(), name, self.state.clock())
            self.world.groups.append(group)
            return 201, group
        group.name = name
        return 200, group

    def delete_group(self, uuid: str) -> None:
        group = next((g for g in self.world.groups if g.active and g.uuid == uuid), None)
        if group is None:
            raise not_found()
        if group.system:
            raise forbidden("Cannot delete system object.")
        if any(c.group_id == group.id and not c.archived for c in self.world.campaigns):
            raise ErrorReply(400, {"detail": "Group is being used by campaigns which must be archived first."})
        group.active = False
        self.state.contacts.version += 1

    def save_label(self, body: dict[str, Any], uuid: str | None) -> tuple[int, Label]:
        label = self._lookup(self.world.label_by(uuid) if uuid else None, uuid)
        name = self._name(body, [lb.name for lb in self.world.labels if lb.active and lb is not label])
        if label is None:
            self._check_limit("labels", sum(1 for lb in self.world.labels if lb.active))
            label = Label(self.world.next_id("label"), self.state.ids.uuid4(), name, self.state.clock())
            self.world.labels.append(label)
            return 201, label
        label.name = name
        return 200, label

    def delete_label(self, uuid: str) -> None:
        label = next((lb for lb in self.world.labels if lb.active and lb.uuid == uuid), None)
        if label is None:
            raise not_found()
        label.active = False
        self.state.messages.version += 1

    def save_topic(self, body: dict[str, Any], uuid: str | None) -> tuple[int, Topic]:
        topic = self._lookup(next((t for t in self.world.topics if t.uuid == uuid), None), uuid)
        if topic is not None and topic.system:
            raise forbidden("Cannot modify system object.")
        name = self._name(body, [t.name for t in self.world.topics if t is not topic])
        if topic is None:
            self._check_limit("topics", len(self.world.topics))
            topic = Topic(self.world.next_id("topic"), self.state.ids.uuid4(), name, self.state.clock())
            self.world.topics.append(topic)
            return 201, topic
        topic.name = name
        return 200, topic

    def _name(self, body: dict[str, Any], taken: list[str]) -> str:
        errors = FieldErrors()
        name = string(body, "name", errors, max_length=64, need=True)
        if name is not None:
            for char in ('"', "\\"):
                if char in name:
                    errors.add("name", f"Cannot contain the character: {char}")
            unique(name, taken, errors)
        errors.check()
        assert name is not None
        return name

    def _lookup(self, found: Any, value: str | None) -> Any:
        """The object an update names, or None for a create; a lookup that matches nothing is a 404."""
        if value is not None and found is None:
            raise not_found()
        return found

    # -- campaigns --------------------------------------------------------------------------
    def save_campaign(self, body: dict[str, Any], uuid: str | None) -> tuple[int, Campaign]:
        campaign = self._lookup(next((c for c in self.world.campaigns if c.uuid == uuid), None), uuid)
        errors = FieldErrors()
        name = string(body, "name", errors, max_length=64, need=True)
        if name is not None:
            unique(name, [c.name for c in self.world.campaigns if c is not campaign], errors)
        group = None
        if string(body, "group", errors, need=True) is not None:
            group = self.world.group_by(str(body["group"]))
            if group is None:
                errors.add("group", f"No such object: {body['group']}")
        errors.check()
        assert name is not None and group is not None
        if campaign is None:
            campaign = Campaign(
                self.world.next_id("campaign"), self.state.ids.uuid4(), name, group.id, self.state.clock()
            )
            self.world.campaigns.append(campaign)
            return 201, campaign
        campaign.name, campaign.group_id = name, group.id
        return 200, campaign

    def save_event(self, body: dict[str, Any], uuid: str | None) -> tuple[int, CampaignEvent]:
        event = self._lookup(next((e for e in self.world.events if e.active and e.uuid == uuid), None), uuid)
        errors = FieldErrors()
        campaign = None
        if string(body, "campaign", errors, need=True) is not None:
            campaign = next((c for c in self.world.campaigns if c.uuid == body["campaign"]), None)
            if campaign is None:
                errors.add("campaign", f"No such object: {body['campaign']}")
            elif event is not None and campaign.id != event.campaign_id:
                errors.add("campaign", "Cannot change campaign for existing events")
        field = None
        if string(body, "relative_to", errors, need=True) is not None:
            field = self.world.field_by_key(str(body["relative_to"]))
            if field is None:
                errors.add("relative_to", f"No such object: {body['relative_to']}")
        offset = self._integer(body, "offset", errors)
        unit = choice(body, "unit", UNITS, errors)
        hour = self._integer(body, "delivery_hour", errors)
        if hour is not None and not -1 <= hour <= 23:
            errors.add("delivery_hour", f"Ensure this value is {'greater' if hour < -1 else 'less'} than or equal to {-1 if hour < -1 else 23}.")  # fmt: skip
        message, flow = self._event_action(body, errors)
        errors.check()
        assert campaign and field and offset is not None and unit and hour is not None
        if event is None:
            event = CampaignEvent(
                self.world.next_id("event"), self.state.ids.uuid4(), campaign.id, field.key, offset, unit, hour,
                flow, message, self.state.clock(),
            )  # fmt: skip
            self.world.events.append(event)
            return 201, event
        event.field_key, event.offset, event.unit, event.delivery_hour = field.key, offset, unit, hour
        event.flow_id, event.message = flow, message
        return 200, event

    def _event_action(self, body: dict[str, Any], errors: FieldErrors) -> tuple[dict[str, str] | None, int | None]:
        has_message, has_flow = body.get("message") is not None, body.get("flow") is not None
        if has_message == has_flow:
            errors.general("Flow or a message text required." if not has_message else "Only one of flow or message can be specified.")  # fmt: skip
            return None, None
        if has_flow:
            flow = self.world.flow_by_uuid(str(body["flow"]))
            if flow is None:
                errors.add("flow", f"No such object: {body['flow']}")
            return None, flow.id if flow else None
        primary = self.world.workspace.languages[0]
        message = body["message"]
        if isinstance(message, str):
            message = {primary: message}
        if not isinstance(message, dict) or not all(isinstance(v, str) for v in message.values()):
            errors.add("message", "Must be a string or a dict of translations.")
            return None, None
        if not message.get(primary):
            errors.add("message", "Message text in default flow language is required.")
        return message, None

    def _integer(self, body: dict[str, Any], name: str, errors: FieldErrors) -> int | None:
        if body.get(name) is None:
            errors.add(name, "This field is required.")
            return None
        value = body[name]
        if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).lstrip("-").isdigit():
            errors.add(name, "A valid integer is required.")
            return None
        return int(value)

    def delete_event(self, uuid: str) -> None:
        event = next((e for e in self.world.events if e.active and e.uuid == uuid), None)
        if event is None:
            raise not_found()
        event.active = False

    # -- resthooks --------------------------------------------------------------------------
    def subscribe(self, body: dict[str, Any]) -> Subscriber:
        errors = FieldErrors()
        hook = string(body, "resthook", errors, need=True)
        url = string(body, "target_url", errors, need=True, max_length=200)
        if hook is not None and not any(r.slug == hook for r in self.world.resthooks):
            errors.add("resthook", f"No resthook with slug: {hook}")
        if url is not None and not re.match(r"^https?://[^\s/$.?#].[^\s]*$", url):
            errors.add("target_url", "Enter a valid URL.")
        if not errors and any(s.active and s.resthook == hook and s.target_url == url for s in self.world.subscribers):
            errors.general("URL is already subscribed to this event.")
        errors.check()
        assert hook is not None and url is not None
        subscriber = Subscriber(self.world.next_id("subscriber"), hook, url, self.state.clock())
        self.world.subscribers.append(subscriber)
        return subscriber

    def unsubscribe(self, ident: int) -> None:
        found = next((s for s in self.world.subscribers if s.active and s.id == ident), None)
        if found is None:
            raise not_found()
        found.active = False
