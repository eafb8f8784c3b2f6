"""Turning Python arguments into what the generated request builders take, refusing bad ones first."""

from __future__ import annotations

from datetime import date, datetime

from ._exceptions import ValidationError

__all__ = ["due", "ident", "one_of", "text"]


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


def due(value: date | datetime | str | None) -> date | None:
    """A due date for a to-do body: a date goes out as `2024-12-31`, a datetime in ISO 8601 (aware ones in UTC);
    a string is read as one of the two (`"2024-12-31"` stays a bare date) and refused if it is neither."""
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                return parse(value.strip())
            except ValueError:
                continue
    raise ValidationError(f"due_date must be a date, a datetime or an ISO 8601 string, not {value!r}")
