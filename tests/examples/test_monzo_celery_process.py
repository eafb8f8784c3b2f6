"""examples/monzo_celery as the README runs it: `celery -A tasks worker` in its own process, with celeryconfig's
default broker and result backend (files under CELERY_DATA_DIR), and `.delay()` from another process."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from monzoh.testing import MonzoSandbox
from tests.examples._support import EXAMPLES, Child, child, child_env

CELERY_DIR = EXAMPLES / "monzo_celery"
SUCCEEDED = re.compile(r"Task tasks\.sync_account_data\[[0-9a-f-]+\] succeeded in [0-9.e-]+s: (\{.*\})")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=0) as monzo:
        yield monzo


def test_worker_process_with_the_default_config(sandbox: MonzoSandbox, tmp_path: Path) -> None:
    env = child_env(
        tmp_path,
        MONZO_ACCESS_TOKEN=sandbox.access_token,
        MONZO_BASE_URL=sandbox.url,
        CELERY_DATA_DIR=str(tmp_path / "celery"),
    )
    args = ["celery", "-A", "tasks", "worker", "--pool=solo", "--loglevel=info"]
    with child(args, cwd=CELERY_DIR, env=env, log_path=tmp_path / "worker.log") as worker:
        worker.wait_for(r"celery@\S+ ready")
        # celeryconfig's defaults: the filesystem broker and file results, through atomic_files.py
        assert re.search(r"\.> transport: +atomic_files:Transport://", worker.log)
        assert re.search(r"\.> results: +file://", worker.log)
        # The README's one-liner, in a process of its own.
        caller = subprocess.run(
            [sys.executable, "-c", "import tasks; print(tasks.sync_all_accounts.delay().get(timeout=20))"],
            cwd=CELERY_DIR, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert caller.returncode == 0, caller.stderr
        assert caller.stdout.strip() == "Queued sync for 3 accounts"
        synced = wait_for_syncs(worker, 3)
    assert worker.process.returncode == 0 and "Warm shutdown" in worker.log
    assert sorted(s["account_id"] for s in synced) == sorted(a["id"] for a in sandbox.state.accounts())
    for sync in synced:
        assert sync["balance"] == sandbox.state.balance(sync["account_id"])["balance"] / 100
    assert {r.path for r in sandbox.requests} == {"/accounts", "/balance", "/transactions"}


def wait_for_syncs(worker: Child, count: int, timeout: float = 20) -> list[dict[str, object]]:
    deadline = time.monotonic() + timeout
    while len(found := SUCCEEDED.findall(worker.log)) < count:
        assert time.monotonic() < deadline, f"{len(found)} of {count} syncs done:\n{worker.log}"
        time.sleep(0.05)
    return [ast.literal_eval(text) for text in found]
