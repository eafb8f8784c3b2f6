"""One token refresh shared by concurrent requests, against the Monzo sandbox's real rules.

The sandbox enforces single-use refresh tokens and evicts the previous access token as soon as a
new one is issued, so a request sent with the old token and answered after the refresh gets
401 `...evicted`, and a second refresh with the same refresh token gets 401 `bad_refresh_token`.
Every scenario runs ROUNDS times: these are races, one lucky round proves nothing.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monzoh import AsyncMonzoClient, MonzoClient, MonzoServerError
from monzoh._token_cache import StoredToken, TokenCache
from monzoh.testing import MonzoSandbox

ROUNDS = 20
THREADS = 16
CALLS = 3  # per thread or task: 48 calls a round


@pytest.fixture
def monzo(monkeypatch: pytest.MonkeyPatch) -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=3) as sandbox:
        monkeypatch.setenv("MONZO_CLIENT_ID", sandbox.client_id)
        monkeypatch.setenv("MONZO_CLIENT_SECRET", sandbox.client_secret)
        yield sandbox


def cache_tokens(monzo: MonzoSandbox, path: Path, *, server_expired: bool) -> None:
    """A `monzoh login` cache for a fresh sandbox token.

    `server_expired`: Monzo already considers the token expired while the cache says it has an hour
    left (clock skew, a token revoked early), so requests go out and come back 401 `...expired`.
    Otherwise the cache knows the token expired and the client renews before sending.
    """
    if server_expired:
        token = monzo.tokens.issue(monzo.client_id, expires_in=0)
        access, refresh, expires_at = token.value, token.refresh_token, datetime.now(UTC) + timedelta(hours=1)
    else:
        access, refresh, expires_at = monzo.access_token, monzo.refresh_token, datetime.now(UTC) - timedelta(hours=1)
    path.unlink(missing_ok=True)
    TokenCache(path).save(StoredToken(access, refresh, expires_at.isoformat(), monzo.user_id, monzo.client_id))


def token_requests(monzo: MonzoSandbox) -> int:
    return monzo.requests.paths().count("/oauth2/token")


def assert_cache_holds_the_live_tokens(monzo: MonzoSandbox, path: Path) -> None:
    cached = json.loads(path.read_text())
    assert cached["access_token"] == monzo.access_token and cached["refresh_token"] == monzo.refresh_token


def threaded_round(client: MonzoClient, *, stagger: float = 0.0) -> list[str]:
    failures: list[str] = []
    start = threading.Barrier(THREADS)

    def work(index: int) -> None:
        start.wait()
        time.sleep(stagger * index)
        for _ in range(CALLS):
            try:
                client.whoami()
            except Exception as exc:  # counted, not raised: the test reports how many
                failures.append(f"{type(exc).__name__}: {exc}"[:120])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck waiting for a refresh"
    return failures


async def tasks_round(client: AsyncMonzoClient) -> list[str]:
    async def work() -> list[str]:
        failures = []
        for _ in range(CALLS):
            try:
                await client.whoami()
            except Exception as exc:
                failures.append(f"{type(exc).__name__}: {exc}"[:120])
        return failures

    results = await asyncio.wait_for(asyncio.gather(*(work() for _ in range(THREADS))), 10)
    return [failure for failures in results for failure in failures]


def summary(per_round: list[list[str]]) -> str:
    counts = [len(f) for f in per_round]
    first = next((f[0] for f in per_round if f), "")
    return f"failures per round {counts}; first: {first}"


@pytest.mark.parametrize("server_expired", [True, False], ids=["monzo-says-expired", "cache-says-expired"])
def test_threads_sharing_a_client_all_succeed_with_one_refresh(
    monzo: MonzoSandbox, isolated_monzo_env: Path, server_expired: bool
) -> None:
    """16 threads x 3 calls on one client whose token expired: one refresh, no call fails.

    The requests are slowed a little (0-20 ms) so that many are in flight, sent with the old token,
    when the refresh evicts it; each must be replayed once with the new one."""
    monzo.faults.latency((0.0, 0.02), path="/ping/whoami")
    per_round = []
    for _ in range(ROUNDS):
        cache_tokens(monzo, isolated_monzo_env, server_expired=server_expired)
        before = token_requests(monzo)
        with MonzoClient(base_url=monzo.url) as client:
            per_round.append(threaded_round(client, stagger=0.0 if server_expired else 0.002))
        assert token_requests(monzo) - before == 1, "the threads should share one refresh"
        assert_cache_holds_the_live_tokens(monzo, isolated_monzo_env)
    assert not any(per_round), summary(per_round)


def test_threads_arriving_while_the_renewed_token_is_written_use_the_new_token(
    monzo: MonzoSandbox, isolated_monzo_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow disk: requests that start while the renewed tokens are being written must already carry
    the new access token (the old one is evicted the moment Monzo issued the new one)."""
    save = TokenCache.save

    def slow_save(cache: TokenCache, token: StoredToken) -> None:
        time.sleep(0.05)
        save(cache, token)

    monkeypatch.setattr(TokenCache, "save", slow_save)
    per_round = []
    for _ in range(ROUNDS // 2):
        cache_tokens(monzo, isolated_monzo_env, server_expired=False)
        with MonzoClient(base_url=monzo.url) as client:
            per_round.append(threaded_round(client, stagger=0.004))
        assert_cache_holds_the_live_tokens(monzo, isolated_monzo_env)
    assert not any(per_round), summary(per_round)


def test_tasks_sharing_a_client_all_succeed_with_one_refresh(monzo: MonzoSandbox, isolated_monzo_env: Path) -> None:
    """16 tasks x 3 calls (asyncio.gather on one client), Monzo saying the token expired: one refresh, no failure."""
    monzo.faults.latency((0.0, 0.02), path="/ping/whoami")
    per_round = []

    async def one_round() -> list[str]:
        async with AsyncMonzoClient(base_url=monzo.url) as client:
            return await tasks_round(client)

    for _ in range(ROUNDS):
        cache_tokens(monzo, isolated_monzo_env, server_expired=True)
        before = token_requests(monzo)
        per_round.append(asyncio.run(one_round()))
        assert token_requests(monzo) - before == 1, "the tasks should share one refresh"
        assert_cache_holds_the_live_tokens(monzo, isolated_monzo_env)
    assert not any(per_round), summary(per_round)


async def _wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.002)


