"""Contact writes: create, update, upsert by URN, delete, and the bulk contact actions."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from ._errors import FieldErrors, bad_query, not_found
from ._model import Contact, Group, Note
from ._state import RapidProState
from ._urns import normalize_urn
from ._util import fmt_local, is_uuid, parse_when
from ._validate import choice, list_of, string

__all__ = ["ContactOps"]

ACTIONS = ("add", "remove", "block", "unblock", "interrupt", "archive_messages", "delete", "archive")
LOCATION_LEVELS = {"state": 1, "district": 2, "ward": 3}


class ContactOps:
    def __init__(self, state: RapidProState) -> None:
        self.state = state
        self.contacts = state.contacts
        self.world = state.world

    # -- save -------------------------------------------------------------------------------
    def save(self, body: dict[str, Any], lookup: tuple[str, str] | None, author: str) -> tuple[int, Contact]:
        """POST contacts: 201 and a new contact, or 200 and the updated one (a new one for an unknown `?urn=`)."""
        contact: Contact | None = None
        by_urn = None
        if lookup is not None:
            kind, ref = lookup
            if kind == "urn":
                by_urn = normalize_urn(ref, self.world.workspace.country)
                if by_urn is None:
                    raise bad_query(f"Invalid URN: {ref}")
                contact = self.contacts.by_urn(by_urn)
            else:
                contact = self.contacts.by_uuid(ref) if is_uuid(ref) else None
                if contact is None:
                    raise not_found()
        errors = FieldErrors()
        if contact is not None and contact.deleted:
            errors.general("Deleted contacts can't be modified.")
            errors.check()
        name_value = string(body, "name", errors, max_length=64)
        language = self._language(body, errors)
        urns = self._urns(body, errors, contact, by_urn is not None)
        groups = list_of(body, "groups", errors, lambda ref: self._manual_group(ref, "groups", errors))
        fields = self._fields(body, errors)
        note = string(body, "note", errors, max_length=10_000)
        active = contact is None or contact.status == "active"
        if groups and not active:
            errors.add("groups", "Non-active contacts can't be added to groups")
        errors.check()
        created = contact is None
        if contact is None:
            contact = self.contacts.new(self.state.ids.uuid4())
            previous: list[str] = []
            if by_urn:
                contact.urns = [by_urn]
        else:
            contact = self.contacts.editable(contact.id)
            previous = list(contact.urns)
        if "name" in body:
            contact.name = name_value
        if "language" in body:
            contact.language = language
        if urns is not None:
            contact.urns = urns
        if groups is not None:
            contact.groups = [g.id for g in groups]
        for key, value in (fields or {}).items():
            if value is None:
                contact.fields.pop(key, None)
            else:
                contact.fields[key] = value
        if note:
            contact.notes.append(Note(note, self.state.clock(), author))
        self.contacts.save(contact, previous)
        return (201 if created else 200), contact

    def _language(self, body: dict[str, Any], errors: FieldErrors) -> str | None:
        value = string(body, "language", errors, max_length=3)
        if value is not None and (len(value) != 3 or not value.isalpha()):
            errors.add("language", "Not a valid ISO639-3 language code.")
        return value

    def _urns(
        self, body: dict[str, Any], errors: FieldErrors, contact: Contact | None, by_urn: bool
    ) -> list[str] | None:
        if "urns" not in body:
            return None
        if by_urn:
            errors.add("urns", "Field not allowed when using URN in URL")
            return None
        raw = body["urns"]
        found = list_of(body, "urns", errors, lambda urn: urn)
        if found is None:
            return None
        normalized: list[str] = []
        for index, urn in enumerate(raw):
            urn_value = normalize_urn(urn, self.world.workspace.country) if isinstance(urn, str) else None
            if urn_value is None:
                errors.add_nested("urns", index, "URN is not valid.")
                continue
            owner = self.contacts.by_urn(urn_value)
            if owner is not None and (contact is None or owner.id != contact.id):
                errors.add_nested("urns", index, "URN is in use by another contact.")
                continue
            if urn_value not in normalized:
                normalized.append(urn_value)
        return normalized

    def _manual_group(self, ref: Any, field: str, errors: FieldErrors) -> Group | None:
        group = self.world.group_by(str(ref)) if isinstance(ref, str | int) else None
        if group is None or group.system:
            errors.add(field, f"No such object: {ref}")
            return None
        if group.query is not None:
            errors.add(field, f"Contact group must not be query based: {ref}")
            return None
        return group

    def _fields(self, body: dict[str, Any], errors: FieldErrors) -> dict[str, str | None] | None:
        if "fields" not in body:
            return None
        raw = body["fields"]
        if not isinstance(raw, dict):
            errors.add("fields", f'Expected a dictionary of items but got type "{type(raw).__name__}".')
            return None
        if len(raw) > 100:
            errors.add("fields", "Ensure this field has no more than 100 elements.")
            return None
        values: dict[str, str | None] = {}
        for key, value in raw.items():
            field = self.world.field_by_key(key)
            if field is None:
                errors.add("fields", f"Invalid contact field key: {key}")
                continue
            if value is not None and (isinstance(value, bool) or not isinstance(value, str | int | float)):
                errors.add_nested("fields", key, "Not a valid string.")
                continue
            values[key] = self._field_value(field.type, value)
        return values

    def _field_value(self, kind: str, value: str | int | float | None) -> str | None:
        """The stored value of a field of `kind` (what does not parse as the type is left unset)."""
        if value is None or str(value).strip() == "":
            return None
        text = str(value).strip()
        if kind == "number":
            try:
                number = Decimal(text)
            except InvalidOperation:
                return None
            return format(number.normalize(), "f") if number == number.to_integral() else str(number)
        if kind == "datetime":
            moment = parse_when(text)
            try:
                return fmt_local(moment, self.world.workspace.tz_offset) if moment is not None else None
            except OverflowError:  # in the workspace's timezone it is before year 1 or after 9999
                return None
        level = LOCATION_LEVELS.get(kind)
        if level is not None:
            found = next(
                (b for b in self.world.boundaries if b.level == level and b.name.lower() == text.lower()), None
            )
            return found.name if found else None
        return text[:640]

    # -- delete and bulk actions ------------------------------------------------------------
    def delete(self, lookup: tuple[str, str]) -> None:
        name, value = lookup
        if name == "urn":
            urn = normalize_urn(value, self.world.workspace.country)
            if urn is None:
                raise bad_query(f"Invalid URN: {value}")
            contact = self.contacts.by_urn(urn)
        else:
            contact = self.contacts.by_uuid(value) if is_uuid(value) else None
        if contact is None or contact.deleted:
            raise not_found()
        self._release([contact])

    def action(self, body: dict[str, Any]) -> None:
        errors = FieldErrors()
        contacts = list_of(body, "contacts", errors, lambda ref: self._contact(ref, errors), min_items=1, need=True)
        action = choice(body, "action", ACTIONS, errors)
        group = None
        if action in ("add", "remove"):
            if body.get("group") is None:
                errors.add("group", f'For action "{action}" you should also specify a group')
            else:
                group = self._manual_group(body["group"], "group", errors)
        elif action is not None and body.get("group") is not None:
            errors.add("group", f'For action "{action}" you should not specify a group')
        if action == "add" and contacts and not errors:
            inactive = [c.uuid for c in contacts if c.status != "active"]
            if inactive:
                errors.add("contacts", f"Non-active contacts cannot be added to groups: {', '.join(inactive)}")
        errors.check()
        assert contacts is not None and action is not None
        self.apply(action, contacts, group)

    def _contact(self, ref: Any, errors: FieldErrors) -> Contact | None:
        found = self.contacts.by_ref(ref) if isinstance(ref, str) else None
        if found is None:
            errors.add("contacts", f"No such object: {ref}")
        return found

    def apply(self, action: str, contacts: list[Contact], group: Group | None) -> None:
        if action == "delete":
            self._release(contacts)
        elif action in ("archive_messages", "archive"):
            self.archive_messages(c.id for c in contacts)
        elif action == "interrupt":
            self.interrupt(contacts)
        for contact in contacts:
            if action in ("delete", "archive_messages", "archive", "interrupt"):
                continue
            editable = self.contacts.editable(contact.id)
            if action == "add" and group is not None and group.id not in editable.groups:
                editable.groups.append(group.id)
            elif action == "remove" and group is not None and group.id in editable.groups:
                editable.groups.remove(group.id)
            elif action == "block":
                editable.status, editable.groups = "blocked", []
            elif action == "unblock" and editable.status == "blocked":
                editable.status = "active"
            else:
                continue
            self.contacts.save(editable)
        if action == "block":
            self.interrupt(contacts)

    def interrupt(self, contacts: list[Contact]) -> None:
        """End the active runs of `contacts` (interrupted) and take them out of their flow."""
        wanted = {c.id for c in contacts}
        runs = self.state.runs
        for ident, _, owner, status in list(runs.cores()):
            if owner in wanted and status in ("active", "waiting"):
                run = runs.editable(ident)
                run.status = "interrupted"
                run.exited_on = self.state.clock()
                runs.save(run)
        for contact in contacts:
            current = self.contacts.get(contact.id)
            if current is not None and current.flow_id is not None:
                editable = self.contacts.editable(contact.id)
                editable.flow_id = None
                self.contacts.save(editable)

    def archive_messages(self, contact_ids: Iterable[int]) -> None:
        wanted = set(contact_ids)
        messages = self.state.messages
        for message in list(messages.all()):
            if message.contact_id in wanted and message.direction == "in" and message.visibility == "visible":
                editable = messages.editable(message.id)
                editable.visibility = "archived"
                messages.touch(editable)

    def _release(self, contacts: list[Contact]) -> None:
        self.interrupt([c for c in contacts if not c.deleted])
        for contact in contacts:
            editable = self.contacts.editable(contact.id)
            previous = list(editable.urns)
            editable.deleted, editable.urns, editable.groups, editable.flow_id = True, [], [], None
            self.contacts.save(editable, previous)
