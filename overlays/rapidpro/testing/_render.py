"""Records to RapidPro's JSON, field for field (deprecated fields included, as the server still sends them)."""

from __future__ import annotations

from typing import Any

from ._model import (
    Archive,
    Boundary,
    Broadcast,
    Campaign,
    CampaignEvent,
    Channel,
    ChannelEvent,
    Contact,
    Field,
    Flow,
    FlowStart,
    Global,
    Group,
    Label,
    Media,
    Message,
    Resthook,
    ResthookEvent,
    Run,
    Subscriber,
    Ticket,
    Topic,
    User,
    Workspace,
)
from ._state import RapidProState
from ._urns import display
from ._util import fmt, fmt_date, fmt_or_none

__all__ = ["Renderer"]

LEGACY_TYPES = {"number": "numeric"}
JSON = dict[str, Any]


def ref(uuid: str, name: str | None) -> JSON:
    return {"uuid": uuid, "name": name}


class Renderer:
    def __init__(self, state: RapidProState) -> None:
        self.state = state
        self.world = state.world
        self._run_counts: tuple[int, dict[int, dict[str, int]]] | None = None

    # -- references -------------------------------------------------------------------------
    def contact_ref(self, ident: int) -> JSON:
        contact = self.state.contacts.get(ident)
        return ref(contact.uuid, None if contact.deleted else contact.name) if contact else ref("", None)

    def group_ref(self, group_id: int) -> JSON:
        group = next(g for g in self.world.groups if g.id == group_id)
        return ref(group.uuid, group.name)

    def flow_ref(self, flow_id: int | None) -> JSON | None:
        if flow_id is None:
            return None
        flow = self.world.flow(flow_id)
        return ref(flow.uuid, flow.name)

    def channel_ref(self, index: int | None) -> JSON | None:
        if index is None:
            return None
        channel = self.world.channels[index]
        return ref(channel.uuid, channel.name)

    def user_ref(self, email: str | None) -> JSON | None:
        user = self.world.user_by_email(email) if email else None
        return {"email": user.email, "name": user.name} if user else None

    # -- contacts ---------------------------------------------------------------------------
    def contact(self, contact: Contact, expand_urns: bool = False) -> JSON:
        if contact.deleted:
            return {
                "uuid": contact.uuid, "name": None, "status": None, "language": None, "urns": [], "groups": [],
                "notes": [], "fields": {}, "flow": None, "created_on": fmt(contact.created_on),
                "modified_on": fmt(contact.modified_on), "last_seen_on": fmt_or_none(contact.last_seen_on),
                "blocked": None, "stopped": None,
            }  # fmt: skip
        urns: list[Any] = list(contact.urns)
        if expand_urns:
            urns = [self._urn(urn) for urn in contact.urns]
        return {
            "uuid": contact.uuid,
            "name": contact.name,
            "status": contact.status,
            "language": contact.language,
            "urns": urns,
            "groups": [ref(g.uuid, g.name) for g in self.state.contacts.groups_of(contact)],
            "notes": [
                {"text": n.text, "created_on": fmt(n.created_on), "created_by": self.user_ref(n.user_email)}
                for n in contact.notes
            ],
            "fields": {f.key: contact.fields.get(f.key) for f in self.world.fields},
            "flow": self.flow_ref(contact.flow_id),
            "created_on": fmt(contact.created_on),
            "modified_on": fmt(contact.modified_on),
            "last_seen_on": fmt_or_none(contact.last_seen_on),
            "blocked": contact.status == "blocked",
            "stopped": contact.status == "stopped",
        }

    def _urn(self, urn: str) -> JSON:
        scheme, _, path = urn.partition(":")
        return {
            "channel": self.channel_ref(self.world.channel_for(urn)),
            "scheme": scheme,
            "path": path,
            "display": None,
        }

    def group(self, group: Group) -> JSON:
        count = self.state.contacts.counts().get(group.id, 0)
        return {
            "uuid": group.uuid, "name": group.name, "query": group.query, "status": group.status,
            "system": group.system, "count": count,
        }  # fmt: skip

    def field(self, field: Field) -> JSON:
        groups = sum(1 for g in self.world.groups if g.active and g.query and field.key in g.query)
        events = sum(1 for e in self.world.events if e.active and e.field_key == field.key)
        return {
            "key": field.key, "name": field.name, "type": field.type, "featured": field.featured,
            "priority": field.priority, "usages": {"flows": field.flow_usages, "groups": groups, "campaign_events": events},
            "agent_access": field.agent_access, "label": field.name, "value_type": LEGACY_TYPES.get(field.type, field.type),
        }  # fmt: skip

    # -- messages ---------------------------------------------------------------------------
    def label(self, label: Label) -> JSON:
        return {"uuid": label.uuid, "name": label.name, "count": self.state.messages.label_counts().get(label.id, 0)}

    def message(self, message: Message) -> JSON:
        attachments = [{"content_type": ct, "url": url} for ct, url in message.attachments]
        labels = [lb for lb in self.world.labels if lb.id in message.labels and lb.active]
        return {
            "uuid": message.uuid,
            "contact": self.contact_ref(message.contact_id),
            "urn": message.urn,
            "channel": self.channel_ref(message.channel),
            "direction": message.direction,
            "type": message.type,
            "status": message.status,
            "archived": message.visibility == "archived",
            "visibility": message.visibility,
            "text": message.text,
            "labels": [ref(lb.uuid, lb.name) for lb in labels],
            "flow": self.flow_ref(message.flow_id),
            "attachments": attachments,
            "quick_replies": message.quick_replies,
            "created_on": fmt(message.created_on),
            "sent_on": fmt_or_none(message.sent_on),
            "modified_on": fmt(message.modified_on),
            "media": f"{message.attachments[0][0]}:{message.attachments[0][1]}" if message.attachments else None,
            "id": message.id,
            "broadcast": message.broadcast_id,
        }

    def broadcast(self, broadcast: Broadcast) -> JSON:
        return {
            "uuid": broadcast.uuid,
            "status": broadcast.status,
            "progress": {"total": broadcast.total, "started": broadcast.started},
            "urns": broadcast.urns,
            "contacts": [self.contact_ref(c) for c in broadcast.contact_ids],
            "groups": [self.group_ref(g) for g in broadcast.group_ids],
            "text": broadcast.text,
            "attachments": broadcast.attachments,
            "quick_replies": broadcast.quick_replies,
            "base_language": broadcast.base_language,
            "created_on": fmt(broadcast.created_on),
            "id": broadcast.id,
        }

    def media(self, media: Media) -> JSON:
        return {
            "uuid": media.uuid, "content_type": media.content_type, "url": media.url, "filename": media.filename,
            "size": len(media.data),
        }  # fmt: skip

    # -- flows ------------------------------------------------------------------------------
    def flow(self, flow: Flow) -> JSON:
        version = self.state.runs.version
        if self._run_counts is None or self._run_counts[0] != version:
            counts: dict[int, dict[str, int]] = {}
            for _, flow_id, _, status in self.state.runs.cores():
                slot = counts.setdefault(flow_id, {})
                slot[status] = slot.get(status, 0) + 1
            self._run_counts = (version, counts)
        runs = self._run_counts[1].get(flow.id, {})
        return {
            "uuid": flow.uuid,
            "name": flow.name,
            "type": flow.type,
            "archived": flow.archived,
            "labels": [ref(uuid, name) for uuid, name in flow.labels],
            "expires": flow.expires,
            "runs": {k: runs.get(k, 0) for k in ("active", "waiting", "completed", "interrupted", "expired", "failed")},
            "results": [
                {"key": r.key, "name": r.name, "categories": r.categories, "node_uuids": [r.node]} for r in flow.results
            ],
            "parent_refs": [],
            "created_on": fmt(flow.created_on),
            "modified_on": fmt(flow.modified_on),
        }

    def run(self, run: Run, paths: bool = True) -> JSON:
        contact = self.state.contacts.get(run.contact_id)
        urn = contact.urns[0] if contact and contact.urns else None
        summary = {
            "uuid": contact.uuid if contact else "",
            "name": contact.name if contact else None,
            "urn": urn,
            "urn_display": display(urn) if urn else None,
        }
        return {
            "uuid": run.uuid,
            "flow": self.flow_ref(run.flow_id),
            "contact": summary,
            "start": {"uuid": run.start_uuid} if run.start_uuid else None,
            "responded": run.responded,
            "path": [{"node": node, "time": fmt(at)} for node, at in run.path] if paths else None,
            "values": {
                key: {"name": v.name, "value": v.value, "category": v.category, "node": v.node, "time": fmt(v.time)}
                for key, v in run.values.items()
            },
            "created_on": fmt(run.created_on),
            "modified_on": fmt(run.modified_on),
            "exited_on": fmt_or_none(run.exited_on),
            "exit_type": run.exit_type,
            "id": run.id,
        }

    def flow_start(self, start: FlowStart) -> JSON:
        return {
            "uuid": start.uuid,
            "flow": self.flow_ref(start.flow_id),
            "status": start.status,
            "progress": {"total": start.total, "started": start.started},
            "groups": [self.group_ref(g) for g in start.group_ids],
            "contacts": [self.contact_ref(c) for c in start.contact_ids],
            "params": start.params,
            "created_on": fmt(start.created_on),
            "modified_on": fmt(start.modified_on),
            "id": start.id,
            "extra": start.params,
            "restart_participants": start.restart_participants,
            "exclude_active": start.exclude_active,
        }

    def campaign(self, campaign: Campaign) -> JSON:
        return {
            "uuid": campaign.uuid, "name": campaign.name, "archived": campaign.archived,
            "group": self.group_ref(campaign.group_id), "created_on": fmt(campaign.created_on),
        }  # fmt: skip

    def event(self, event: CampaignEvent) -> JSON:
        campaign = next(c for c in self.world.campaigns if c.id == event.campaign_id)
        field = self.world.field_by_key(event.field_key)
        name = field.name if field else event.field_key
        return {
            "uuid": event.uuid,
            "campaign": ref(campaign.uuid, campaign.name),
            "relative_to": {"key": event.field_key, "name": name, "label": name},
            "offset": event.offset,
            "unit": event.unit,
            "delivery_hour": event.delivery_hour,
            "flow": self.flow_ref(event.flow_id),
            "message": event.message,
            "created_on": fmt(event.created_on),
        }

    # -- the rest ---------------------------------------------------------------------------
    def channel(self, channel: Channel) -> JSON:
        return {
            "uuid": channel.uuid, "name": channel.name, "address": channel.address, "type": channel.type,
            "country": channel.country, "device": channel.device, "last_seen": fmt_or_none(channel.last_seen),
            "created_on": fmt(channel.created_on),
        }  # fmt: skip

    def channel_event(self, event: ChannelEvent) -> JSON:
        return {
            "id": event.id, "type": event.type, "contact": self.contact_ref(event.contact_id),
            "channel": self.channel_ref(event.channel), "extra": event.extra, "occurred_on": fmt(event.occurred_on),
            "created_on": fmt(event.created_on),
        }  # fmt: skip

    def global_(self, item: Global) -> JSON:
        return {"key": item.key, "name": item.name, "value": item.value, "modified_on": fmt(item.modified_on)}

    def topic(self, topic: Topic) -> JSON:
        tickets = [t for t in self.state.tickets if t.topic_id == topic.id]
        counts = {
            "open": sum(t.status == "open" for t in tickets),
            "closed": sum(t.status == "closed" for t in tickets),
        }
        return {
            "uuid": topic.uuid, "name": topic.name, "counts": counts, "system": topic.system,
            "created_on": fmt(topic.created_on),
        }  # fmt: skip

    def ticket(self, ticket: Ticket) -> JSON:
        topic = self.world.topic(ticket.topic_id)
        return {
            "uuid": ticket.uuid,
            "contact": self.contact_ref(ticket.contact_id),
            "status": ticket.status,
            "topic": ref(topic.uuid, topic.name),
            "body": None,
            "assignee": self.user_ref(ticket.assignee),
            "opened_on": fmt(ticket.opened_on),
            "opened_by": self.user_ref(ticket.opened_by),
            "opened_in": self.flow_ref(ticket.opened_in),
            "modified_on": fmt(ticket.modified_on),
            "closed_on": fmt_or_none(ticket.closed_on),
        }

    def user(self, user: User) -> JSON:
        first, _, last = user.name.partition(" ")
        return {
            "uuid": user.uuid, "name": user.name, "email": user.email, "role": user.role,
            "team": ref(*user.team) if user.team else None, "created_on": fmt(user.created_on),
            "avatar": user.avatar, "first_name": first, "last_name": last,
        }  # fmt: skip

    def workspace(self, workspace: Workspace) -> JSON:
        return {
            "uuid": workspace.uuid, "name": workspace.name, "country": workspace.country,
            "languages": workspace.languages, "timezone": workspace.timezone, "date_style": workspace.date_style,
            "anon": workspace.anon, "credits": {"used": -1, "remaining": -1},
            "primary_language": workspace.languages[0],
        }  # fmt: skip

    def resthook(self, hook: Resthook) -> JSON:
        return {"resthook": hook.slug, "created_on": fmt(hook.created_on), "modified_on": fmt(hook.modified_on)}

    def resthook_event(self, event: ResthookEvent) -> JSON:
        return {"resthook": event.resthook, "data": event.data, "created_on": fmt(event.created_on)}

    def subscriber(self, sub: Subscriber) -> JSON:
        return {"id": sub.id, "resthook": sub.resthook, "target_url": sub.target_url, "created_on": fmt(sub.created_on)}

    def archive(self, archive: Archive) -> JSON:
        return {
            "type": archive.type, "start_date": fmt_date(archive.start), "period": archive.period,
            "record_count": archive.record_count, "size": archive.size, "hash": archive.hash,
            "download_url": archive.url, "archive_type": archive.type,
        }  # fmt: skip

    def boundary(self, boundary: Boundary) -> JSON:
        parent = {"osm_id": boundary.parent[0], "name": boundary.parent[1]} if boundary.parent else None
        return {
            "osm_id": boundary.osm_id, "name": boundary.name, "parent": parent, "level": boundary.level,
            "aliases": boundary.aliases, "geometry": boundary.geometry,
        }  # fmt: skip
