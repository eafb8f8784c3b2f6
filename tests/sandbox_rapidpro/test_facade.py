"""The `rapidpro` facade against the sandbox: its main methods, sync and async, over real HTTP."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from overlay_runtime import SyncPager
from rapidpro import (
    AsyncRapidProClient,
    RapidProClient,
    TembaBadRequestError,
    TembaConflictError,
    TembaNoSuchObjectError,
    TembaServerError,
    TembaTokenError,
)
from rapidpro.testing import RapidProSandbox

from .conftest import NOW

Call = Callable[[Callable[[Any], Any]], Any]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RapidProSandbox]:
    with RapidProSandbox(seed=5, now=NOW, contacts=700) as rapidpro:
        yield rapidpro


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, sandbox: RapidProSandbox) -> Iterator[Call]:
    """`call(lambda client: client.x.y(...))` on a sync or an async client; pagers are read whole."""
    if request.param == "sync":
        with RapidProClient(sandbox.token, base_url=sandbox.url) as client:
            yield lambda fn: (lambda result: list(result) if isinstance(result, SyncPager) else result)(fn(client))
        return

    def run(fn: Callable[[AsyncRapidProClient], Any]) -> Any:
        async def main() -> Any:
            async with AsyncRapidProClient(sandbox.token, base_url=sandbox.url) as client:
                result = fn(client)
                if hasattr(result, "__aiter__"):
                    return [item async for item in result]
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())

    yield run


def test_endpoints_workspace_users_channels(call: Call, sandbox: RapidProSandbox) -> None:
    assert str(call(lambda c: c.endpoints()).contacts).endswith("/api/v2/contacts")
    workspace = call(lambda c: c.workspace.get())
    assert workspace.uuid == sandbox.state.world.workspace.uuid and workspace.languages[0] == "eng"
    assert {u.role for u in call(lambda c: c.users.list())} == {"administrator", "editor", "agent"}
    assert [u.role for u in call(lambda c: c.users.list(role="agent"))] == ["agent"] * 3
    assert {ch.type for ch in call(lambda c: c.channels.list())} == {"android", "twilio", "whatsapp", "telegram"}
    assert [b.name for b in call(lambda c: c.boundaries.list()) if b.level == 0] == ["Rwanda"]
    stats = call(lambda c: c.statistics.get(since=date(2026, 3, 1), until=date(2026, 3, 8)))
    assert len(stats.results) == 7


def test_export_contacts_with_filters_and_cursor(call: Call, sandbox: RapidProSandbox) -> None:
    everyone = call(lambda c: c.contacts.list())
    assert len(everyone) == len({x.uuid for x in everyone}) == sandbox.state.contact_count()
    farmers = call(lambda c: c.contacts.list(group="Farmers", after=date(2025, 9, 1)))
    assert farmers and all(any(g.name == "Farmers" for g in x.groups) for x in farmers)
    deleted = call(lambda c: c.contacts.list(deleted=True))
    assert deleted and all(x.name is None for x in deleted)
    expanded = call(lambda c: c.contacts.list(uuid=everyone[0].uuid, expand_urns=True))
    assert len(expanded) == 1


def test_contact_lifecycle(call: Call, sandbox: RapidProSandbox) -> None:
    urn = f"tel:+25078830{len(sandbox.requests):04d}"
    created = call(lambda c: c.contacts.create(name="Ada", urns=[urn], groups=["Reporters"], fields={"age": 36}))
    assert created.name == "Ada" and created.fields["age"] == "36"
    updated = call(lambda c: c.contacts.update(urn, name="Ada L.", fields={"nickname": "Countess"}))
    assert updated.uuid == created.uuid and updated.name == "Ada L."
    call(lambda c: c.contacts.bulk_add([created.uuid], "Testers"))
    assert "Testers" in {g.name for g in call(lambda c: c.contacts.list(uuid=created.uuid))[0].groups}
    call(lambda c: c.contacts.bulk_block([created.uuid]))
    assert call(lambda c: c.contacts.list(uuid=created.uuid))[0].status == "blocked"
    call(lambda c: c.contacts.delete(created.uuid))
    assert call(lambda c: c.contacts.list(uuid=created.uuid)) == []
    with pytest.raises(TembaNoSuchObjectError):
        call(lambda c: c.contacts.delete(created.uuid))
    with pytest.raises(TembaBadRequestError) as caught:
        call(lambda c: c.contacts.create(urns=["tel:nope"]))
    assert caught.value.errors == {"urns": {"0": ["URN is not valid."]}}


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")
def test_messages_broadcasts_and_labels(call: Call, sandbox: RapidProSandbox) -> None:
    contact = call(lambda c: c.contacts.list(group="Testers"))[0]
    sent = call(lambda c: c.messages.create(contact.uuid, "Burger or pizza?", quick_replies=["Burger", "Pizza"]))
    assert sent.direction == "out" and sent.status == "queued"
    assert call(lambda c: c.messages.list(folder="outbox"))[0].uuid == sent.uuid
    incoming = call(lambda c: c.messages.list(folder="inbox"))[:3]
    ids = [m.id for m in incoming]  # deprecated, but what message actions take
    assert call(lambda c: c.messages.bulk_label(ids, label_name="Facade")) == []
    labelled = {m.id for m in call(lambda c: c.messages.list(label="Facade"))}
    assert set(ids) <= labelled
    assert call(lambda c: c.messages.bulk_archive([ids[0], 999_999_999])) == [999_999_999]
    broadcast = call(lambda c: c.broadcasts.create({"eng": "Hello", "kin": "Muraho"}, groups=["Testers"]))
    assert broadcast.status == "pending"
    assert call(lambda c: c.broadcasts.list(uuid=broadcast.uuid))[0].status == "completed"
    media = call(lambda c: c.media.upload(b"\x89PNG\r\n", filename="map.png"))
    assert media.content_type == "image/png"
    with_media = call(lambda c: c.messages.create(contact.uuid, attachments=[media.uuid]))
    assert with_media.attachments[0].url == str(media.url)
    label = call(lambda c: c.labels.create(f"Facade {len(sandbox.requests)}"))
    assert call(lambda c: c.labels.update(label.uuid, label.name + "!")).name.endswith("!")
    call(lambda c: c.labels.delete(label.uuid))


def test_flows_runs_and_starts(call: Call, sandbox: RapidProSandbox) -> None:
    flows = call(lambda c: c.flows.list(archived=False))
    flow = next(f for f in flows if f.name == "Weekly Check-in")
    start = call(lambda c: c.flow_starts.create(flow.uuid, groups=["Testers"], params={"week": 7}))
    assert start.status == "pending"
    runs = call(lambda c: c.runs.list(flow=flow.uuid, paths=False))
    mine = [r for r in runs if r.start and r.start.uuid == start.uuid]
    assert mine and all(r.path is None for r in runs)
    with_paths = call(lambda c: c.runs.list(uuid=mine[0].uuid))
    assert with_paths[0].path
    export = call(lambda c: c.definitions.get(flows=[flow.uuid]))
    assert export.flows[0].uuid == flow.uuid


def test_fields_groups_globals_campaigns_topics_tickets_resthooks(call: Call, sandbox: RapidProSandbox) -> None:
    suffix = len(sandbox.requests)
    field = call(lambda c: c.fields.create(f"Shoe Size {suffix}", "number"))
    assert call(lambda c: c.fields.list(key=field.key))[0].type == "number"
    group = call(lambda c: c.groups.create(f"Group {suffix}"))
    assert call(lambda c: c.groups.update(group.uuid, f"Group {suffix}b")).name.endswith("b")
    call(lambda c: c.groups.delete(group.uuid))
    active = call(lambda c: c.groups.list(name="Active"))[0]
    with pytest.raises(TembaTokenError):
        call(lambda c: c.groups.update(active.uuid, "Alive"))
    item = call(lambda c: c.globals.create(f"Motto {suffix}", "Health for all"))
    assert call(lambda c: c.globals.update(item.key, "Health for everyone")).value == "Health for everyone"
    campaign = call(lambda c: c.campaigns.create(f"Campaign {suffix}", "Farmers"))
    event = call(
        lambda c: c.campaign_events.create(campaign.uuid, "registration_date", 2, "days", 9, message="Welcome back!")
    )
    assert event.message == {"eng": "Welcome back!"}
    # The API wants the unchanged campaign sent on update too: read from the event when not given.
    moved = call(lambda c: c.campaign_events.update(event.uuid, "registration_date", 3, "weeks", -1, message="Hi"))
    assert (moved.uuid, moved.offset, moved.unit, moved.campaign.uuid) == (event.uuid, 3, "weeks", campaign.uuid)
    renamed = call(lambda c: c.campaigns.update(campaign.uuid, f"Campaign {suffix}b", "Farmers"))
    assert renamed.name.endswith("b")
    call(lambda c: c.campaign_events.delete(event.uuid))
    topic = call(lambda c: c.topics.create(f"Topic {suffix}"))
    tickets = [t for t in call(lambda c: c.tickets.list()) if t.status == "open"][:2]
    assert call(lambda c: c.tickets.bulk_change_topic([t.uuid for t in tickets], topic.uuid)) == []
    assert {t.topic.uuid for t in call(lambda c: c.tickets.list()) if t.uuid in {x.uuid for x in tickets}} == {
        topic.uuid
    }
    sub = call(lambda c: c.resthook_subscribers.create("new-report", f"https://example.com/{suffix}"))
    call(lambda c: c.resthook_subscribers.delete(sub.id))
    assert call(lambda c: c.resthook_events.list(resthook="new-report"))
    assert call(lambda c: c.archives.list(type="run", period="monthly"))


def test_errors_map_to_the_facade_exceptions(call: Call, sandbox: RapidProSandbox) -> None:
    sandbox.limits["topics"] = 0
    try:
        with pytest.raises(TembaConflictError):
            call(lambda c: c.topics.create("One too many"))
    finally:
        sandbox.limits["topics"] = 50
    sandbox.faults.server_errors(times=5, status=503, method="POST")
    with pytest.raises(TembaServerError):
        call(lambda c: c.labels.create("Never"))
    sandbox.faults.clear()
