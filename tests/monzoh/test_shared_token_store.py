"""Processes sharing one token store refresh once per expiry, against the Monzo sandbox's real rules.

Each worker is a real process (tests/monzoh/_shared_store_worker.py) with its own `MonzoClient`,
talking to the sandbox over a socket on 127.0.0.1; they share a cache file (a file lock) or a
real redis-server (a Redis lock). The sandbox's refresh tokens work once and a refresh evicts the
previous access token, so a second refresh, or a process left with an old token, shows up as a
failed call or as a second POST /oauth2/token. All workers start calling at one `go`, once every
one of them has loaded the expired token.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis

from monzoh import RedisTokenStore, TokenCache, TokenStore
from monzoh._token_cache import StoredToken
from monzoh.testing import MonzoSandbox

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 4
CALLS = 25
ROUNDS = 2  # races: one lucky round proves little
WAIT = 15.0  # seconds any one event may take, far above what it does take


@pytest.fixture
def monzo(monkeypatch: pytest.MonkeyPatch) -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=5) as sandbox:
        monkeypatch.setenv("MONZO_CLIENT_ID", sandbox.client_id)
        monkeypatch.setenv("MONZO_CLIENT_SECRET", sandbox.client_secret)
        monkeypatch.setenv("MONZO_BASE_URL", sandbox.url)
        sandbox.faults.latency((0.0, 0.005), path="/accounts")  # calls in flight while the token changes
        yield sandbox


def expired_tokens(monzo: MonzoSandbox, *, server_expired: bool = False) -> StoredToken:
    """The sandbox's live refresh token with an access token that has expired: by the store's own
    reckoning (renewed before the first request), or only by Monzo's (401 `...expired`)."""
    if server_expired:
        token = monzo.tokens.issue(monzo.client_id, expires_in=0)
        access, refresh, expires_at = token.value, token.refresh_token, datetime.now(UTC) + timedelta(hours=1)
    else:
        access, refresh, expires_at = monzo.access_token, monzo.refresh_token, datetime.now(UTC) - timedelta(hours=1)
    return StoredToken(access, refresh, expires_at.isoformat(), monzo.user_id, monzo.client_id)


class Worker:
    """A worker process, and the events it prints (see _shared_store_worker.py)."""

    def __init__(self, env: Mapping[str, str], tmp: Path, **config: Any) -> None:
        self.stderr = tmp / f"worker-{id(self)}.err"
        with self.stderr.open("w") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.monzoh._shared_store_worker", json.dumps(config)],
                cwd=ROOT,
                env=dict(env),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
        self.events: queue.Queue[str | None] = queue.Queue()
        self.result: dict[str, Any] | None = None
        self.finished: float | None = None  # time.monotonic() when its results came
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.events.put(line.strip())
        self.events.put(None)

    def expect(self, event: str) -> None:
        """Wait for `event`; the results line, if it comes first, is kept."""
        while True:
            try:
                line = self.events.get(timeout=WAIT)
            except queue.Empty:
                raise AssertionError(f"no {event!r} from the worker within {WAIT}s") from None
            if line is None:
                self.process.wait(5)
                raise AssertionError(f"the worker ended before {event!r}:\n{self.stderr.read_text()[-3000:]}")
            if line.startswith("{"):
                self.result, self.finished = json.loads(line), time.monotonic()
            if line == event or (event == "results" and self.result is not None):
                return

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def failures(self) -> list[str]:
        if self.result is None:
            self.expect("results")
        assert self.result is not None
        self.process.wait(WAIT)
        return list(self.result["failures"])

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(WAIT)


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[list[Worker]]:
    """The workers a test starts; any still running at the end are killed (by their pids)."""
    started: list[Worker] = []
    yield started
    for worker in started:
        worker.kill()


def start(workers: list[Worker], count: int, env: Mapping[str, str], tmp: Path, **config: Any) -> list[Worker]:
    """`count` workers, each with its client built; none has sent anything yet."""
    new = [Worker(env, tmp, **config) for _ in range(count)]
    workers.extend(new)
    for worker in new:
        worker.expect("ready")
    return new


def run_together(group: list[Worker]) -> list[str]:
    """`go` to every worker at once; their failures, once all are done."""
    for worker in group:
        worker.go()
    return [failure for worker in group for failure in worker.failures()]


def token_posts(monzo: MonzoSandbox) -> list[Any]:
    return [r for r in monzo.requests.records if r.method == "POST" and r.path == "/oauth2/token"]


def live_tokens(monzo: MonzoSandbox) -> tuple[str, str]:
    """The tokens the sandbox issued last (the only live ones)."""
    return monzo.access_token, monzo.refresh_token


def stored_tokens(store: TokenStore) -> tuple[str | None, str | None]:
    stored = store.load()
    assert stored is not None
    return stored.access_token, stored.refresh_token


