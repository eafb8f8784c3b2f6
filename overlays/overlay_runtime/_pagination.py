"""Lazy pagers: iterate every item of every page, holding one page in memory at a time
(the previous page is released before the next one is fetched).

A facade describes its paging once, as `page_call(cursor) -> Call[Page[T]]`: which request fetches
the page at `cursor` (None: the first page), and how a response becomes a `Page` (its items and the
cursor of the next page, None on the last). `SyncPager` and `AsyncPager` do the walking.

`pager.cursor` is where to resume without losing anything: the cursor of the page being read, and
once a page has been read to its end, the cursor of the next one. Save it, and pass it back later
(`list(..., cursor=saved)`) to continue an interrupted export.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._client import AsyncAPIClient, Call, SyncAPIClient

__all__ = ["AsyncPager", "Page", "PageCall", "SyncPager"]

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


# How to fetch the page at a cursor (None: the first page).
PageCall = Callable[[str | None], Call[Page[T]]]


class _Pager(Generic[T]):
    def __init__(self, page_call: PageCall[T], cursor: str | None = None) -> None:
        self._page_call = page_call
        self.cursor = cursor
        self.exhausted = False
        self.pages_fetched = 0

    def _next_call(self) -> Call[Page[T]]:
        self.pages_fetched += 1
        return self._page_call(self.cursor)

    def _advance(self, page: Page[T]) -> None:
        self.cursor = page.next_cursor
        self.exhausted = page.next_cursor is None

    def __repr__(self) -> str:
        state = "exhausted" if self.exhausted else f"cursor={self.cursor!r}"
        return f"<{type(self).__name__} {state}, {self.pages_fetched} pages fetched>"


class SyncPager(_Pager[T]):
    """`for item in pager` streams every item; `.pages()`, `.first()`, `.all()` as named."""

    def __init__(self, client: SyncAPIClient, page_call: PageCall[T], cursor: str | None = None) -> None:
        super().__init__(page_call, cursor)
        self._client = client

    def pages(self) -> Iterator[Page[T]]:
        while not self.exhausted:
            page = self._client.request(self._next_call())
            yield page
            self._advance(page)
            del page  # not alive while the next one is fetched

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            items = page.items
            del page
            yield from items
            del items

    def first(self) -> T | None:
        """The first item (one request), or None when there is none."""
        page = self._client.request(self._page_call(self.cursor))
        return page.items[0] if page.items else None

    def all(self) -> list[T]:
        """Every item, in a list (this one does hold them all)."""
        return list(self)


class AsyncPager(_Pager[T]):
    """`async for item in pager` streams every item; `.pages()`, `.first()`, `.all()` as named."""

    def __init__(self, client: AsyncAPIClient, page_call: PageCall[T], cursor: str | None = None) -> None:
        super().__init__(page_call, cursor)
        self._client = client

    async def pages(self) -> AsyncIterator[Page[T]]:
        while not self.exhausted:
            page = await self._client.request(self._next_call())
            yield page
            self._advance(page)
            del page  # not alive while the next one is fetched

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            items = page.items
            del page
            for item in items:
                yield item
            del items

    async def first(self) -> T | None:
        """The first item (one request), or None when there is none."""
        page = await self._client.request(self._page_call(self.cursor))
        return page.items[0] if page.items else None

    async def all(self) -> list[T]:
        """Every item, in a list (this one does hold them all)."""
        return [item async for item in self]
