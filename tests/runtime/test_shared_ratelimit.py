"""The `Limiter` protocol: `RateLimiter` in one process, `SharedRateLimiter` in Redis, and how `send_flow` uses them.

`acquire()` takes a slot (0) or answers how long to wait, taking nothing; `pause()` holds a scope
back for a server's `Retry-After`. The flow asks again after every wait, within the call deadline,
and pauses the limiter on a 429. The Redis tests use a real redis-server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from overlay_runtime import (
    APITimeoutError,
    AsyncAPIClient,
    Limiter,
    RateLimiter,
    RateLimitError,
    RetryPolicy,
    Runtime,
    Send,
    SharedRateLimiter,
    Sleep,
    SyncAPIClient,
    send_flow,
)
from overlay_runtime._shared_ratelimit import redacted_url
from tests.flaky_server import FlakyServer, Reply
from tests.runtime.requests import call as Call

KINDS = pytest.mark.parametrize("kind", ["sync", "async"])
PASSWORD = "hunter2-redis-password"


def request(path: str = "/contacts") -> httpx.Request:
    return httpx.Request("GET", f"http://127.0.0.1{path}")


def by_path(request: httpx.Request) -> str:
    return request.url.path


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class FakeLimiter:
    """Answers the waits it was given, then 0; remembers every pause."""

    def __init__(self, *waits: float) -> None:
        self.waits = list(waits)
        self.asked = 0
        self.pauses: list[tuple[str, float]] = []

    def acquire(self, request: httpx.Request) -> float:
        self.asked += 1
        return self.waits.pop(0) if self.waits else 0.0

    def pause(self, request: httpx.Request, seconds: float) -> None:
        self.pauses.append((request.url.path, seconds))


@pytest.fixture
def shared(redis_url: str) -> Iterator[Callable[..., SharedRateLimiter]]:
    """Makes `SharedRateLimiter`s on the test's Redis (scoped by path), closed afterwards."""
    made: list[SharedRateLimiter] = []

    def make(requests: int, **options: Any) -> SharedRateLimiter:
        options.setdefault("scope_of", by_path)
        made.append(SharedRateLimiter(requests, store=redis_url, **options))
        return made[-1]

    yield make
    for limiter in made:
        limiter.close()


def test_both_limiters_are_limiters() -> None:
    """`RateLimiter` and `SharedRateLimiter` both satisfy the protocol `Runtime.limiter` takes."""
    limiters: list[type[Limiter]] = [RateLimiter, SharedRateLimiter]
    assert all(callable(kind.acquire) and callable(kind.pause) for kind in limiters)


# -- RateLimiter, in one process -----------------------------------------------------------------


def test_rate_limiter_takes_a_token_or_answers_the_wait_without_taking_one() -> None:
    """A burst of 2 goes at once; the third is told 0.5 s, and asking again before then takes nothing."""
    clock = Clock()
    limiter = RateLimiter(2, per=1, burst=2, clock=clock)
    assert [limiter.acquire(request()) for _ in range(2)] == [0, 0]
    assert limiter.acquire(request()) == pytest.approx(0.5)
    assert limiter.acquire(request()) == pytest.approx(0.5)  # the first answer reserved nothing
    clock.now += 0.25
    assert limiter.acquire(request()) == pytest.approx(0.25)
    clock.now += 0.25
    assert limiter.acquire(request()) == 0
    assert limiter.acquire(request()) == pytest.approx(0.5)


def test_rate_limiter_pause_holds_the_scope_back_then_lets_one_through() -> None:
    """A pause empties its scope's bucket until it ends (a shorter one does not shorten it); other scopes go on."""
    clock = Clock()
    limiter = RateLimiter(10, per=1, burst=5, scope_of=by_path, clock=clock)
    limiter.pause(request("/a"), 3)
    limiter.pause(request("/a"), 1)
    assert limiter.acquire(request("/a")) == pytest.approx(3)
    assert limiter.acquire(request("/b")) == 0
    clock.now += 3
    assert limiter.acquire(request("/a")) == 0
    assert limiter.acquire(request("/a")) == pytest.approx(0.1)  # the bucket refills from the pause's end


