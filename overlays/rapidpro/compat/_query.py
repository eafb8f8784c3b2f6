"""TembaClient's query objects, on the facade's pagers.

Every `get_*` list of `TembaClient` returns a `CursorQuery`, which fetches nothing until asked:

- `all(retry_on_rate_exceed=False)`: every item, in one list;
- `first(retry_on_rate_exceed=False)`: the first item (one request), or None;
- `iterfetches(retry_on_rate_exceed=False, resume_cursor=None)`: a `CursorIterator` handing out one
  page (a list) per request; its `get_cursor()` is where to resume later, with `resume_cursor=`.

Pages are fetched by the facade's `SyncPager`, so a server whose cursors go round in a circle is
stopped (`PaginationLoopError`) instead of being paged for ever. Asked again after a failed request
(a 429, say), an iterator requests the same page again, as TembaClient's does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Generic, Self, TypeVar

from overlay_runtime import Page, SyncPager
from overlay_runtime._compact import Compactor

__all__ = ["CursorIterator", "CursorQuery", "PagerFor"]

T = TypeVar("T")

# The pager of a query from a cursor (None: the first page), on the client that retries 429s or not.
PagerFor = Callable[[bool, str | None], SyncPager[T]]


class CursorQuery(Generic[T]):
    """The result of a `get_*` list: iterated by fetches, or fetched whole."""

    def __init__(self, pager: PagerFor[T]) -> None:
        self._pager = pager

    def iterfetches(self, retry_on_rate_exceed: bool = False, resume_cursor: str | None = None) -> CursorIterator[T]:
        """An iterator of pages (lists), from the first, or from `resume_cursor` (a `get_cursor()` saved earlier)."""
        return CursorIterator(functools.partial(self._pager, retry_on_rate_exceed), resume_cursor)

    def all(self, retry_on_rate_exceed: bool = False) -> list[T]:
        """Every item of every page, compacted as the pager's `all()` does (overlay_runtime._compact)."""
        compact = Compactor()
        return [item for fetch in self.iterfetches(retry_on_rate_exceed) for item in compact(fetch)]

    def first(self, retry_on_rate_exceed: bool = False) -> T | None:
        """The first item (one request), or None when there is none."""
        return self._pager(retry_on_rate_exceed, None).first()

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class CursorIterator(Generic[T]):
    """Successive fetches of a query: each `next()` is one request, and one page as a list.

    It stops after the last page, or at an empty one, as TembaClient's does.
    """

    def __init__(self, pager: Callable[[str | None], SyncPager[T]], cursor: str | None) -> None:
        self._pager = pager
        self._cursor = cursor
        self._pages: Iterator[Page[T]] | None = None
        self._done = False

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> list[T]:
        if self._done:
            raise StopIteration
        if self._pages is None:
            self._pages = self._pager(self._cursor).pages()
        try:
            page = next(self._pages)
        except StopIteration:
            self._done = True
            raise
        except Exception:
            self._pages = None  # asked again, the same page is requested afresh
            raise
        self._cursor = page.next_cursor
        self._done = page.next_cursor is None or not page.items
        if not page.items:
            raise StopIteration
        return list(page.items)

    def get_cursor(self) -> str | None:
        """The cursor of the next page to fetch (None after the last page): pass it as `resume_cursor=`."""
        return self._cursor
