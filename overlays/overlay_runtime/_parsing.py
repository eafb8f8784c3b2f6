"""Parsers for `Call.parse`: each turns a 2xx response into the method's result, in one pass.

pydantic validates straight from the response bytes (`model_validate_json`): no intermediate dict,
no second parse. Errors raised here become the API's response-validation error in the client.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import pydantic

__all__ = ["field_of", "model", "nothing", "root_list"]

M = TypeVar("M", bound=pydantic.BaseModel)


def model(cls: type[M]) -> Callable[[httpx.Response], M]:
    """Parse the body as `cls`."""

    def parse(response: httpx.Response) -> M:
        return cls.model_validate_json(response.content)

    return parse


def field_of(cls: type[pydantic.BaseModel], name: str) -> Callable[[httpx.Response], Any]:
    """Parse the body as the wrapper `cls` and return its field `name` (`{"accounts": [...]}`)."""

    def parse(response: httpx.Response) -> Any:
        return getattr(cls.model_validate_json(response.content), name)

    return parse


def root_list(item: type[M]) -> Callable[[httpx.Response], list[M]]:
    """Parse a body that is a bare JSON array of `item`."""
    adapter = pydantic.TypeAdapter(list[item])  # type: ignore[valid-type]

    def parse(response: httpx.Response) -> list[M]:
        result: list[M] = adapter.validate_json(response.content)
        return result

    return parse


def nothing(response: httpx.Response) -> None:
    """For calls whose body carries nothing of use (`{}`, or empty)."""
    return None
