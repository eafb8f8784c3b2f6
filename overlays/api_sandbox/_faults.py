"""Fault injection and a server-side token-bucket rate limit, set per server and changeable live.

    faults = Faults(seed=7)
    faults.latency((0.01, 0.05))                 # every request waits 10-50 ms
    faults.rate_limit_burst(3, retry_after=2)    # the next 3 requests get 429 + Retry-After: 2
    faults.server_errors(times=2, status=503)    # then two 503s
    faults.server_errors(probability=0.1)        # and 10% of all requests fail with 500
    faults.drop_connections(times=1, path="/transactions")   # one dropped connection there
    faults.rate_limit(20, burst=5)               # at most 20 requests/s, bursts of 5
    faults.clear()

Every random choice (latency in a range, probabilities) draws from one `random.Random(seed)`, so a
sequential test sees the same faults on every run.
"""

from __future__ import annotations

import fnmatch
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Decision", "FaultRule", "Faults", "Latency", "TokenBucket"]

Latency = float | tuple[float, float]
FaultKind = Literal["latency", "drop", "too_many_requests", "server_error"]


@dataclass
class FaultRule:
    """One injected fault. `times` counts down (None: no limit); `hits` counts how often it fired."""

    kind: FaultKind
    times: int | None = None
    probability: float = 1.0
    status: int = 0
    retry_after: float | None = None
    latency: Latency = 0.0
    reset: bool = False
    path: str | None = None
    method: str | None = None
    hits: int = 0

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.times <= 0

    def matches(self, method: str, path: str) -> bool:
        if self.exhausted:
            return False
        if self.method is not None and self.method.upper() != method:
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


@dataclass(frozen=True)
class Decision:
    """What to do with one request: wait `delay`, then drop it, answer `status`, or pass it on."""

    delay: float = 0.0
    action: Literal["pass", "drop", "too_many_requests", "server_error"] = "pass"
    status: int = 0
    retry_after: float | None = None
    reset: bool = False


