"""Endpoints: messages, message_actions, broadcasts, labels, media."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._ctx import Ctx
from ._http import Endpoint, IncomingRequest, Reply
from ._model import Message
from ._paging import Walk, Window, single_walk

__all__ = ["messaging_endpoints"]

SENT = ("wired", "sent", "delivered", "read")
FOLDERS: dict[str, Callable[[Message], bool]] = {
    "inbox": lambda m: m.direction == "in" and m.visibility == "visible" and m.flow_id is None,
    "flows": lambda m: m.direction == "in" and m.visibility == "visible" and m.flow_id is not None,
    "archived": lambda m: m.direction == "in" and m.visibility == "archived",
    "outbox": lambda m: m.direction == "out" and m.visibility == "visible" and m.status == "queued",
    "sent": lambda m: m.direction == "out" and m.visibility == "visible" and m.status in SENT,
    "failed": lambda m: m.direction == "out" and m.visibility == "visible" and m.status == "failed",
}
EMPTY: dict[str, Any] = {"next": None, "previous": None, "results": []}


def messaging_endpoints(ctx: Ctx) -> list[Endpoint]:
    state, render, world = ctx.state, ctx.render, ctx.state.world
    messages, contacts = state.messages, state.contacts

    def list_messages(call: IncomingRequest) -> Reply:
        call.exclusive("contact", "folder", "label", "broadcast")
        uuid, message_id, broadcast = call.uuid(), call.integer("id"), call.integer("broadcast")
        folder = (call.get("folder") or "").lower()
        in_folder = FOLDERS.get(folder) if folder else None
        contact_ref, label_ref = call.get("contact"), call.get("label")
        contact = contacts.by_uuid(contact_ref) if contact_ref else None
        label = world.label_by(label_ref) if label_ref else None
        if (folder and in_folder is None) or (contact_ref and contact is None) or (label_ref and label is None):
            return Reply(200, EMPTY)
        walk: Walk = messages.timeline.walk
        if uuid is not None or message_id is not None:
            ident = messages.id_by_uuid(uuid) if uuid is not None else message_id
            found = messages.get(ident) if ident is not None else None
            walk = single_walk((found.created_on, found.id) if found else None)

        def load(ident: int) -> Message | None:
            core = messages.peek(ident)
            if core is not None:
                index, direction, visibility, labels, _, _ = core
                if contact is not None and index + 1 != contact.id:
                    return None
                if label is not None and (label.id not in labels or visibility != "visible"):
                    return None
                if folder and (direction == "in") != (folder in ("inbox", "flows", "archived")):
                    return None
            return messages.get(ident)

        def keep(message: Message) -> bool:
            if message.visibility == "deleted":
                return False
            owner = contacts.get(message.contact_id)
            if owner is None or owner.deleted:
                return False
            if in_folder is not None and not in_folder(message):
                return False
            if contact is not None and message.contact_id != contact.id:
                return False
            if label is not None and (label.id not in message.labels or message.visibility != "visible"):
                return False
            return broadcast is None or message.broadcast_id == broadcast

        return ctx.page(call, walk, load, render.message, keep=keep, window=Window.of(call.query))

    def create_message(call: IncomingRequest) -> Reply:
        return Reply(201, render.message(ctx.sending.message(call.body)))

    def message_action(call: IncomingRequest) -> Reply:
        failures = ctx.sending.message_action(call.body)
        return Reply(200, {"failures": failures}) if failures else Reply(204)

    def list_broadcasts(call: IncomingRequest) -> Reply:
        uuid, ident = call.uuid(), call.integer("id")
        items = [b for b in state.broadcasts if (uuid is None or b.uuid == uuid) and (ident is None or b.id == ident)]
        return ctx.small_page(
            call, items, lambda b: (b.created_on, b.id), render.broadcast, window=Window.of(call.query)
        )

    def create_broadcast(call: IncomingRequest) -> Reply:
        snapshot, _ = ctx.sending.broadcast(call.body)
        return Reply(201, render.broadcast(snapshot))

    def list_labels(call: IncomingRequest) -> Reply:
        call.exclusive("uuid", "name")
        uuid, name = call.uuid(), call.get("name")
        labels = [
            lb
            for lb in world.labels
            if lb.active and (uuid is None or lb.uuid == uuid) and (name is None or lb.name.lower() == name.lower())
        ]
        return ctx.small_page(call, labels, lambda lb: (lb.created_on, lb.id), render.label)

    def save_label(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid")
        status, label = ctx.admin.save_label(call.body, lookup[1] if lookup else None)
        return Reply(status, render.label(label))

    def delete_label(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid", required=True)
        assert lookup is not None
        ctx.admin.delete_label(lookup[1])
        return Reply(204)

    def upload_media(call: IncomingRequest) -> Reply:
        media = ctx.tickets.upload(call.raw, call.request.headers.get("content-type", ""), call.root)
        return Reply(201, render.media(media))

    return [
        Endpoint("messages", {"GET": list_messages, "POST": create_message}, scope="v2.messages"),
        Endpoint("message_actions", {"POST": message_action}),
        Endpoint("broadcasts", {"GET": list_broadcasts, "POST": create_broadcast}),
        Endpoint("labels", {"GET": list_labels, "POST": save_label, "DELETE": delete_label}),
        Endpoint("media", {"POST": upload_media}, multipart=True),
    ]
