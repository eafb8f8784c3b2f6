"""Every resource method sends the request the API documents and returns the typed result, sync and async."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from rapidpro import RapidProClient, TembaNoSuchObjectError, TembaValidationError, models
from tests.rapidpro._data import uid
from tests.rapidpro._helpers import KINDS, call
from tests.rapidpro._server import TOKEN, rapidpro_server

C0, F0, G0 = uid("contact", 0), uid("flow", 0), uid("group", 0)
GROUP = models.GroupRef(uuid=G0, name="Farmers")


def one(cls: type) -> Any:
    return lambda result: isinstance(result, cls)


def nothing(result: Any) -> bool:
    return result is None


def failures(expected: list[Any]) -> Any:
    return lambda result: result == expected


# (id, call, method, path, query, body, check)
WRITES: list[tuple[str, Any, str, str, dict[str, list[str]], Any, Any]] = [
    (
        "contacts.create",
        lambda c: c.contacts.create("Ben", "eng", ["tel:+250788000999"], {"age": "3", "nick": None}, ["Adults", GROUP]),
        "POST",
        "contacts",
        {},
        {
            "name": "Ben",
            "language": "eng",
            "urns": ["tel:+250788000999"],
            "fields": {"age": "3", "nick": None},
            "groups": ["Adults", G0],
        },
        one(models.Contact),
    ),
    (
        "contacts.update by uuid",
        lambda c: c.contacts.update(C0, name="B"),
        "POST",
        "contacts",
        {"uuid": [C0]},
        {"name": "B"},
        one(models.Contact),
    ),
    (
        "contacts.update by urn",
        lambda c: c.contacts.update("tel:+250788000000", note="VIP"),
        "POST",
        "contacts",
        {"urn": ["tel:+250788000000"]},
        {"note": "VIP"},
        one(models.Contact),
    ),
    ("contacts.delete", lambda c: c.contacts.delete(C0), "DELETE", "contacts", {"uuid": [C0]}, None, nothing),
    *[
        (
            f"contacts.bulk_{name}",
            (lambda c, name=name: getattr(c.contacts, f"bulk_{name}")([C0, "tel:+250788000001"])),
            "POST",
            "contact_actions",
            {},
            {"contacts": [C0, "tel:+250788000001"], "action": action},
            nothing,
        )
        for name, action in [
            ("block", "block"),
            ("unblock", "unblock"),
            ("interrupt", "interrupt"),
            ("archive_messages", "archive_messages"),
            ("delete", "delete"),
        ]
    ],
    (
        "contacts.bulk_add",
        lambda c: c.contacts.bulk_add([C0], GROUP),
        "POST",
        "contact_actions",
        {},
        {"contacts": [C0], "action": "add", "group": G0},
        nothing,
    ),
    (
        "contacts.bulk_remove",
        lambda c: c.contacts.bulk_remove([C0], "Farmers"),
        "POST",
        "contact_actions",
        {},
        {"contacts": [C0], "action": "remove", "group": "Farmers"},
        nothing,
    ),
    (
        "messages.create",
        lambda c: c.messages.create("tel:+250788000001", "Hi", ["media-uuid"], ["Yes", {"type": "location"}]),
        "POST",
        "messages",
        {},
        {
            "contact": "tel:+250788000001",
            "text": "Hi",
            "attachments": ["media-uuid"],
            "quick_replies": [{"text": "Yes"}, {"type": "location"}],
        },
        one(models.Message),
    ),
    (
        "messages.bulk_label",
        lambda c: c.messages.bulk_label([1, 2], "Important"),
        "POST",
        "message_actions",
        {},
        {"messages": [1, 2], "action": "label", "label": "Important"},
        failures([]),
    ),
    (
        "messages.bulk_label by name",
        lambda c: c.messages.bulk_label([999], label_name="New"),
        "POST",
        "message_actions",
        {},
        {"messages": [999], "action": "label", "label_name": "New"},
        failures([999]),
    ),
    (
        "messages.bulk_unlabel",
        lambda c: c.messages.bulk_unlabel([1], "Important"),
        "POST",
        "message_actions",
        {},
        {"messages": [1], "action": "unlabel", "label": "Important"},
        failures([]),
    ),
    (
        "messages.bulk_archive",
        lambda c: c.messages.bulk_archive([1]),
        "POST",
        "message_actions",
        {},
        {"messages": [1], "action": "archive"},
        failures([]),
    ),
    (
        "messages.bulk_restore",
        lambda c: c.messages.bulk_restore([1]),
        "POST",
        "message_actions",
        {},
        {"messages": [1], "action": "restore"},
        failures([]),
    ),
    (
        "messages.bulk_delete",
        lambda c: c.messages.bulk_delete([1]),
        "POST",
        "message_actions",
        {},
        {"messages": [1], "action": "delete"},
        failures([]),
    ),
    (
        "broadcasts.create",
        lambda c: c.broadcasts.create("Hello", ["tel:+250788000001"], groups=[GROUP], base_language="eng"),
        "POST",
        "broadcasts",
        {},
        {"text": "Hello", "urns": ["tel:+250788000001"], "groups": [G0], "base_language": "eng"},
        lambda b: isinstance(b, models.Broadcast) and b.text == {"eng": "Hello"},
    ),
    (
        "broadcasts.create translated",
        lambda c: c.broadcasts.create({"eng": "Hi", "fra": "Salut"}, contacts=[C0], quick_replies={"eng": ["Yes"]}),
        "POST",
        "broadcasts",
        {},
        {"text": {"eng": "Hi", "fra": "Salut"}, "contacts": [C0], "quick_replies": {"eng": [{"text": "Yes"}]}},
        one(models.Broadcast),
    ),
    (
        "campaigns.create",
        lambda c: c.campaigns.create("Reminders", "Farmers"),
        "POST",
        "campaigns",
        {},
        {"name": "Reminders", "group": "Farmers"},
        one(models.Campaign),
    ),
    (
        "campaigns.update",
        lambda c: c.campaigns.update(uid("campaign", 1), "R2", "Farmers"),
        "POST",
        "campaigns",
        {"uuid": [uid("campaign", 1)]},
        {"name": "R2", "group": "Farmers"},
        one(models.Campaign),
    ),
    (
        "campaign_events.create",
        lambda c: c.campaign_events.create(uid("campaign", 0), "registered", 1, "days", -1, message="Hi"),
        "POST",
        "campaign_events",
        {},
        {
            "campaign": uid("campaign", 0),
            "relative_to": "registered",
            "offset": 1,
            "unit": "days",
            "delivery_hour": -1,
            "message": "Hi",
        },
        one(models.CampaignEvent),
    ),
    (
        "campaign_events.update",
        lambda c: c.campaign_events.update(
            uid("event", 2), "registered", 3, "days", -1, flow=F0, campaign=uid("campaign", 0)
        ),
        "POST",
        "campaign_events",
        {"uuid": [uid("event", 2)]},
        {
            "campaign": uid("campaign", 0),
            "relative_to": "registered",
            "offset": 3,
            "unit": "days",
            "delivery_hour": -1,
            "flow": F0,
        },
        one(models.CampaignEvent),
    ),
    (
        "campaign_events.delete",
        lambda c: c.campaign_events.delete(uid("event", 2)),
        "DELETE",
        "campaign_events",
        {"uuid": [uid("event", 2)]},
        None,
        nothing,
    ),
    (
        "fields.create",
        lambda c: c.fields.create("Age", "number"),
        "POST",
        "fields",
        {},
        {"name": "Age", "type": "number"},
        one(models.ContactField),
    ),
    (
        "fields.update",
        lambda c: c.fields.update("field_1", name="Years"),
        "POST",
        "fields",
        {"key": ["field_1"]},
        {"name": "Years"},
        one(models.ContactField),
    ),
    (
        "globals.create",
        lambda c: c.globals.create("Org Name", "Acme"),
        "POST",
        "globals",
        {},
        {"name": "Org Name", "value": "Acme"},
        one(models.Global),
    ),
    (
        "globals.update",
        lambda c: c.globals.update("global_1", "Beta"),
        "POST",
        "globals",
        {"key": ["global_1"]},
        {"value": "Beta"},
        one(models.Global),
    ),
    ("groups.create", lambda c: c.groups.create("Adults"), "POST", "groups", {}, {"name": "Adults"}, one(models.Group)),
    (
        "groups.update",
        lambda c: c.groups.update(GROUP, "Growers"),
        "POST",
        "groups",
        {"uuid": [G0]},
        {"name": "Growers"},
        one(models.Group),
    ),
    ("groups.delete", lambda c: c.groups.delete(G0), "DELETE", "groups", {"uuid": [G0]}, None, nothing),
    ("labels.create", lambda c: c.labels.create("Spam"), "POST", "labels", {}, {"name": "Spam"}, one(models.Label)),
    (
        "labels.update",
        lambda c: c.labels.update(uid("label", 1), "Ham"),
        "POST",
        "labels",
        {"uuid": [uid("label", 1)]},
        {"name": "Ham"},
        one(models.Label),
    ),
    (
        "labels.delete",
        lambda c: c.labels.delete(uid("label", 1)),
        "DELETE",
        "labels",
        {"uuid": [uid("label", 1)]},
        None,
        nothing,
    ),
    (
        "flow_starts.create",
        lambda c: c.flow_starts.create(F0, urns=["tel:+250788000001"], restart_participants=False, params={"a": 1}),
        "POST",
        "flow_starts",
        {},
        {"flow": F0, "urns": ["tel:+250788000001"], "restart_participants": False, "params": {"a": 1}},
        one(models.FlowStart),
    ),
    (
        "resthook_subscribers.create",
        lambda c: c.resthook_subscribers.create("hook-0", "https://example.com/h"),
        "POST",
        "resthook_subscribers",
        {},
        {"resthook": "hook-0", "target_url": "https://example.com/h"},
        one(models.ResthookSubscriber),
    ),
    (
        "resthook_subscribers.delete",
        lambda c: c.resthook_subscribers.delete(1001),
        "DELETE",
        "resthook_subscribers",
        {"id": ["1001"]},
        None,
        nothing,
    ),
    (
        "tickets.bulk_assign",
        lambda c: c.tickets.bulk_assign([uid("ticket", 0)], "user0@example.com"),
        "POST",
        "ticket_actions",
        {},
        {"tickets": [uid("ticket", 0)], "action": "assign", "assignee": "user0@example.com"},
        failures([]),
    ),
    (
        "tickets.bulk_assign none",
        lambda c: c.tickets.bulk_assign(["bad"], None),
        "POST",
        "ticket_actions",
        {},
        {"tickets": ["bad"], "action": "assign", "assignee": None},
        failures(["bad"]),
    ),
    (
        "tickets.bulk_add_note",
        lambda c: c.tickets.bulk_add_note(["t"], "Called back"),
        "POST",
        "ticket_actions",
        {},
        {"tickets": ["t"], "action": "add_note", "note": "Called back"},
        failures([]),
    ),
    (
        "tickets.bulk_change_topic",
        lambda c: c.tickets.bulk_change_topic(["t"], uid("topic", 1)),
        "POST",
        "ticket_actions",
        {},
        {"tickets": ["t"], "action": "change_topic", "topic": uid("topic", 1)},
        failures([]),
    ),
    (
        "tickets.bulk_close",
        lambda c: c.tickets.bulk_close(["t"]),
        "POST",
        "ticket_actions",
        {},
        {"tickets": ["t"], "action": "close"},
        failures([]),
    ),
    (
        "tickets.bulk_reopen",
        lambda c: c.tickets.bulk_reopen(["t"]),
        "POST",
        "ticket_actions",
        {},
        {"tickets": ["t"], "action": "reopen"},
        failures([]),
    ),
    (
        "topics.create",
        lambda c: c.topics.create("Billing"),
        "POST",
        "topics",
        {},
        {"name": "Billing"},
        one(models.Topic),
    ),
    (
        "topics.update",
        lambda c: c.topics.update(uid("topic", 1), "Invoices"),
        "POST",
        "topics",
        {"uuid": [uid("topic", 1)]},
        {"name": "Invoices"},
        one(models.Topic),
    ),
    ("workspace.get", lambda c: c.workspace.get(), "GET", "workspace", {}, None, one(models.Workspace)),
    (
        "statistics.get",
        lambda c: c.statistics.get(date(2026, 1, 1), datetime(2026, 2, 1, 12, tzinfo=UTC)),
        "GET",
        "statistics",
        {"since": ["2026-01-01"], "until": ["2026-02-01T12:00:00.000000Z"]},
        None,
        lambda s: isinstance(s, models.Statistics) and s.results[0].channels[uid("channel", 0)].text_in == 3,
    ),
    (
        "definitions.get",
        lambda c: c.definitions.get([F0], dependencies="none"),
        "GET",
        "definitions",
        {"flow": [F0], "dependencies": ["none"]},
        None,
        one(models.Definitions),
    ),
]

# (endpoint, resource, filters, model)
LISTS = [
    ("archives", "archives", {"type": "message", "period": "daily"}, models.Archive),
    ("boundaries", "boundaries", {}, models.Boundary),
    ("broadcasts", "broadcasts", {"after": datetime(2026, 1, 1)}, models.Broadcast),
    ("campaigns", "campaigns", {}, models.Campaign),
    ("campaign_events", "campaign_events", {"campaign": uid("campaign", 0)}, models.CampaignEvent),
    ("channels", "channels", {"address": "+250788123123"}, models.Channel),
    ("channel_events", "channel_events", {"contact": C0}, models.ChannelEvent),
    ("contacts", "contacts", {"deleted": False, "expand_urns": True}, models.Contact),
    ("fields", "fields", {}, models.ContactField),
    ("flow_starts", "flow_starts", {"reverse": True}, models.FlowStart),
    ("flows", "flows", {"archived": False, "type": "message"}, models.Flow),
    ("globals", "globals", {}, models.Global),
    ("groups", "groups", {"name": "Group 1"}, models.Group),
    ("labels", "labels", {}, models.Label),
    ("messages", "messages", {"folder": "inbox", "label": "Important"}, models.Message),
    ("resthooks", "resthooks", {}, models.Resthook),
    ("resthook_events", "resthook_events", {"resthook": "hook-0"}, models.ResthookEvent),
    ("resthook_subscribers", "resthook_subscribers", {"resthook": "hook-0"}, models.ResthookSubscriber),
    ("runs", "runs", {"flow": F0, "responded": True}, models.Run),
    ("tickets", "tickets", {"contact": C0}, models.Ticket),
    ("topics", "topics", {}, models.Topic),
    ("users", "users", {"role": ["administrator", "editor"]}, models.User),
]


@KINDS
@pytest.mark.parametrize(
    ("name", "method", "verb", "endpoint", "query", "body", "check"), WRITES, ids=[w[0] for w in WRITES]
)
def test_calls(kind: str, name: str, method: Any, verb: str, endpoint: str, query: Any, body: Any, check: Any) -> None:
    with rapidpro_server() as (server, _):
        result = call(kind, server.url, method)
    request = server.requests[-1]
    assert (request.method, request.path, request.query) == (verb, f"/api/v2/{endpoint}.json", query)
    assert (json.loads(request.body) if request.body else None) == body
    assert request.headers["authorization"] == f"Token {TOKEN}"
    assert check(result), result


@KINDS
@pytest.mark.parametrize(("endpoint", "resource", "filters", "model"), LISTS, ids=[entry[0] for entry in LISTS])
def test_lists(kind: str, endpoint: str, resource: str, filters: dict[str, Any], model: type) -> None:
    """Every list endpoint: `GET <name>.json` with its filters on the wire, items parsed as its model."""
    with rapidpro_server(counts={endpoint: 2}) as (server, _):
        items = call(kind, server.url, lambda c: getattr(c, resource).list(**filters).all())
    request = server.requests[0]
    assert request.path == f"/api/v2/{endpoint}.json"
    assert set(request.query) == set(filters)
    assert all(isinstance(item, model) for item in items)


def test_list_filters_on_the_wire() -> None:
    """Booleans as true/false, datetimes in UTC with microseconds, models by UUID, repeated values repeated."""
    with rapidpro_server() as (server, _), RapidProClient(TOKEN, base_url=server.url) as client:
        client.contacts.list(deleted=True, group=GROUP, before=datetime(2026, 3, 1, 12, 30)).first()
        client.users.list(email=["a@x.com", "b@x.com"]).first()
    assert server.requests[0].query == {"deleted": ["true"], "group": [G0], "before": ["2026-03-01T12:30:00.000000Z"]}
    assert server.requests[1].query == {"email": ["a@x.com", "b@x.com"]}


@KINDS
def test_a_filter_the_api_does_not_have_is_refused_before_sending(kind: str) -> None:
    """The filters are the spec's query parameters of the list: another name is a validation error naming it."""
    with rapidpro_server() as (server, _):
        with pytest.raises(TembaValidationError, match="list_contacts has no filter 'colour'") as info:
            call(kind, server.url, lambda c: c.contacts.list(colour="red", group="Farmers"))
        with pytest.raises(ValueError, match="'group_uuid'"):  # TembaValidationError is a ValueError too
            call(kind, server.url, lambda c: c.contacts.list(group_uuid=G0).first())
    assert "urn_order" in str(info.value) and server.requests == []


