"""A client-side rate limiter: keeps a long export under the server's limit instead of hitting it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx

__all__ = ["RateLimiter"]


class RateLimiter:
    """A token bucket per scope: at most `requests` per `per` seconds, with bursts up to `burst`.

    `scope_of(request)` names the bucket a request draws from (RapidPro throttles per endpoint
    scope, e.g. `contacts`); by default all requests share one. `acquire()` takes a token and
    returns how long to wait before sending (0 when a token was free): it never sleeps itself, so
    it serves sync and async clients alike.

        RateLimiter(3600, per=3600)   # 3,600 requests an hour, RapidPro's default
    """

    def __init__(
        self,
        requests: float,
        *,
        per: float = 1.0,
        burst: float | None = None,
        scope_of: Callable[[httpx.Request], str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if requests <= 0 or per <= 0:
            raise ValueError("requests and per must be positive")
        self.rate = requests / per
        self.burst = burst if burst is not None else max(1.0, min(requests, 10.0))
        self._scope_of = scope_of or (lambda request: "default")
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # scope -> (tokens, at)
        self._lock = threading.Lock()

    def acquire(self, request: httpx.Request) -> float:
        scope = self._scope_of(request)
        with self._lock:
            now = self._clock()
            tokens, at = self._buckets.get(scope, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate) - 1
            self._buckets[scope] = (tokens, now)
        return 0.0 if tokens >= 0 else -tokens / self.rate

    def __repr__(self) -> str:
        return f"RateLimiter({self.rate:g}/s, burst={self.burst:g})"
