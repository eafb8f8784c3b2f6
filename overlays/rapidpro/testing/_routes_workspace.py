"""Endpoints: workspace (and org), users, channels, channel_events, tickets, ticket_actions, topics,
resthooks, resthook_events, resthook_subscribers, archives, boundaries, statistics."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ._ctx import Ctx
from ._errors import bad_query
from ._http import Endpoint, IncomingRequest, Reply
from ._paging import Window, link
from ._util import fmt_date, is_uuid, parse_date, parse_when, to_us

__all__ = ["workspace_endpoints"]

EMPTY: dict[str, Any] = {"next": None, "previous": None, "results": []}
ROLES = ("administrator", "editor", "agent")


def workspace_endpoints(ctx: Ctx) -> list[Endpoint]:
    state, render, world = ctx.state, ctx.render, ctx.state.world

    def workspace(call: IncomingRequest) -> Reply:
        return Reply(200, render.workspace(world.workspace))

    def list_users(call: IncomingRequest) -> Reply:
        uuids = call.query.getlist("uuid")
        if len(uuids) > 100:
            raise bad_query("Param 'uuid' can have a maximum of 100 values.")
        for value in uuids:
            if not is_uuid(value):
                raise bad_query(f"Param 'uuid': {value} is not a valid UUID.")
        emails = {e.lower() for e in call.query.getlist("email")}
        roles = {r for r in call.query.getlist("role") if r in ROLES}
        asked_roles = bool(call.query.getlist("role"))
        users = [
            u
            for u in world.users
            if (not uuids or u.uuid in uuids)
            and (not emails or u.email.lower() in emails)
            and (not asked_roles or u.role in roles or not roles)
        ]
        return ctx.small_page(call, users, lambda u: (u.created_on, world.users.index(u)), render.user)

    def list_channels(call: IncomingRequest) -> Reply:
        uuid, address = call.uuid(), call.get("address")
        channels = [
            c for c in world.channels if (uuid is None or c.uuid == uuid) and (address is None or c.address == address)
        ]
        return ctx.small_page(call, channels, lambda c: (c.created_on, world.channels.index(c)), render.channel)

    def list_channel_events(call: IncomingRequest) -> Reply:
        ident, contact_ref = call.integer("id"), call.get("contact")
        contact = state.contacts.by_uuid(contact_ref) if contact_ref else None
        if contact_ref and contact is None:
            return Reply(200, EMPTY)
        events = [
            e
            for e in state.channel_events
            if (ident is None or e.id == ident) and (contact is None or e.contact_id == contact.id)
        ]
        return ctx.small_page(
            call, events, lambda e: (e.created_on, e.id), render.channel_event, window=Window.of(call.query)
        )

    def list_tickets(call: IncomingRequest) -> Reply:
        uuid, contact_ref = call.get("uuid"), call.get("contact")
        contact = state.contacts.by_uuid(contact_ref) if contact_ref else None
        if contact_ref and contact is None:
            return Reply(200, EMPTY)
        tickets = [
            t
            for t in state.tickets
            if (uuid is None or t.uuid == uuid) and (contact is None or t.contact_id == contact.id)
        ]
        return ctx.small_page(
            call, tickets, lambda t: (t.modified_on, t.id), render.ticket, reverse=bool(call.flag("reverse"))
        )

    def ticket_action(call: IncomingRequest) -> Reply:
        failures = ctx.tickets.action(call.body)
        return Reply(200, {"failures": failures}) if failures else Reply(204)

    def list_topics(call: IncomingRequest) -> Reply:
        return ctx.small_page(call, world.topics, lambda t: (t.created_on, t.id), render.topic)

    def save_topic(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid")
        status, topic = ctx.admin.save_topic(call.body, lookup[1] if lookup else None)
        return Reply(status, render.topic(topic))

    def list_resthooks(call: IncomingRequest) -> Reply:
        hooks = world.resthooks
        return ctx.small_page(
            call, hooks, lambda r: (r.modified_on, hooks.index(r)), render.resthook, reverse=bool(call.flag("reverse"))
        )

    def list_resthook_events(call: IncomingRequest) -> Reply:
        hook = call.get("resthook")
        events = [e for e in state.resthook_events if hook is None or e.resthook == hook]
        return ctx.small_page(call, events, lambda e: (e.created_on, e.id), render.resthook_event)

    def list_subscribers(call: IncomingRequest) -> Reply:
        ident, hook = call.integer("id"), call.get("resthook")
        subs = [
            s
            for s in world.subscribers
            if s.active and (ident is None or s.id == ident) and (hook is None or s.resthook == hook)
        ]
        return ctx.small_page(call, subs, lambda s: (s.created_on, s.id), render.subscriber)

    def subscribe(call: IncomingRequest) -> Reply:
        return Reply(201, render.subscriber(ctx.admin.subscribe(call.body)))

    def unsubscribe(call: IncomingRequest) -> Reply:
        call.lookup("id", required=True)
        ident = call.integer("id")
        assert ident is not None
        ctx.admin.unsubscribe(ident)
        return Reply(204)

    def list_boundaries(call: IncomingRequest) -> Reply:
        bounds = world.boundaries
        return ctx.small_page(call, bounds, lambda b: (bounds.index(b), bounds.index(b)), render.boundary, reverse=True)

    def list_archives(call: IncomingRequest) -> Reply:
        return Reply(200, _archives(ctx, call))

    def statistics(call: IncomingRequest) -> Reply:
        today = date.fromisoformat(fmt_date(state.now))
        since_raw, until_raw = call.get("since"), call.get("until")
        since = parse_date(since_raw) if since_raw else today - timedelta(days=90)
        until = parse_date(until_raw) if until_raw else today + timedelta(days=1)
        if since is None or until is None:
            raise bad_query("Dates must be in the format YYYY-MM-DD.")
        if (until - since).days > 366:
            raise bad_query("Date range cannot exceed 366 days.")
        results = []
        day = since
        while day < until:
            counts = state.messages.day_counts(day_start(day))
            channels = {}
            for index, channel in enumerate(world.channels):
                scopes = counts.get(index)
                if scopes:
                    channels[channel.uuid] = {"type": channel.type, **dict(sorted(scopes.items()))}
            results.append({"date": day.isoformat(), "channels": channels})
            day += timedelta(days=1)
        return Reply(200, {"results": results})

    return [
        Endpoint("workspace", {"GET": workspace}, agents=True),
        Endpoint("org", {"GET": workspace}, agents=True),
        Endpoint("users", {"GET": list_users}, agents=True),
        Endpoint("channels", {"GET": list_channels}),
        Endpoint("channel_events", {"GET": list_channel_events}),
        Endpoint("tickets", {"GET": list_tickets}),
        Endpoint("ticket_actions", {"POST": ticket_action}),
        Endpoint("topics", {"GET": list_topics, "POST": save_topic}),
        Endpoint("resthooks", {"GET": list_resthooks}),
        Endpoint("resthook_events", {"GET": list_resthook_events}),
        Endpoint("resthook_subscribers", {"GET": list_subscribers, "POST": subscribe, "DELETE": unsubscribe}),
        Endpoint("archives", {"GET": list_archives}),
        Endpoint("boundaries", {"GET": list_boundaries}),
        Endpoint("statistics", {"GET": statistics}),
    ]


def day_start(day: date) -> int:
    return to_us(datetime.combine(day, time(), UTC))


def _archives(ctx: Ctx, call: IncomingRequest) -> dict[str, object]:
    """Archives use DRF's limit/offset pagination (with a `count`), newest `start_date` first."""
    kind = call.get("type") or call.get("archive_type")
    period = call.get("period")
    bounds = []
    for name in ("after", "before"):
        raw = call.get(name)
        value = parse_when(raw) if raw else None
        if raw and value is None:
            return {"count": 0, "next": None, "previous": None, "results": []}
        bounds.append(value)
    low, high = bounds
    archives = sorted(
        (
            a
            for a in ctx.state.world.archives
            if (kind is None or a.type == kind)
            and (period is None or a.period == period)
            and (low is None or a.start >= low)
            and (high is None or a.start <= high)
        ),
        key=lambda a: (-a.start, a.type, a.period),
    )
    limit = _positive(call.get("limit"), ctx.page_size)
    offset = _positive(call.get("offset"), 0, allow_zero=True)
    page = archives[offset : offset + limit]
    query = [(k, v) for k, v in call.items if k != "offset"]
    following = None
    if offset + limit < len(archives):
        following = link(call.url, [*query, ("offset", str(offset + limit))], "limit", str(limit))
    previous = None
    if offset > 0:
        before = offset - limit
        base = [(k, v) for k, v in query if k != "limit"]
        previous = link(call.url, base, "limit", str(limit)) if before <= 0 else link(call.url, [*base, ("offset", str(before))], "limit", str(limit))  # fmt: skip
    return {
        "count": len(archives),
        "next": following,
        "previous": previous,
        "results": [ctx.render.archive(a) for a in page],
    }


def _positive(raw: str | None, default: int, allow_zero: bool = False) -> int:
    try:
        value = int(raw) if raw is not None else default
    except ValueError:
        return default
    return value if value > 0 or (allow_zero and value == 0) else default
