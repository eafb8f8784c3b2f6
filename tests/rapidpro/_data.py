"""Spec-shaped RapidPro objects (spec/rapidpro.yaml, reference §3), numbered so tests can tell them apart."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

EPOCH = datetime(2026, 3, 1, tzinfo=UTC)


def uid(kind: str, i: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"rapidpro:{kind}:{i}"))


def ts(i: int) -> str:
    """Newest first: item 0 is the most recently modified, as the API orders lists."""
    return (EPOCH - timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ref(kind: str, i: int, name: str | None = None) -> dict[str, Any]:
    return {"uuid": uid(kind, i), "name": name or f"{kind.title()} {i}"}


def contact(i: int) -> dict[str, Any]:
    return {
        "uuid": uid("contact", i),
        "name": f"Contact {i}",
        "status": "active",
        "language": "eng",
        "urns": [f"tel:+250788{i:06d}"],
        "groups": [ref("group", 0, "Farmers")],
        "notes": [],
        "fields": {"age": str(20 + i % 50), "district": None},
        "flow": None,
        "created_on": ts(i),
        "modified_on": ts(i),
        "last_seen_on": None,
        "blocked": False,
        "stopped": False,
    }


def flow(i: int) -> dict[str, Any]:
    return {
        "uuid": uid("flow", i),
        "name": f"Flow {i}",
        "type": "message",
        "archived": False,
        "labels": [],
        "expires": 10080,
        "runs": {"active": 0, "waiting": 1, "completed": i, "interrupted": 0, "expired": 0, "failed": 0},
        "results": [{"key": "color", "name": "Color", "categories": ["Red", "Other"], "node_uuids": [uid("node", i)]}],
        "parent_refs": [],
        "created_on": ts(i),
        "modified_on": ts(i),
    }


def run(i: int) -> dict[str, Any]:
    return {
        "uuid": uid("run", i),
        "flow": ref("flow", 0),
        "contact": {"uuid": uid("contact", i), "name": f"Contact {i}", "urn": f"tel:+250788{i:06d}"},
        "start": None,
        "responded": True,
        "path": [{"node": uid("node", i), "time": ts(i)}],
        "values": {
            "color": {"name": "Color", "value": "red", "category": "Red", "node": uid("node", i), "time": ts(i)}
        },
        "created_on": ts(i),
        "modified_on": ts(i),
        "exited_on": None,
        "exit_type": None,
        "id": i,
    }


def message(i: int) -> dict[str, Any]:
    return {
        "uuid": uid("message", i),
        "id": 1000 + i,
        "contact": ref("contact", i),
        "urn": f"tel:+250788{i:06d}",
        "channel": ref("channel", 0),
        "direction": "in",
        "type": "text",
        "status": "handled",
        "visibility": "visible",
        "text": f"hello {i}",
        "labels": [],
        "flow": None,
        "attachments": [],
        "quick_replies": [],
        "created_on": ts(i),
        "sent_on": None,
        "modified_on": ts(i),
    }


def broadcast(i: int) -> dict[str, Any]:
    return {
        "uuid": uid("broadcast", i),
        "status": "completed",
        "progress": {"total": 2, "started": 2},
        "urns": ["tel:+250788000001"],
        "contacts": [ref("contact", 1)],
        "groups": [],
        "text": {"eng": f"Hello {i}", "fra": f"Bonjour {i}"},
        "attachments": {"eng": []},
        "quick_replies": {"eng": []},
        "base_language": "eng",
        "created_on": ts(i),
    }


def misc(kind: str, i: int) -> dict[str, Any]:
    """Objects of the smaller endpoints."""
    at = ts(i)
    shapes: dict[str, dict[str, Any]] = {
        "campaigns": {**ref("campaign", i), "archived": False, "group": ref("group", 0), "created_on": at},
        "campaign_events": {
            "uuid": uid("event", i),
            "campaign": ref("campaign", 0),
            "relative_to": {"key": "registered", "name": "Registered"},
            "offset": i,
            "unit": "days",
            "delivery_hour": -1,
            "flow": None,
            "message": {"eng": "Reminder"},
            "created_on": at,
        },
        "channels": {
            **ref("channel", i),
            "address": "+250788123123",
            "type": "android",
            "country": "RW",
            "device": {"name": "Pixel", "power_level": 90, "power_status": "STATUS_DISCHARGING"},
            "last_seen": at,
            "created_on": at,
        },
        "channel_events": {
            "id": i,
            "type": "call-in",
            "contact": ref("contact", i),
            "channel": ref("channel", 0),
            "extra": {"duration": 30},
            "occurred_on": at,
            "created_on": at,
        },
        "fields": {"key": f"field_{i}", "name": f"Field {i}", "type": "text", "featured": False, "priority": 0},
        "flow_starts": {
            "uuid": uid("start", i),
            "flow": ref("flow", 0),
            "status": "completed",
            "groups": [],
            "contacts": [ref("contact", 1)],
            "params": {"source": "api"},
            "created_on": at,
            "modified_on": at,
        },
        "globals": {"key": f"global_{i}", "name": f"Global {i}", "value": str(i), "modified_on": at},
        "groups": {**ref("group", i), "query": None, "status": "ready", "system": False, "count": i},
        "labels": {**ref("label", i), "count": i},
        "resthooks": {"resthook": f"hook-{i}", "created_on": at, "modified_on": at},
        "resthook_events": {"resthook": "hook-0", "data": {"flow": ref("flow", 0)}, "created_on": at},
        "resthook_subscribers": {
            "id": 1000 + i,
            "resthook": "hook-0",
            "target_url": "https://example.com/hook",
            "created_on": at,
        },
        "tickets": {
            "uuid": uid("ticket", i),
            "contact": ref("contact", i),
            "status": "open",
            "topic": ref("topic", 0, "General"),
            "assignee": None,
            "opened_on": at,
            "modified_on": at,
            "closed_on": None,
        },
        "topics": {**ref("topic", i), "counts": {"open": i, "closed": 0}, "system": i == 0, "created_on": at},
        "users": {
            "uuid": uid("user", i),
            "name": f"User {i}",
            "email": f"user{i}@example.com",
            "role": "editor",
            "created_on": at,
        },
        "boundaries": {
            "osm_id": f"R{1000 + i}",
            "name": f"District {i}",
            "parent": {"osm_id": "R1", "name": "Rwanda"},
            "level": 2,
            "aliases": [],
            "geometry": {"type": "MultiPolygon", "coordinates": [[[[30.1, -1.9], [30.2, -1.9], [30.1, -1.8]]]]},
        },
        "archives": {
            "type": "message",
            "start_date": "2026-02-01",
            "period": "daily",
            "record_count": i,
            "size": 10 * i,
            "hash": None,
            "download_url": None,
        },
    }
    return shapes[kind]


MAKERS = {"contacts": contact, "flows": flow, "runs": run, "messages": message, "broadcasts": broadcast}


def item(kind: str, i: int) -> dict[str, Any]:
    maker = MAKERS.get(kind)
    return maker(i) if maker else misc(kind, i)


WORKSPACE = {
    "uuid": uid("workspace", 0),
    "name": "Nyaruka",
    "country": "RW",
    "languages": ["eng", "kin"],
    "timezone": "Africa/Kigali",
    "date_style": "day_first",
    "anon": False,
    "credits": {"used": -1, "remaining": -1},
    "primary_language": "eng",
}
STATISTICS = {
    "results": [
        {"date": "2026-03-01", "channels": {uid("channel", 0): {"type": "android", "text:in": 3, "text:out": 4}}}
    ]
}
DEFINITIONS = {
    "version": "13",
    "site": "https://app.rapidpro.io",
    "flows": [{"uuid": uid("flow", 0), "name": "Flow 0", "spec_version": "14.3.0"}],
    "campaigns": [],
    "triggers": [],
    "fields": [],
    "groups": [],
}
MEDIA = {
    "uuid": uid("media", 0),
    "content_type": "image/png",
    "url": "https://example.com/media/a.png",
    "filename": "a.png",
    "size": 4,
}
ENDPOINTS = [
    "archives",
    "broadcasts",
    "campaigns",
    "campaign_events",
    "channels",
    "contacts",
    "contact_actions",
    "fields",
    "flow_starts",
    "flows",
    "globals",
    "groups",
    "labels",
    "media",
    "messages",
    "message_actions",
    "resthooks",
    "resthook_events",
    "resthook_subscribers",
    "runs",
    "tickets",
    "ticket_actions",
    "topics",
    "users",
    "workspace",
]
