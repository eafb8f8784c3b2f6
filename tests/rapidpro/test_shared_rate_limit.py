"""Workers in several processes share one rate limit through Redis, as RapidPro counts it: per token and scope.

The sandbox enforces DRF's sliding window per scope with a real 429 and `Retry-After`; it runs in
a thread of this process, which only waits on the workers meanwhile, and records each request's
arrival (`time.monotonic()`, the same clock in every process on Linux) and status.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from api_sandbox import RequestRecord
from rapidpro import RapidProClient, RateLimiter, SharedRateLimiter, scoped_rate_limiter
from rapidpro.testing import RapidProSandbox
from tests.rapidpro._rate_workers import MARGIN, export_contacts

RATE = 30  # requests a second the sandbox allows on `v2.contacts`
WORKERS = 4
EXPORT_SECONDS = 4.5  # how long the workers export (after the barrier)
CONTACTS = "/api/v2/contacts.json"


def contacts_request(token: str = "0123456789abcdef0123456789abcdef01234567") -> httpx.Request:
    return httpx.Request("GET", "http://127.0.0.1/api/v2/contacts.json", headers={"Authorization": f"Token {token}"})


@pytest.fixture
def sandbox() -> Iterator[RapidProSandbox]:
    with RapidProSandbox(seed=3, contacts=200, page_size=5, rates={"v2.contacts": f"{RATE}/second"}) as sandbox:
        yield sandbox


def run_workers(sandbox: RapidProSandbox, store: str | None, seconds: float) -> list[RequestRecord]:
    """`WORKERS` spawned processes export contacts for `seconds`, started together; the contacts requests the server saw."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(WORKERS)
    args = (sandbox.url, sandbox.token, f"{RATE}/second", store, barrier, seconds)
    workers = [context.Process(target=export_contacts, args=args, daemon=True) for _ in range(WORKERS)]
    for worker in workers:
        worker.start()
    try:
        for worker in workers:
            worker.join(timeout=120)
            assert worker.exitcode == 0, f"worker exited with {worker.exitcode}"
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
                worker.join()
    return [r for r in sandbox.requests.records if r.path == CONTACTS]


def test_workers_sharing_redis_stay_at_the_servers_rate(sandbox: RapidProSandbox, redis_url: str) -> None:
    """4 processes with one token and a limiter in Redis: no 429, and together they use the rate (within 10 % of
    what the limiter aims at: RATE in a second counted `MARGIN` long, the allowance for late arrivals).

    The rate is RATE requests over the busy span of each RATE successive requests, averaged: a moving
    window sends each window's allowance as a burst when its slots free, so first-to-last over a few
    seconds would count one burst more than the seconds it spans."""
    records = run_workers(sandbox, redis_url, seconds=EXPORT_SECONDS)
    refused = sum(r.status == 429 for r in records)
    arrivals = sorted(r.started for r in records if r.status == 200)
    spans = [later - earlier for earlier, later in zip(arrivals, arrivals[RATE:], strict=False)]
    measured = RATE / (sum(spans) / len(spans))
    figure = (
        f"{WORKERS} processes, {len(records)} requests in {arrivals[-1] - arrivals[0]:.2f}s: "
        f"{measured:.1f} requests/s against {RATE}/s allowed, {refused} refused (429)"
    )
    print(f"\n{figure}")
    assert refused == 0, figure
    aimed = RATE / (1 + MARGIN)
    assert abs(measured - aimed) <= 0.1 * aimed, figure


def test_workers_with_their_own_limiters_are_refused(sandbox: RapidProSandbox) -> None:
    """The control: the same 4 processes each with an in-process limiter at the rate send 4 times it, and meet 429s."""
    records = run_workers(sandbox, None, seconds=1.5)
    refused = sum(r.status == 429 for r in records)
    print(f"\n{WORKERS} processes with in-process limiters: {len(records)} requests, {refused} refused (429)")
    assert refused > 0


