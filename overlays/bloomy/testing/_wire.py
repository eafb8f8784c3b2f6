"""Bloom Growth's wire conventions: PascalCase objects tagged `Type`/`Key`, .NET timestamps, Bloom's weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

__all__ = [
    "WEEK_EPOCH",
    "WEEK_MAX",
    "WEEK_MIN",
    "parse_when",
    "tagged",
    "week_end",
    "week_number",
    "week_start",
    "wire_time",
]

WEEK_EPOCH = date(1970, 1, 4)
"""Week numbers count Monday-to-Sunday weeks by their Sunday: the week ending on this day is week 0."""


def wire_time(moment: datetime | None) -> str | None:
    """UTC with `Z`, and a fraction only when there is one, trimmed as .NET trims it (`...:00.25Z`).

    The year always has four digits (`0244-03-01T00:00:00Z`), as .NET writes it and ISO 8601 needs
    (`strftime("%Y")` writes `244` on Linux, which no client parses).
    """
    if moment is None:
        return None
    moment = moment.astimezone(UTC)
    text = f"{moment.year:04d}-" + moment.strftime("%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}".rstrip("0")
    return text + "Z"


def parse_when(value: Any) -> datetime:
    """A date the API accepts in a body: `2024-12-31`, ISO 8601 with or without a zone (naive means UTC).

    Raises ValueError for anything else, and for a moment that is outside .NET's `DateTime` once in
    UTC (`0001-01-01T00:00:00+05:00` is in year 0).
    """
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"not a date: {value!r}")
    text = value.strip().replace("z", "Z")
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text), time(), UTC)
    moment = datetime.fromisoformat(text)
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"not a date .NET can hold: {value!r}") from None


def tagged(kind: str, ident: int | None, **fields: Any) -> dict[str, Any]:
    """An object as v1 sends most of them: `Id`, `Type`, `Key` first, then its own fields."""
    return {"Id": ident, "Type": kind, "Key": f"{kind}_{ident}", **fields}


def week_number(day: date) -> int:
    """Bloom's number of the Monday-to-Sunday week holding `day` (`ForWeekNumber`)."""
    return (week_end(day) - WEEK_EPOCH).days // 7


def week_end(day: date) -> date:
    """The Sunday that ends the week holding `day` (`ForWeek`)."""
    return day + timedelta(days=6 - day.weekday())


WEEK_MIN = -(((WEEK_EPOCH - date.min).days - 6) // 7)
"""The first week whose Monday .NET's `DateTime` can hold (year 1)."""
WEEK_MAX = (date.max - WEEK_EPOCH).days // 7
"""The last week whose Sunday .NET's `DateTime` can hold (year 9999)."""


def week_start(number: int) -> date:
    """The Monday that starts week `number`."""
    return WEEK_EPOCH + timedelta(weeks=number, days=-6)


def week_sunday(number: int) -> date:
    return WEEK_EPOCH + timedelta(weeks=number)


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def iso_week_label(number: int) -> str:
    """`2024-W25`: how scorecard responses label a week in `Week`."""
    year, week, _ = week_start(number).isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_bounds(day: date) -> tuple[date, date]:
    """First and last day of the calendar quarter holding `day`."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    after = date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    return start, after - timedelta(days=1)
