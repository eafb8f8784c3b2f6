"""examples/monzo_celery with prefork workers of `--concurrency 4` sharing one token store whose access token
has expired: many `sync_account_data` tasks at once, one refresh.

Each task's `MonzoClient()` finds the tokens through MONZOH_TOKEN_STORE (no MONZO_ACCESS_TOKEN), sees
them expired and renews them with MONZO_CLIENT_ID / MONZO_CLIENT_SECRET. Monzo's refresh tokens are
single-use (the sandbox enforces it: a second refresh with the same one is 401), so the processes
must renew once between them: the first takes the store's lock and renews, the others wait for it
and adopt the new tokens. Two set-ups:

- `file`: one worker (four processes) with celeryconfig's default filesystem broker and the token
  cache file at MONZOH_TOKEN_STORE: one machine;
- `redis`: two workers (eight processes) with a Redis broker and MONZOH_TOKEN_STORE=redis://...:
  as if on two machines.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monzoh import RedisTokenStore, TokenCache
from monzoh._token_cache import StoredToken
from monzoh.testing import MonzoSandbox
from tests.examples._support import EXAMPLES, child, child_env

CELERY_DIR = EXAMPLES / "monzo_celery"
SYNCS = 48  # 16 per account
SUCCEEDED_IN = re.compile(r"(ForkPoolWorker-\d+)\] Task tasks\.sync_account_data\[[0-9a-f-]+\] succeeded")
SEND = f"""
import json, celery, tasks
accounts = json.loads(input())
syncs = celery.group(tasks.sync_account_data.s(account) for account in accounts * {SYNCS // 3})
print(json.dumps(syncs.delay().get(timeout=40)))
"""


@pytest.fixture
def sandbox() -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=0) as monzo:
        yield monzo


@pytest.mark.parametrize("store", ["file", "redis"])
def test_prefork_workers_refresh_an_expired_token_once(
    sandbox: MonzoSandbox, store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    expired = StoredToken(
        sandbox.access_token,
        sandbox.refresh_token,
        (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
        sandbox.user_id,
        sandbox.client_id,
    )
    settings = {"MONZO_BASE_URL": sandbox.url, "MONZO_CLIENT_ID": sandbox.client_id,
                "MONZO_CLIENT_SECRET": sandbox.client_secret}  # fmt: skip
    if store == "file":
        tokens: TokenCache | RedisTokenStore = TokenCache(tmp_path / "shared-tokens.json")
        settings |= {"MONZOH_TOKEN_STORE": str(tmp_path / "shared-tokens.json"), "CELERY_DATA_DIR": str(tmp_path)}
        workers = 1
    else:
        redis_url = request.getfixturevalue("redis_url")
        tokens = RedisTokenStore(redis_url)
        settings |= {
            "MONZOH_TOKEN_STORE": redis_url,
            "CELERY_BROKER_URL": redis_url,
            "CELERY_RESULT_BACKEND": redis_url,
        }
        workers = 2
    tokens.save(expired)
    env = child_env(tmp_path, **settings)
    # Every process finds the token expired before the first renewal is answered.
    sandbox.faults.latency(0.5, path="/oauth2/token")

    with ExitStack() as stack:
        running = []
        for i in range(workers):
            args = ["celery", "-A", "tasks", "worker", "--concurrency=4", "--loglevel=info", f"--hostname=w{i}@%h",
                    "--without-mingle", "--without-gossip"]  # fmt: skip
            running.append(stack.enter_context(child(args, cwd=CELERY_DIR, env=env, log_path=tmp_path / f"w{i}.log")))
        for worker in running:
            worker.wait_for(r"w\d@\S+ ready")
        accounts = [a["id"] for a in sandbox.state.accounts()]
        caller = subprocess.run(
            [sys.executable, "-c", SEND], input=json.dumps(accounts), cwd=CELERY_DIR, env=env,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert caller.returncode == 0, caller.stderr + "".join(worker.log for worker in running)
        for worker in running:
            worker.process.terminate()  # all at once
    synced = json.loads(caller.stdout)

    assert len(synced) == SYNCS and sorted({s["account_id"] for s in synced}) == sorted(accounts)
    for sync in synced:
        assert sync["balance"] == sandbox.state.balance(sync["account_id"])["balance"] / 100
    assert sandbox.requests.count(method="POST", path="/oauth2/token") == 1
    assert sandbox.requests.count(status=401) == 0  # no request went out with the expired token
    for worker in running:  # every pool process of every worker synced accounts
        assert len(set(SUCCEEDED_IN.findall(worker.log))) == 4, worker.log
    stored = tokens.load()
    assert stored is not None and not stored.expired()
    assert (stored.access_token, stored.refresh_token) == (sandbox.access_token, sandbox.refresh_token)
