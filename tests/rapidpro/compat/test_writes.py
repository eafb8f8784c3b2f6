"""TembaClient's writes (create, update, delete, bulk actions) and its errors, against the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from rapidpro import (
    TembaBadRequestError,
    TembaConfigurationError,
    TembaConnectionError,
    TembaException,
    TembaNoSuchObjectError,
    TembaTokenError,
    TembaValidationError,
)
from rapidpro.compat import TembaClient, types
from rapidpro.testing import RapidProSandbox

from .conftest import NOW


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RapidProSandbox]:
    """A workspace the tests of this module write to (each test makes and checks objects of its own)."""
    with RapidProSandbox(seed=6, now=NOW, contacts=200, page_size=50) as rapidpro:
        yield rapidpro


def test_contact_lifecycle(client: TembaClient) -> None:
    """Create (groups by name or object, fields), update by UUID and by URN, delete by either."""
    farmers = client.get_groups(name="Farmers").first()
    contact = client.create_contact(
        name="Ann Uwase",
        language="kin",
        urns=["tel:+250788123001"],
        fields={"nickname": "Annie"},
        groups=[farmers, "Reporters"],
    )
    assert isinstance(contact, types.Contact) and contact.uuid and contact.urns == ["tel:+250788123001"]
    assert sorted(g.name for g in contact.groups) == ["Farmers", "Reporters"] and contact.fields["nickname"] == "Annie"
    renamed = client.update_contact(contact, name="Ann Uwase Mugisha", groups=[])
    assert renamed.name == "Ann Uwase Mugisha" and renamed.groups == [] and renamed.language == "kin"
    by_urn = client.update_contact("tel:+250788123001", language="eng")
    assert (by_urn.uuid, by_urn.language) == (contact.uuid, "eng")
    assert client.get_contacts(uuid=contact.uuid).first().language == "eng"  # type: ignore[union-attr]
    client.delete_contact(contact.uuid)
    assert client.get_contacts(uuid=contact.uuid).first() is None
    assert client.get_contacts(uuid=contact.uuid, deleted=True).first() is not None
    other = client.create_contact(urns=["tel:+250788123002"])
    client.delete_contact("tel:+250788123002")
    assert client.get_contacts(uuid=other.uuid).all() == []


def test_groups_labels_fields_and_globals(client: TembaClient) -> None:
    """Create, rename (by object or UUID/key) and delete the small objects."""
    group = client.create_group("Compat Testers")
    assert client.update_group(group, "Compat Testers 2").name == "Compat Testers 2"
    client.delete_group(group.uuid)
    assert client.get_groups(uuid=group.uuid).all() == []
    label = client.create_label("Compat Label")
    assert client.update_label(label.uuid, "Compat Label 2").name == "Compat Label 2"
    client.delete_label(label)
    assert client.get_labels(name="Compat Label 2").all() == []
    field = client.create_field("Favourite Food", "text")
    assert (field.key, field.name, field.type) == ("favourite_food", "Favourite Food", "text")
    changed = client.update_field(field, "Favourite Meal", "text")
    assert (changed.key, changed.name) == ("favourite_food", "Favourite Meal")
    glbl = client.create_global("Compat Year", "2026")
    assert client.update_global(glbl, "2027").value == "2027"
    assert client.get_globals(key=glbl.key).first().value == "2027"  # type: ignore[union-attr]


def test_campaigns_and_events(client: TembaClient) -> None:
    """A campaign on a group, an event on a date field: create, update, delete."""
    campaign = client.create_campaign("Compat Campaign", "Farmers")
    assert campaign.group.name == "Farmers" and not campaign.archived
    moved = client.update_campaign(campaign, "Compat Campaign 2", "Reporters")
    assert (moved.name, moved.group.name) == ("Compat Campaign 2", "Reporters")
    event = client.create_campaign_event(campaign, "registration_date", 7, "days", 9, message="Welcome!")
    assert event.campaign.uuid == campaign.uuid and event.relative_to.key == "registration_date"
    assert event.offset == 7 and event.unit == "days" and event.delivery_hour == 9
    flow = client.get_flows(type="message", archived=False).first()
    updated = client.update_campaign_event(event, "registration_date", 2, "weeks", -1, flow=flow)
    assert (updated.offset, updated.unit, updated.flow.uuid) == (2, "weeks", flow.uuid)  # type: ignore[union-attr]
    client.delete_campaign_event(updated.uuid)
    assert client.get_campaign_events(uuid=event.uuid).all() == []


def test_messages_broadcasts_flow_starts_and_resthooks(client: TembaClient) -> None:
    """Send a message and a broadcast, start a flow with params, subscribe and unsubscribe a resthook."""
    contact = client.get_contacts().first()
    assert contact is not None
    message = client.create_message(contact, "Hello there", [], quick_replies=[{"text": "Yes"}, {"text": "No"}])
    assert message.direction == "out" and message.contact.uuid == contact.uuid and message.text == "Hello there"
    assert [q.text for q in message.quick_replies or []] == ["Yes", "No"]
    broadcast = client.create_broadcast(
        "Meeting at 10", urns=["tel:+250788123003"], contacts=[contact], groups=["Farmers"]
    )
    assert broadcast.uuid and [c.uuid for c in broadcast.contacts] == [contact.uuid]
    assert [g.name for g in broadcast.groups] == ["Farmers"]
    flow = client.get_flows(type="message", archived=False).first()
    start = client.create_flow_start(flow, contacts=[contact.uuid], restart_participants=True, params={"ref": "A1"})
    assert isinstance(start, types.FlowStart) and start.flow.uuid == flow.uuid  # type: ignore[union-attr]
    assert start.params == {"ref": "A1"} and [c.uuid for c in start.contacts] == [contact.uuid]
    subscriber = client.create_resthook_subscriber("new-report", "https://example.com/hooks/report")
    assert subscriber.target_url == "https://example.com/hooks/report" and subscriber.resthook == "new-report"
    client.delete_resthook_subscriber(subscriber)
    assert client.get_resthook_subscribers(id=subscriber.id).all() == []


def test_bulk_contact_actions(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """Add to and remove from a group, block, unblock, interrupt, archive messages, delete: by object, UUID or URN."""
    group = client.create_group("Bulk Compat")
    first, second = (client.create_contact(urns=[f"tel:+25078812401{i}"]) for i in range(2))
    assert client.bulk_add_contacts([first, second.urns[0]], group) is None
    assert sorted(c.uuid for c in client.get_contacts(group=group).all()) == sorted([first.uuid, second.uuid])
    client.bulk_remove_contacts([second.uuid], group.uuid)
    assert [c.uuid for c in client.get_contacts(group=group).all()] == [first.uuid]
    client.bulk_block_contacts([first])
    assert client.get_contacts(uuid=first.uuid).first().status == "blocked"  # type: ignore[union-attr]
    client.bulk_unblock_contacts([first.uuid])
    assert client.get_contacts(uuid=first.uuid).first().status == "active"  # type: ignore[union-attr]
    client.bulk_interrupt_contacts([first])
    client.bulk_archive_contact_messages([first])
    client.bulk_delete_contacts([first, second])
    assert client.get_contacts(uuid=first.uuid).all() == [] and sandbox.state.contact(second.uuid).deleted  # type: ignore[union-attr]


def test_bulk_message_actions_take_ids_or_messages(client: TembaClient) -> None:
    """Label (an existing label, or one made by name), unlabel, archive, restore, delete."""
    inbox = client.get_messages(folder="inbox").all()[:3]
    label = client.create_label("Bulk Compat Label")
    client.bulk_label_messages(inbox, label=label)  # messages themselves: sent by their integer ids
    assert sorted(
        m.uuid for m in client.get_messages(folder="inbox").all() if label.uuid in [x.uuid for x in m.labels or []]
    ) == sorted(m.uuid for m in inbox)
    ids = [m.__dict__["id"] for m in inbox]
    client.bulk_unlabel_messages(ids[:1], label.uuid)
    client.bulk_label_messages(ids[1:], label_name="Made By Name")
    assert client.get_labels(name="Made By Name").first().count == 2  # type: ignore[union-attr]
    client.bulk_archive_messages(ids)
    assert {
        m.visibility for m in client.get_messages(folder="archived").all() if m.uuid in {x.uuid for x in inbox}
    } == {"archived"}
    client.bulk_restore_messages([str(ids[0])])
    client.bulk_delete_messages(ids[2:])
    with pytest.raises(TembaValidationError) as caught:
        client.bulk_archive_messages(["not a message"])
    assert isinstance(caught.value, ValueError)


def test_bad_requests_carry_the_field_errors(client: TembaClient) -> None:
    """400: `errors` holds the body's field errors, as TembaClient's did."""
    client.create_contact(urns=["tel:+250788123050"])
    with pytest.raises(TembaBadRequestError) as caught:
        client.create_contact(urns=["tel:+250788123050"])
    assert caught.value.errors == {"urns": {"0": ["URN is in use by another contact."]}}
    assert "URN is in use by another contact" in str(caught.value)
    with pytest.raises(TembaBadRequestError) as missing:
        client.create_campaign("No Group", "No Such Group")
    assert "group" in missing.value.errors


def test_lookups_that_match_nothing_and_missing_identifiers(client: TembaClient) -> None:
    """404 is `TembaNoSuchObjectError`; no identifier at all is TembaClient's ValueError, before any request."""
    with pytest.raises(TembaNoSuchObjectError):
        client.update_group("11111111-2222-3333-4444-555555555555", "Nope")
    with pytest.raises(TembaNoSuchObjectError):
        client.delete_contact("tel:+19995550123")
    with pytest.raises(ValueError, match="single identifier"):
        client.delete_contact(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        client.update_label("", "Nope")


def test_a_bad_token_a_dead_host_and_no_token(sandbox: RapidProSandbox) -> None:
    """403 is `TembaTokenError`; no server is `TembaConnectionError`; every one is a `TembaException`."""
    with TembaClient(sandbox.root_url, "0" * 40) as stranger, pytest.raises(TembaTokenError) as caught:
        stranger.get_org()
    assert isinstance(caught.value, TembaException) and "0" * 40 not in str(caught.value)
    with TembaClient("http://127.0.0.1:9", "t" * 40) as nowhere, pytest.raises(TembaConnectionError):
        nowhere.get_contacts().all()
    with pytest.raises(TembaConfigurationError):
        TembaClient(sandbox.root_url, "")
    with pytest.raises(TembaConfigurationError, match="plain http"):
        TembaClient("http://rapidpro.example.org", "t" * 40)


def test_bodies_hold_what_was_given(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """Values reach the server as given: fields by key, groups by name, flow params as JSON values."""
    contact = client.create_contact(name="Field Test", urns=["tel:+250788123060"], fields={"age": "41", "gender": None})
    stored: Any = sandbox.state.contact(contact.uuid)
    assert stored.fields.get("age") == "41" and "gender" not in stored.fields
