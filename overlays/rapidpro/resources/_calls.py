"""The five shapes of RapidPro call, built once for every resource (no I/O here).

- `fetch`: GET an object that is not paginated (workspace, statistics, definitions).
- `create`: POST a body without a lookup parameter (201 and the new object).
- `update`: POST with exactly one lookup parameter (`?uuid=`, `?urn=`, `?key=`): 200, or 404.
- `delete`: DELETE with exactly one lookup parameter: 204, or 404.
- `action`: POST to a bulk-action endpoint: 204, or 200 with the ids that failed.

Writes are POSTs without idempotency keys, so the runtime never sends one twice (as TembaClient);
a DELETE may be retried, since deleting twice leaves the same state.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import httpx
import pydantic

from overlay_runtime import Call, model, nothing

from .._params import Ref, query

__all__ = ["action", "create", "delete", "fetch", "lookup", "update"]

M = TypeVar("M", bound=pydantic.BaseModel)


def fetch(path: str, cls: type[M], params: Mapping[str, Any] | None = None) -> Call[M]:
    return Call("GET", path, params=query(params or {}), parse=model(cls))


def create(path: str, cls: type[M], payload: Mapping[str, Any]) -> Call[M]:
    return Call("POST", path, json=dict(payload), parse=model(cls))


def lookup(**given: Ref | None) -> dict[str, Any]:
    """The one lookup parameter of an update or delete (TembaClient raises the same ValueError)."""
    chosen = {name: value for name, value in given.items() if value is not None and value != ""}
    if len(chosen) != 1:
        raise ValueError(f"Endpoint requires a single identifier parameter (one of {', '.join(given)})")
    return query(chosen)


def update(path: str, cls: type[M], where: Mapping[str, Any], payload: Mapping[str, Any]) -> Call[M]:
    return Call("POST", path, params=dict(where), json=dict(payload), parse=model(cls))


def delete(path: str, where: Mapping[str, Any]) -> Call[None]:
    return Call("DELETE", path, params=dict(where), parse=nothing)


def action(path: str, payload: Mapping[str, Any], failures: type[pydantic.BaseModel] | None = None) -> Call[list[Any]]:
    """A bulk action; its result is the list of ids the server could not act on (empty on a 204)."""

    def parse(response: httpx.Response) -> list[Any]:
        if failures is None or response.status_code == 204 or not response.content:
            return []
        found: list[Any] = failures.model_validate_json(response.content).failures  # type: ignore[attr-defined]
        return found

    return Call("POST", path, json=dict(payload), parse=parse)
