"""Lazy pagers: iterate every item of every page, holding one page in memory at a time
(the previous page is released before the next one is fetched).

A facade describes its paging once, as `page_call(cursor) -> Call[Page[T]]`: which request fetches
the page at `cursor` (None: the first page), and how a response becomes a `Page` (its items and the
cursor of the next page, None on the last). `SyncPager` and `AsyncPager` do the walking.

`pager.cursor` is where to resume without losing anything: the cursor of the page being read, and
once a page has been read to its end, the cursor of the next one. Save it, and pass it back later
(`list(..., cursor=saved)`) to continue an interrupted export.

A server that does not move on (it ignores the cursor, or hands back cursors that go round in a
circle) would otherwise be paged for ever. The pagers stop with `PaginationLoopError` (a subclass
of the facade's response-validation error, naming the cursor) when
- a page names as its next cursor one that was already requested (the same page again, or a cycle
  of cursors): raised once the items of that page were handed out, before any request is repeated;
- a page is the same as the previous one (same length, same first and last item): raised before
  its items are handed out again;
- with `cursor_from_key` (the next cursor is the key of the page's last item, as Monzo's
  `since=<last id>`), a page whose last item already came on the previous page.
Nothing is lost: `pager.cursor` stays at the last page that was read.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Hashable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._client import AsyncAPIClient, BaseAPIClient, Call, SyncAPIClient
from ._errors import APIResponseValidationError
from ._request import httpx_request

__all__ = ["AsyncPager", "Page", "PageCall", "PaginationLoopError", "SyncPager"]

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its `items` and the `next_cursor` (None on the last page). It reads as its
    items too (`for x in page`, `len(page)`, `page[0]`), as TembaClient's `iterfetches()` lists do."""

    items: list[T]
    next_cursor: str | None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]


# How to fetch the page at a cursor (None: the first page).
PageCall = Callable[[str | None], Call[Page[T]]]


class PaginationLoopError(APIResponseValidationError):
    """The server's pages do not move on: it sent a page, or a cursor, that was already seen.

    Raised as a subclass of the facade's own response-validation error (`TembaSerializationException`,
    `MonzoValidationError`, bloomy's `ResponseValidationError`), so catching that catches this.
    `cursor` is the cursor at fault (the repeated one, or the one whose page repeated),
    `pages_fetched` how many pages were requested, `request` the request of the last page.
    """

    cursor: str | None = None
    pages_fetched: int = 0


_LOOP_ERRORS: dict[type[APIResponseValidationError], type[PaginationLoopError]] = {}


def _loop_error_class(base: type[APIResponseValidationError]) -> type[PaginationLoopError]:
    """`PaginationLoopError` under the facade's own response-validation error (made once per class)."""
    if issubclass(base, PaginationLoopError):
        return base
    found = _LOOP_ERRORS.get(base)
    if found is None:
        found = _LOOP_ERRORS[base] = type(
            "PaginationLoopError",
            (base, PaginationLoopError),
            {"__module__": base.__module__, "__qualname__": f"{base.__qualname__}.PaginationLoopError"},
        )
        # Findable by its module and qualified name, where pickle and Celery's result backends look a class up.
        setattr(base, "PaginationLoopError", found)  # noqa: B010 - not a name the type checker knows of
    return found


