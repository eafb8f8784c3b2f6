"""How RapidPro pages: the `Pages` the runtime's pagers walk, one page in memory at a time.

Lists are `{"next": url|null, "previous": url|null, "results": [...]}`. Most endpoints use an
opaque `cursor` in `next`; archives use `offset` (limit/offset paging). Either way the pager's
cursor is that one value, so `pager.cursor` can be saved and given back (`list(cursor=...)`) to
resume an export; each page's request is the list's own request (its builder, its filters) with
that value added, which the API documents as equivalent to following `next`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
import pydantic

from overlay_runtime import Call, Page, Pages
from rapidpro_api.types import EndpointRequest

from ._constants import CURSOR
from ._params import filters

__all__ = ["pages", "position_in"]

T = TypeVar("T")


def position_in(url: object, name: str = CURSOR) -> str | None:
    """The `name` query value of a `next` link (None when there is no next page)."""
    if url is None:
        return None
    value: str | None = httpx.URL(str(url)).params.get(name)
    return value


def pages(
    build: Callable[..., EndpointRequest],
    page_model: type[pydantic.BaseModel],
    item: type[T],
    given: Mapping[str, object],
    *,
    position: str = CURSOR,
    start: object = None,
) -> Pages[T]:
    """The pages of the list `build(**filters)`, from the position given as a filter (or `start`) on.

    `page_model` parses a page (its `results` hold `item`s; `item` only names their type for the
    type checker). Filters are checked at once: a name the operation does not take is refused.
    """
    arguments = filters(build, given)
    given_at = arguments.pop(position, None)
    at = given_at if start is None else start
    build(**arguments)  # what the builder itself refuses is refused now, before any request

    def page_call(cursor: str | None) -> Call[Page[T]]:
        def parse(response: httpx.Response) -> Page[T]:
            page: Any = page_model.model_validate_json(response.content)
            following = position_in(page.next, position)
            # A server that hands back the position it was given would loop for ever: stop instead.
            return Page(page.results, None if following == cursor else following)

        request = build(**arguments) if cursor is None else build(**arguments, **{position: cursor})
        return Call(request, parse=parse)

    return Pages(page_call, None if at is None else str(at))