class TokenBucket:
    """`rate` tokens a second, holding at most `burst`. `take()` returns 0 or the seconds to wait."""

    def __init__(self, rate: float, burst: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.burst = burst if burst is not None else max(1.0, rate)
        if self.burst < 1:
            raise ValueError("burst must be at least 1")
        self._clock = clock
        self._tokens = self.burst
        self._at = clock()

    def take(self) -> float:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self.rate


class Faults:
    """The faults and rate limit of one server. Thread-safe: change them while requests run."""

    def __init__(
        self,
        *,
        seed: int | None = 0,
        latency: Latency | None = None,
        error_rate: float = 0.0,
        drop_rate: float = 0.0,
        rate_limit: float | None = None,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._random = random.Random(seed)
        self._clock = clock
        self._rules: list[FaultRule] = []
        self._bucket: TokenBucket | None = None
        self._integer_retry_after = True
        if latency is not None:
            self.latency(latency)
        if error_rate:
            self.server_errors(probability=error_rate)
        if drop_rate:
            self.drop_connections(probability=drop_rate)
        if rate_limit is not None:
            self.rate_limit(rate_limit, burst=burst)

    # -- configuration ---------------------------------------------------------------------
    def seed(self, seed: int | None) -> None:
        with self._lock:
            self._random.seed(seed)

    def latency(
        self, seconds: Latency, *, times: int | None = None, path: str | None = None, method: str | None = None
    ) -> FaultRule:
        """Delay matching requests by `seconds`, or by a uniform draw from a `(low, high)` range."""
        low, high = (seconds, seconds) if isinstance(seconds, int | float) else seconds
        if low < 0 or high < low:
            raise ValueError(f"bad latency {seconds!r}")
        return self._add(FaultRule("latency", times=times, latency=seconds, path=path, method=method))

    def rate_limit_burst(
        self, times: int = 1, *, retry_after: float = 1.0, path: str | None = None, method: str | None = None
    ) -> FaultRule:
        """Answer the next `times` matching requests with 429 and `Retry-After: retry_after`."""
        return self._add(
            FaultRule("too_many_requests", times=times, status=429, retry_after=retry_after, path=path, method=method)
        )

    def server_errors(
        self,
        *,
        times: int | None = None,
        probability: float | None = None,
        status: int = 500,
        path: str | None = None,
        method: str | None = None,
    ) -> FaultRule:
        """Answer with a 5xx: the next `times` requests, or each one with `probability` (default: once)."""
        if not 500 <= status <= 599:
            raise ValueError("status must be a 5xx")
        times, probability = _count_or_chance(times, probability)
        return self._add(
            FaultRule("server_error", times=times, probability=probability, status=status, path=path, method=method)
        )

    def drop_connections(
        self,
        *,
        times: int | None = None,
        probability: float | None = None,
        reset: bool = False,
        path: str | None = None,
        method: str | None = None,
    ) -> FaultRule:
        """Close the connection without answering (with a TCP RST when `reset`), once by default."""
        times, probability = _count_or_chance(times, probability)
        return self._add(FaultRule("drop", times=times, probability=probability, reset=reset, path=path, method=method))

    def rate_limit(self, rate: float | None, *, burst: float | None = None, integer_retry_after: bool = True) -> None:
        """Allow `rate` requests a second with bursts of `burst` (None: no limit); beyond, 429.

        `Retry-After` says when the next token is due, rounded up to whole seconds, or to the
        millisecond with `integer_retry_after=False` (handy for fast tests).
        """
        with self._lock:
            self._bucket = None if rate is None else TokenBucket(rate, burst, self._clock)
            self._integer_retry_after = integer_retry_after

    def remove(self, rule: FaultRule) -> None:
        with self._lock:
            if rule in self._rules:
                self._rules.remove(rule)

    def clear(self) -> None:
        """Remove every fault and the rate limit."""
        with self._lock:
            self._rules.clear()
            self._bucket = None

    @property
    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    @property
    def rate_limited(self) -> bool:
        return self._bucket is not None

    # -- per request -----------------------------------------------------------------------
    def decide(self, method: str, path: str) -> Decision:
        """Roll the dice for one request. Order: latency, drop, rate limit, 429 burst, 5xx."""
        with self._lock:
            delay = 0.0
            for rule in self._rules:
                if rule.kind == "latency" and rule.matches(method, path):
                    delay += self._draw_latency(rule.latency)
                    self._fire(rule)
            for kind in ("drop", "rate_limit", "too_many_requests", "server_error"):
                decision = self._decide_kind(kind, method, path, delay)
                if decision is not None:
                    return decision
            return Decision(delay=delay)

    def _decide_kind(self, kind: str, method: str, path: str, delay: float) -> Decision | None:
        if kind == "rate_limit":
            if self._bucket is None:
                return None
            wait = self._bucket.take()
            if wait <= 0:
                return None
            wait = math.ceil(wait) if self._integer_retry_after else math.ceil(wait * 1000) / 1000
            return Decision(delay, "too_many_requests", 429, retry_after=wait)
        for rule in self._rules:
            if rule.kind != kind or not rule.matches(method, path):
                continue
            if rule.probability < 1.0 and self._random.random() >= rule.probability:
                continue
            self._fire(rule)
            if rule.kind == "drop":
                return Decision(delay, "drop", reset=rule.reset)
            action: Literal["too_many_requests", "server_error"] = (
                "too_many_requests" if rule.kind == "too_many_requests" else "server_error"
            )
            return Decision(delay, action, rule.status, retry_after=rule.retry_after)
        return None

    def _fire(self, rule: FaultRule) -> None:
        rule.hits += 1
        if rule.times is not None:
            rule.times -= 1

    def _draw_latency(self, latency: Latency) -> float:
        if isinstance(latency, int | float):
            return float(latency)
        return self._random.uniform(*latency)

    def _add(self, rule: FaultRule) -> FaultRule:
        with self._lock:
            self._rules.append(rule)
        return rule

    def __repr__(self) -> str:
        return f"<Faults {len(self._rules)} rules, rate limit {'on' if self._bucket else 'off'}>"


def _count_or_chance(times: int | None, probability: float | None) -> tuple[int | None, float]:
    if probability is not None and not 0.0 <= probability <= 1.0:
        raise ValueError("probability must be between 0 and 1")
    if times is None and probability is None:
        return 1, 1.0
    return times, 1.0 if probability is None else probability


def format_seconds(seconds: float) -> str:
    """`Retry-After` text: whole seconds as an integer, otherwise up to millisecond precision."""
    if float(seconds).is_integer():
        return str(int(seconds))
    return f"{seconds:.3f}".rstrip("0").rstrip(".")
