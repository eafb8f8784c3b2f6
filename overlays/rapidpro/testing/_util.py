"""Small shared pieces: microsecond timestamps, RapidPro's datetime format, deterministic ids.

Every time in the emulator is an `int` of microseconds since the epoch (cheap to compare and to
put in cursors); it is formatted only on the way out, as RapidPro does: UTC with microseconds
and a `Z` (`2026-03-02T17:28:12.123456Z`).
"""

from __future__ import annotations

import hashlib
import random
import re
import uuid
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

__all__ = [
    "DAY",
    "HOUR",
    "MINUTE",
    "SECOND",
    "Ids",
    "fmt",
    "fmt_date",
    "fmt_local",
    "fmt_or_none",
    "hashed",
    "is_uuid",
    "parse_date",
    "parse_when",
    "to_us",
    "uuid4_from",
    "uuid7_from",
]

SECOND = 1_000_000
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE
DAY = 24 * HOUR
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_UUID = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_us(moment: datetime) -> int:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    delta = aware - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * SECOND + delta.microseconds


def _datetime(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


@lru_cache(maxsize=8192)
def _day(days: int) -> str:
    return _iso_date((_EPOCH + timedelta(days=days)).date())


def _iso_date(day: date) -> str:
    """`0244-03-01`: four-digit years always (`strftime("%Y")` writes `244` on Linux)."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _clock(us: int) -> str:
    days, rest = divmod(us, DAY)
    seconds, micros = divmod(rest, SECOND)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    return f"{_day(days)}T{hours:02d}:{minutes:02d}:{seconds:02d}.{micros:06d}"


def fmt(us: int) -> str:
    """`2026-03-02T17:28:12.123456Z` (without strftime: exports format millions of these)."""
    return _clock(us) + "Z"


def fmt_or_none(us: int | None) -> str | None:
    return None if us is None else fmt(us)


def fmt_date(us: int) -> str:
    return _iso_date(_datetime(us).date())


def fmt_local(us: int, offset_hours: int) -> str:
    """A datetime field value in the workspace's timezone: `2026-03-02T19:28:12.123456+02:00`.

    Raises OverflowError when the local time is before year 1 or after 9999.
    """
    sign = "+" if offset_hours >= 0 else "-"
    return _clock(us + offset_hours * HOUR) + f"{sign}{abs(offset_hours):02d}:00"


def parse_when(text: str) -> int | None:
    """A `before`/`after` value (ISO 8601 date or datetime) in µs; None when it does not parse."""
    text = text.strip()
    try:
        if _DATE.match(text):
            return to_us(datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC))
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    return to_us(moment)


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if _DATE.match(text.strip()) else None
    except ValueError:
        return None


def is_uuid(text: str) -> bool:
    return bool(_UUID.match(text))


def hashed(seed: int, kind: str, index: int) -> bytes:
    """64 reproducible random bytes for item `index` of `kind`: lazy items are rebuilt from these."""
    return hashlib.blake2b(f"{seed}:{kind}:{index}".encode(), digest_size=64).digest()


def uuid4_from(data: bytes) -> str:
    return str(uuid.UUID(bytes=bytes(data[:16]), version=4))


def uuid7_from(us: int, data: bytes) -> str:
    """A version-7 UUID (time-ordered, as RapidPro now gives messages, runs and broadcasts)."""
    value = ((us // 1000) & ((1 << 48) - 1)) << 80 | int.from_bytes(data[:10], "big")
    value = (value & ~(0xF << 76)) | (0x7 << 76)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)
    return str(uuid.UUID(int=value))


class Ids:
    """New UUIDs and integer ids for objects created while the sandbox runs, reproducible from the seed."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(f"rapidpro-sandbox-new:{seed}")

    def uuid4(self) -> str:
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def uuid7(self, us: int) -> str:
        return uuid7_from(us, self._random.getrandbits(80).to_bytes(10, "big"))

    def token(self) -> str:
        return f"{self._random.getrandbits(160):040x}"
