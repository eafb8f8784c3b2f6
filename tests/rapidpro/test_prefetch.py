"""`pager.prefetch()`: the next page is requested while the reader works on this one, and nothing
else changes (order, errors, the resume cursor, loop checks); stopping early stops the fetcher."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from rapidpro import AsyncRapidProClient, RapidProClient, TembaHttpError, TembaValidationError
from tests.flaky_server import Reply, Request
from tests.rapidpro._helpers import KINDS, contact_requests, drain
from tests.rapidpro._server import TOKEN, rapidpro_server

PAGE = 3
CONTACTS = 10  # pages of 3, 3, 3, 1
WAIT = 10.0  # seconds a condition may take to come true before the test fails (a bound, not a timing)


@pytest.fixture
def contacts() -> Any:
    with rapidpro_server(counts={"contacts": CONTACTS}, page_size=PAGE) as pair:
        yield pair


def uuids(handler: Any) -> list[str]:
    return [handler.item("contacts", i)["uuid"] for i in range(CONTACTS)]


def read_working(kind: str, url: str, work: Callable[[int], bool], ahead: int = 1) -> tuple[list[str], Any]:
    """Read every contact with `prefetch(ahead)`; on each item, `work(index)` is polled (sleeping between
    polls, in the way each kind of caller waits) until it is true. (uuids, pager)."""

    def waited(index: int) -> None:
        deadline = time.monotonic() + WAIT
        while not work(index):
            assert time.monotonic() < deadline, f"item {index}: the condition never came true"
            time.sleep(0.005)

    got: list[str] = []
    if kind == "sync":
        with RapidProClient(TOKEN, base_url=url) as client:
            pager = client.contacts.list().prefetch(ahead)
            for contact in pager:
                waited(len(got))
                got.append(contact.uuid)
            return got, pager

    async def main() -> Any:
        async with AsyncRapidProClient(TOKEN, base_url=url) as client:
            pager = client.contacts.list().prefetch(ahead)
            async for contact in pager:
                deadline = time.monotonic() + WAIT
                while not work(len(got)):  # waiting as async code does: the loop (and the fetcher) runs meanwhile
                    assert time.monotonic() < deadline, f"item {len(got)}: the condition never came true"
                    await asyncio.sleep(0.005)
                got.append(contact.uuid)
            return pager

    return got, asyncio.run(main())


@KINDS
def test_the_next_page_is_requested_while_the_reader_is_on_this_one(kind: str, contacts: Any) -> None:
    """On the first item of each page the reader waits until the server has the next page's request:
    it comes (without prefetch it never would, and the wait fails)."""
    server, handler = contacts

    def next_page_requested(index: int) -> bool:
        page = index // PAGE
        return index % PAGE != 0 or page == 3 or len(contact_requests(server)) >= page + 2

    got, pager = read_working(kind, server.url, next_page_requested)
    assert got == uuids(handler)
    assert pager.exhausted and pager.cursor is None and len(contact_requests(server)) == 4


@KINDS
def test_no_more_than_prefetch_pages_are_ahead_of_the_reader(kind: str, contacts: Any) -> None:
    """With prefetch(2), while the reader is held on the first item, exactly two more pages are requested."""
    server, handler = contacts
    requested_then: list[int] = []
    held_since: list[float] = []

    def held(index: int) -> bool:
        if index > 0:
            return True
        if len(contact_requests(server)) < 3:
            return False
        # Held 0.2 s more (polling, so an async fetcher keeps running): room for a request beyond the limit.
        held_since.append(time.monotonic())
        if held_since[-1] - held_since[0] < 0.2:
            return False
        requested_then.append(len(contact_requests(server)))
        return True

    got, _ = read_working(kind, server.url, held, ahead=2)
    assert got == uuids(handler) and requested_then == [3]


@KINDS
def test_the_cursor_says_where_to_resume_as_without_prefetch(kind: str, contacts: Any) -> None:
    server, _ = contacts
    cursors: dict[int, list[Any]] = {}
    for ahead in (0, 1):
        seen = cursors[ahead] = []
        drain(
            kind,
            server.url,
            lambda c, n=ahead: c.contacts.list().prefetch(n),
            on_item=lambda i, p, s=seen: s.append(p.cursor),
        )
    assert cursors[1] == cursors[0] and len(set(cursors[0])) == 4  # the page being read, not the one fetched ahead


def read_until_error(kind: str, url: str, ahead: int) -> tuple[list[int], Any, Exception]:
    """Read with `prefetch(ahead)` and no retries until an error: (indexes read, the pager's cursor, the error)."""
    got: list[int] = []
    pagers: list[Any] = []

    def make(client: Any) -> Any:
        pagers.append(client.contacts.list().prefetch(ahead))
        return pagers[-1]

    with pytest.raises(TembaHttpError) as info:
        drain(kind, url, make, on_item=lambda i, p: got.append(i), max_retries=0)
    return got, pagers[-1].cursor, info.value


@KINDS
def test_an_error_of_a_page_fetched_ahead_comes_after_every_item_before_it(kind: str, contacts: Any) -> None:
    """The third page answers 500 (no retries): the reader gets pages one and two whole, then the error,
    and the cursor is the failed page's, as without prefetch."""
    server, handler = contacts

    def intercept(request: Request) -> Reply | None:
        return Reply(500, {"detail": "boom"}) if len(contact_requests(server)) == 3 else None

    handler.intercept = intercept
    in_turn = read_until_error(kind, server.url, 0)
    server.requests.clear()
    ahead = read_until_error(kind, server.url, 1)
    assert ahead[0] == in_turn[0] == list(range(2 * PAGE))
    assert ahead[1] == in_turn[1] is not None
    assert getattr(ahead[2], "status_code", None) == 500


def prefetchers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.endswith("-prefetch")]


def test_stopping_early_ends_the_fetching_thread(contacts: Any) -> None:
    server, _ = contacts
    with RapidProClient(TOKEN, base_url=server.url) as client:
        for _ in client.contacts.list().prefetch(2):
            assert prefetchers(), "no prefetch thread was running"
            break
        deadline = time.monotonic() + WAIT
        while prefetchers():
            assert time.monotonic() < deadline, "the prefetch thread is still running"
            time.sleep(0.01)
    assert len(contact_requests(server)) <= 3  # the page read, and at most two ahead


def test_stopping_early_cancels_the_fetching_task(contacts: Any) -> None:
    server, _ = contacts

    def fetching() -> list[asyncio.Task[Any]]:
        return [t for t in asyncio.all_tasks() if t.get_name().endswith("-prefetch") and not t.done()]

    async def main() -> None:
        async with AsyncRapidProClient(TOKEN, base_url=server.url) as client:
            async for _ in client.contacts.list().prefetch(2):
                break
            assert fetching(), "no prefetch task was running"  # (the abandoned generators close in the loop's turn)
            deadline = time.monotonic() + WAIT
            while fetching():
                assert time.monotonic() < deadline, "the prefetch task is still running"
                await asyncio.sleep(0.01)

    asyncio.run(main())
    assert len(contact_requests(server)) <= 3


@pytest.mark.parametrize("pages", [-1, 17, True, 1.5, "2"])
def test_a_bad_prefetch_is_refused_with_the_facades_error(pages: Any) -> None:
    with RapidProClient(TOKEN, base_url="http://127.0.0.1:9") as client:
        with pytest.raises(TembaValidationError, match=r"prefetch\(\) takes a number of pages from 0 to 16"):
            client.contacts.list().prefetch(pages)
