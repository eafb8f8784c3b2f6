"""The sandbox and spec/rapidpro.yaml cannot drift: every operation over real HTTP, held against the spec."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from rapidpro.testing import RapidProSandbox

from .conftest import RapidProSpec

Case = Callable[[RapidProSandbox, httpx.Client], list[httpx.Response]]
CASES: dict[str, Case] = {}


def case(operation_id: str) -> Callable[[Case], Case]:
    def register(func: Case) -> Case:
        CASES[operation_id] = func
        return func

    return register


def first(http: httpx.Client, endpoint: str, **params: Any) -> dict[str, Any]:
    response = http.get(f"{endpoint}.json", params=params)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


def _media(http: httpx.Client) -> httpx.Response:
    return http.post("media.json", files={"file": ("photo.jpg", b"\xff\xd8\xff\xe0 jpeg bytes", "image/jpeg")})


# -- root, workspace, users, channels ---------------------------------------------------------
@case("get_api_root")
def _root(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get(".json")]


@case("get_workspace")
def _workspace(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("workspace.json")]


@case("get_org")
def _org(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("org.json")]


@case("list_users")
def _users(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    user = first(http, "users")
    return [
        http.get("users.json"),
        http.get("users.json", params=[("role", "agent"), ("role", "editor")]),
        http.get("users.json", params={"uuid": user["uuid"], "email": user["email"].upper()}),
    ]


@case("list_channels")
def _channels(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("channels.json"), http.get("channels.json", params={"address": "+250788000111"})]


@case("list_channel_events")
def _channel_events(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    event = first(http, "channel_events")
    return [
        http.get("channel_events.json"),
        http.get("channel_events.json", params={"contact": event["contact"]["uuid"], "after": "2025-01-01T00:00:00Z"}),
    ]


@case("get_statistics")
def _statistics(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [
        http.get("statistics.json"),
        http.get("statistics.json", params={"since": "2026-02-10", "until": "2026-02-12"}),
    ]


@case("list_boundaries")
def _boundaries(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("boundaries.json")]


@case("list_archives")
def _archives(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [
        http.get("archives.json"),
        http.get("archives.json", params={"type": "run", "period": "monthly", "limit": 5, "offset": 5}),
        http.get("archives.json", params={"archive_type": "message", "after": "2025-06-01", "before": "2026-01-01"}),
    ]


# -- contacts, fields, groups, globals --------------------------------------------------------
@case("list_contacts")
def _contacts(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    page = http.get("contacts.json")
    contact = page.json()["results"][0]
    return [
        page,
        http.get(page.json()["next"]),
        http.get("contacts.json", params={"uuid": contact["uuid"], "expand_urns": "true", "urn_order": "priority"}),
        http.get("contacts.json", params={"urn": contact["urns"][0]} if contact["urns"] else {"uuid": contact["uuid"]}),
        http.get("contacts.json", params={"group": "Farmers", "after": "2025-06-01T00:00:00Z", "reverse": "true"}),
        http.get("contacts.json", params={"deleted": "true"}),
    ]


@case("save_contact")
def _save_contact(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    body = {
        "name": "Ben Haggerty",
        "language": "eng",
        "urns": ["tel:+250788123123", "twitter:ben"],
        "groups": ["Farmers"],
        "fields": {"nickname": "Macklemore", "age": "33"},
    }
    created = http.post("contacts.json", json=body)
    uuid = created.json()["uuid"]
    return [
        created,
        http.post("contacts.json", params={"uuid": uuid}, json={"name": "Ben H", "fields": {"age": None}}),
        http.post(
            "contacts.json", params={"urn": "tel:+250788123123", "expand_urns": "true"}, json={"language": "kin"}
        ),
        http.post("contacts.json", params={"urn": "tel:+250788999888"}, json={"name": "Upserted"}),
    ]


@case("delete_contact")
def _delete_contact(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    contact = http.post("contacts.json", json={"urns": ["tel:+250788555111"]}).json()
    other = http.post("contacts.json", json={"urns": ["tel:+250788555222"]}).json()
    return [
        http.delete("contacts.json", params={"uuid": contact["uuid"]}),
        http.delete("contacts.json", params={"urn": other["urns"][0]}),
    ]


@case("perform_contact_action")
def _contact_action(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    contact = first(http, "contacts", group="Active")
    return [
        http.post("contact_actions.json", json={"contacts": [contact["uuid"]], "action": "add", "group": "Testers"}),
        http.post("contact_actions.json", json={"contacts": [contact["uuid"]], "action": "interrupt"}),
    ]


@case("list_fields")
def _fields(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("fields.json"), http.get("fields.json", params={"key": "age"})]


@case("save_field")
def _save_field(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    created = http.post("fields.json", json={"name": "Nick name", "type": "text"})
    return [
        created,
        http.post("fields.json", params={"key": created.json()["key"]}, json={"name": "Nickname 2", "type": "text"}),
        http.post("fields.json", json={"label": "Legacy Count", "value_type": "numeric"}),
    ]


@case("list_globals")
def _globals(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("globals.json"), http.get("globals.json", params={"key": "org_name", "reverse": "true"})]


@case("save_global")
def _save_global(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    created = http.post("globals.json", json={"name": "Clinic Hours", "value": "8am-5pm"})
    return [created, http.post("globals.json", params={"key": created.json()["key"]}, json={"value": "9am-6pm"})]


@case("list_groups")
def _groups(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [
        http.get("groups.json"),
        http.get("groups.json", params={"name": "farmers"}),
        http.get("groups.json", params={"manual_only": "true"}),
    ]


@case("save_group")
def _save_group(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    created = http.post("groups.json", json={"name": "Volunteers 2026"})
    return [created, http.post("groups.json", params={"uuid": created.json()["uuid"]}, json={"name": "Volunteers"})]


@case("delete_group")
def _delete_group(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    created = http.post("groups.json", json={"name": "Temporary"}).json()
    return [http.delete("groups.json", params={"uuid": created["uuid"]})]


# -- messages, labels, media, broadcasts ------------------------------------------------------
@case("list_messages")
def _messages(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    message = first(http, "messages", folder="inbox")
    return [
        http.get("messages.json"),
        http.get("messages.json", params={"folder": "sent", "before": "2026-03-01T00:00:00Z"}),
        http.get("messages.json", params={"contact": message["contact"]["uuid"]}),
        http.get("messages.json", params={"label": "Important"}),
        http.get("messages.json", params={"uuid": message["uuid"]}),
        http.get("messages.json", params={"id": message["id"]}),
        http.get("messages.json", params={"broadcast": 3}),
    ]


@case("create_message")
def _create_message(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    contact = first(http, "contacts", group="Active")
    media = _media(http).json()
    return [
        http.post("messages.json", json={"contact": contact["uuid"], "text": "Burger or pizza?", "quick_replies": [{"text": "Burger"}]}),
        http.post("messages.json", json={"contact": contact["urns"][0], "attachments": [media["uuid"]]}),
    ]  # fmt: skip


@case("perform_message_action")
def _message_action(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    message = first(http, "messages", folder="inbox")
    return [
        http.post("message_actions.json", json={"messages": [message["id"]], "action": "label", "label": "Important"}),
        http.post("message_actions.json", json={"messages": [message["id"], 99999999], "action": "archive"}),
    ]


@case("list_labels")
def _labels(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("labels.json"), http.get("labels.json", params={"name": "spam"})]


@case("save_label")
def _save_label(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    created = http.post("labels.json", json={"name": "Screened"})
    return [created, http.post("labels.json", params={"uuid": created.json()["uuid"]}, json={"name": "Checked"})]


@case("delete_label")
def _delete_label(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    created = http.post("labels.json", json={"name": "Temporary"}).json()
    return [http.delete("labels.json", params={"uuid": created["uuid"]})]


@case("upload_media")
def _upload(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [_media(http)]


@case("list_broadcasts")
def _broadcasts(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    broadcast = first(http, "broadcasts")
    return [
        http.get("broadcasts.json"),
        http.get("broadcasts.json", params={"uuid": broadcast["uuid"]}),
        http.get("broadcasts.json", params={"after": "2026-01-01T00:00:00Z", "before": "2026-02-01T00:00:00Z"}),
    ]


@case("create_broadcast")
def _create_broadcast(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    contact = first(http, "contacts", group="Active")
    body = {
        "urns": ["tel:+250788123124"],
        "contacts": [contact["uuid"]],
        "groups": ["Testers"],
        "text": {"eng": "Hello @contact.name! Burger or pizza?", "kin": "Muraho!"},
        "quick_replies": {"eng": [{"text": "Burger", "extra": "With cheese"}, {"text": "Pizza"}], "kin": []},
        "base_language": "eng",
    }
    return [
        http.post("broadcasts.json", json=body),
        http.post("broadcasts.json", json={"text": "Hi", "urns": ["tel:0788123125"]}),
    ]


# -- flows, runs, starts, campaigns, definitions ----------------------------------------------
@case("list_flows")
def _flows(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    flow = first(http, "flows")
    return [
        http.get("flows.json"),
        http.get("flows.json", params={"uuid": flow["uuid"]}),
        http.get("flows.json", params={"type": "survey", "archived": "false", "after": "2025-01-01T00:00:00Z"}),
    ]


@case("list_runs")
def _runs(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    run = first(http, "runs")
    return [
        http.get("runs.json"),
        http.get("runs.json", params={"flow": run["flow"]["uuid"], "paths": "false", "responded": "true"}),
        http.get("runs.json", params={"contact": run["contact"]["uuid"], "reverse": "true"}),
        http.get("runs.json", params={"uuid": run["uuid"]}),
        http.get("runs.json", params={"id": run["id"], "after": "2025-01-01T00:00:00.000000Z"}),
    ]


@case("list_flow_starts")
def _starts(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    start = first(http, "flow_starts")
    return [
        http.get("flow_starts.json"),
        http.get("flow_starts.json", params={"uuid": start["uuid"]}),
        http.get("flow_starts.json", params={"reverse": "true", "after": "2025-01-01T00:00:00.000000Z"}),
    ]


@case("create_flow_start")
def _create_start(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    flow = first(http, "flows", type="message", archived="false")
    contact = first(http, "contacts", group="Active")
    body = {
        "flow": flow["uuid"],
        "groups": ["Testers"],
        "contacts": [contact["uuid"]],
        "urns": ["tel:+250788000999"],
        "params": {"first_name": "Ryan"},
        "restart_participants": False,
        "exclude_active": True,
    }
    return [http.post("flow_starts.json", json=body)]


@case("list_campaigns")
def _campaigns(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    campaign = first(http, "campaigns")
    return [http.get("campaigns.json"), http.get("campaigns.json", params={"uuid": campaign["uuid"]})]


@case("save_campaign")
def _save_campaign(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    created = http.post("campaigns.json", json={"name": "Reminders", "group": "Reporters"})
    update = {"name": "Reminders 2", "group": "Farmers"}
    return [created, http.post("campaigns.json", params={"uuid": created.json()["uuid"]}, json=update)]


@case("list_campaign_events")
def _events(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    campaign = first(http, "campaigns")
    return [http.get("campaign_events.json"), http.get("campaign_events.json", params={"campaign": campaign["uuid"]})]


@case("save_campaign_event")
def _save_event(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    campaign = first(http, "campaigns")
    flow = first(http, "flows", type="message")
    body = {
        "campaign": campaign["uuid"],
        "relative_to": "registration_date",
        "offset": -1,
        "unit": "hours",
        "delivery_hour": -1,
        "message": {"eng": "Don't forget your appointment tomorrow!"},
    }
    created = http.post("campaign_events.json", json=body)
    update = {
        **{k: v for k, v in body.items() if k != "message"},
        "flow": flow["uuid"],
        "unit": "days",
        "delivery_hour": 9,
    }
    return [created, http.post("campaign_events.json", params={"uuid": created.json()["uuid"]}, json=update)]


@case("delete_campaign_event")
def _delete_event(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    event = first(http, "campaign_events")
    return [http.delete("campaign_events.json", params={"uuid": event["uuid"]})]


@case("get_definitions")
def _definitions(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    flow, campaign = first(http, "flows"), first(http, "campaigns")
    return [
        http.get("definitions.json", params=[("flow", flow["uuid"]), ("campaign", campaign["uuid"])]),
        http.get("definitions.json", params={"flow": flow["uuid"], "dependencies": "none"}),
    ]


# -- tickets, topics, resthooks ---------------------------------------------------------------
@case("list_tickets")
def _tickets(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    ticket = first(http, "tickets")
    return [
        http.get("tickets.json"),
        http.get("tickets.json", params={"contact": ticket["contact"]["uuid"], "reverse": "true"}),
        http.get("tickets.json", params={"uuid": ticket["uuid"]}),
    ]


@case("perform_ticket_action")
def _ticket_action(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    ticket = first(http, "tickets")
    agent = rapidpro.user("agent").email
    return [
        http.post("ticket_actions.json", json={"tickets": [ticket["uuid"]], "action": "assign", "assignee": agent}),
        http.post(
            "ticket_actions.json", json={"tickets": [ticket["uuid"]], "action": "add_note", "note": "Called back"}
        ),
        http.post("ticket_actions.json", json={"tickets": [ticket["uuid"]], "action": "close"}),
    ]


@case("list_topics")
def _topics(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("topics.json")]


@case("save_topic")
def _save_topic(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    created = http.post("topics.json", json={"name": "Deliveries"})
    return [created, http.post("topics.json", params={"uuid": created.json()["uuid"]}, json={"name": "Shipping"})]


@case("list_resthooks")
def _resthooks(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("resthooks.json"), http.get("resthooks.json", params={"reverse": "true"})]


@case("list_resthook_events")
def _resthook_events(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("resthook_events.json"), http.get("resthook_events.json", params={"resthook": "new-report"})]


@case("list_resthook_subscribers")
def _subscribers(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    sub = first(http, "resthook_subscribers")
    return [
        http.get("resthook_subscribers.json"),
        http.get("resthook_subscribers.json", params={"id": sub["id"], "resthook": sub["resthook"]}),
    ]


@case("create_resthook_subscriber")
def _subscribe(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    body = {"resthook": "new-report", "target_url": "https://example.com/hooks/new-report"}
    return [http.post("resthook_subscribers.json", json=body)]


@case("delete_resthook_subscriber")
def _unsubscribe(rapidpro: RapidProSandbox, http: httpx.Client) -> list[httpx.Response]:
    sub = first(http, "resthook_subscribers")
    return [http.delete("resthook_subscribers.json", params={"id": sub["id"]})]


# -- the tests --------------------------------------------------------------------------------
def test_every_operation_has_a_case(spec: RapidProSpec) -> None:
    assert len(spec.operations()) == 48
    assert sorted(CASES) == sorted(spec.operations())


@pytest.mark.parametrize("operation_id", sorted(RapidProSpec().operations()))
def test_operation_matches_spec(
    operation_id: str, rapidpro: RapidProSandbox, http: httpx.Client, spec: RapidProSpec
) -> None:
    method, template = spec.operations()[operation_id]
    responses = CASES[operation_id](rapidpro, http)
    mine = [r for r in responses if r.request.method == method and r.request.url.path == "/api/v2" + template]
    assert mine, f"no request of {operation_id} was made"
    for response in responses:
        assert response.is_success, (response.request.url, response.status_code, response.text)
        if operation_id == "upload_media":  # openapi-core reads a 3.1 `format: binary` part as text: response only
            spec.check_response(response)
        else:
            spec.check(response)
        if template != "/.json":
            assert response.headers["X-Temba-Workspace"] == rapidpro.state.world.workspace.uuid


ERRORS: list[tuple[str, str, dict[str, Any], Any, int]] = [
    ("POST", "contacts.json", {}, {"urns": ["tel:nope"], "groups": ["No Such Group"], "fields": {"x": "1"}}, 400),
    ("POST", "contacts.json", {"uuid": "2f1b5ec2-3c55-4f4d-9d2a-000000000000"}, {"name": "Nobody"}, 404),
    ("POST", "contacts.json", {"uuid": "a", "urn": "tel:+250788123123"}, {"name": "x"}, 400),
    ("DELETE", "contacts.json", {}, None, 400),
    ("GET", "contacts.json", {"urn": "12345"}, None, 400),
    ("POST", "contact_actions.json", {}, {"contacts": [], "action": "explode"}, 400),
    ("GET", "messages.json", {"contact": "x", "folder": "inbox"}, None, 400),
    ("POST", "messages.json", {}, {"contact": "tel:+250700000000"}, 400),
    ("POST", "message_actions.json", {}, {"messages": [1], "action": "label"}, 400),
    ("POST", "broadcasts.json", {}, {"text": {"eng": "Hi"}}, 400),
    ("GET", "runs.json", {"flow": "a", "contact": "b"}, None, 400),
    ("GET", "flows.json", {"uuid": "not-a-uuid"}, None, 400),
    ("POST", "flow_starts.json", {}, {"flow": "1b7f6c52-4f3e-4a8f-a0b4-2b3f0f0b0b0b"}, 400),
    ("POST", "fields.json", {}, {"name": "Age", "type": "number"}, 400),
    ("POST", "fields.json", {"key": "nope"}, {"name": "Nope", "type": "text"}, 404),
    ("POST", "groups.json", {}, {"name": 'Bad "quotes"'}, 400),
    ("DELETE", "labels.json", {"uuid": "2f1b5ec2-3c55-4f4d-9d2a-000000000000"}, None, 404),
    ("POST", "globals.json", {}, {"name": "Only a name"}, 400),
    ("POST", "campaign_events.json", {}, {"campaign": "x", "offset": "soon"}, 400),
    ("POST", "resthook_subscribers.json", {}, {"resthook": "nope", "target_url": "not a url"}, 400),
    ("POST", "ticket_actions.json", {}, {"tickets": ["nope"], "action": "close"}, 400),
    ("POST", "topics.json", {}, {}, 400),
    ("GET", "definitions.json", {"dependencies": "some"}, None, 400),
    ("GET", "statistics.json", {"since": "2024-01-01", "until": "2026-01-01"}, None, 400),
]


@pytest.mark.parametrize(("method", "path", "params", "body", "status"), ERRORS)
def test_error_responses_match_spec(
    method: str, path: str, params: dict[str, Any], body: Any, status: int, http: httpx.Client, spec: RapidProSpec
) -> None:
    response = http.request(method, path, params=params, json=body)
    assert response.status_code == status, response.text
    spec.check_response(response)


def test_system_objects_and_limits_match_spec(
    rapidpro: RapidProSandbox, http: httpx.Client, spec: RapidProSpec
) -> None:
    active = first(http, "groups", name="Active")
    general = next(t for t in http.get("topics.json").json()["results"] if t["system"])
    rapidpro.limits["labels"] = 1
    responses = [
        (http.post("groups.json", params={"uuid": active["uuid"]}, json={"name": "Alive"}), 403),
        (http.delete("groups.json", params={"uuid": active["uuid"]}), 403),
        (http.post("topics.json", params={"uuid": general["uuid"]}, json={"name": "Other"}), 403),
        (http.post("labels.json", json={"name": "One Too Many"}), 409),
    ]
    for response, status in responses:
        assert response.status_code == status, response.text
        spec.check_response(response)
