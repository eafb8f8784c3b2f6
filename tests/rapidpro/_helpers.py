"""Run the same scenario on the sync and the async client."""

from __future__ import annotations

import asyncio
import inspect
import weakref
from collections.abc import Callable
from typing import Any

import pytest

from rapidpro import AsyncRapidProClient, RapidProClient
from tests.flaky_server import Request
from tests.rapidpro._server import TOKEN

KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


def contact_requests(server: Any) -> list[Request]:
    """The requests `server` saw for the contacts list."""
    return [r for r in server.requests if r.path == "/api/v2/contacts.json"]


def call(kind: str, url: str, method: Callable[[Any], Any], **options: Any) -> Any:
    """`method(client)` on a fresh client of `kind` (awaited when it returns an awaitable)."""
    if kind == "sync":
        with RapidProClient(TOKEN, base_url=url, **options) as client:
            return method(client)

    async def main() -> Any:
        async with AsyncRapidProClient(TOKEN, base_url=url, **options) as client:
            result = method(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def drain(
    kind: str,
    url: str,
    make_pager: Callable[[Any], Any],
    *,
    on_item: Callable[[int, Any], None] | None = None,
    stop_after: int | None = None,
    keep: list[Any] | None = None,
    **options: Any,
) -> tuple[list[Any], Any]:
    """Iterate the pager `make_pager(client)` item by item (`for` or `async for`); (items, pager).

    With `keep=[]`, items are not collected: `keep` gets a weak reference to each instead.
    """
    items: list[Any] = []
    count = [0]

    def take(item: Any, pager: Any) -> bool:
        if on_item is not None:
            on_item(count[0], pager)
        count[0] += 1
        if keep is None:
            items.append(item)
        else:
            keep.append(weakref.ref(item))
        return stop_after is not None and count[0] >= stop_after

    if kind == "sync":
        with RapidProClient(TOKEN, base_url=url, **options) as client:
            pager = make_pager(client)
            for item in pager:
                if take(item, pager):
                    break
            return items, pager

    async def main() -> Any:
        async with AsyncRapidProClient(TOKEN, base_url=url, **options) as client:
            pager = make_pager(client)
            async for item in pager:
                if take(item, pager):
                    break
            return pager

    return items, asyncio.run(main())


def pages_of(kind: str, url: str, make_pager: Callable[[Any], Any], **options: Any) -> list[Any]:
    """Every page of the pager, as the pager's `.pages()` yields them."""
    if kind == "sync":
        with RapidProClient(TOKEN, base_url=url, **options) as client:
            return list(make_pager(client).pages())

    async def main() -> list[Any]:
        async with AsyncRapidProClient(TOKEN, base_url=url, **options) as client:
            return [page async for page in make_pager(client).pages()]

    return asyncio.run(main())
