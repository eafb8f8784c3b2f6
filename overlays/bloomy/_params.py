"""Turning Python arguments into Bloom Growth's wire values, refusing bad ones before any request."""

from __future__ import annotations

from collections.abc import Generator, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from overlay_runtime import Call, Parallel

from ._exceptions import ValidationError

__all__ = ["Flow", "drop_none", "due", "ident", "one_of", "text"]

T = TypeVar("T")

# An operation flow: yields calls (or a Parallel of calls), is sent their results, returns a T.
Flow = Generator[Call[Any] | Parallel[Any], Any, T]


def ident(value: object, name: str) -> int:
    """An object id: an int (or a string of digits) >= 0; 0 is a real id, not "missing"."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(f"{name} must be an integer id, not {value!r}")
    return value


def text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{name} is required (a non-empty string), not {value!r}")
    return value


def one_of(user_id: object, meeting_id: object) -> None:
    if user_id is not None and meeting_id is not None:
        raise ValidationError("Please provide either `user_id` or `meeting_id`, not both.")


def due(value: date | datetime | str | None) -> str | None:
    """A due date as the API takes it: `2024-12-31` for a date, ISO 8601 for a datetime; strings pass through."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise ValidationError(f"due_date must be a date, a datetime or an ISO 8601 string, not {value!r}")


def drop_none(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}
