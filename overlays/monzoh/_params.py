"""Turning Python arguments into what the generated request builders take, refusing bad ones first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ._exceptions import MonzoValidationError

if TYPE_CHECKING:
    from monzo_api.models import ExpandOption

__all__ = ["expand_options", "pence", "required", "since_value", "utc"]


def utc(value: datetime) -> datetime:
    """A naive datetime counts as UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def since_value(value: datetime | str | None) -> str | None:
    """`since` is a timestamp or a transaction id (`tx_…`): datetimes go out in UTC, strings as they are."""
    if not isinstance(value, datetime):
        return value
    from monzo_api.types import wire_datetime  # here: the generated package (attrs) loads on first use

    return wire_datetime(utc(value))


def expand_options(expand: Sequence[str] | str | None) -> list[ExpandOption | str] | None:
    if expand is None:
        return None
    return [expand] if isinstance(expand, str) else list(expand)


def pence(amount: object, name: str = "amount") -> int:
    """A positive integer number of minor units; floats (pounds?) and other types are refused."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        kind = type(amount).__name__
        raise MonzoValidationError(f"{name} must be an int number of pence (e.g. 150 for £1.50), not {kind} {amount!r}")
    if amount <= 0:
        raise MonzoValidationError(f"{name} must be greater than 0 pence, not {amount}")
    return int(amount)  # a plain int: a `Pence` would go out as "1000p"


def required(value: str | None, name: str) -> str:
    if not value or not isinstance(value, str):
        raise MonzoValidationError(f"{name} is required (a non-empty string), not {value!r}")
    return value