def test_a_429_pauses_every_limiter_on_the_store(sandbox: RapidProSandbox, redis_url: str) -> None:
    """A client that meets a 429 (its limiter set above the workspace's rate) pauses the scope in Redis:
    another limiter instance's client waits out the `Retry-After` instead of meeting its own 429."""
    sandbox.throttle.set("v2.contacts", "2/second")
    first = scoped_rate_limiter("100/second", store=redis_url)
    second = scoped_rate_limiter("100/second", store=redis_url)

    def overrun() -> None:
        with RapidProClient(sandbox.token, base_url=sandbox.url, rate_limiter=first) as client:
            for _ in range(3):  # the third is refused, waits Retry-After (1 s) and goes again
                client.contacts.list().first()

    thread = threading.Thread(target=overrun)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not sandbox.requests.count(status=429):
            assert time.monotonic() < deadline, "no 429 within 30 s"
            time.sleep(0.005)
        refused_at = next(r.started for r in sandbox.requests.records if r.status == 429)
        while (wait := second.acquire(contacts_request(sandbox.token))) == 0:  # until the 429 reached its client
            assert time.monotonic() < deadline, "no pause within 30 s"
            time.sleep(0.002)
        assert 0.5 < wait <= 1.0, wait
        with RapidProClient(sandbox.token, base_url=sandbox.url, rate_limiter=second) as client:
            client.contacts.list().first()
    finally:
        thread.join(timeout=30)
    records = sandbox.requests.records
    assert [r.status for r in records].count(429) == 1, [r.status for r in records]
    assert [r.status for r in records][-2:] == [200, 200]
    assert min(r.started for r in records[-2:]) - refused_at >= 0.9


def test_scoped_rate_limiter_in_redis(redis_url: str) -> None:
    """With a store, `scoped_rate_limiter` is a `SharedRateLimiter`: the rate as given, its window a little longer."""
    limiter = scoped_rate_limiter(3600, store=redis_url)
    assert isinstance(limiter, SharedRateLimiter)
    assert (limiter.requests, limiter.per, limiter.margin) == (3600, 3600, 72)
    per_second = scoped_rate_limiter("50/second", store=redis_url)
    assert (per_second.requests, per_second.per, per_second.margin) == (50, 1, 0.05)
    in_process = scoped_rate_limiter("50/second")
    assert isinstance(in_process, RateLimiter) and in_process.rate == 50


def test_each_token_has_its_own_windows_unless_keyed(redis_url: str) -> None:
    """Two tokens (two workspaces, say) do not share a window by accident; `key=` shares one on purpose.
    The token itself is never in a Redis key, only a hash of it."""
    token_a, token_b = "a" * 40, "b" * 40
    limiter = scoped_rate_limiter("1/minute", store=redis_url)
    assert limiter.acquire(contacts_request(token_a)) == 0
    assert limiter.acquire(contacts_request(token_a)) > 50
    assert limiter.acquire(contacts_request(token_b)) == 0
    keyed = scoped_rate_limiter("1/minute", store=redis_url, key="workspace-1")
    assert keyed.acquire(contacts_request(token_a)) == 0
    assert keyed.acquire(contacts_request(token_b)) > 50
    import redis

    with redis.Redis.from_url(redis_url) as connection:
        keys = [key.decode() for key in connection.keys("*")]
    assert keys and not any(token_a in key or token_b in key for key in keys), keys
    assert any(hashlib.sha256(f"Token {token_a}".encode()).hexdigest()[:16] in key for key in keys), keys
    assert any("{workspace-1/v2.contacts}" in key for key in keys), keys


def test_scoped_rate_limiter_refuses_what_does_not_apply(redis_url: str) -> None:
    """`burst=` is for the in-process bucket, `key=` for a store; a rate must read like DRF's."""
    with pytest.raises(ValueError, match="burst"):
        scoped_rate_limiter(3600, burst=5, store=redis_url)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="key"):
        scoped_rate_limiter(3600, key="workspace")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="bad rate"):
        scoped_rate_limiter("fast")
