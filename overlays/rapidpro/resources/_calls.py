"""What the calls of several resources share (no I/O here).

- `failures`: the result of a bulk action, the ids the server could not act on (204: none).

Writes are POSTs without idempotency keys, so the runtime never sends one twice (as TembaClient);
a DELETE may be retried, since deleting twice leaves the same state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pydantic

from overlay_runtime import validate_json

__all__ = ["failures"]


def failures(model: type[pydantic.BaseModel]) -> Callable[[httpx.Response], list[Any]]:
    """Parse a bulk action's answer: the `failures` of a 200 body, none on a 204."""

    def parse(response: httpx.Response) -> list[Any]:
        if response.status_code == 204 or not response.content:
            return []
        found: list[Any] = validate_json(model, response.content).failures  # type: ignore[attr-defined]
        return found

    return parse
