"""When to retry and how long to wait: pure functions, no I/O, tested by tables.

What is retried: connection failures and timeouts, and the statuses 408, 429 and 5xx. What may be
retried: only requests that are safe to repeat, namely GET/HEAD/OPTIONS/DELETE/PUT, and any write
that carries an idempotency key (Monzo's `dedupe_id`, say), which the caller marks `idempotent`.
A POST without a key is never sent twice: a timeout after the server applied it would apply it again.
A DELETE that is retried after an attempt that may have reached the server (a lost answer, a 5xx)
and then meets 404 has succeeded: `send_flow()` answers 204. No wait is taken that would cross the
call's deadline (`Runtime.deadline`).
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
)

__all__ = ["RetryPolicy", "parse_retry_after", "set_testing"]

_testing = False


def set_testing(enabled: bool = True) -> None:
    """Shrink computed backoff to a millisecond (Retry-After is still honoured), for fast fault tests."""
    global _testing
    _testing = enabled


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
RETRYABLE_STATUSES = frozenset({408, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to retry, and the backoff between attempts.

    The delay before retry n (0-based) is `initial_delay * 2**n`, capped at `max_delay`, less up
    to 25 % jitter. A server's `Retry-After` wins; when it asks for longer than `max_retry_after`
    we do not retry at all (`delay()` returns None) and the caller gets the error, with its
    `retry_after`, at once instead of a sleep it did not ask for.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, not {self.max_retries}")

    def may_retry(self, method: str, *, idempotent: bool) -> bool:
        """Whether a request may be sent again at all."""
        return idempotent or method.upper() in SAFE_METHODS

    @staticmethod
    def retryable_status(status: int) -> bool:
        return status in RETRYABLE_STATUSES or status >= 500

    def delay(
        self, retries_taken: int, headers: Mapping[str, str] | None = None, *, rng: random.Random | None = None
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when the server wants too long a wait."""
        retry_after = parse_retry_after(headers) if headers is not None else None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        if _testing:
            return 0.001
        backoff: float = min(self.initial_delay * 2.0**retries_taken, self.max_delay)
        jitter = 1 - 0.25 * (rng or random).random()
        return backoff * jitter


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait: `retry-after-ms`, `Retry-After` seconds or HTTP date."""
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    parsed = email.utils.parsedate_to_datetime(value) if _looks_like_date(value) else None
    if parsed is None:
        return None
    return max(parsed.timestamp() - (time.time() if now is None else now), 0.0)


def _looks_like_date(value: str) -> bool:
    try:
        return email.utils.parsedate_tz(value) is not None
    except (TypeError, ValueError):
        return False
