"""Parsers for bodies that need more than one model's validation: filtering, unwrapping, defaults.

The JSON keys they look at are the aliases of the generated models (`wire_key(Seat, "group")`), so the spec
names them here as everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import httpx
import pydantic

from overlay_runtime import validate_python

__all__ = ["items_of", "json_items", "wire_key"]

M = TypeVar("M", bound=pydantic.BaseModel)

_ANY_LIST = pydantic.TypeAdapter(list[Any])
_ANY = pydantic.TypeAdapter(Any)


def wire_key(model: type[pydantic.BaseModel], field: str) -> str:
    """The JSON key of `field` in a generated model of `bloomy_api.pydantic_models`."""
    info = model.model_fields[field]
    return info.alias or field


def json_items(response: httpx.Response, key: str | None = None) -> list[Any]:
    """The body's array (or the array under `key` of an object); anything else counts as no items."""
    body = _ANY.validate_json(response.content) if response.content else None
    if key is not None:
        body = body.get(key) if isinstance(body, dict) else None
    return _ANY_LIST.validate_python(body) if isinstance(body, list) else []


def items_of(
    cls: type[M], keep: Callable[[Any], bool] = lambda raw: isinstance(raw, dict), key: str | None = None
) -> Callable[[httpx.Response], list[M]]:
    """Parse the body's items as `cls`, skipping those `keep` rejects (by default, anything not an object)."""

    def parse(response: httpx.Response) -> list[M]:
        return _validate(cls, (raw for raw in json_items(response, key) if keep(raw)))

    return parse


def _validate(cls: type[M], raws: Iterable[Any]) -> list[M]:
    return [validate_python(cls, raw) for raw in raws]