@KINDS
def test_filters_by_argument_or_wire_name(kind: str) -> None:
    """`type_=` is the generated argument for `?type=`; `type=` works too. None is not sent."""
    with rapidpro_server() as (server, _):
        call(kind, server.url, lambda c: c.flows.list(type_="message", archived=None).first())
        call(kind, server.url, lambda c: c.archives.list(type="run", period=None).first())
    assert [r.query for r in server.requests] == [{"type": ["message"]}, {"type": ["run"]}]


@KINDS
def test_media_upload_is_multipart(kind: str, tmp_path: Any) -> None:
    """`media.upload` posts the file as multipart/form-data field `file`, type guessed from its name."""
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG fake")
    with rapidpro_server() as (server, _):
        media = call(kind, server.url, lambda c: c.media.upload(path))
    request = server.requests[-1]
    assert request.path == "/api/v2/media.json" and request.headers["content-type"].startswith("multipart/form-data")
    assert b'name="file"; filename="photo.png"' in request.body and b"Content-Type: image/png" in request.body
    assert isinstance(media, models.Media) and str(media.url).endswith("a.png")


@KINDS
def test_endpoints_need_no_token(kind: str) -> None:
    """The API root lists every endpoint; no credentials are sent for it."""
    with rapidpro_server() as (server, _):
        root = call(kind, server.url, lambda c: c.endpoints())
    assert str(root.contacts).endswith("/api/v2/contacts") and "authorization" not in server.requests[0].headers