def cancel_the_leader_round(monzo: MonzoSandbox, leader_is_waiting: Callable[[], bool]) -> list[str]:
    """Start one task (it leads the refresh), wait for `leader_is_waiting`, start 15 more (they queue
    behind the refresh), cancel the leader; the 15 x 3 calls must succeed, and the client go on working."""

    async def one_round() -> list[str]:
        async with AsyncMonzoClient(base_url=monzo.url) as client:
            leader = asyncio.ensure_future(client.whoami())
            await _wait_until(leader_is_waiting)
            waiters = asyncio.ensure_future(tasks_round(client))
            await asyncio.sleep(0.05)
            leader.cancel()
            failures = await waiters
            with pytest.raises(asyncio.CancelledError):
                await leader
            assert (await asyncio.wait_for(client.whoami(), 10)).user_id == monzo.user_id
            return failures

    return asyncio.run(one_round())


@pytest.mark.parametrize("server_expired", [True, False], ids=["monzo-says-expired", "cache-says-expired"])
def test_cancelling_the_task_that_leads_the_refresh_while_monzo_answers_it(
    monzo: MonzoSandbox, isolated_monzo_env: Path, server_expired: bool
) -> None:
    """The leader is cancelled while its token request is at Monzo. That request rotates the refresh
    token whatever happens to the caller, so its answer must still be taken in (the only copy of the
    new tokens): the waiters go on with them, and the cache holds them."""
    monzo.faults.latency(0.2, path="/oauth2/token")
    per_round = []
    for _ in range(ROUNDS // 4):
        cache_tokens(monzo, isolated_monzo_env, server_expired=server_expired)
        before = token_requests(monzo)
        per_round.append(cancel_the_leader_round(monzo, lambda before=before: token_requests(monzo) > before))
        assert token_requests(monzo) - before == 1
        assert_cache_holds_the_live_tokens(monzo, isolated_monzo_env)
    assert not any(per_round), summary(per_round)


def test_cancelling_the_leader_before_its_token_request_is_sent_lets_a_waiter_take_over(
    monzo: MonzoSandbox, isolated_monzo_env: Path
) -> None:
    """The leader is cancelled while it waits out a 429 from the token endpoint (nothing was
    exchanged yet): one of the waiting tasks takes over the refresh, and every call succeeds."""
    per_round = []
    for _ in range(ROUNDS // 4):
        monzo.requests.clear()
        cache_tokens(monzo, isolated_monzo_env, server_expired=False)
        monzo.faults.rate_limit_burst(1, retry_after=2, path="/oauth2/token")
        started = time.monotonic()
        per_round.append(cancel_the_leader_round(monzo, lambda: monzo.requests.count(status=429) > 0))
        assert time.monotonic() - started < 1.5, "a waiter should not sit out the cancelled leader's Retry-After"
        assert token_requests(monzo) == 2  # the refused one, then the waiter's
        assert_cache_holds_the_live_tokens(monzo, isolated_monzo_env)
    assert not any(per_round), summary(per_round)


def threads_once(client: MonzoClient) -> list[BaseException | None]:
    """One call from each of 16 threads started together: each call's error, or None."""
    outcomes: list[BaseException | None] = []
    start = threading.Barrier(THREADS)

    def work() -> None:
        start.wait()
        try:
            client.whoami()
            outcomes.append(None)
        except Exception as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcomes


def tasks_once(monzo: MonzoSandbox) -> list[BaseException | None]:
    """One call from each of 16 tasks gathered on one client, then one more call that must succeed."""

    async def main() -> list[BaseException | None]:
        async with AsyncMonzoClient(base_url=monzo.url) as client:
            calls = asyncio.gather(*(client.whoami() for _ in range(THREADS)), return_exceptions=True)
            results = await asyncio.wait_for(calls, 30)
            assert (await client.whoami()).user_id == monzo.user_id
            return [r if isinstance(r, BaseException) else None for r in results]

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["threads", "tasks"])
def test_a_failed_refresh_fails_its_waiters_and_the_next_call_tries_again(
    monzo: MonzoSandbox, isolated_monzo_env: Path, kind: str
) -> None:
    """The token endpoint fails once (500): the leader and every request waiting for that refresh
    get the failure (rather than hanging, or each firing a refresh of its own); the next call renews."""
    for _ in range(ROUNDS // 4):
        cache_tokens(monzo, isolated_monzo_env, server_expired=False)
        monzo.faults.latency(0.1, path="/oauth2/token", times=1)
        monzo.faults.server_errors(times=1, path="/oauth2/token")
        before = token_requests(monzo)
        if kind == "threads":
            with MonzoClient(base_url=monzo.url) as client:
                outcomes = threads_once(client)
                assert client.whoami().user_id == monzo.user_id
        else:
            outcomes = tasks_once(monzo)
        assert len(outcomes) == THREADS
        assert all(isinstance(e, MonzoServerError) for e in outcomes), [type(e).__name__ for e in outcomes]
        assert token_requests(monzo) - before == 2  # the failed refresh, then the next call's
        assert_cache_holds_the_live_tokens(monzo, isolated_monzo_env)


def test_under_trio_too_a_cancelled_leaders_token_exchange_is_taken_in(
    monzo: MonzoSandbox, isolated_monzo_env: Path
) -> None:
    """The same under trio: its cancel scope stops the leader while its token request is at Monzo."""
    trio = pytest.importorskip("trio")
    monzo.faults.latency(0.2, path="/oauth2/token")

    async def one_round() -> list[str]:
        async with AsyncMonzoClient(base_url=monzo.url) as client:
            failures: list[str] = []

            async def waiter() -> None:
                await trio.sleep(0.05)  # queued behind the refresh
                for _ in range(CALLS):
                    try:
                        await client.whoami()
                    except Exception as exc:
                        failures.append(f"{type(exc).__name__}: {exc}"[:120])

            async with trio.open_nursery() as nursery:
                for _ in range(THREADS - 1):
                    nursery.start_soon(waiter)
                with trio.move_on_after(0.1) as scope:
                    await client.whoami()  # leads the refresh; cancelled while Monzo answers
                assert scope.cancelled_caught
            return failures

    per_round = []
    for _ in range(ROUNDS // 4):
        cache_tokens(monzo, isolated_monzo_env, server_expired=False)
        before = token_requests(monzo)
        per_round.append(trio.run(one_round))
        assert token_requests(monzo) - before == 1
        assert_cache_holds_the_live_tokens(monzo, isolated_monzo_env)
    assert not any(per_round), summary(per_round)
