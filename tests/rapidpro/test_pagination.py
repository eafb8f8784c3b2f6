"""`list()` pagers over several real cursor pages: streaming, one page at a time, resume, 429 mid-export."""

from __future__ import annotations

import asyncio
import gc
import time
import weakref
from typing import Any

import httpx
import pytest

from overlay_runtime import Page
from rapidpro import AsyncRapidProClient, RapidProClient, TembaRateExceededError
from rapidpro._paging import position_in
from rapidpro.models import Archive, Contact, Run
from tests.flaky_server import Reply, Request
from tests.rapidpro._helpers import KINDS, call, contact_requests, drain, pages_of
from tests.rapidpro._server import TOKEN, rapidpro_server

PAGE = 3
CONTACTS = 10  # pages of 3, 3, 3, 1


@pytest.fixture
def contacts() -> Any:
    with rapidpro_server(counts={"contacts": CONTACTS, "archives": 5}, page_size=PAGE) as pair:
        yield pair


def uuids(handler: Any, n: int = CONTACTS, start: int = 0) -> list[str]:
    return [handler.item("contacts", i)["uuid"] for i in range(start, n)]


@KINDS
def test_iteration_streams_every_item_across_pages(kind: str, contacts: Any) -> None:
    """`for`/`async for` yields every contact of every page, in the server's order, as typed models."""
    server, handler = contacts
    items, pager = drain(kind, server.url, lambda c: c.contacts.list())
    assert all(isinstance(item, Contact) for item in items)
    assert [c.uuid for c in items] == uuids(handler)
    assert pager.exhausted and pager.cursor is None and pager.pages_fetched == 4
    assert len(contact_requests(server)) == 4


@KINDS
def test_one_page_at_a_time(kind: str, contacts: Any) -> None:
    """Page N+1 is fetched only once every item of page N was consumed (never ahead of the reader)."""
    server, _ = contacts
    seen: list[tuple[int, int]] = []

    def check(index: int, pager: Any) -> None:
        fetched = len(contact_requests(server))
        seen.append((index, fetched))
        assert fetched == index // PAGE + 1, f"item {index} arrived with {fetched} pages fetched"

    items, _ = drain(kind, server.url, lambda c: c.contacts.list(), on_item=check)
    assert len(items) == CONTACTS and seen[PAGE - 1] == (PAGE - 1, 1) and seen[PAGE] == (PAGE, 2)


@KINDS
def test_the_previous_page_is_released_before_the_next_is_fetched(kind: str, contacts: Any) -> None:
    """While page N+1 is on the wire, only the item the caller holds is left of page N (no two pages at once)."""
    server, handler = contacts
    refs: list[weakref.ref[Any]] = []
    alive_during_fetch: list[int] = []

    def intercept(request: Request) -> None:
        if refs:  # a next page is being fetched: count what survives of the items handed out so far
            gc.collect()
            alive_during_fetch.append(sum(ref() is not None for ref in refs))
        return None

    handler.intercept = intercept
    drain(kind, server.url, lambda c: c.contacts.list(), on_item=lambda i, p: None, keep=refs)
    assert alive_during_fetch == [1, 1, 1]  # the caller's own `item` variable, nothing more


@KINDS
def test_filters_repeat_on_every_page_with_the_cursor(kind: str, contacts: Any) -> None:
    """Each page request carries the list's filters plus the opaque cursor from the previous page's `next`."""
    server, _ = contacts
    drain(kind, server.url, lambda c: c.contacts.list(group="Farmers", reverse=True, after="2026-01-01"))
    first, second = contact_requests(server)[:2]
    assert first.query == {"group": ["Farmers"], "reverse": ["true"], "after": ["2026-01-01"]}
    assert second.query["group"] == ["Farmers"] and second.query["reverse"] == ["true"]
    assert second.query["cursor"][0] and "o=" not in second.query["cursor"][0]  # opaque, as the server made it


