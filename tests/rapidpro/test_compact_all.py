"""`.all()` keeps every item: its models come compacted (overlay_runtime._compact), streaming does not compact."""

from __future__ import annotations

from typing import Any

import pytest

from rapidpro.compat import TembaClient
from tests.rapidpro._helpers import KINDS, call, drain
from tests.rapidpro._server import TOKEN, rapidpro_server


@pytest.fixture
def contacts() -> Any:
    with rapidpro_server(counts={"contacts": 7}, page_size=3) as pair:
        yield pair


def _shares_state(items: list[Any]) -> bool:
    return len({id(item.__pydantic_fields_set__) for item in items}) == 1 and all(
        item.__pydantic_extra__ is None for item in items
    )


@KINDS
def test_all_compacts_what_it_keeps(kind: str, contacts: Any) -> None:
    server, _ = contacts
    everything = call(kind, server.url, lambda c: c.contacts.list().all())
    streamed, _ = drain(kind, server.url, lambda c: c.contacts.list())
    assert everything == streamed and len(everything) == 7
    assert _shares_state(everything) and not _shares_state(streamed)
    everything[0].name = "Changed"
    assert everything[1].name == streamed[1].name and everything[1].model_fields_set == streamed[1].model_fields_set


def test_tembaclient_all_compacts_too(contacts: Any) -> None:
    server, _ = contacts
    with TembaClient(server.url, TOKEN) as client:
        everything = client.get_contacts().all()
        fetched = [contact for fetch in client.get_contacts().iterfetches() for contact in fetch]
    assert everything == fetched and _shares_state(everything)
