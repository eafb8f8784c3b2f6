"""Lazy pagers: iterate every item of every page, holding one page in memory at a time
(the previous page is released before the next one is fetched; `prefetch` holds a few more).

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

`pager.prefetch(pages=1)` fetches ahead: the next page is requested as soon as the one before it
arrived, in a background thread (sync) or task (async), so the caller's work on a page overlaps
the wait for the next one. What the caller sees is otherwise the same (see `_Pager.prefetch`).
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Hashable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar

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

MAX_PREFETCH = 16
"""The most pages a pager fetches ahead (each is held in memory until read)."""

_END = object()  # what a prefetcher queues after its last page


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
    _client: BaseAPIClient  # set by SyncPager / AsyncPager

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
        self._ahead = 0  # pages fetched ahead of the reader (`prefetch`)

    def prefetch(self, pages: int = 1) -> Self:
        """Fetch up to `pages` pages ahead of the one being read (0: none, the default); returns the pager.

        ```python
        for contact in client.contacts.list().prefetch():
            database.save(contact)  # meanwhile, the next page is on its way
        ```

        Each request goes out as soon as the page before it arrived (its cursor is then known), in a
        background thread (sync) or task (async): the caller's work on a page overlaps the wait for
        the next one. Everything the caller sees is as without: items and errors come in order (an
        error of a page fetched ahead is raised when that page is reached, after every item before
        it), `cursor` still says where to resume (the page being read), a cursor already requested
        is never requested again (`PaginationLoopError`), and rate limits apply as to any request.
        The cost: up to `pages` more pages in memory, and up to `pages` requests sent for nothing
        when the caller stops early.
        """
        if isinstance(pages, bool) or not isinstance(pages, int) or not 0 <= pages <= MAX_PREFETCH:
            raise self._client.runtime.errors.invalid_input(
                ValueError(f"prefetch() takes a number of pages from 0 to {MAX_PREFETCH}, not {pages!r}")
            )
        self._ahead = pages
        return self

    def _ahead_plan(self) -> Generator[Call[Page[T]], Page[T], None]:
        """The requests a prefetcher sends, in order, each given the page it fetched: from the reader's
        cursor to the last page, or to a cursor already requested (the reader raises the loop error there,
        in `_advance`, once it reaches that page; the request is never repeated)."""
        cursor, requested = self.cursor, set(self._requested)
        while True:
            self.pages_fetched += 1
            page = yield self._page_call(cursor)
            following = page.next_cursor
            if following is None or following in requested:
                return
            requested.add(following)
            cursor = following

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

    _client: SyncAPIClient

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
        with contextlib.closing(self._fetched_ahead() if self._ahead else self._fetched()) as fetched:
            for call, page in fetched:
                self._arrived(page, self._client, call)
                yield page
                self._advance(page, self._client, call)
                del page  # not alive while the next one is fetched

    def _fetched(self) -> Generator[tuple[Call[Page[T]], Page[T]], None, None]:
        while not self.exhausted:
            call = self._next_call()
            yield call, self._client.request(call)

    def _fetched_ahead(self) -> Generator[tuple[Call[Page[T]], Page[T]], None, None]:
        """The pages, fetched by a thread that keeps up to `prefetch` of them waiting for the reader."""
        waiting: queue.SimpleQueue[Any] = queue.SimpleQueue()
        room = threading.Semaphore(self._ahead)  # one slot per page that may wait
        stop = threading.Event()

        def fetch() -> None:
            plan, outcome = self._ahead_plan(), _END
            try:
                call = next(plan)
                while room.acquire() and not stop.is_set():
                    page = self._client.request(call)
                    waiting.put((call, page))
                    call = plan.send(page)
            except StopIteration:
                pass
            except BaseException as exc:  # raised to the reader, in its turn
                outcome = exc
            waiting.put(outcome)

        threading.Thread(target=fetch, name=f"{type(self).__name__}-prefetch", daemon=True).start()
        try:
            while (item := waiting.get()) is not _END:
                if isinstance(item, BaseException):
                    raise item
                room.release()
                yield item
                del item
        finally:
            stop.set()  # a request under way finishes in the background, and its page is dropped
            room.release()

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

    _client: AsyncAPIClient

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
        async with contextlib.aclosing(self._fetched_ahead() if self._ahead else self._fetched()) as fetched:
            async for call, page in fetched:
                self._arrived(page, self._client, call)
                yield page
                self._advance(page, self._client, call)
                del page  # not alive while the next one is fetched

    async def _fetched(self) -> AsyncGenerator[tuple[Call[Page[T]], Page[T]], None]:
        while not self.exhausted:
            call = self._next_call()
            yield call, await self._client.request(call)

    async def _fetched_ahead(self) -> AsyncGenerator[tuple[Call[Page[T]], Page[T]], None]:
        """The pages, fetched by a task that keeps up to `prefetch` of them waiting for the reader."""
        import asyncio  # here: importing the package does not load asyncio (a running loop has it already)

        waiting: asyncio.Queue[Any] = asyncio.Queue()
        room = asyncio.Semaphore(self._ahead)  # one slot per page that may wait

        async def fetch() -> None:
            plan, outcome = self._ahead_plan(), _END
            try:
                call = next(plan)
                while await room.acquire():
                    page = await self._client.request(call)
                    waiting.put_nowait((call, page))
                    call = plan.send(page)
            except StopIteration:
                pass
            except Exception as exc:  # raised to the reader, in its turn
                outcome = exc
            except asyncio.CancelledError:  # the reader left; or else it must not take this for the end
                outcome = asyncio.CancelledError()
                raise
            finally:
                waiting.put_nowait(outcome)

        task = asyncio.create_task(fetch(), name=f"{type(self).__name__}-prefetch")
        try:
            while (item := await waiting.get()) is not _END:
                if isinstance(item, BaseException):
                    raise item
                room.release()
                yield item
                del item
        finally:
            task.cancel()  # a request under way is abandoned, and its page dropped

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
