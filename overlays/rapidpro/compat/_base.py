"""What the reads and the writes of `TembaClient` share: two facade clients on one connection pool.

TembaClient retries nothing, except a read asked to `retry_on_rate_exceed`, which waits out a 429's
`Retry-After` (5 attempts in all). So here:

- `_eager`, for writes and reads without `retry_on_rate_exceed`: `max_retries=0`, so a 429 raises
  `TembaRateExceededError` (with `retry_after`) at once, and no request is ever sent twice;
- `_patient`, for reads with `retry_on_rate_exceed=True`: 5 attempts, each 429 waited out for as long as
  the server asks (up to an hour, the longest a RapidPro throttle window lasts), with no deadline for
  the call as a whole. Like every read of the facade, it also retries connection errors and 5xx.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, TypeVar

import pydantic

from overlay_runtime import Operation, SyncPager
from rapidpro_api.types import EndpointRequest

from .._client import RapidProClient
from .._constants import CURSOR
from .._paging import pages
from ._query import CursorQuery

__all__ = ["Connection", "Transformer"]

T = TypeVar("T")

Transformer: TypeAlias = Callable[[type[Any], dict[str, Any]], dict[str, Any]]
"""TembaClient's `transformer(clazz, item)`: rewrites each listed item (as decoded JSON) before it is parsed."""


class Connection:
    _eager: RapidProClient
    _patient: RapidProClient
    transformer: Transformer | None

    def _client(self, retry_on_rate_exceed: bool) -> RapidProClient:
        return self._patient if retry_on_rate_exceed else self._eager

    def _query(
        self,
        build: Callable[..., EndpointRequest],
        page_model: type[pydantic.BaseModel],
        item: type[T],
        filters: Mapping[str, object],
        *,
        position: str = CURSOR,
    ) -> CursorQuery[T]:
        """The query of the list `build(**filters)`; the filters are checked now, nothing is sent yet."""
        prepare = None if self.transformer is None else functools.partial(self.transformer, item)
        listing = self._eager.build(pages, build, page_model, item, filters, position=position, prepare=prepare)

        def pager(retry_on_rate_exceed: bool, cursor: str | None) -> SyncPager[T]:
            return SyncPager(self._client(retry_on_rate_exceed), listing.page_call, cursor, key=listing.key)

        return CursorQuery(pager)

    def _run(self, make: Callable[..., Operation[T]], *args: Any, retry_on_rate_exceed: bool = False) -> T:
        """Build the operation `make(*args)` (a bad argument is `TembaValidationError`) and run it."""
        client = self._client(retry_on_rate_exceed)
        return client.run(client.build(make, *args))
