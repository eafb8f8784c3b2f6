"""`retry_on_rate_exceed`, both ways, against a sandbox that throttles contacts to 2 requests a second."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from rapidpro.compat import TembaClient, TembaRateExceededError
from rapidpro.testing import RapidProSandbox

from .conftest import NOW


@pytest.fixture
def sandbox() -> Iterator[RapidProSandbox]:
    """Contacts throttled to 2 requests a second (RapidPro's 429 and Retry-After); 6 pages of 20."""
    with RapidProSandbox(seed=8, now=NOW, contacts=120, page_size=20, rates={"v2.contacts": "2/second"}) as rapidpro:
        yield rapidpro


def statuses(sandbox: RapidProSandbox, path: str = "/api/v2/contacts.json") -> list[int | None]:
    return [record.status for record in sandbox.requests.records if record.path == path]


def test_without_retry_a_429_raises_with_retry_after(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """TembaClient's default: the 429 is raised at once, `retry_after` saying how long to wait; nothing is resent."""
    with pytest.raises(TembaRateExceededError) as caught:
        client.get_contacts().all()
    assert caught.value.retry_after is not None and caught.value.retry_after >= 1
    assert statuses(sandbox) == [200, 200, 429]


def test_with_retry_every_page_arrives(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """`all(retry_on_rate_exceed=True)` waits each Retry-After out and reads every contact once."""
    contacts = client.get_contacts().all(retry_on_rate_exceed=True)
    assert len({c.uuid for c in contacts}) == len(contacts) == sandbox.state.contact_count()
    seen = statuses(sandbox)
    assert seen.count(200) == 6 and 429 in seen


def test_an_iterator_survives_a_429_and_goes_on(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """The pattern TembaClient users write: catch the 429, save the cursor or wait, then carry on."""
    fetches = client.get_contacts().iterfetches()
    read: list[str] = []
    waits = 0
    while True:
        try:
            fetch = next(fetches)
        except StopIteration:
            break
        except TembaRateExceededError as exc:
            waits += 1
            cursor = fetches.get_cursor()  # where a later run would resume
            assert cursor is not None and exc.retry_after
            time.sleep(exc.retry_after)
            continue  # the same iterator asks for the same page again
        read += [c.uuid for c in fetch]
    assert waits >= 1 and len(read) == len(set(read)) == sandbox.state.contact_count()


def test_first_and_get_org_take_retry_on_rate_exceed(sandbox: RapidProSandbox) -> None:
    """`first()` and `get_org()` wait a 429 out when asked to, and raise it otherwise."""
    sandbox.throttle.set("v2", "1/second")
    with TembaClient(sandbox.root_url, sandbox.token) as client:
        client.get_org()
        with pytest.raises(TembaRateExceededError):
            client.get_org()
        assert client.get_org(retry_on_rate_exceed=True).uuid == sandbox.state.world.workspace.uuid
        client.get_contacts().first()
        client.get_contacts().first()
        assert client.get_contacts().first(retry_on_rate_exceed=True) is not None


def test_writes_are_never_retried(client: TembaClient, sandbox: RapidProSandbox) -> None:
    """As in TembaClient, a create that meets a 429 raises it: the POST is not sent again."""
    client.create_contact(urns=["tel:+250788124100"])
    client.create_contact(urns=["tel:+250788124101"])
    with pytest.raises(TembaRateExceededError):
        client.create_contact(urns=["tel:+250788124102"])
    assert statuses(sandbox) == [201, 201, 429]
