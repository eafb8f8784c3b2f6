"""RapidPro's throttling: DRF's `ScopedRateThrottle` per workspace and scope, with its exact 429.

Scopes are `v2.contacts`, `v2.messages`, `v2.runs` for those endpoints and `v2` for the rest; the
real default is 3600 requests an hour each (`DEFAULT_RATES`). The sandbox throttles nothing
until given rates, e.g. `RapidProSandbox(rates={"v2.contacts": "5/second"})` or
`sandbox.throttle.set("v2", "100/minute")`. Over the limit a request gets 429,
`Retry-After: <whole seconds>` and `{"detail": "Request was throttled. Expected available in N seconds."}`.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

__all__ = ["DEFAULT_RATES", "SCOPES", "ScopedThrottle", "parse_rate", "retry_after"]

SCOPES = ("v2", "v2.contacts", "v2.messages", "v2.runs")
DEFAULT_RATES = dict.fromkeys(SCOPES, "3600/hour")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """`"3600/hour"` -> (3600 requests, 3600 seconds), as DRF reads it (only the unit's first letter counts)."""
    count, _, period = rate.partition("/")
    if not count.strip().isdigit() or not period or period.strip()[0].lower() not in _UNITS:
        raise ValueError(f"bad rate {rate!r}: use e.g. '3600/hour', '10/second'")
    return int(count), _UNITS[period.strip()[0].lower()]


class ScopedThrottle:
    """Sliding-window request histories per scope (DRF's algorithm); thread-safe, clock injectable."""

    def __init__(self, rates: Mapping[str, str] | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._rates: dict[str, tuple[int, int]] = {}
        self._history: dict[str, list[float]] = {}
        for scope, rate in (rates or {}).items():
            self.set(scope, rate)

    def set(self, scope: str, rate: str | None) -> None:
        """Limit `scope` to `rate` (None lifts the limit); the scope's history starts afresh."""
        with self._lock:
            self._history.pop(scope, None)
            if rate is None:
                self._rates.pop(scope, None)
            else:
                self._rates[scope] = parse_rate(rate)

    def clear(self) -> None:
        with self._lock:
            self._rates.clear()
            self._history.clear()

    @property
    def rates(self) -> dict[str, tuple[int, int]]:
        with self._lock:
            return dict(self._rates)

    def check(self, scope: str) -> float | None:
        """None to let a request of `scope` through (and count it), else the seconds to wait."""
        with self._lock:
            rate = self._rates.get(scope)
            if rate is None:
                return None
            allowed, duration = rate
            now = self._clock()
            history = [t for t in self._history.get(scope, []) if t > now - duration]
            if len(history) >= allowed:
                self._history[scope] = history
                remaining = duration - (now - history[-1]) if history else duration
                available = allowed - len(history) + 1
                return remaining / available if available > 0 else float(duration)
            history.insert(0, now)
            self._history[scope] = history
            return None


def retry_after(wait: float) -> str:
    """The `Retry-After` header DRF sends: the wait rounded up, in whole seconds."""
    return str(max(0, math.ceil(wait)))