class _Pager(Generic[T]):
    def __init__(
        self,
        page_call: PageCall[T],
        cursor: str | None = None,
        *,
        key: Callable[[T], Hashable] | None = None,
        cursor_from_key: bool = False,
    ) -> None:
        self._page_call = page_call
        self.cursor = cursor
        self.exhausted = False
        self.pages_fetched = 0
        self._key = key
        self._cursor_from_key = cursor_from_key and key is not None
        self._requested: set[str] = set() if cursor is None else {cursor}  # every cursor asked for so far
        self._previous: tuple[int, Hashable, Hashable] | None = None  # (length, first, last) of the previous page
        self._previous_cursor: str | None = None
        self._previous_keys: frozenset[Hashable] = frozenset()

    def _next_call(self) -> Call[Page[T]]:
        self.pages_fetched += 1
        return self._page_call(self.cursor)

    def _identity(self, item: T) -> Hashable:
        if self._key is not None:
            try:
                return self._key(item)
            except Exception:  # an item kept as received (a dict) has no key: compare it as it is
                return repr(item)
        return repr(item)

    def _arrived(self, page: Page[T], client: BaseAPIClient, call: Call[Page[T]]) -> None:
        """Check that `page` (just fetched at `self.cursor`) moves on before its items are handed out."""
        items = page.items
        if not items:
            self._previous = None
            return
        shape = (len(items), self._identity(items[0]), self._identity(items[-1]))
        if shape == self._previous:
            raise self._loop(
                client,
                call,
                f"the page at cursor {self.cursor!r} is the same as the previous one "
                f"(at cursor {self._previous_cursor!r})",
            )
        if self._cursor_from_key:
            last = shape[2]
            if last in self._previous_keys:
                raise self._loop(
                    client,
                    call,
                    f"the page at cursor {self.cursor!r} ends with {last!r}, which the previous page already returned",
                )
            self._previous_keys = frozenset(self._identity(item) for item in items)
        self._previous, self._previous_cursor = shape, self.cursor

    def _advance(self, page: Page[T], client: BaseAPIClient, call: Call[Page[T]]) -> None:
        following = page.next_cursor
        if following is not None and following in self._requested:
            raise self._loop(
                client,
                call,
                f"the page at cursor {self.cursor!r} names {following!r} as the next cursor, which was already "
                f"requested",
                cursor=following,
            )
        if following is not None:
            self._requested.add(following)
        self.cursor = following
        self.exhausted = following is None

    def _loop(
        self, client: BaseAPIClient, call: Call[Page[T]], problem: str, *, cursor: str | None = None
    ) -> PaginationLoopError:
        request = httpx_request(call.request, client.base_url)
        cls = _loop_error_class(client.runtime.errors.response_validation)
        error = cls(
            f"Pagination loop on {request.method} {request.url.path} after {self.pages_fetched} pages: {problem}; "
            f"stopped instead of requesting pages for ever (pager.cursor stays at {self.cursor!r})",
            request=request,
            status_code=200,
            body="",
        )
        error.cursor = self.cursor if cursor is None else cursor
        error.pages_fetched = self.pages_fetched
        return error

    def __repr__(self) -> str:
        state = "exhausted" if self.exhausted else f"cursor={self.cursor!r}"
        return f"<{type(self).__name__} {state}, {self.pages_fetched} pages fetched>"


class SyncPager(_Pager[T]):
    """`for item in pager` streams every item; `.pages()`, `.first()`, `.all()` as named."""

    def __init__(
        self,
        client: SyncAPIClient,
        page_call: PageCall[T],
        cursor: str | None = None,
        *,
        key: Callable[[T], Hashable] | None = None,
        cursor_from_key: bool = False,
    ) -> None:
        super().__init__(page_call, cursor, key=key, cursor_from_key=cursor_from_key)
        self._client = client

    def pages(self) -> Iterator[Page[T]]:
        while not self.exhausted:
            call = self._next_call()
            page = self._client.request(call)
            self._arrived(page, self._client, call)
            yield page
            self._advance(page, self._client, call)
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
        """Every item, in a list (this one does hold them all: its models are compacted, see `_compact`)."""
        from ._compact import Compactor  # here: only a pager kept whole needs it

        compact = Compactor()
        found: list[T] = []
        for page in self.pages():
            found.extend(compact(page.items))
        return found


class AsyncPager(_Pager[T]):
    """`async for item in pager` streams every item; `.pages()`, `.first()`, `.all()` as named."""

    def __init__(
        self,
        client: AsyncAPIClient,
        page_call: PageCall[T],
        cursor: str | None = None,
        *,
        key: Callable[[T], Hashable] | None = None,
        cursor_from_key: bool = False,
    ) -> None:
        super().__init__(page_call, cursor, key=key, cursor_from_key=cursor_from_key)
        self._client = client

    async def pages(self) -> AsyncIterator[Page[T]]:
        while not self.exhausted:
            call = self._next_call()
            page = await self._client.request(call)
            self._arrived(page, self._client, call)
            yield page
            self._advance(page, self._client, call)
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
        """Every item, in a list (this one does hold them all: its models are compacted, see `_compact`)."""
        from ._compact import Compactor  # here: only a pager kept whole needs it

        compact = Compactor()
        found: list[T] = []
        async for page in self.pages():
            found.extend(compact(page.items))
        return found
