"""Servers whose pages do not move on: the pager stops with PaginationLoopError instead of looping for ever."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from overlay_runtime import PaginationLoopError
from rapidpro import RapidProInterface, TembaSerializationException
from tests.flaky_server import FlakyServer, Reply, Request
from tests.rapidpro._helpers import KINDS, drain
from tests.rapidpro._server import TOKEN

GUARD = 60  # after this many requests the servers end the list, so today's code cannot hang the suite

# Every check holds as well for a pager fetching ahead (`prefetch`): it never requests a repeated cursor either.
AHEAD = pytest.mark.parametrize("ahead", [0, 2], ids=["in-turn", "prefetch"])


def contact(uuid: str) -> dict[str, Any]:
    stamp = "2024-01-01T00:00:00.000000Z"
    return {"uuid": uuid, "name": None, "language": None, "urns": [], "groups": [], "fields": {},
            "created_on": stamp, "modified_on": stamp}  # fmt: skip


def cursor_server(next_of: Callable[[str | None], str | None], *, same_items: bool = False) -> FlakyServer:
    """Pages of two contacts; the page at cursor c names `next_of(c)` as the next one."""

    def handler(request: Request) -> Reply:
        cursor = request.query.get("cursor", [None])[0]
        host = f"http://{request.headers['host']}{request.path}"
        following = None if len(server.requests) >= GUARD else next_of(cursor)
        tag = "same" if same_items else cursor
        body = {
            "next": None if following is None else f"{host}?cursor={following}",
            "previous": None,
            "results": [contact(f"{tag}-{i}") for i in range(2)],
        }
        return Reply(200, body)

    server = FlakyServer(handler)
    return server


@KINDS
@AHEAD
def test_cursors_that_alternate_stop_the_pager(kind: str, ahead: int) -> None:
    """None -> A -> B -> A: three requests (every page read once), then the error names the repeated cursor."""
    cycle = {None: "A", "A": "B", "B": "A"}
    with cursor_server(cycle.__getitem__) as server:
        with pytest.raises(TembaSerializationException) as info:
            drain(kind, server.url, lambda c: c.contacts.list().prefetch(ahead))
        seen = [r.query.get("cursor", [""])[0] for r in server.requests]
    assert isinstance(info.value, PaginationLoopError)
    assert seen == ["", "A", "B"]
    assert info.value.cursor == "A" and info.value.pages_fetched == 3
    assert "names 'A' as the next cursor, which was already requested" in str(info.value)
    assert "GET /api/v2/contacts.json" in str(info.value)


@KINDS
@AHEAD
def test_a_server_handing_back_the_same_cursor_is_an_error_not_the_end(kind: str, ahead: int) -> None:
    with cursor_server(lambda cursor: "A") as server:
        items: list[Any] = []
        with pytest.raises(PaginationLoopError):
            drain(kind, server.url, lambda c: c.contacts.list().prefetch(ahead), on_item=lambda i, p: items.append(i))
    assert len(server.requests) == 2 and len(items) == 4  # both pages read once, nothing twice


@KINDS
@AHEAD
def test_a_server_ignoring_the_cursor_is_stopped_before_its_page_is_handed_out_again(kind: str, ahead: int) -> None:
    with cursor_server(lambda cursor: "A", same_items=True) as server:
        items: list[Any] = []
        with pytest.raises(PaginationLoopError, match="same as the previous one"):
            drain(kind, server.url, lambda c: c.contacts.list().prefetch(ahead), on_item=lambda i, p: items.append(i))
    assert len(server.requests) == 2 and len(items) == 2


@KINDS
@AHEAD
def test_the_pager_cursor_stays_at_the_last_page_read(kind: str, ahead: int) -> None:
    cycle = {None: "A", "A": "B", "B": "A"}
    with cursor_server(cycle.__getitem__) as server:
        pagers: list[Any] = []

        def make(client: Any) -> Any:
            pagers.append(client.contacts.list().prefetch(ahead))
            return pagers[0]

        with pytest.raises(PaginationLoopError):
            drain(kind, server.url, make)
    assert pagers[0].cursor == "B" and not pagers[0].exhausted


def test_the_tutorial_interface_stops_on_a_cursor_cycle() -> None:
    cycle = {None: "A", "A": "B", "B": "A"}
    with cursor_server(cycle.__getitem__) as server:
        interface = RapidProInterface(TOKEN)
        interface.rapidProAPI.API_URL = server.url
        with pytest.raises(RapidProInterface.ResponseParsingException, match="already requested"):
            interface.get_flows()
        interface.close()
    assert len(server.requests) == 3
