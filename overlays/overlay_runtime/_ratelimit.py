"""Client-side rate limiting: keep a long export under the server's limit instead of hitting it.

`Limiter` is what the request path (`send_flow()`) asks before each attempt; `RateLimiter` is a
token bucket in this process, `SharedRateLimiter` (`_shared_ratelimit.py`) a moving window in Redis
shared by every process and machine. Neither sleeps: a limiter answers how long to wait and the
flow yields that as a `Sleep` step, so one limiter serves sync and async clients alike.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

import httpx

__all__ = ["Limiter", "RateLimiter"]

# A bucket this close to a whole token has one (float drift after waiting exactly the time asked).
_EPSILON = 1e-9


class Limiter(Protocol):
    """What `send_flow()` asks before each attempt, and tells after a 429.

    `acquire(request)`: 0 means a slot was taken for `request`, send it now; more than 0 means wait
    that many seconds and ask again (nothing was taken, so a caller that gives up owes nothing).
    `pause(request, seconds)`: no client of this limiter sends to `request`'s scope for `seconds`
    (a server's `Retry-After`). Neither may sleep.
    """

    def acquire(self, request: httpx.Request) -> float:
        """0 (a slot was taken: send now), or the seconds to wait before asking again."""
        ...

    def pause(self, request: httpx.Request, seconds: float) -> None:
        """Hold back every request of `request`'s scope for `seconds` (the later of two pauses wins)."""
        ...


class RateLimiter:
    """A token bucket per scope in this process: at most `requests` per `per` seconds, bursts up to `burst`.

    `scope_of(request)` names the bucket a request draws from (RapidPro throttles per endpoint
    scope, e.g. `contacts`); by default all requests share one. `acquire()` takes a token when one
    is there and returns 0, else returns how long until one will be, taking nothing. `pause()`
    empties a scope's bucket until the pause is over. Share one instance between the clients of one
    process; processes or machines sharing a credential need `SharedRateLimiter`.

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
        if self.burst < 1:
            raise ValueError("burst must be at least 1")
        self._scope_of = scope_of or (lambda request: "default")
        self._clock = clock
        # scope -> (tokens, at): the tokens there were at `at`; an `at` still to come is a pause.
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def acquire(self, request: httpx.Request) -> float:
        scope = self._scope_of(request)
        with self._lock:
            now = self._clock()
            tokens, at = self._buckets.get(scope, (self.burst, now))
            if at > now:  # paused
                return at - now
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens >= 1 - _EPSILON:
                self._buckets[scope] = (tokens - 1, now)
                return 0.0
            self._buckets[scope] = (tokens, now)
            return (1 - tokens) / self.rate

    def pause(self, request: httpx.Request, seconds: float) -> None:
        if seconds <= 0:
            return
        scope = self._scope_of(request)
        with self._lock:
            now = self._clock()
            _, at = self._buckets.get(scope, (0.0, now))
            # One token when the pause ends (the server said a request may go then), refilling from there.
            self._buckets[scope] = (1.0, max(at, now + seconds))

    def __repr__(self) -> str:
        return f"RateLimiter({self.rate:g}/s, burst={self.burst:g})"
