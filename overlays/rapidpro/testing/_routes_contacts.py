"""Endpoints: contacts, contact_actions, fields, globals, groups."""

from __future__ import annotations

from ._ctx import Ctx
from ._errors import bad_query
from ._http import Endpoint, IncomingRequest, Reply
from ._model import Contact
from ._paging import Walk, Window, single_walk
from ._urns import normalize_urn

__all__ = ["contact_endpoints"]


def contact_endpoints(ctx: Ctx) -> list[Endpoint]:
    state, render = ctx.state, ctx.render
    store = state.contacts
    world = state.world

    def list_contacts(call: IncomingRequest) -> Reply:
        expand = bool(call.flag("expand_urns"))
        uuid, urn = call.uuid(), call.get("urn")
        deleted = bool(call.flag("deleted"))
        group_ref = call.get("group")
        group = world.group_by(group_ref) if group_ref else None
        if group_ref and group is None:
            return Reply(200, {"next": None, "previous": None, "results": []})
        walk: Walk = store.timeline.walk
        if uuid or urn:
            if urn:
                normalized = normalize_urn(urn, world.workspace.country)
                if normalized is None:
                    raise bad_query(f"Invalid URN: {urn}")
                found = store.by_urn(normalized)
            else:
                found = store.by_uuid(uuid or "")
            walk = single_walk((found.modified_on, found.id) if found else None)

        def keep(contact: Contact) -> bool:
            if contact.deleted != deleted:
                return False
            if group is None:
                return True
            if group.system:
                return contact.status == group.name.lower()
            return any(g.id == group.id for g in store.groups_of(contact))

        return ctx.page(
            call,
            walk,
            store.get,
            lambda c: render.contact(c, expand),
            keep=keep,
            reverse=bool(call.flag("reverse")),
            window=Window.of(call.query),
        )

    def save_contact(call: IncomingRequest) -> Reply:
        status, contact = ctx.contacts.save(call.body, call.lookup("uuid", "urn"), call.user.email)
        return Reply(status, render.contact(contact, bool(call.flag("expand_urns"))))

    def delete_contact(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid", "urn", required=True)
        assert lookup is not None
        ctx.contacts.delete(lookup)
        return Reply(204)

    def contact_action(call: IncomingRequest) -> Reply:
        ctx.contacts.action(call.body)
        return Reply(204)

    def list_fields(call: IncomingRequest) -> Reply:
        key = call.get("key")
        fields = [f for f in world.fields if key is None or f.key == key]
        return ctx.small_page(call, fields, lambda f: (f.created_on, f.id), render.field)

    def save_field(call: IncomingRequest) -> Reply:
        lookup = call.lookup("key")
        status, field = ctx.admin.save_field(call.body, lookup[1] if lookup else None)
        return Reply(status, render.field(field))

    def list_globals(call: IncomingRequest) -> Reply:
        key = call.get("key")
        items = [g for g in world.globals if key is None or g.key == key]
        return ctx.small_page(
            call,
            items,
            lambda g: (g.modified_on, g.id),
            render.global_,
            reverse=bool(call.flag("reverse")),
            window=Window.of(call.query),
        )

    def save_global(call: IncomingRequest) -> Reply:
        lookup = call.lookup("key")
        status, item = ctx.admin.save_global(call.body, lookup[1] if lookup else None)
        return Reply(status, render.global_(item))

    def list_groups(call: IncomingRequest) -> Reply:
        call.exclusive("uuid", "name")
        uuid, name = call.uuid(), call.get("name")
        manual = bool(call.flag("manual_only"))
        groups = [
            g
            for g in world.groups
            if g.active
            and g.status != "initializing"
            and (uuid is None or g.uuid == uuid)
            and (name is None or g.name.lower() == name.lower())
            and (not manual or (g.query is None and not g.system))
        ]
        return ctx.small_page(call, groups, lambda g: (g.created_on, g.id), render.group)

    def save_group(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid")
        status, group = ctx.admin.save_group(call.body, lookup[1] if lookup else None)
        return Reply(status, render.group(group))

    def delete_group(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid", required=True)
        assert lookup is not None
        ctx.admin.delete_group(lookup[1])
        return Reply(204)

    return [
        Endpoint(
            "contacts", {"GET": list_contacts, "POST": save_contact, "DELETE": delete_contact}, scope="v2.contacts"
        ),
        Endpoint("contact_actions", {"POST": contact_action}),
        Endpoint("fields", {"GET": list_fields, "POST": save_field}),
        Endpoint("globals", {"GET": list_globals, "POST": save_global}),
        Endpoint("groups", {"GET": list_groups, "POST": save_group, "DELETE": delete_group}),
    ]
