"""The retry policy's pure decisions, by table."""

from __future__ import annotations

import email.utils
import random

import pytest

from overlay_runtime import RetryPolicy, parse_retry_after

pytestmark = pytest.mark.real_backoff


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"Retry-After": "-5"}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "oops", "Retry-After": "2"}, 2.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": email.utils.formatdate(1_000_030, usegmt=True)}, 30.0),
        ({"Retry-After": email.utils.formatdate(999_000, usegmt=True)}, 0.0),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    """Retry-After is read as milliseconds, seconds or an HTTP date, never negative."""
    assert parse_retry_after(headers, now=1_000_000) == expected


@pytest.mark.parametrize(
    ("method", "idempotent", "allowed"),
    [
        ("GET", False, True),
        ("DELETE", False, True),
        ("PUT", False, True),
        ("head", False, True),
        ("POST", False, False),
        ("PATCH", False, False),
        ("POST", True, True),
        ("PATCH", True, True),
    ],
)
def test_only_safe_requests_may_be_retried(method: str, idempotent: bool, allowed: bool) -> None:
    """A write is retried only when it carries an idempotency key."""
    assert RetryPolicy().may_retry(method, idempotent=idempotent) is allowed


@pytest.mark.parametrize(
    ("status", "retryable"),
    [
        (408, True),
        (429, True),
        (500, True),
        (502, True),
        (503, True),
        (529, True),
        (520, True),
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (409, False),
        (422, False),
        (200, False),
    ],
)
def test_retryable_statuses(status: int, retryable: bool) -> None:
    assert RetryPolicy.retryable_status(status) is retryable


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    """0.5, 1, 2, 4, 8, 8 ... seconds, each shortened by at most 25 % jitter."""
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    rng = random.Random(7)
    for retries_taken, full in enumerate([0.5, 1, 2, 4, 8, 8, 8]):
        delay = policy.delay(retries_taken, rng=rng)
        assert delay is not None
        assert 0.75 * full <= delay <= full


def test_retry_after_wins_within_the_cap_and_is_refused_beyond_it() -> None:
    policy = RetryPolicy(max_retry_after=60)
    assert policy.delay(0, {"Retry-After": "12"}) == 12.0
    assert policy.delay(5, {"Retry-After": "0"}) == 0.0
    assert policy.delay(0, {"Retry-After": "61"}) is None


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
