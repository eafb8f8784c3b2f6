"""Ticket bulk actions and media uploads (multipart, parsed here: the `testing` extra has no multipart parser)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ._errors import ErrorReply, FieldErrors
from ._model import Media, Note, Ticket
from ._state import RapidProState
from ._validate import choice, list_of, string

__all__ = ["MAX_UPLOAD", "TicketOps", "parse_multipart"]

TICKET_ACTIONS = ("assign", "add_note", "change_topic", "close", "reopen")
MAX_UPLOAD = 25 * 1024 * 1024
IMAGE_TYPES = ("image/apng", "image/avif", "image/gif", "image/jpeg", "image/png", "image/webp")


class TicketOps:
    def __init__(self, state: RapidProState) -> None:
        self.state = state
        self.world = state.world

    def action(self, body: dict[str, Any]) -> list[str]:
        """Apply a bulk action to tickets; those it could not change come back as failures."""
        errors = FieldErrors()
        tickets = list_of(body, "tickets", errors, lambda ref: self._ticket(ref, errors), need=True)
        action = choice(body, "action", TICKET_ACTIONS, errors)
        assignee = topic = note = None
        if action == "assign":
            if "assignee" not in body:
                errors.add("assignee", 'For action "assign" you should also specify an assignee')
            elif body["assignee"] is not None:
                user = self.world.user_by_email(str(body["assignee"]))
                if user is None:
                    errors.add("assignee", f"No such object: {body['assignee']}")
                else:
                    assignee = user.email
        elif action == "add_note":
            note = string(body, "note", errors, max_length=10_000, need=True)
        elif action == "change_topic" and string(body, "topic", errors, need=True) is not None:
            topic = next((t for t in self.world.topics if t.uuid == body["topic"]), None)
            if topic is None:
                errors.add("topic", f"No such object: {body['topic']}")
        errors.check()
        failures = []
        for ticket in tickets or []:
            if action == "reopen" and ticket.status == "closed" and self._has_open(ticket):
                failures.append(ticket.uuid)
                continue
            now = self.state.clock()
            if action == "assign":
                ticket.assignee = assignee
            elif action == "add_note" and note:
                ticket.notes.append(Note(note, now, ""))
            elif action == "change_topic" and topic is not None:
                ticket.topic_id = topic.id
            elif action == "close" and ticket.status == "open":
                ticket.status, ticket.closed_on = "closed", now
            elif action == "reopen" and ticket.status == "closed":
                ticket.status, ticket.closed_on = "open", None
            ticket.modified_on = now
        return failures

    def _ticket(self, ref: Any, errors: FieldErrors) -> Ticket | None:
        found = next((t for t in self.state.tickets if t.uuid == ref), None)
        if found is None:
            errors.add("tickets", f"No such object: {ref}")
        return found

    def _has_open(self, ticket: Ticket) -> bool:
        return any(
            t.status == "open" and t.contact_id == ticket.contact_id for t in self.state.tickets if t is not ticket
        )

    def upload(self, raw: bytes, content_type: str, root: str) -> Media:
        # DRF parses no body as no data, whatever its content type: the serializer's 400, not a 415.
        parts = parse_multipart(raw, content_type) if raw else []
        found = next((p for p in parts if p[0] == "file" and p[1] is not None), None)
        if found is None:
            raise ErrorReply(400, {"file": ["No file was submitted."]})
        _, filename, kind, data = found
        kind = (kind or "application/octet-stream").split(";")[0].strip().lower()
        allowed = kind in IMAGE_TYPES or kind.startswith(("audio/", "video/")) or kind == "application/pdf"
        if not allowed:
            raise ErrorReply(400, {"file": ["Unsupported file type."]})
        if len(data) > MAX_UPLOAD:
            raise ErrorReply(400, {"file": ["Limit for file uploads is 25.0 MB."]})
        uuid = self.state.ids.uuid4()
        name = filename or "file"
        media = Media(uuid, kind, name, data, f"{root}/_sandbox/media/{uuid}/{quote(name)}")
        self.state.media[uuid] = media
        return media


def parse_multipart(raw: bytes, content_type: str) -> list[tuple[str, str | None, str | None, bytes]]:
    """`(name, filename, content type, data)` of each part of a `multipart/form-data` body."""
    boundary = None
    for piece in content_type.split(";")[1:]:
        key, _, value = piece.strip().partition("=")
        if key.lower() == "boundary":
            boundary = value.strip('"')
    if not content_type.lower().startswith("multipart/form-data") or not boundary:
        raise ErrorReply(415, {"detail": f'Unsupported media type "{content_type}" in request.'})
    parts = []
    for chunk in raw.split(b"--" + boundary.encode())[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, data = chunk.partition(b"\r\n\r\n")
        if data.endswith(b"\r\n"):
            data = data[:-2]
        headers = {}
        for line in head.decode("utf-8", "replace").strip().split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = {}
        for item in headers.get("content-disposition", "").split(";")[1:]:
            key, _, value = item.strip().partition("=")
            disposition[key.lower()] = value.strip('"')
        parts.append((disposition.get("name", ""), disposition.get("filename"), headers.get("content-type"), data))
    return parts