def test_rate_limiter_refuses_a_burst_below_one() -> None:
    """A bucket that can never hold a whole token would never let a request through."""
    with pytest.raises(ValueError, match="burst"):
        RateLimiter(10, burst=0.5)


# -- send_flow and a limiter, stepped without I/O --------------------------------------------------


def test_the_flow_asks_again_after_each_wait() -> None:
    """Each wait is a Sleep step and the limiter is asked again after it; the request goes once it says 0."""
    limiter = FakeLimiter(0.2, 0.1)
    flow = send_flow(Runtime(limiter=limiter), request(), authenticate=False)
    assert next(flow) == Sleep(0.2)
    assert flow.send(None) == Sleep(0.1)
    step = flow.send(None)
    assert isinstance(step, Send) and limiter.asked == 3
    with pytest.raises(StopIteration) as done:
        flow.send(httpx.Response(200, request=step.request))
    assert done.value.value.status_code == 200


def test_a_limiter_wait_that_would_cross_the_deadline_is_a_timeout_error_at_once() -> None:
    """A limiter asking for 5 s with 1 s of deadline: the typed timeout error before any send, no sleep."""
    flow = send_flow(Runtime(limiter=FakeLimiter(5), deadline=1), request(), authenticate=False)
    with pytest.raises(APITimeoutError, match=r"rate limiter asks for 5\.0s"):
        next(flow)


def test_a_429_with_retry_after_pauses_the_limiter_before_the_retry() -> None:
    """The pause reaches the limiter (every client of a shared one), then the flow waits and retries."""
    limiter = FakeLimiter()
    flow = send_flow(Runtime(limiter=limiter, retry=RetryPolicy(max_retries=1)), request(), authenticate=False)
    step = next(flow)
    assert isinstance(step, Send)
    assert flow.send(httpx.Response(429, headers={"Retry-After": "2"}, request=step.request)) == Sleep(2)
    assert limiter.pauses == [("/contacts", 2)]
    assert isinstance(flow.send(None), Send) and limiter.asked == 2


def test_a_429_pause_is_capped_at_max_retry_after_and_needs_a_retry_after() -> None:
    """A day-long Retry-After pauses the others for `max_retry_after` only; a 429 without one pauses nobody."""
    limiter = FakeLimiter()
    runtime = Runtime(limiter=limiter, retry=RetryPolicy(max_retries=0, max_retry_after=60))
    for headers in ({"Retry-After": "86400"}, {}):
        flow = send_flow(runtime, request(), authenticate=False)
        step = next(flow)
        assert isinstance(step, Send)
        with pytest.raises(RateLimitError):
            flow.send(httpx.Response(429, headers=headers, request=step.request))
    assert limiter.pauses == [("/contacts", 60)]


# -- SharedRateLimiter, in Redis -------------------------------------------------------------------


def test_shared_takes_up_to_requests_then_waits_until_the_oldest_leaves(
    shared: Callable[..., SharedRateLimiter],
) -> None:
    """3 per 0.5 s (no margin): three go, the fourth is told when the first leaves the window, and then goes."""
    limiter = shared(3, per=0.5, margin=0)
    before_first = time.monotonic()
    assert limiter.acquire(request()) == 0
    after_first = time.monotonic()
    assert [limiter.acquire(request()) for _ in range(2)] == [0, 0]
    time.sleep(0.1)
    before_fourth = time.monotonic()
    wait = limiter.acquire(request())
    after_fourth = time.monotonic()
    # The first slot was taken between before_first and after_first (by Redis's clock, to the ms).
    assert 0.5 - (after_fourth - before_first) - 0.01 <= wait <= 0.5 - (before_fourth - after_first) + 0.01, wait
    assert wait > 0
    assert limiter.acquire(request()) == pytest.approx(wait, abs=0.02)  # asking took nothing
    time.sleep(wait)
    assert limiter.acquire(request()) == 0


