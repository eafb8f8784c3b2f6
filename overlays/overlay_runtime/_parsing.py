"""Parsers for `Call.parse`: each turns a 2xx response into the method's result, in one pass.

pydantic validates straight from the response bytes (`model_validate_json`): no intermediate dict,
no second parse. When that fails, the client's parse policy decides (see `_tolerant`): by default
the body is repaired item by item, keeping each odd value as received and logging its path once;
with `strict=True` (and outside a client) the error stands, and becomes the API's
response-validation error in the client.

Facades that parse by hand use `validate_json` / `validate_json_list` / `validate_python` from
here instead of pydantic's methods, so their bodies get the same treatment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._tolerant import validate_json, validate_json_list, validate_python

if TYPE_CHECKING:
    import pydantic

__all__ = ["field_of", "model", "nothing", "root_list", "validate_json", "validate_json_list", "validate_python"]

M = TypeVar("M", bound="pydantic.BaseModel")


def model(cls: type[M]) -> Callable[[httpx.Response], M]:
    """Parse the body as `cls`."""

    def parse(response: httpx.Response) -> M:
        return validate_json(cls, response.content)

    return parse


def field_of(cls: type[pydantic.BaseModel], name: str) -> Callable[[httpx.Response], Any]:
    """Parse the body as the wrapper `cls` and return its field `name` (`{"accounts": [...]}`)."""

    def parse(response: httpx.Response) -> Any:
        return getattr(validate_json(cls, response.content), name)

    return parse


def root_list(item: type[M]) -> Callable[[httpx.Response], list[M]]:
    """Parse a body that is a bare JSON array of `item`."""

    def parse(response: httpx.Response) -> list[M]:
        return validate_json_list(item, response.content)

    return parse


def nothing(response: httpx.Response) -> None:
    """For calls whose body carries nothing of use (`{}`, or empty)."""
    return None