def test_update_of_nothing_is_a_404_and_lookups_are_required() -> None:
    with rapidpro_server() as (server, _), RapidProClient(TOKEN, base_url=server.url) as client:
        with pytest.raises(TembaNoSuchObjectError):
            client.contacts.update("00000000-0000-4000-8000-000000000000", name="x")
        with pytest.raises(ValueError, match="single identifier"):
            client.groups.delete("")
        assert len(server.requests) == 1


@KINDS
@pytest.mark.parametrize(
    "method",
    [
        lambda c: c.groups.delete(""),
        lambda c: c.contacts.update("", name="x"),
        lambda c: c.campaign_events.delete({"name": "no id"}),
        lambda c: c.resthook_subscribers.delete("not-a-number"),
    ],
    ids=["empty uuid", "empty contact", "object without id", "non-integer id"],
)
def test_bad_lookups_are_validation_errors(kind: str, method: Any) -> None:
    """A lookup that cannot name one object is refused (TembaValidationError, a ValueError) before sending."""
    with rapidpro_server() as (server, _):
        with pytest.raises(TembaValidationError):
            call(kind, server.url, method)
    assert server.requests == []


def test_models_take_what_servers_really_send() -> None:
    """Broadcast text as a dict of translations or (very old servers) a string; run paths null; unknown fields kept."""
    with rapidpro_server() as (server, handler), RapidProClient(TOKEN, base_url=server.url) as client:
        handler._cache[("broadcasts", 1)] = {**handler.item("broadcasts", 1), "text": "Hello", "new_field": 1}
        first, second, _ = client.broadcasts.list().all()
    assert first.text == {"eng": "Hello 0", "fra": "Bonjour 0"}
    assert second.text == "Hello" and second.model_extra == {"new_field": 1}