@KINDS
def test_first_all_and_pages(kind: str, contacts: Any) -> None:
    """`.first()` costs one request; `.all()` gets everything; `.pages()` yields `Page`s of at most 250 (here 3)."""
    server, handler = contacts
    first = call(kind, server.url, lambda c: c.contacts.list().first())
    assert first.uuid == uuids(handler)[0] and len(contact_requests(server)) == 1
    everything = call(kind, server.url, lambda c: c.contacts.list().all())
    assert [c.uuid for c in everything] == uuids(handler)
    pages = pages_of(kind, server.url, lambda c: c.contacts.list())
    assert [len(p.items) for p in pages] == [3, 3, 3, 1] and all(isinstance(p, Page) for p in pages)
    assert pages[-1].next_cursor is None and pages[0].next_cursor


@KINDS
def test_first_of_an_empty_list_is_none(kind: str) -> None:
    with rapidpro_server(counts={"contacts": 0}) as (server, _):
        assert call(kind, server.url, lambda c: c.contacts.list().first()) is None
        assert call(kind, server.url, lambda c: c.contacts.list().all()) == []


@KINDS
def test_resume_by_cursor_loses_nothing(kind: str, contacts: Any) -> None:
    """`list(cursor=pager.cursor)` resumes at the page being read; after a whole page, exactly at the next."""
    server, handler = contacts
    done, pager = drain(kind, server.url, lambda c: c.contacts.list(), stop_after=PAGE + 1)
    assert [c.uuid for c in done] == uuids(handler, PAGE + 1) and not pager.exhausted
    rest, _ = drain(kind, server.url, lambda c: c.contacts.list(cursor=pager.cursor))
    assert [c.uuid for c in rest] == uuids(handler, start=PAGE)  # the page being read, again, and the rest
    two_pages = pages_of(kind, server.url, lambda c: c.contacts.list())[:2]
    tail, _ = drain(kind, server.url, lambda c: c.contacts.list(cursor=two_pages[1].next_cursor))
    assert [c.uuid for c in tail] == uuids(handler, start=2 * PAGE)  # read whole: nothing repeated


@KINDS
def test_a_429_mid_export_waits_and_resumes_the_same_page(kind: str, contacts: Any) -> None:
    """The third page answers 429 once (Retry-After: 1): the client waits, asks for that page again, loses nothing."""
    server, handler = contacts
    throttled: list[str] = []

    def intercept(request: Request) -> Reply | None:
        if len(contact_requests(server)) == 3 and not throttled:
            throttled.append(request.query["cursor"][0])
            body = {"detail": "Request was throttled. Expected available in 1 second."}
            return Reply(429, body, {"Retry-After": "1"})
        return None

    handler.intercept = intercept
    started = time.monotonic()
    items, pager = drain(kind, server.url, lambda c: c.contacts.list())
    assert time.monotonic() - started >= 1.0
    assert [c.uuid for c in items] == uuids(handler)  # every item once, in order
    cursors = [r.query.get("cursor", [""])[0] for r in contact_requests(server)]
    assert cursors.count(throttled[0]) == 2 and len(cursors) == 5 and pager.exhausted


def export_until_error(kind: str, url: str, **options: Any) -> tuple[list[str], str | None, Exception]:
    """Iterate every contact until an error; (uuids read, the pager's cursor then, the error)."""
    got: list[str] = []
    if kind == "sync":
        with RapidProClient(TOKEN, base_url=url, **options) as client:
            pager = client.contacts.list()
            try:
                for contact in pager:
                    got.append(contact.uuid)
            except Exception as exc:
                return got, pager.cursor, exc
        raise AssertionError("the export did not fail")

    async def main() -> tuple[list[str], str | None, Exception]:
        async with AsyncRapidProClient(TOKEN, base_url=url, **options) as client:
            pager = client.contacts.list()
            try:
                async for contact in pager:
                    got.append(contact.uuid)
            except Exception as exc:
                return got, pager.cursor, exc
        raise AssertionError("the export did not fail")

    return asyncio.run(main())


