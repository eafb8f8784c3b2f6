"""How RapidPro pages: the `Pages` the runtime's pagers walk, one page in memory at a time.

Lists are `{"next": url|null, "previous": url|null, "results": [...]}`. Most endpoints use an
opaque `cursor` in `next`; archives use `offset` (limit/offset paging). Either way the pager's
cursor is that one value, so `pager.cursor` can be saved and given back (`list(cursor=...)`) to
resume an export; each page's request is the list's own request (its builder, its filters) with
that value added, which the API documents as equivalent to following `next`.

`pager.pages()` yields pages that read like TembaClient's fetches (`for contact in page`,
`len(page)`, `page[0]`), besides their `items` and `next_cursor`.

A page is parsed tolerantly (see `overlay_runtime._tolerant`): an item with one value of an
unexpected type (an old server's `"fields": {"age": 34}`) keeps that value as received and the
export goes on. A server whose cursors go round in a circle, or that hands back the cursor it was
given, stops the pager with `PaginationLoopError` (a `TembaSerializationException`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Mapping
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx

from overlay_runtime import Call, Page, Pages, validate_json, validate_python
from rapidpro_api.types import EndpointRequest

from ._constants import CURSOR
from ._params import filters

if TYPE_CHECKING:
    import pydantic

__all__ = ["identity_of", "pages", "position_in"]

T = TypeVar("T")
# The field that identifies an item of each kind (the first one a model has).
_IDENTITIES = ("uuid", "id", "key", "osm_id")


def position_in(url: object, name: str = CURSOR) -> str | None:
    """The `name` query value of a `next` link (None when there is no next page, or it has no `name`).

    Read as `httpx.URL(url).params.get(name)` reads it (the first value, percent-decoded), with the
    standard library's parser: a fifth of the time, on every page of an export. A link that is not a
    URL (a bad host or port) raises `ValueError`, as `httpx.URL` refuses it."""
    if url is None:
        return None
    parts = urlsplit(str(url))
    _ = parts.port  # checks the netloc: "[::1:bad" and "host:port" raise here
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == name:
            return value
    return None


def pages(
    build: Callable[..., EndpointRequest],
    page_model: type[pydantic.BaseModel],
    item: type[T],
    given: Mapping[str, object],
    *,
    position: str = CURSOR,
    start: object = None,
    prepare: Callable[[Any], Any] | None = None,
) -> Pages[T]:
    """The pages of the list `build(**filters)`, from the position given as a filter (or `start`) on.

    `page_model` parses a page (its `results` hold `item`s; `item` only names their type for the
    type checker). Filters are checked at once: a name the operation does not take is refused.
    `prepare`, when given, rewrites each result as decoded JSON before it is parsed (TembaClient's
    `transformer`); without it a page is parsed straight from its bytes.
    """
    arguments = filters(build, given)
    given_at = arguments.pop(position, None)
    at = given_at if start is None else start
    build(**arguments)  # what the builder itself refuses is refused now, before any request

    def page_call(cursor: str | None) -> Call[Page[T]]:
        def parse(response: httpx.Response) -> Page[T]:
            page: Any = (
                validate_json(page_model, response.content)
                if prepare is None
                else prepared(page_model, response.content, prepare)
            )
            # A server that hands back a position already read is stopped by the pager (PaginationLoopError).
            return Page(page.results, position_in(page.next, position))

        request = build(**arguments) if cursor is None else build(**arguments, **{position: cursor})
        return Call(request, parse=parse)

    return Pages(page_call, None if at is None else str(at), key=identity_of(item))


def prepared(page_model: type[pydantic.BaseModel], content: bytes, prepare: Callable[[Any], Any]) -> Any:
    """A page parsed after `prepare` rewrote each of its results (the page's own shape is checked as usual)."""
    data = json.loads(content)
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        data["results"] = [prepare(result) for result in data["results"]]
    return validate_python(page_model, data, big=True)


def identity_of(item: type[Any]) -> Callable[[Any], Hashable] | None:
    """How the pager tells items apart cheaply: their `uuid` (or `id`, `key`, `osm_id`), if the model has one."""
    fields = getattr(item, "model_fields", {})
    name = next((name for name in _IDENTITIES if name in fields), None)
    return None if name is None else attrgetter(name)
