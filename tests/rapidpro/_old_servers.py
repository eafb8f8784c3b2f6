"""Responses shaped like the recorded ones of rapidpro-python (TembaClient's `test_files/v2/*.json`).

Our own values, the same keys and value types as those recordings (older servers' shapes included):
`"fields": {"age": <int>}`, a campaign event's `message` as a plain string, a broadcast's `text` as a
plain string, `org` without a `uuid`, archives with only the deprecated `archive_type`, campaign
events whose `relative_to` has `label` and no `name`, flow starts with `extra`, run values with
`input`, a definitions export in the legacy flow format. Each entry: endpoint name -> (how to read it
through a client, the body). `classifiers.json` has no counterpart: the API (and TembaClient since
2.14) has no classifiers endpoint any more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Page = dict[str, Any]


def page(*results: dict[str, Any]) -> Page:
    return {"next": None, "previous": None, "results": list(results)}


REF_A = {"uuid": "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", "name": "Volunteers"}
REF_B = {"uuid": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "name": "Nurses"}
CONTACT = {"uuid": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "name": "Amina"}
CHANNEL = {"uuid": "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f", "name": "Modem"}
FLOW = {"uuid": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a", "name": "Check-in"}
T1 = "2019-03-04T05:06:07.123456+00:00"
T2 = "2020-01-02T03:04:05.654321+00:00"

RECORDED: dict[str, Page] = {
    "archives": page(
        {
            "type": "message",
            "start_date": "2019-02-01",
            "period": "monthly",
            "record_count": 12,
            "size": 345,
            "hash": "0123456789abcdef0123456789abcdef",
            "download_url": "https://archives.example.org/2019-02.jsonl.gz",
        },
        {
            "type": "run",
            "start_date": "2019-01-01",
            "period": "daily",
            "record_count": 0,
            "size": 0,
            "hash": "fedcba9876543210fedcba9876543210",
            "download_url": "https://archives.example.org/2019-01-01.jsonl.gz",
        },
    ),
    "boundaries": page(
        {
            "osm_id": "R1000",
            "name": "Eastland",
            "level": 0,
            "parent": None,
            "aliases": [],
            "geometry": {"type": "MultiPolygon", "coordinates": [[[[10.5, -2.25], [10.75, -2.5], [10.25, -2.75]]]]},
        },
        {
            "osm_id": "R1001",
            "name": "Riverside",
            "level": 1,
            "parent": {"osm_id": "R1000", "name": "Eastland"},
            "aliases": ["River"],
            "geometry": {"type": "MultiPolygon", "coordinates": [[[[11.5, -3.25], [11.75, -3.5], [11.25, -3.75]]]]},
        },
    ),
    "broadcasts": page(
        {
            "uuid": "5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8a9b",
            "status": "sent",
            "urns": ["tel:+15550001111", "twitter:someone"],
            "contacts": [CONTACT],
            "groups": [REF_A],
            "text": "Good morning",  # a plain string: the old shape
            "created_on": T1,
        },
        {
            "uuid": "6f7a8b9c-0d1e-4f2a-9b3c-5d6e7f8a9b0c",
            "urns": ["twitter:someone"],
            "contacts": [],
            "groups": [],
            "text": "Good night",
            "created_on": T2,
        },
    ),
    "campaign_events": page(
        {
            "uuid": "7a8b9c0d-1e2f-4a3b-8c4d-6e7f8a9b0c1d",
            "campaign": REF_B,
            "relative_to": {"key": "due_date", "name": "Due Date"},
            "offset": 7,
            "unit": "days",
            "delivery_hour": -1,
            "message": None,
            "flow": FLOW,
            "created_on": T1,
        },
        {
            "uuid": "8b9c0d1e-2f3a-4b4c-9d5e-7f8a9b0c1d2e",
            "campaign": REF_B,
            "relative_to": {"key": "due_date", "name": "Due Date"},
            "offset": 2,
            "unit": "weeks",
            "delivery_hour": 9,
            "message": "Remember your appointment",  # a plain string: today's servers send translations
            "flow": None,
            "created_on": T1,
        },
    ),
    "campaigns": page(
        {
            "uuid": "9c0d1e2f-3a4b-4c5d-8e6f-8a9b0c1d2e3f",
            "name": "Antenatal",
            "archived": False,
            "group": REF_A,
            "created_on": "2018-05-06T07:08:09.000000Z",
        },
        {
            "uuid": "0d1e2f3a-4b5c-4d6e-9f7a-9b0c1d2e3f4a",
            "name": "Vaccines",
            "archived": False,
            "group": REF_B,
            "created_on": "2018-05-06T07:08:09.000000Z",
        },
    ),
    "channel_events": page(
        {
            "id": 501,
            "type": "in",
            "contact": CONTACT,
            "channel": CHANNEL,
            "extra": {"duration": "15"},
            "occurred_on": T1,
            "created_on": T1,
        },
        {
            "id": 500,
            "type": "out",
            "contact": CONTACT,
            "channel": CHANNEL,
            "extra": {},
            "occurred_on": T2,
            "created_on": T2,
        },
    ),
    "channels": page(
        {
            "uuid": CHANNEL["uuid"],
            "name": "Modem",
            "address": "+15550002222",
            "type": "android",
            "country": "KE",
            "device": {
                "name": "Pixel",
                "power_level": 80,
                "power_status": "STATUS_CHARGING",
                "power_source": "AC",
                "network_type": "MOBILE",
            },
            "last_seen": T2,
            "created_on": T1,
        },
        {
            "uuid": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
            "name": "SMS gateway",
            "address": "+15550003333",
            "type": "vonage",
            "country": "KE",
            "device": None,
            "last_seen": T2,
            "created_on": T1,
        },
    ),
    "contacts": page(
        {
            "uuid": "2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c",
            "name": "Amina",
            "language": "swa",
            "urns": ["tel:+15550004444"],
            "groups": [REF_A],
            "fields": {"nickname": "Mina", "age": 29},  # a number where today's servers send a string
            "status": "active",
            "flow": None,
            "last_seen_on": None,
            "created_on": T1,
            "modified_on": T2,
        },
        {
            "uuid": "3a4b5c6d-7e8f-4a9b-8c0d-2e3f4a5b6c7d",
            "name": "Baraka",
            "language": None,
            "urns": ["twitter:baraka99"],
            "groups": [],
            "fields": {"nickname": None, "age": None},
            "status": "blocked",
            "flow": None,
            "last_seen_on": None,
            "created_on": T1,
            "modified_on": T1,
        },
        {
            "uuid": "4b5c6d7e-8f9a-4b0c-9d1e-3f4a5b6c7d8e",
            "name": None,
            "language": None,
            "urns": [],
            "groups": [],
            "fields": {},
            "status": "blocked",
            "flow": None,
            "last_seen_on": None,
            "created_on": T1,
            "modified_on": T1,
        },
    ),
    "definitions": {
        "version": "10.1",
        "campaigns": [],
        "triggers": [],
        "flows": [
            {
                "metadata": {
                    "name": "Registration",
                    "uuid": FLOW["uuid"],
                    "saved_on": T1,
                    "revision": 3,
                    "expires": 720,
                    "id": 42,
                },
                "version": 7,
                "flow_type": "S",
                "base_language": "eng",
                "entry": "5c6d7e8f-9a0b-4c1d-8e2f-4a5b6c7d8e9f",
                "action_sets": [
                    {
                        "y": 0,
                        "x": 50,
                        "destination": None,
                        "uuid": "5c6d7e8f-9a0b-4c1d-8e2f-4a5b6c7d8e9f",
                        "actions": [{"msg": {"eng": "Your name?"}, "type": "reply"}],
                    }
                ],
                "rule_sets": [],
            }
        ],
    },
    "empty": page(),
    "fields": page(
        {"key": "district", "name": "District", "type": "text"},
        {"key": "joined", "name": "Joined On", "type": "datetime"},
    ),
    "flow_starts": page(
        {
            "uuid": "6d7e8f9a-0b1c-4d2e-9f3a-5b6c7d8e9f0a",
            "flow": FLOW,
            "groups": [REF_A],
            "contacts": [CONTACT, {"uuid": "7e8f9a0b-1c2d-4e3f-8a4b-6c7d8e9f0a1b", "name": "Baraka"}],
            "restart_participants": True,
            "status": "pending",
            "extra": {"week": "12"},
            "params": {"week": "12"},
            "created_on": T1,
            "modified_on": T2,
        },
        {
            "uuid": "8f9a0b1c-2d3e-4f4a-9b5c-7d8e9f0a1b2c",
            "flow": FLOW,
            "groups": [REF_B],
            "contacts": [{"uuid": "not-a-uuid-but-a-string", "name": "Chausiku"}],
            "restart_participants": False,
            "status": "complete",
            "extra": None,
            "params": None,
            "created_on": "2013-04-05T06:07:08.09+00:00",
            "modified_on": "2013-04-05T06:07:08.09+00:00",
        },
    ),
    "flows": page(
        {
            "uuid": FLOW["uuid"],
            "name": "Check-in",
            "archived": False,
            "labels": [{"name": "Weekly", "uuid": "9a0b1c2d-3e4f-4a5b-8c6d-8e9f0a1b2c3d"}],
            "expires": 720,
            "created_on": T1,
            "runs": {"active": 3, "completed": 40, "interrupted": 1, "expired": 5},
            "results": [
                {
                    "key": "mood",
                    "name": "Mood",
                    "categories": ["Good", "Bad", "Other"],
                    "node_uuids": ["0b1c2d3e-4f5a-4b6c-9d7e-9f0a1b2c3d4e"],
                }
            ],
        },
        {
            "uuid": "1c2d3e4f-5a6b-4c7d-8e8f-0a1b2c3d4e5f",
            "name": "Survey",
            "archived": False,
            "labels": [],
            "expires": 60,
            "created_on": T2,
            "runs": {"active": 0, "completed": 0, "interrupted": 0, "expired": 0},
            "results": [],
        },
    ),
    "globals": page(
        {"key": "clinic_name", "name": "Clinic Name", "value": "Eastland Health", "modified_on": T1},
        {"key": "hotline", "name": "Hotline", "value": "5550009999", "modified_on": T2},
    ),
    "groups": page(
        {"uuid": REF_A["uuid"], "name": "Volunteers", "query": None, "count": 12},
        {"uuid": REF_B["uuid"], "name": "Nurses", "query": "role = nurse", "count": 3},
    ),
    "labels": page(
        {"uuid": "2d3e4f5a-6b7c-4d8e-9f9a-1b2c3d4e5f6a", "name": "Urgent", "count": 2},
        {"uuid": "3e4f5a6b-7c8d-4e9f-8a0b-2c3d4e5f6a7b", "name": "Follow up", "count": 7},
    ),
    "messages": page(
        {
            "uuid": "4f5a6b7c-8d9e-4f0a-9b1c-3d4e5f6a7b8c",
            "contact": CONTACT,
            "urn": "tel:+15550004444",
            "channel": CHANNEL,
            "direction": "out",
            "type": "text",
            "status": "wired",
            "visibility": "visible",
            "text": "How was your visit?",
            "labels": [],
            "attachments": [],
            "quick_replies": [],
            "flow": FLOW,
            "created_on": T1,
            "sent_on": T1,
            "modified_on": None,
        },
        {
            "uuid": "5a6b7c8d-9e0f-4a1b-8c2d-4e5f6a7b8c9d",
            "contact": CONTACT,
            "urn": "tel:+15550004444",
            "channel": None,
            "direction": "in",
            "type": "text",
            "status": "handled",
            "visibility": "archived",
            "text": "Fine, thanks",
            "labels": [{"uuid": "2d3e4f5a-6b7c-4d8e-9f9a-1b2c3d4e5f6a", "name": "Urgent"}],
            "attachments": [{"content_type": "image/jpeg", "url": "https://media.example.org/photo.jpg"}],
            "quick_replies": [{"text": "Yes"}, {"text": "No", "extra": "Not at all"}],
            "flow": None,
            "created_on": "2019-03-04T05:06:07+00:00",
            "sent_on": None,
            "modified_on": T2,
        },
    ),
    "org": {  # no `uuid`: servers before 2020 did not send it
        "name": "Eastland Health",
        "country": "KE",
        "languages": ["eng", "swa"],
        "primary_language": "eng",
        "timezone": "Africa/Nairobi",
        "date_style": "day_first",
        "anon": False,
    },
    "resthook_events": page(
        {"resthook": "new-patient", "data": {"ward": "A"}, "created_on": T1},
        {"resthook": "discharge", "data": {"ward": "B"}, "created_on": T2},
    ),
    "resthook_subscribers": page(
        {"id": 2001, "resthook": "new-patient", "target_url": "https://hooks.example.org/patients", "created_on": T1},
        {"id": 2002, "resthook": "discharge", "target_url": "https://hooks.example.org/discharges", "created_on": T2},
    ),
    "resthooks": page(
        {"resthook": "new-patient", "created_on": T1, "modified_on": T2},
        {"resthook": "discharge", "created_on": T1, "modified_on": T2},
    ),
    "runs": page(
        {
            "uuid": "6b7c8d9e-0f1a-4b2c-9d3e-5f6a7b8c9d0e",
            "flow": FLOW,
            "contact": CONTACT,
            "start": {"uuid": "6d7e8f9a-0b1c-4d2e-9f3a-5b6c7d8e9f0a"},
            "responded": True,
            "path": [
                {"node": "7c8d9e0f-1a2b-4c3d-8e4f-6a7b8c9d0e1f", "time": T1},
                {"node": "8d9e0f1a-2b3c-4d4e-9f5a-7b8c9d0e1f2a", "time": T2},
            ],
            "values": {
                "mood": {
                    "value": "good",
                    "category": "Good",
                    "node": "8d9e0f1a-2b3c-4d4e-9f5a-7b8c9d0e1f2a",
                    "time": T2,
                    "name": "Mood",
                    "input": "I feel good",
                },
            },
            "created_on": T1,
            "modified_on": T2,
            "exited_on": T2,
            "exit_type": "completed",
        },
        {
            "uuid": "9e0f1a2b-3c4d-4e5f-8a6b-8c9d0e1f2a3b",
            "flow": FLOW,
            "contact": CONTACT,
            "start": None,
            "responded": False,
            "path": [],
            "values": {},
            "created_on": T1,
            "modified_on": T1,
            "exited_on": T1,
            "exit_type": "expired",
        },
    ),
}

# Shapes of earlier versions of the same recordings (older servers still in use).
OLDER: dict[str, Page] = {
    "archives": page(
        {
            "archive_type": "run",
            "start_date": "2019-02-01",
            "period": "monthly",
            "record_count": 5,
            "size": 50,
            "hash": "0123456789abcdef0123456789abcdef",
            "download_url": "https://archives.example.org/r.jsonl.gz",
        }
    ),
    "broadcasts": page(
        {
            "id": 3456,
            "urns": ["tel:+15550001111"],
            "contacts": [CONTACT],
            "groups": [REF_A],
            "text": "Hello there",
            "created_on": T1,
        }
    ),
    "campaign_events": page(
        {
            "uuid": "0f1a2b3c-4d5e-4f6a-9b7c-9d0e1f2a3b4c",
            "campaign": REF_B,
            "relative_to": {"key": "due_date", "label": "Due Date"},
            "offset": 1,
            "unit": "days",
            "delivery_hour": 8,
            "message": "See you tomorrow",
            "flow": None,
            "created_on": T1,
        }
    ),
    "contacts": page(
        {
            "uuid": "2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c",
            "name": "Amina",
            "language": "swa",
            "urns": ["tel:+15550004444"],
            "groups": [REF_A],
            "fields": {"nickname": "Mina", "age": 29},
            "blocked": False,
            "stopped": False,
            "created_on": T1,
            "modified_on": T2,
        }
    ),
}


def lister(name: str) -> Callable[[Any], Any]:
    """How a client reads the endpoint `name`: a pager (to drain) or a single object."""
    singles: dict[str, Callable[[Any], Any]] = {
        "definitions": lambda c: c.definitions.get(),
        "org": lambda c: c.workspace.get(),
    }
    if name in singles:
        return singles[name]
    attribute = "contacts" if name == "empty" else name
    return lambda c: getattr(c, attribute).list()


def path_of(name: str) -> str:
    return {"org": "workspace", "empty": "contacts"}.get(name, name)
