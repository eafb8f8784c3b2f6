"""One process of tests/monzoh/test_shared_token_store.py: a `MonzoClient` making calls, its token in a shared store.

    python -m tests.monzoh._shared_store_worker '{"calls": 25}'

Environment: MONZO_BASE_URL, MONZO_CLIENT_ID, MONZO_CLIENT_SECRET, and MONZOH_TOKEN_CACHE or
MONZOH_TOKEN_STORE. Configuration (argv[1], JSON): `calls` (default 25); `lock_timeout` (build the
store from the environment with it, instead of letting the client pick it); `hold` (take the
renewal lock, then hang instead of sending the refresh: a holder to kill).

Lines on stdout, one event each, for the test to wait on:
    ready       the client is built (its token read from the store); now waits for `go` on stdin
    waiting     a renewal found the lock held by another process (once per wait)
    holding     (`hold`) holds the renewal lock and hangs
    {...}       the results, last: {"failures": [...], "calls": n}
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Generator
from typing import Any

import monzoh._auth
from monzoh import MonzoClient, RedisTokenStore, TokenCache, TokenStore
from monzoh._token_cache import RenewalLock


def say(line: str) -> None:
    print(line, flush=True)


def announce_waits() -> None:
    """Say `waiting` when a renewal has to wait for the lock (the real `hold_lock` then waits)."""
    hold_lock = monzoh._auth.hold_lock

    def announcing(lock: RenewalLock) -> Generator[Any, Any, None]:
        if not lock.acquire():
            say("waiting")
            yield from hold_lock(lock)

    monzoh._auth.hold_lock = announcing


def hang_instead_of_refreshing() -> None:
    def hang(self: Any, runtime: Any, current: Any) -> Generator[Any, Any, Any]:
        say("holding")
        time.sleep(600)  # until killed
        yield

    monzoh._auth.CachedTokenAuth._refresh_grant = hang  # type: ignore[method-assign]


def store_with(lock_timeout: float) -> TokenStore:
    url = os.environ.get("MONZOH_TOKEN_STORE", "")
    if url.startswith("redis://"):
        return RedisTokenStore(url, lock_timeout=lock_timeout)
    return TokenCache(lock_timeout=lock_timeout)


def main() -> int:
    config = json.loads(sys.argv[1])
    announce_waits()
    if config.get("hold"):
        hang_instead_of_refreshing()
    lock_timeout = config.get("lock_timeout")
    calls = config.get("calls", 25)
    failures = []
    with MonzoClient(token_store=None if lock_timeout is None else store_with(lock_timeout)) as client:
        say("ready")
        if sys.stdin.readline().strip() != "go":
            return 2
        for _ in range(calls):
            try:
                client.accounts.list()
            except Exception as exc:  # counted and reported, not raised
                failures.append(f"{type(exc).__name__}: {exc}"[:300])
    say(json.dumps({"failures": failures, "calls": calls}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