@KINDS
def test_a_long_retry_after_raises_and_the_cursor_resumes_later(kind: str, contacts: Any) -> None:
    """A Retry-After beyond `max_retry_after` raises at once; `list(cursor=pager.cursor)` later gets exactly the rest."""
    server, handler = contacts
    state = {"throttle": True}

    def intercept(request: Request) -> Reply | None:
        if len(contact_requests(server)) == 2 and state["throttle"]:
            body = {"detail": "Request was throttled. Expected available in 1800 seconds."}
            return Reply(429, body, {"Retry-After": "1800"})
        return None

    handler.intercept = intercept
    started = time.monotonic()
    got, cursor, error = export_until_error(kind, server.url, max_retry_after=30)
    assert time.monotonic() - started < 1.0  # no 30-minute sleep
    assert isinstance(error, TembaRateExceededError) and error.retry_after == 1800
    assert "1800 seconds" in str(error) and got == uuids(handler, PAGE)
    state["throttle"] = False  # an hour later
    rest, _ = drain(kind, server.url, lambda c: c.contacts.list(cursor=cursor))
    assert got + [c.uuid for c in rest] == uuids(handler)


@KINDS
def test_archives_page_by_offset(kind: str, contacts: Any) -> None:
    """Archives use limit/offset: the pager's cursor is the next offset, and resumes like any cursor."""
    server, _ = contacts
    items, _ = drain(kind, server.url, lambda c: c.archives.list(type="message"))
    assert [a.record_count for a in items] == [0, 1, 2, 3, 4] and all(isinstance(a, Archive) for a in items)
    offsets = [r.query.get("offset") for r in server.requests if r.path.endswith("archives.json")]
    assert offsets == [None, ["3"]]
    resumed, _ = drain(kind, server.url, lambda c: c.archives.list(cursor="3"))
    assert [a.record_count for a in resumed] == [3, 4]


@KINDS
def test_runs_without_paths(kind: str) -> None:
    """`paths=False` makes the server send `"path": null`, which the Run model takes (TembaClient raised on it)."""
    with rapidpro_server(counts={"runs": 4}, page_size=3) as (server, _):
        items, _ = drain(kind, server.url, lambda c: c.runs.list(paths=False))
    assert len(items) == 4 and all(isinstance(r, Run) and r.path is None for r in items)
    assert server.requests[0].query["paths"] == ["false"]


@pytest.mark.parametrize(
    "link",
    [
        "https://rapidpro.example/api/v2/contacts.json?cursor=cD0yMDI2LTAzLTAx",
        "https://rapidpro.example/api/v2/contacts.json?group=a%20b&cursor=cD0x%3D%3D&after=2026-01-01T00%3A00%3A00Z",
        "https://rapidpro.example/api/v2/contacts.json?cursor=a+b&cursor=second",  # '+' is a space; the first wins
        "https://rapidpro.example/api/v2/contacts.json?cursor=&x=1",  # blank
        "https://rapidpro.example/api/v2/contacts.json?x=1",  # absent
        "https://rapidpro.example/api/v2/contacts.json?cursor=%F0%9F%90%8D#cursor=fragment",  # UTF-8, a fragment
        "/api/v2/contacts.json?cursor=relative",
    ],
)
def test_the_cursor_is_read_from_a_next_link_as_httpx_reads_it(link: str) -> None:
    """`position_in` (the standard library's query parser, on every page) agrees with `httpx.URL(...).params`."""
    assert position_in(link) == httpx.URL(link).params.get("cursor")
    assert position_in(link, "x") == httpx.URL(link).params.get("x")
    assert position_in(None) is None


@pytest.mark.parametrize("link", ["http://[::1:bad/api/v2/flows.json?cursor=abc", "http://host:port/x?cursor=abc"])
def test_a_next_link_that_is_not_a_url_is_refused_as_httpx_refuses_it(link: str) -> None:
    with pytest.raises(httpx.InvalidURL):
        httpx.URL(link)
    with pytest.raises(ValueError):
        position_in(link)