def test_the_margin_lengthens_the_window(shared: Callable[..., SharedRateLimiter]) -> None:
    """1 per 0.2 s with a 0.1 s margin: the next slot is 0.3 s after the first."""
    limiter = shared(1, per=0.2, margin=0.1)
    assert limiter.acquire(request()) == 0
    assert 0.28 < limiter.acquire(request()) <= 0.301
    assert shared(1, per=3600).margin == 72 and shared(1, per=1).margin == 0.05  # 2 %, at least 50 ms


def test_two_instances_share_one_window(shared: Callable[..., SharedRateLimiter]) -> None:
    """What one limiter took (another process, say), another on the same Redis sees."""
    first, second = shared(2, per=60), shared(2, per=60)
    assert first.acquire(request()) == 0 and second.acquire(request()) == 0
    assert first.acquire(request()) > 59 and second.acquire(request()) > 59


def test_shared_scopes_are_independent(shared: Callable[..., SharedRateLimiter]) -> None:
    """A full window or a pause on one scope holds back nothing of another."""
    limiter = shared(1, per=60)
    assert limiter.acquire(request("/contacts")) == 0
    assert limiter.acquire(request("/contacts")) > 59
    limiter.pause(request("/runs"), 30)
    assert limiter.acquire(request("/messages")) == 0
    assert limiter.acquire(request("/runs")) > 29


def test_a_pause_is_shared_between_instances_and_the_later_wins(shared: Callable[..., SharedRateLimiter]) -> None:
    """One limiter's pause (a 429 it met) holds back another's requests; a shorter pause does not shorten it."""
    first, second = shared(100), shared(100)
    before = time.monotonic()
    first.pause(request(), 1.0)
    second.pause(request(), 0.1)
    wait = second.acquire(request())
    elapsed = time.monotonic() - before
    assert 1.0 - elapsed - 0.01 <= wait <= 1.01, wait
    assert wait > 0.2, wait  # not the shorter pause's
    time.sleep(wait)
    assert second.acquire(request()) == 0


