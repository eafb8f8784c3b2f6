"""No id given to a rapidpro method can reach another endpoint (see tests/hostile_ids.py).

RapidPro takes every id in the query (`?uuid=`, `?key=`, `?urn=`) or the JSON body, never in the
path: each one must arrive there intact, at the method's own operation, or be refused before sending.
"""

from __future__ import annotations

from typing import Any

import pytest

from rapidpro import AsyncRapidProClient, RapidProClient, TembaException, TembaValidationError
from tests.flaky_server import FlakyServer
from tests.hostile_ids import Facade, IdCase, check_hostile_ids

CASES = [
    IdCase("contacts.list", lambda c, i: c.contacts.list(uuid=i), ["list_contacts"], "query:uuid"),
    IdCase("contacts.list(group)", lambda c, i: c.contacts.list(group=i), ["list_contacts"], "query:group"),
    IdCase("contacts.create", lambda c, i: c.contacts.create(groups=[i]), ["save_contact"], "body:groups"),
    IdCase("contacts.update", lambda c, i: c.contacts.update(i, name="x"), ["save_contact"], "query:uuid"),
    IdCase("contacts.delete", lambda c, i: c.contacts.delete(i), ["delete_contact"], "query:uuid"),
    IdCase(
        "contacts.bulk_add", lambda c, i: c.contacts.bulk_add([i], "g"), ["perform_contact_action"], "body:contacts"
    ),
    IdCase(
        "contacts.bulk_add(group)", lambda c, i: c.contacts.bulk_add(["c"], i), ["perform_contact_action"], "body:group"
    ),
    IdCase("messages.create", lambda c, i: c.messages.create(i, "hi"), ["create_message"], "body:contact"),
    IdCase("messages.bulk_label", lambda c, i: c.messages.bulk_label([1], i), ["perform_message_action"], "body:label"),
    IdCase(
        "broadcasts.create", lambda c, i: c.broadcasts.create("hi", groups=[i]), ["create_broadcast"], "body:groups"
    ),
    IdCase("campaigns.update", lambda c, i: c.campaigns.update(i, "x", "Farmers"), ["save_campaign"], "query:uuid"),
    IdCase(
        "campaign_events.update",
        lambda c, i: c.campaign_events.update(i, "registered", 1, "days", -1, message="Hi", campaign="c"),
        ["save_campaign_event"],
        "query:uuid",
    ),
    IdCase(
        "campaign_events.update(read first)",
        lambda c, i: c.campaign_events.update(i, "registered", 1, "days", -1, message="Hi"),
        ["list_campaign_events", "save_campaign_event"],
        "query:uuid",
    ),
    IdCase("campaign_events.delete", lambda c, i: c.campaign_events.delete(i), ["delete_campaign_event"], "query:uuid"),
    IdCase("fields.update", lambda c, i: c.fields.update(i, name="x"), ["save_field"], "query:key"),
    IdCase("globals.update", lambda c, i: c.globals.update(i, "v"), ["save_global"], "query:key"),
    IdCase("groups.update", lambda c, i: c.groups.update(i, "x"), ["save_group"], "query:uuid"),
    IdCase("groups.delete", lambda c, i: c.groups.delete(i), ["delete_group"], "query:uuid"),
    IdCase("labels.update", lambda c, i: c.labels.update(i, "x"), ["save_label"], "query:uuid"),
    IdCase("labels.delete", lambda c, i: c.labels.delete(i), ["delete_label"], "query:uuid"),
    IdCase("topics.update", lambda c, i: c.topics.update(i, "x"), ["save_topic"], "query:uuid"),
    IdCase("flow_starts.create", lambda c, i: c.flow_starts.create(i), ["create_flow_start"], "body:flow"),
    IdCase("runs.list", lambda c, i: c.runs.list(flow=i), ["list_runs"], "query:flow"),
    IdCase("definitions.get", lambda c, i: c.definitions.get([i]), ["get_definitions"], "query:flow"),
    IdCase(
        "resthook_subscribers.delete",
        lambda c, i: c.resthook_subscribers.delete(i),
        ["delete_resthook_subscriber"],
        "query:id",
    ),
    IdCase("tickets.bulk_close", lambda c, i: c.tickets.bulk_close([i]), ["perform_ticket_action"], "body:tickets"),
    IdCase("users.list", lambda c, i: c.users.list(uuid=[i]), ["list_users"], "query:uuid"),
]


def make_client(kind: str, url: str) -> Any:
    cls = RapidProClient if kind == "sync" else AsyncRapidProClient
    return cls("token-0000000000000", base_url=url, max_retries=0)


FACADE = Facade("rapidpro", make_client, TembaValidationError, TembaException)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_ids_never_reach_another_endpoint(case: IdCase, kind: str, counting_server: FlakyServer) -> None:
    """Each hostile id is refused before sending, or arrives intact at the method's own endpoint."""
    check_hostile_ids(FACADE, case, kind, counting_server)
