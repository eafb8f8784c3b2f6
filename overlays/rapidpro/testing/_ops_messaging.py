"""Sending: messages, broadcasts and flow starts (which deliver at once), and the message bulk actions."""

from __future__ import annotations

import json
from typing import Any

from ._errors import FieldErrors
from ._model import Broadcast, Contact, FlowStart, Group, Label, Message, Run
from ._ops_contacts import ContactOps
from ._state import RapidProState
from ._urns import normalize_urn
from ._validate import choice, list_of, string

__all__ = ["Sending"]

QUICK_REPLY_TYPES = ("text", "form", "url", "location")
MESSAGE_ACTIONS = ("label", "unlabel", "archive", "restore", "delete")


class Sending:
    def __init__(self, state: RapidProState, contact_ops: ContactOps) -> None:
        self.state = state
        self.world = state.world
        self.contacts = state.contacts
        self.contact_ops = contact_ops

    # -- messages ---------------------------------------------------------------------------
    def message(self, body: dict[str, Any]) -> Message:
        errors = FieldErrors()
        contact = None
        if "contact" not in body or body["contact"] is None:
            errors.add("contact", "This field is required.")
        else:
            contact = self.contacts.by_ref(str(body["contact"]))
            if contact is None:
                errors.add("contact", f"No such object: {body['contact']}")
        text = string(body, "text", errors, max_length=4096)
        attachments = list_of(
            body, "attachments", errors, lambda a: self._attachment(a, "attachments", errors), max_items=10
        )
        replies = self._quick_replies(body.get("quick_replies"), "quick_replies", errors)
        if not text and not attachments and "text" not in errors:
            errors.general("Must provide either text or attachments.")
        errors.check()
        assert contact is not None
        message = self.state.messages.outgoing(contact, text or "")
        message.attachments = attachments or []
        message.quick_replies = replies or []
        return message

    def _attachment(self, value: Any, field: str, errors: FieldErrors) -> tuple[str, str] | None:
        text = str(value)
        for media in self.state.media.values():
            if text == media.uuid or (":" in text and media.uuid in text):
                return media.content_type, media.url
        errors.add(field, f"No such object: {value}")
        return None

    def _quick_replies(self, value: Any, field: str, errors: FieldErrors) -> list[dict[str, Any]] | None:
        if value is None:
            return None
        if not isinstance(value, list) or len(value) > 10:
            errors.add(
                field,
                "Ensure this field has no more than 10 elements." if isinstance(value, list) else "Not a valid list.",
            )
            return None
        found = []
        for index, item in enumerate(value):
            reply = {"text": item} if isinstance(item, str) else item
            if not isinstance(reply, dict):
                errors.add_nested(field, index, "Not a valid quick reply.")
                continue
            kind, text, extra = reply.get("type") or "text", reply.get("text"), reply.get("extra")
            problem = None
            if kind not in QUICK_REPLY_TYPES:
                problem = f'"{kind}" is not a valid choice.'
            elif kind != "location" and not text:
                problem = "Text is required."
            elif kind in ("form", "url") and not extra:
                problem = "Extra is required."
            elif kind == "location" and extra:
                problem = "Extra is not allowed for location quick replies."
            elif (text and len(str(text)) > 64) or (extra and len(str(extra)) > 1000):
                problem = "Ensure this field has no more than 64 characters."
            if problem:
                errors.add_nested(field, index, problem)
                continue
            found.append({"type": kind, **({"text": text} if text else {}), **({"extra": extra} if extra else {})})
        return found

    # -- broadcasts -------------------------------------------------------------------------
    def broadcast(self, body: dict[str, Any]) -> tuple[Broadcast, Broadcast]:
        """The broadcast as created (pending) and as it is once sent (messages created)."""
        errors = FieldErrors()
        primary = self.world.workspace.languages[0]
        urns = self._urn_list(body, errors)
        contacts = list_of(body, "contacts", errors, lambda ref: self._contact_by_uuid(ref, "contacts", errors))
        groups = list_of(body, "groups", errors, lambda ref: self._group(ref, "groups", errors))
        text = self._translations(body.get("text"), "text", primary, errors)
        attachments = self._attachment_translations(body.get("attachments"), primary, errors)
        replies_raw = body.get("quick_replies")
        replies: dict[str, list[dict[str, Any]]] = {}
        if isinstance(replies_raw, dict):
            for lang, items in replies_raw.items():
                replies[lang] = self._quick_replies(items, "quick_replies", errors) or []
        elif replies_raw is not None:
            replies[primary] = self._quick_replies(replies_raw, "quick_replies", errors) or []
        base = string(body, "base_language", errors, max_length=3) or next(iter(text or attachments or {primary: ""}))
        if not errors:
            if not text and not attachments:
                errors.general("Must provide either text or attachments.")
            elif not urns and not contacts and not groups:
                errors.general("Must provide either urns, contacts or groups.")
            elif (
                base not in (text or {})
                or (attachments and base not in attachments)
                or (replies and base not in replies)
            ):
                errors.general("No text translation provided in base language.")
        errors.check()
        translations: dict[str, str | None] = dict(text or {})
        languages = list(dict.fromkeys([*translations, *(attachments or {})]))
        now = self.state.clock()
        created = Broadcast(
            len(self.state.broadcasts) + 1, self.state.ids.uuid7(now), "pending", -1, 0, urns or [],
            [c.id for c in contacts or []], [g.id for g in groups or []],
            {lang: translations.get(lang) for lang in languages},
            {lang: (attachments or {}).get(lang, []) for lang in languages},
            {lang: replies.get(lang, []) for lang in languages}, base, now,
        )  # fmt: skip
        self.state.broadcasts.append(created)
        snapshot = Broadcast(**vars(created))
        recipients = self._recipients(groups or [], contacts or [], urns or [])
        for contact in recipients:
            language = contact.language if contact.language in translations else base
            message = self.state.messages.outgoing(contact, translations.get(language) or "", broadcast_id=created.id)
            message.attachments = [self._split(a) for a in (attachments or {}).get(language, [])]
            message.quick_replies = replies.get(language, [])
        created.status, created.total, created.started = "completed", len(recipients), len(recipients)
        return snapshot, created

    def _split(self, attachment: str) -> tuple[str, str]:
        kind, _, url = attachment.partition(":")
        return kind, url

    def _urn_list(self, body: dict[str, Any], errors: FieldErrors) -> list[str] | None:
        found = list_of(body, "urns", errors, lambda urn: urn)
        if found is None:
            return None
        urns = []
        for index, urn in enumerate(found):
            normalized = normalize_urn(urn, self.world.workspace.country) if isinstance(urn, str) else None
            if normalized is None:
                errors.add_nested("urns", index, "URN is not valid.")
            else:
                urns.append(normalized)
        return urns

    def _contact_by_uuid(self, ref: Any, field: str, errors: FieldErrors) -> Contact | None:
        contact = self.contacts.by_uuid(str(ref))
        if contact is None or contact.deleted:
            errors.add(field, f"No such object: {ref}")
            return None
        return contact

    def _group(self, ref: Any, field: str, errors: FieldErrors) -> Group | None:
        group = self.world.group_by(str(ref))
        if group is None:
            errors.add(field, f"No such object: {ref}")
        return group

    def _translations(self, value: Any, field: str, primary: str, errors: FieldErrors) -> dict[str, str] | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = {primary: value}
        if not isinstance(value, dict) or len(value) > 50:
            errors.add(field, "Must be a string or a dict of translations (at most 50 languages).")
            return None
        found = {}
        for lang, text in value.items():
            if len(lang) != 3 or not isinstance(text, str):
                errors.add_nested(field, lang, "Not a valid translation.")
            elif len(text) > 4096:
                errors.add_nested(field, lang, "Ensure this field has no more than 4096 characters.")
            else:
                found[lang] = text
        return found

    def _attachment_translations(self, value: Any, primary: str, errors: FieldErrors) -> dict[str, list[str]] | None:
        if value is None:
            return None
        if isinstance(value, list):
            value = {primary: value}
        if not isinstance(value, dict):
            errors.add("attachments", "Must be a list or a dict of translations.")
            return None
        found: dict[str, list[str]] = {}
        for lang, items in value.items():
            converted = list_of({"attachments": items}, "attachments", errors, lambda a: self._attachment(a, "attachments", errors), max_items=10)  # fmt: skip
            found[lang] = [f"{ct}:{url}" for ct, url in converted or []]
        return found

    def _recipients(self, groups: list[Group], contacts: list[Contact], urns: list[str]) -> list[Contact]:
        """Active contacts of the groups, the contacts, and the URNs' contacts (created when new)."""
        found: dict[int, Contact] = {}
        if groups:
            wanted = {g.id for g in groups}
            for contact in self.contacts.all():
                if not contact.deleted and any(g.id in wanted for g in self.contacts.groups_of(contact)):
                    found[contact.id] = contact
        for contact in contacts:
            found.setdefault(contact.id, contact)
        for urn in urns:
            owner = self.contacts.by_urn(urn)
            if owner is None:
                _, owner = self.contact_ops.save({}, ("urn", urn), "")
            found.setdefault(owner.id, owner)
        return [c for c in found.values() if c.status == "active"]

    # -- flow starts ------------------------------------------------------------------------
    def flow_start(self, body: dict[str, Any]) -> tuple[FlowStart, FlowStart]:
        """The start as created (pending) and once its contacts are started (runs and messages created)."""
        errors = FieldErrors()
        flow = None
        if string(body, "flow", errors, need=True) is not None:
            flow = self.world.flow_by_uuid(str(body["flow"]))
            if flow is None:
                errors.add("flow", f"No such object: {body['flow']}")
        groups = list_of(body, "groups", errors, lambda ref: self._group(ref, "groups", errors))
        contacts = list_of(body, "contacts", errors, lambda ref: self._contact_by_uuid(ref, "contacts", errors))
        urns = self._urn_list(body, errors)
        params = body.get("params", body.get("extra"))
        if params is not None and not isinstance(params, dict):
            errors.add("params", "Must be a valid JSON object")
        elif params is not None and len(json.dumps(params)) > 10_000:
            errors.add("params", "Ensure this field has no more than 10000 characters.")
        restart, exclude = body.get("restart_participants", True), body.get("exclude_active", False)
        for name, value in (("restart_participants", restart), ("exclude_active", exclude)):
            if not isinstance(value, bool) and value not in (0, 1):
                errors.add(name, "Must be a valid boolean.")
        if not errors and not groups and not contacts and not urns:
            errors.general("Must specify at least one group, contact or URN")
        errors.check()
        assert flow is not None
        now = self.state.clock()
        start = FlowStart(
            len(self.state.flow_starts) + 1, self.state.ids.uuid4(), flow.id, "pending", -1, 0,
            [g.id for g in groups or []], [c.id for c in contacts or []], params or {}, now, now,
            bool(restart), bool(exclude),
        )  # fmt: skip
        self.state.flow_starts.append(start)
        snapshot = FlowStart(**vars(start))
        targets = self._recipients(groups or [], contacts or [], urns or [])
        if exclude:
            targets = [c for c in targets if c.flow_id is None]
        if not restart:
            done = {owner for _, flow_id, owner, _ in self.state.runs.cores() if flow_id == flow.id}
            targets = [c for c in targets if c.id not in done]
        self.contact_ops.interrupt(targets)
        for contact in targets:
            self._start_run(flow.id, contact, start.uuid)
        start.status, start.total, start.started = "completed", len(targets), len(targets)
        start.modified_on = self.state.clock()
        return snapshot, start

    def _start_run(self, flow_id: int, contact: Contact, start_uuid: str) -> None:
        flow = self.world.flow(flow_id)
        now = self.state.clock()
        waits = flow.type != "background"
        path = [(flow.nodes[0], now)] + ([] if waits else [(flow.nodes[-1], now + 1000)])
        runs = self.state.runs
        run = Run(
            runs.new_id(), self.state.ids.uuid7(now), flow.id, contact.id, start_uuid, False, path, {}, now, now,
            None if waits else now + 1000, "waiting" if waits else "completed",
        )  # fmt: skip
        runs.save(run)
        if waits:
            editable = self.contacts.editable(contact.id)
            editable.flow_id = flow.id
            self.contacts.save(editable)
        if flow.type in ("message", "survey"):
            self.state.messages.outgoing(contact, flow.question, flow_id=flow.id)

    # -- message actions --------------------------------------------------------------------
    def message_action(self, body: dict[str, Any]) -> list[int]:
        """Apply a bulk action; the ids of messages that no longer exist come back as failures."""
        errors = FieldErrors()
        ids = list_of(body, "messages", errors, lambda v: v if isinstance(v, int) and not isinstance(v, bool) else _bad_id(v, errors), need=True)  # fmt: skip
        action = choice(body, "action", MESSAGE_ACTIONS, errors)
        label: Label | None = None
        has_label, has_name = body.get("label") is not None, body.get("label_name") is not None
        if action in ("label", "unlabel"):
            if has_label and has_name:
                errors.general("Can't specify both label and label_name.")
            elif not has_label and not has_name:
                errors.add("label", f'For action "{action}" you should also specify a label')
            elif has_label:
                label = self.world.label_by(str(body["label"]))
                if label is None:
                    errors.add("label", f"No such object: {body['label']}")
            else:
                name = string(body, "label_name", errors, max_length=64) or ""
                label = self.world.label_by(name)
                if label is None and action == "label" and name:
                    label = Label(self.world.next_id("label"), self.state.ids.uuid4(), name, self.state.clock())
                    self.world.labels.append(label)
        elif action is not None and (has_label or has_name):
            errors.add("label", f'For action "{action}" you should not specify a label')
        failures, found = [], []
        for ident in ids or []:
            message = self.state.messages.get(ident)
            if message is None or message.visibility == "deleted":
                failures.append(ident)
            elif message.direction != "in":
                errors.add("messages", f"Not an incoming message: {ident}")
            else:
                found.append(message)
        errors.check()
        for message in found:
            self._apply(action or "", self.state.messages.editable(message.id), label)
        return failures

    def _apply(self, action: str, message: Message, label: Label | None) -> None:
        if action == "label" and label is not None and label.id not in message.labels:
            message.labels.append(label.id)
        elif action == "unlabel" and label is not None and label.id in message.labels:
            message.labels.remove(label.id)
        elif action in ("archive", "restore", "delete"):
            message.visibility = {"archive": "archived", "restore": "visible", "delete": "deleted"}[action]
        self.state.messages.touch(message)


def _bad_id(value: Any, errors: FieldErrors) -> None:
    errors.add("messages", "A valid integer is required.")
