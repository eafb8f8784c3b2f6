"""Turning Python arguments into Monzo's wire values, refusing bad ones before any request."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ._exceptions import MonzoValidationError


def drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def rfc3339(value: datetime | str | None) -> str | None:
    """A timestamp as Monzo wants it (`2024-01-31T09:00:00Z`); strings (e.g. `tx_…` ids) pass through."""
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + (
        f".{value.microsecond // 1000:03d}Z" if value.microsecond else "Z"
    )


def pence(amount: object, name: str = "amount") -> int:
    """A positive integer number of minor units; floats (pounds?) and other types are refused."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        kind = type(amount).__name__
        raise MonzoValidationError(f"{name} must be an int number of pence (e.g. 150 for £1.50), not {kind} {amount!r}")
    if amount <= 0:
        raise MonzoValidationError(f"{name} must be greater than 0 pence, not {amount}")
    return amount


def required(value: str | None, name: str) -> str:
    if not value or not isinstance(value, str):
        raise MonzoValidationError(f"{name} is required (a non-empty string), not {value!r}")
    return value
