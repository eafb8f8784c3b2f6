"""TembaClient's documented reads, written as its users write them, against the sandbox."""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from rapidpro import RapidProClient, TembaNoSuchObjectError
from rapidpro.compat import CursorQuery, TembaClient, types
from rapidpro.testing import RapidProSandbox


def uuids(items: list[Any]) -> list[str]:
    return [item.uuid for item in items]


def test_the_readme_example(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """TembaClient's README: a group's contacts, a batch (a list) per request, waiting out rate limits."""
    names, batches = [], 0
    for contact_batch in client.get_contacts(group="Reporters").iterfetches(retry_on_rate_exceed=True):
        assert isinstance(contact_batch, list)
        batches += 1
        for contact in contact_batch:
            names.append(contact.name)
            assert "Reporters" in [group.name for group in contact.groups]
    with RapidProClient(sandbox.token, base_url=sandbox.url) as ours:
        assert names == [c.name for c in ours.contacts.list(group="Reporters")]
    assert len(names) == 35 and batches == 1


def test_all_reads_every_contact_once_with_tembaclients_attributes(
    client: TembaClient, sandbox: RapidProSandbox
) -> None:
    """`get_contacts().all()`: every contact, last modified first, with the attributes TembaClient's have."""
    query = client.get_contacts()
    assert isinstance(query, CursorQuery)
    contacts = query.all()
    assert len(contacts) == len(set(uuids(contacts))) == sandbox.state.contact_count() == 298
    contact = contacts[0]
    assert isinstance(contact, types.Contact) and isinstance(contact.uuid, str)
    assert all(isinstance(urn, str) and ":" in urn for urn in contact.urns)
    assert contact.groups[0].name and contact.groups[0].uuid and isinstance(contact.fields, dict)
    assert contact.status == "active" and contact.language in (None, "eng", "kin", "fra")
    assert isinstance(contact.created_on, datetime) and contact.created_on.tzinfo is not None
    modified = [c.modified_on for c in contacts]
    assert modified == sorted(modified, reverse=True)


def test_first_is_one_request_for_the_first_item_or_none(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """`first()` reads one page and returns its first item; None when nothing matches."""
    before = len(sandbox.requests.records)
    first = client.get_contacts().first()
    assert first is not None and first.uuid == client.get_contacts().all()[0].uuid
    assert sandbox.requests.records[before].path == "/api/v2/contacts.json"
    assert client.get_contacts(urn="tel:+19995550000").first() is None
    assert client.get_contacts(uuid=first.uuid).first(retry_on_rate_exceed=True) == first


def test_iterfetches_resumes_from_a_saved_cursor(client: TembaClient) -> None:
    """A long export: read some fetches, keep `get_cursor()`, and resume later with `resume_cursor=`."""
    everyone = uuids(client.get_contacts().all())
    fetches = client.get_contacts().iterfetches()
    assert fetches.get_cursor() is None  # nothing fetched yet
    seen = uuids(next(fetches)) + uuids(next(fetches))
    cursor = fetches.get_cursor()
    assert len(seen) == 80 and cursor
    resumed = client.get_contacts().iterfetches(retry_on_rate_exceed=True, resume_cursor=cursor)
    rest = [uuid for fetch in resumed for uuid in uuids(fetch)]
    assert seen + rest == everyone
    assert resumed.get_cursor() is None and list(resumed) == []  # finished, and stays so
    assert [len(fetch) for fetch in client.get_contacts().iterfetches()] == [40] * 7 + [18]


def test_archives_page_by_offset_and_resume_the_same_way(client: TembaClient) -> None:
    """Archives page by limit/offset; their iterator's cursor is the offset, and resumes like any other."""
    archives = client.get_archives().all()
    assert len(archives) == 50
    fetches = client.get_archives().iterfetches()
    first = next(fetches)
    rest = [a for fetch in client.get_archives().iterfetches(resume_cursor=fetches.get_cursor()) for a in fetch]
    assert [a.download_url for a in first + rest] == [a.download_url for a in archives]
    archive = client.get_archives(type="run", period="monthly").first()
    assert archive is not None and archive.type == "run" and archive.period == "monthly"
    assert archive.start_date.tzinfo is not None and archive.start_date.hour == 0  # a date, as a UTC datetime
    assert archive.download_url is None or isinstance(archive.download_url, str)


def test_contacts_filters(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """uuid, urn, group (name, UUID or object), deleted, before/after, reverse."""
    everyone = client.get_contacts().all()
    someone = everyone[5]
    assert uuids(client.get_contacts(uuid=someone.uuid).all()) == [someone.uuid]
    assert uuids(client.get_contacts(urn=someone.urns[0]).all()) == [someone.uuid]
    farmers = client.get_groups(name="Farmers").first()
    assert farmers is not None
    by_name = uuids(client.get_contacts(group="Farmers").all())
    assert (
        by_name
        == uuids(client.get_contacts(group=farmers.uuid).all())
        == uuids(client.get_contacts(group=farmers).all())
    )
    assert len(by_name) == farmers.count == 115
    deleted = client.get_contacts(deleted=True).all()
    assert len(deleted) == sandbox.state.contact_count(deleted=True) and all(c.name is None for c in deleted)
    middle = everyone[100].modified_on
    after, before = client.get_contacts(after=middle).all(), client.get_contacts(before=middle).all()
    assert after and all(c.modified_on >= middle for c in after)
    assert before and all(c.modified_on <= middle for c in before)
    assert len(after) + len(before) == len(everyone) + 1  # both bounds are inclusive
    assert uuids(client.get_contacts(reverse=True).all()) == uuids(everyone)[::-1]
    assert uuids(client.get_contacts(None, None, "Farmers").all()) == by_name  # positionally, as TembaClient's


@pytest.fixture
def kigali_time() -> Iterator[None]:
    """The process's local time zone is Africa/Kigali (UTC+2) for the test."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Africa/Kigali")
        time.tzset()
        yield
    time.tzset()


def test_naive_datetimes_are_local_time_as_in_tembaclient(client: TembaClient, kigali_time: None) -> None:
    """TembaClient sends `value.astimezone(utc)`: a naive datetime is the machine's local time."""
    middle = client.get_contacts().all()[100].modified_on
    naive_local = (middle + timedelta(hours=2)).replace(tzinfo=None)
    assert uuids(client.get_contacts(after=naive_local).all()) == uuids(client.get_contacts(after=middle).all())


def test_other_lists_and_their_filters(client: TembaClient) -> None:
    """Messages, runs, flows, fields, globals, groups, labels, campaigns, resthooks, channels, broadcasts."""
    inbox = client.get_messages(folder="inbox").all()
    assert len(inbox) == 195 and all(m.direction == "in" for m in inbox)
    message = inbox[0]
    assert message.contact.uuid and message.contact.name and message.urn and isinstance(message.created_on, datetime)
    assert message.channel is not None and message.channel.uuid and message.text
    assert uuids(client.get_messages(uuid=message.uuid).all()) == [message.uuid]
    flow = client.get_flows(type="message", archived=False).first()
    assert flow is not None and flow.type == "message" and not flow.archived and flow.runs.completed is not None
    assert [f.name for f in client.get_flows(archived=True).all()] == ["Old Registration"]
    runs = client.get_runs(flow=flow, paths=False).all()
    assert runs and all(r.flow.uuid == flow.uuid and r.path is None for r in runs)
    assert all(isinstance(v.value, str) for r in runs for v in r.values.values())
    run = client.get_runs(uuid=runs[0].uuid, paths=True).first()
    assert run is not None and run.contact.uuid and run.path and run.path[0].node
    assert [f.key for f in client.get_fields(key="age").all()] == ["age"]
    assert [g.key for g in client.get_globals(key="org_name").all()] == ["org_name"]
    assert [g.name for g in client.get_groups(name="farmers").all()] == ["Farmers"]
    label = client.get_labels(name="Spam").first()
    assert label is not None and label.count == 14 and uuids(client.get_labels(uuid=label).all()) == [label.uuid]
    campaign = client.get_campaigns().all()[1]
    events = client.get_campaign_events(campaign=campaign).all()
    assert len(events) == 3 and all(e.campaign.uuid == campaign.uuid for e in events)
    assert events[0].relative_to.key and events[0].unit in ("minutes", "hours", "days", "weeks")
    assert uuids(client.get_campaigns(uuid=campaign.uuid).all()) == [campaign.uuid]
    hooks = client.get_resthook_events(resthook="new-report").all()
    assert hooks and all(e.resthook == "new-report" and isinstance(e.data, dict) for e in hooks)
    subscriber = client.get_resthook_subscribers(id=10404017).first()
    assert subscriber is not None and subscriber.resthook == "new-report" and isinstance(subscriber.target_url, str)
    assert [r.resthook for r in client.get_resthooks().all()] == [
        "payment-received",
        "mother-registration",
        "new-report",
    ]
    assert [c.type for c in client.get_channels(address="+250788000111").all()] == ["android"]
    broadcast = client.get_broadcasts().first()
    assert broadcast is not None and uuids(client.get_broadcasts(uuid=broadcast.uuid).all()) == [broadcast.uuid]
    start = client.get_flow_starts().first()  # TembaClient itself refuses these: `exclude_active` is {} here
    assert start is not None and isinstance(start.params, dict) and start.flow.uuid
    assert [b.name for b in client.get_boundaries(geometry=True).all() if b.level == 0] == ["Rwanda"]


def test_org_and_definitions(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """`get_org()` (TembaClient's `org.json`) and `get_definitions()` (an export, its parts as dicts)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no DeprecationWarning for a field TembaClient's users read
        org = client.get_org()
        assert (org.uuid, org.primary_language) == (sandbox.state.world.workspace.uuid, "eng")
    assert org.languages[0] == "eng" and org.timezone and org.anon is False
    assert client.get_org(retry_on_rate_exceed=True) == org
    assert sandbox.requests.records[-1].path == "/api/v2/org.json"
    flow = client.get_flows().all()[-1]
    export = client.get_definitions(flows=[flow], dependencies=False)
    assert isinstance(export, types.Export) and [f["uuid"] for f in export.flows] == [flow.uuid]
    assert "dependencies=none" in sandbox.requests.records[-1].query
    everything = client.get_definitions([flow.uuid], campaigns=[client.get_campaigns().first()])
    assert len(everything.campaigns) == 1 and all(isinstance(f, dict) for f in everything.flows)


def test_classifiers_are_gone_from_todays_servers(client: TembaClient) -> None:
    """RapidPro removed the classifiers endpoint (2026-05): TembaClient's read then 404s, and so does ours."""
    query = client.get_classifiers()
    with pytest.raises(TembaNoSuchObjectError):
        query.all()


def test_a_transformer_rewrites_each_item_before_it_is_parsed(sandbox: RapidProSandbox) -> None:
    """`transformer(clazz, item)` sees each listed item as a dict, and what it returns is parsed."""
    seen: list[type[Any]] = []

    def shout(clazz: type[Any], item: dict[str, Any]) -> dict[str, Any]:
        seen.append(clazz)
        return {**item, "name": item["name"].upper()} if clazz is types.Group else item

    with TembaClient(sandbox.root_url, sandbox.token, transformer=shout) as temba:
        assert "FARMERS" in [g.name for g in temba.get_groups().all()]
        assert temba.get_labels().first() is not None
    assert set(seen) == {types.Group, types.Label}


def test_times_are_aware_datetimes(client: TembaClient) -> None:
    """Every datetime TembaClient's users read is timezone-aware, in UTC."""
    message = client.get_messages().first()
    assert message is not None and message.created_on.utcoffset() == timedelta(0)
    assert client.get_globals().first().modified_on.tzinfo is not None  # type: ignore[union-attr]
