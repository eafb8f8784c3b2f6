"""How RapidPro pages: the `page_call` the runtime's pagers walk, one page in memory at a time.

Lists are `{"next": url|null, "previous": url|null, "results": [...]}`. Most endpoints use an
opaque `cursor` in `next`; archives use `offset` (limit/offset paging). Either way the pager's
cursor is that one value, so `pager.cursor` can be saved and given back (`list(cursor=...)`) to
resume an export; the next request repeats the list's filters with it, which the API documents as
equivalent to following `next`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
import pydantic

from overlay_runtime import AsyncPager, Call, Page, SyncPager

from ._params import query

__all__ = ["AsyncPager", "PageCall", "SyncPager", "pages", "position_in"]

T = TypeVar("T")
PageCall = Callable[[str | None], Call[Page[T]]]


def position_in(url: object, name: str) -> str | None:
    """The `name` query value of a `next` link (None when there is no next page)."""
    if url is None:
        return None
    value: str | None = httpx.URL(str(url)).params.get(name)
    return value


def pages(
    path: str,
    page_model: type[pydantic.BaseModel],
    item: type[T],
    filters: Mapping[str, Any],
    *,
    position: str = "cursor",
) -> PageCall[T]:
    """The page calls of `GET path?filters`: page `position` (None: the first) parsed as `page_model`.

    `item` only names the item type for the type checker (`page_model.results` holds `item`s).
    """
    params = query(filters)

    def page_call(at: str | None) -> Call[Page[T]]:
        def parse(response: httpx.Response) -> Page[T]:
            page: Any = page_model.model_validate_json(response.content)
            following = position_in(page.next, position)
            # A server that hands back the position it was given would loop for ever: stop instead.
            return Page(page.results, None if following == at else following)

        return Call("GET", path, params=params if at is None else {**params, position: at}, parse=parse)

    return page_call
