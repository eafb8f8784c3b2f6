"""Endpoints: flows, runs, flow_starts, campaigns, campaign_events, definitions."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from ._ctx import Ctx
from ._errors import bad_query
from ._http import Endpoint, IncomingRequest, Reply
from ._model import Flow, Run
from ._paging import Walk, Window, single_walk

__all__ = ["flow_endpoints"]

EMPTY: dict[str, Any] = {"next": None, "previous": None, "results": []}
ENGINE_TYPES = {
    "message": "messaging",
    "voice": "voice",
    "survey": "messaging_offline",
    "background": "messaging_background",
}
TRIGGERS = {"Registration": ["join", "register"], "Water Survey": ["water"], "Support": ["help"]}


def flow_endpoints(ctx: Ctx) -> list[Endpoint]:
    state, render, world = ctx.state, ctx.render, ctx.state.world
    runs = state.runs

    def list_flows(call: IncomingRequest) -> Reply:
        uuid, kind, archived = call.uuid(), call.get("type"), call.flag("archived")
        window = Window.of(call.query)
        if window.empty:
            return Reply(200, EMPTY)
        flows = [
            f
            for f in world.flows
            if (uuid is None or f.uuid == uuid)
            and (kind is None or f.type == kind)
            and (archived is None or f.archived == archived)
            and (window.low is None or f.modified_on >= window.low)
            and (window.high is None or f.modified_on <= window.high)
        ]
        return ctx.small_page(call, flows, lambda f: (f.created_on, f.id), render.flow)

    def list_runs(call: IncomingRequest) -> Reply:
        call.exclusive("contact", "flow")
        uuid, run_id = call.uuid(), call.integer("id")
        flow_ref, contact_ref = call.get("flow"), call.get("contact")
        flow = world.flow_by_uuid(flow_ref) if flow_ref else None
        contact = state.contacts.by_uuid(contact_ref) if contact_ref else None
        if (flow_ref and flow is None) or (contact_ref and contact is None):
            return Reply(200, EMPTY)
        responded = call.flag("responded")
        paths = call.flag("paths") is not False
        walk: Walk = runs.timeline.walk
        if uuid is not None or run_id is not None:
            ident = runs.id_by_uuid(uuid) if uuid is not None else run_id
            found = runs.get(ident) if ident is not None else None
            walk = single_walk((found.modified_on, found.id) if found else None)

        def load(ident: int) -> Run | None:
            if ident <= runs.count and ident not in runs.overrides:
                flow_id, owner, _ = runs.core(ident - 1)
                if (flow is not None and flow_id != flow.id) or (contact is not None and owner != contact.id):
                    return None
            return runs.get(ident)

        def keep(run: Run) -> bool:
            owner = state.contacts.get(run.contact_id)
            return (
                owner is not None
                and not owner.deleted
                and (flow is None or run.flow_id == flow.id)
                and (contact is None or run.contact_id == contact.id)
                and (responded is None or run.responded == responded)
            )

        return ctx.page(
            call,
            walk,
            load,
            lambda run: render.run(run, paths),
            keep=keep,
            reverse=bool(call.flag("reverse")),
            window=Window.of(call.query),
        )

    def list_flow_starts(call: IncomingRequest) -> Reply:
        uuid = call.uuid()
        starts = [s for s in state.flow_starts if uuid is None or s.uuid == uuid]
        return ctx.small_page(
            call,
            starts,
            lambda s: (s.modified_on, s.id),
            render.flow_start,
            reverse=bool(call.flag("reverse")),
            window=Window.of(call.query),
        )

    def create_flow_start(call: IncomingRequest) -> Reply:
        snapshot, _ = ctx.sending.flow_start(call.body)
        return Reply(201, render.flow_start(snapshot))

    def list_campaigns(call: IncomingRequest) -> Reply:
        uuid = call.uuid()
        campaigns = [c for c in world.campaigns if not c.archived and (uuid is None or c.uuid == uuid)]
        return ctx.small_page(call, campaigns, lambda c: (c.created_on, c.id), render.campaign)

    def save_campaign(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid")
        status, campaign = ctx.admin.save_campaign(call.body, lookup[1] if lookup else None)
        return Reply(status, render.campaign(campaign))

    def list_events(call: IncomingRequest) -> Reply:
        uuid, campaign_ref = call.uuid(), call.get("campaign")
        campaign = None
        if campaign_ref:
            lowered = campaign_ref.lower()
            campaign = next((c for c in world.campaigns if c.uuid == campaign_ref or c.name.lower() == lowered), None)
            if campaign is None:
                return Reply(200, EMPTY)
        events = [
            e
            for e in world.events
            if e.active and (uuid is None or e.uuid == uuid) and (campaign is None or e.campaign_id == campaign.id)
        ]
        return ctx.small_page(call, events, lambda e: (e.created_on, e.id), render.event)

    def save_event(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid")
        status, event = ctx.admin.save_event(call.body, lookup[1] if lookup else None)
        return Reply(status, render.event(event))

    def delete_event(call: IncomingRequest) -> Reply:
        lookup = call.lookup("uuid", required=True)
        assert lookup is not None
        ctx.admin.delete_event(lookup[1])
        return Reply(204)

    def definitions(call: IncomingRequest) -> Reply:
        dependencies = call.get("dependencies") or "all"
        if dependencies not in ("none", "flows", "all"):
            raise bad_query("dependencies must be one of none, flows, all")
        flows = [f for f in world.flows if f.uuid in call.query.getlist("flow")]
        campaigns = [c for c in world.campaigns if c.uuid in call.query.getlist("campaign")]
        events = [e for e in world.events if e.active and e.campaign_id in {c.id for c in campaigns}]
        if dependencies != "none":
            wanted = {f.id for f in flows} | {e.flow_id for e in events if e.flow_id}
            flows = [f for f in world.flows if f.id in wanted]
        groups, fields = [], []
        if dependencies == "all":
            group_ids = {c.group_id for c in campaigns}
            groups = [g for g in world.groups if g.id in group_ids]
            keys = {e.field_key for e in events}
            fields = [{"key": f.key, "name": f.name, "type": f.type} for f in world.fields if f.key in keys]
        body = {
            "version": "13",
            "site": "https://app.rapidpro.io",
            "flows": [_flow_definition(f) for f in flows],
            "campaigns": [_campaign_definition(ctx, c.id) for c in campaigns],
            "triggers": [
                {
                    "trigger_type": "K",
                    "keywords": [word],
                    "match_type": "F",
                    "flow": {"uuid": f.uuid, "name": f.name},
                    "groups": [],
                    "exclude_groups": [],
                    "channel": None,
                }
                for f in flows
                for word in TRIGGERS.get(f.name, [])
            ],
            "fields": fields,
            "groups": [{"uuid": g.uuid, "name": g.name, "query": g.query} for g in groups],
        }
        return Reply(200, body)

    return [
        Endpoint("flows", {"GET": list_flows}),
        Endpoint("runs", {"GET": list_runs}, scope="v2.runs"),
        Endpoint("flow_starts", {"GET": list_flow_starts, "POST": create_flow_start}),
        Endpoint("campaigns", {"GET": list_campaigns, "POST": save_campaign}),
        Endpoint("campaign_events", {"GET": list_events, "POST": save_event, "DELETE": delete_event}),
        Endpoint("definitions", {"GET": definitions}),
    ]


def _exit(node: str) -> str:
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"exit:{node}"))


def _flow_definition(flow: Flow) -> dict[str, Any]:
    nodes = []
    for i, node in enumerate(flow.nodes):
        following = flow.nodes[i + 1] if i + 1 < len(flow.nodes) else None
        actions = [{"uuid": _exit(f"action:{node}"), "type": "send_msg", "text": flow.question}] if i == 0 else []
        nodes.append(
            {"uuid": node, "actions": actions, "exits": [{"uuid": _exit(node), "destination_uuid": following}]}
        )
    return {
        "uuid": flow.uuid,
        "name": flow.name,
        "spec_version": "14.3.0",
        "language": "eng",
        "type": ENGINE_TYPES[flow.type],
        "revision": 3 + flow.id * 7 % 40,
        "expire_after_minutes": flow.expires,
        "localization": {},
        "nodes": nodes,
    }


def _campaign_definition(ctx: Ctx, campaign_id: int) -> dict[str, Any]:
    world = ctx.state.world
    campaign = next(c for c in world.campaigns if c.id == campaign_id)
    events = []
    for event in (e for e in world.events if e.active and e.campaign_id == campaign_id):
        field = world.field_by_key(event.field_key)
        item: dict[str, Any] = {
            "uuid": event.uuid,
            "offset": event.offset,
            "unit": event.unit[0].upper(),
            "event_type": "F" if event.flow_id else "M",
            "delivery_hour": event.delivery_hour,
            "relative_to": {"label": field.name if field else event.field_key, "key": event.field_key},
            "start_mode": "I",
        }
        if event.flow_id:
            flow = world.flow(event.flow_id)
            item["flow"] = {"uuid": flow.uuid, "name": flow.name}
        else:
            item["message"] = event.message
            item["base_language"] = "eng"
        events.append(item)
    return {
        "uuid": campaign.uuid,
        "name": campaign.name,
        "group": ctx.render.group_ref(campaign.group_id),
        "events": events,
    }