@pytest.mark.parametrize("server_expired", [False, True], ids=["cache-says-expired", "monzo-says-expired"])
def test_four_processes_sharing_a_cache_file_refresh_once(
    monzo: MonzoSandbox, isolated_monzo_env: Path, tmp_path: Path, workers: list[Worker], server_expired: bool
) -> None:
    """4 processes x 25 calls sharing one cache file whose token expired: one refresh, no call fails,
    and the file ends with the tokens the sandbox issued last.

    When only Monzo knows the token expired, every process's first call goes out with it and is
    refused: `...expired` (the processes renew: one refreshes, the others adopt its tokens), or, for
    the two calls held up 0.5 s at the sandbox, `...evicted` by that refresh (they find the new
    tokens in the file and replay)."""
    cache = TokenCache(isolated_monzo_env)
    for _ in range(ROUNDS):
        cache.save(expired_tokens(monzo, server_expired=server_expired))
        if server_expired:
            monzo.faults.latency(0.5, times=2, path="/accounts")
        before, refused_before = len(token_posts(monzo)), monzo.requests.count(status=401)
        group = start(workers, PROCESSES, os.environ, tmp_path, calls=CALLS)
        failures = run_together(group)
        assert failures == []
        assert len(token_posts(monzo)) - before == 1, "the processes should share one refresh"
        assert stored_tokens(cache) == live_tokens(monzo)
        assert monzo.requests.count(status=401) - refused_before == (PROCESSES if server_expired else 0)
    assert monzo.requests.count("GET", "/accounts", status=200) == ROUNDS * PROCESSES * CALLS


def test_two_machines_sharing_a_redis_store_refresh_once(
    monzo: MonzoSandbox, redis_url: str, tmp_path: Path, workers: list[Worker]
) -> None:
    """2 "machines" (each its own cache folder) x 2 processes x 25 calls, MONZOH_TOKEN_STORE pointing all
    of them at one Redis: one refresh, no call fails, Redis ends with the live tokens, no file written."""
    store = RedisTokenStore(redis_url)
    machines = [tmp_path / "machine-a" / "tokens.json", tmp_path / "machine-b" / "tokens.json"]
    for _ in range(ROUNDS):
        store.save(expired_tokens(monzo))
        before = len(token_posts(monzo))
        group = []
        for cache in machines:
            env = {**os.environ, "MONZOH_TOKEN_CACHE": str(cache), "MONZOH_TOKEN_STORE": redis_url}
            group += start(workers, PROCESSES // 2, env, tmp_path, calls=CALLS)
        failures = run_together(group)
        assert failures == []
        assert len(token_posts(monzo)) - before == 1, "the machines should share one refresh"
        assert stored_tokens(store) == live_tokens(monzo)
    assert not any(cache.parent.exists() for cache in machines)


@pytest.mark.parametrize("kind", ["file", "redis"])
def test_a_holder_killed_mid_refresh_frees_the_others(
    monzo: MonzoSandbox, isolated_monzo_env: Path, redis_url: str, tmp_path: Path, workers: list[Worker], kind: str
) -> None:
    """A process holding the renewal lock is SIGKILLed before its refresh goes out, while 3 others wait
    for the lock. A file lock dies with its holder: they go on at once. A Redis lock expires after its
    time-out (2 s here): they go on then. Either way: one refresh, and every call succeeds."""
    lock_timeout = 2.0 if kind == "redis" else 5.0  # the file lock's: only reached if the kill did not free it
    env = {**os.environ, "MONZOH_TOKEN_STORE": redis_url} if kind == "redis" else dict(os.environ)
    store: TokenStore = RedisTokenStore(redis_url) if kind == "redis" else TokenCache(isolated_monzo_env)
    store.save(expired_tokens(monzo))

    holder = start(workers, 1, env, tmp_path, calls=1, hold=True, lock_timeout=lock_timeout)[0]
    others = start(workers, 3, env, tmp_path, calls=5, lock_timeout=lock_timeout)
    holder.go()
    holder.expect("holding")
    held_from = time.monotonic()
    for worker in others:
        worker.go()
        worker.expect("waiting")
    killed_at = time.monotonic()
    holder.kill()

    failures = [failure for worker in others for failure in worker.failures()]
    done = max(worker.finished or 0.0 for worker in others)
    assert failures == []
    posts = token_posts(monzo)
    assert [post.status for post in posts] == [200], "one refresh, by a survivor"
    assert stored_tokens(store) == live_tokens(monzo)
    if kind == "file":
        assert posts[0].started >= killed_at, "the lock was free before its holder died"
        assert done - killed_at < 2.0, f"the survivors took {done - killed_at:.2f}s after the kill"
    else:
        assert posts[0].started >= held_from + lock_timeout - 0.2, "the lock did not hold until it expired"
        assert done - held_from < lock_timeout + 2.0, f"the survivors took {done - held_from:.2f}s"
    print(f"{kind}: survivors done {done - killed_at:.2f}s after the kill, {done - held_from:.2f}s after the hold")


def test_the_redis_store_holds_the_tokens_as_json_under_its_key(redis_url: str, monzo: MonzoSandbox) -> None:
    """What other tools see in Redis: one JSON value at `monzoh:tokens` (the cache file's format)."""
    RedisTokenStore(redis_url).save(expired_tokens(monzo))
    with redis.Redis.from_url(redis_url) as connection:
        raw = connection.get("monzoh:tokens")
    assert json.loads(raw)["refresh_token"] == monzo.refresh_token
