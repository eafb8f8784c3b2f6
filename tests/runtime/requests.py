"""Calls for the runtime's own tests: the runtime knows HTTP, not any API, so these stand in for a
generated `build_request()` (the facades' tests use the real ones)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from overlay_runtime import Call

T = TypeVar("T")


@dataclass(frozen=True)
class Parts:
    """A hand-made `RequestParts`, as a generated `EndpointRequest` would be."""

    method: str
    url: str
    params: Any = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    data: Mapping[str, Any] | None = None
    json: Any = None
    files: Any = None
    content: bytes | None = None
    operation_id: str = "test_operation"


def call(
    method: str,
    path: str,
    *,
    parse: Callable[[httpx.Response], T],
    params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
    data: Mapping[str, Any] | None = None,
    json: Any = None,
    content: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    idempotent: bool = False,
    authenticated: bool = True,
) -> Call[T]:
    parts = Parts(method, path, params or {}, dict(headers or {}), data, json, None, content)
    return Call(parts, parse=parse, idempotent=idempotent, authenticated=authenticated)