def test_concurrent_acquires_never_take_more_than_the_window(shared: Callable[..., SharedRateLimiter]) -> None:
    """8 threads on 4 instances asking 25 times each: exactly 20 slots of a 20-per-minute window are taken."""
    limiters = [shared(20, per=60) for _ in range(4)]
    taken: list[float] = []
    lock = threading.Lock()

    def ask(limiter: SharedRateLimiter) -> None:
        for _ in range(25):
            answer = limiter.acquire(request())
            with lock:
                taken.append(answer)

    threads = [threading.Thread(target=ask, args=(limiters[i % 4],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert taken.count(0) == 20 and len(taken) == 200


def run(kind: str, url: str, operation: Callable[[], Any], runtime: Runtime) -> Any:
    if kind == "sync":
        with SyncAPIClient(base_url=url, runtime=runtime) as client:
            return client.run(operation())

    async def main() -> Any:
        async with AsyncAPIClient(base_url=url, runtime=runtime) as client:
            return await client.run(operation())

    return asyncio.run(main())


def json_body(response: httpx.Response) -> Any:
    return response.json()


@KINDS
def test_a_shared_limiter_wait_past_the_deadline_is_a_timeout_error(
    kind: str, shared: Callable[..., SharedRateLimiter]
) -> None:
    """1 request a minute, deadline 1 s: the second call is the typed timeout error at once, and is never sent."""
    runtime = Runtime(limiter=shared(1, per=60, scope_of=lambda request: "all"), deadline=1)

    def flow() -> Any:
        yield Call("GET", "/a", parse=json_body)
        yield Call("GET", "/b", parse=json_body)

    with FlakyServer(lambda request: Reply(200, {})) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="rate limiter"):
            run(kind, server.url, flow, runtime)
        assert server.paths() == ["/a"]
    assert time.monotonic() - started < 1


@KINDS
def test_a_429_pauses_every_instance_on_the_store(kind: str, shared: Callable[..., SharedRateLimiter]) -> None:
    """A 429 with Retry-After 1 met through one limiter: another instance on the same Redis waits it out."""
    first, second = shared(100), shared(100)
    runtime = Runtime(limiter=first, retry=RetryPolicy(max_retries=1))
    answers = iter([Reply(429, {}, {"Retry-After": "1"})])

    with FlakyServer(lambda request: next(answers, Reply(200, {}))) as server:
        operation = lambda: Call("GET", "/x", parse=json_body)  # noqa: E731
        caller = threading.Thread(target=run, args=(kind, server.url, operation, runtime))
        caller.start()
        deadline = time.monotonic() + 10
        while (wait := second.acquire(request("/x"))) == 0:  # until the flow has met the 429 and paused
            assert time.monotonic() < deadline, "no pause within 10 s"
            time.sleep(0.01)
        caller.join(10)
        assert server.paths() == ["/x", "/x"]
    assert 0.5 < wait <= 1.0, wait


# -- the store's URL and the extra -----------------------------------------------------------------


def test_the_store_password_is_never_shown(redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """Not in repr, the `store` attribute, a refused URL's message, the error of an unreachable store, or logs."""
    port = redis_url.rsplit(":", 1)[1].split("/")[0]
    limiter = SharedRateLimiter(10, store=f"redis://:{PASSWORD}@127.0.0.1:{port}/0")
    assert PASSWORD not in repr(limiter) and PASSWORD not in limiter.store and ":***@" in limiter.store
    with pytest.raises(ValueError) as refused:
        SharedRateLimiter(10, store=f"memory://user:{PASSWORD}@host")
    assert PASSWORD not in str(refused.value) and "RateLimiter" in str(refused.value)
    unreachable = SharedRateLimiter(10, store=f"redis://:{PASSWORD}@127.0.0.1:1/0")
    runtime = Runtime(limiter=unreachable)
    with FlakyServer(lambda request: Reply(200, {})) as server, caplog.at_level(logging.DEBUG):
        with pytest.raises(Exception) as failed:
            run("sync", server.url, lambda: Call("GET", "/x", parse=json_body), runtime)
        assert server.paths() == []  # not sent unlimited
    assert "redis" in type(failed.value).__module__
    assert PASSWORD not in str(failed.value) and PASSWORD not in repr(failed.value)
    assert PASSWORD not in caplog.text
    unreachable.close()
    limiter.close()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"),
        (f"redis://:{PASSWORD}@cache:6379/0", "redis://:***@cache:6379/0"),
        (f"rediss://default:{PASSWORD}@cache:6380", "rediss://default:***@cache:6380"),
        (f"redis://{PASSWORD}@cache", "redis://***@cache"),
        (f"unix:///run/redis.sock?db=1&password={PASSWORD}", "unix:///run/redis.sock?db=1&password=***"),
    ],
)
def test_redacted_url(url: str, shown: str) -> None:
    """Passwords go, in the user info or the query; user name, host, port and database stay."""
    assert redacted_url(url) == shown


def test_a_missing_redis_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without `redis` installed, building a shared limiter says which extra to install."""
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(ImportError, match=r"pip install 'overlay-clients\[redis\]'"):
        SharedRateLimiter(10, store="redis://127.0.0.1:6379/0")


def test_store_must_be_redis() -> None:
    """memory:// would share nothing: the message points to `RateLimiter` for one process."""
    with pytest.raises(ValueError, match="RateLimiter"):
        SharedRateLimiter(10, store="memory://")
    with pytest.raises(ValueError, match="whole number"):
        SharedRateLimiter(2.5, store="redis://127.0.0.1:6379/0")  # type: ignore[arg-type]
