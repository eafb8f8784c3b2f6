"""DRF-serializer-like checks of write bodies, with RapidPro's messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ._errors import FieldErrors

__all__ = ["choice", "list_of", "optional_str", "required", "string"]

T = TypeVar("T")
REQUIRED = "This field is required."


def required(body: dict[str, Any], name: str, errors: FieldErrors) -> bool:
    if name not in body:
        errors.add(name, REQUIRED)
        return False
    if body[name] is None:
        errors.add(name, "This field may not be null.")
        return False
    return True


def string(
    body: dict[str, Any], name: str, errors: FieldErrors, *, max_length: int | None = None, need: bool = False
) -> str | None:
    """A string field (absent: None; `need`: absent is an error), its length checked."""
    if need and not required(body, name, errors):
        return None
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        errors.add(name, "Not a valid string.")
        return None
    text = str(value)
    if need and not text.strip():
        errors.add(name, "This field may not be blank.")
        return None
    if max_length is not None and len(text) > max_length:
        errors.add(name, f"Ensure this field has no more than {max_length} characters.")
        return None
    return text


def optional_str(body: dict[str, Any], name: str, errors: FieldErrors, max_length: int) -> str | None:
    return string(body, name, errors, max_length=max_length)


def choice(
    body: dict[str, Any], name: str, choices: tuple[str, ...], errors: FieldErrors, *, need: bool = True
) -> str | None:
    if name not in body:
        if need:
            errors.add(name, REQUIRED)
        return None
    value = body[name]
    if not isinstance(value, str) or value not in choices:
        errors.add(name, f'"{value}" is not a valid choice.')
        return None
    return value


def list_of(
    body: dict[str, Any],
    name: str,
    errors: FieldErrors,
    convert: Callable[[Any], T | None],
    *,
    max_items: int = 100,
    min_items: int = 0,
    need: bool = False,
) -> list[T] | None:
    """A list field whose items `convert` resolves (None: it added the item's error itself)."""
    if name not in body or body[name] is None:
        if need:
            errors.add(name, REQUIRED)
        return None
    value = body[name]
    if isinstance(value, str | bytes) or not isinstance(value, list):
        errors.add(name, f'Expected a list of items but got type "{type(value).__name__}".')
        return None
    if len(value) > max_items:
        errors.add(name, f"Ensure this field has no more than {max_items} elements.")
        return None
    if len(value) < min_items:
        errors.add(name, "This list may not be empty.")
        return None
    found = []
    for item in value:
        converted = convert(item)
        if converted is not None:
            found.append(converted)
    return found
