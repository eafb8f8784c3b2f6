"""examples/monzo_celery through a real Celery worker (in a thread, in-memory broker) against the Monzo sandbox.

The tasks module is imported as the worker imports it (`tasks`, next to `celeryconfig`), so task
names are the ones the beat schedule uses. CELERY_BROKER_URL=memory:// and
CELERY_RESULT_BACKEND=cache+memory:// are what celeryconfig reads; they work here because the
worker runs in this process. Retries use `tasks.RETRY_BASE_DELAY` (SYNC_RETRY_BASE_DELAY) = 0.05 s
instead of the seed's 60 s, so a failing sync retries in milliseconds.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import pytest
from celery.contrib.testing.worker import start_worker
from celery.exceptions import MaxRetriesExceededError
from celery.schedules import crontab
from celery.signals import after_task_publish, task_retry
from celery.worker import state as worker_state

from monzoh import MonzoError, MonzoRateLimitError
from monzoh.testing import MonzoSandbox
from tests.examples._support import EXAMPLES

CELERY_DIR = EXAMPLES / "monzo_celery"
TIMEOUT = 10
WAIT: dict[str, Any] = {"timeout": TIMEOUT, "interval": 0.01}  # poll the result backend every 10 ms


@pytest.fixture(scope="module")
def sandbox() -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=0, sca_window=True) as monzo:
        yield monzo


@pytest.fixture(scope="module")
def tasks() -> Iterator[ModuleType]:
    """`import tasks` from examples/monzo_celery, configured for an in-process broker and backend."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CELERY_BROKER_URL", "memory://")
        mp.setenv("CELERY_RESULT_BACKEND", "cache+memory://")
        mp.syspath_prepend(str(CELERY_DIR))
        for name in ("tasks", "celeryconfig"):
            mp.delitem(sys.modules, name, raising=False)
        module = importlib.import_module("tasks")

        assert module.celery_app.conf.broker_url == "memory://"  # celeryconfig is read now, with this env
        module.celery_app.conf.broker_transport_options = {"polling_interval": 0.01}  # kombu's default: 1 s
        yield module
        for name in ("tasks", "celeryconfig"):
            sys.modules.pop(name, None)


@pytest.fixture(scope="module")
def worker(tasks: ModuleType) -> Iterator[Any]:
    import celery.contrib.testing.tasks  # noqa: F401  (registers the `celery.ping` the startup check sends)

    with start_worker(tasks.celery_app, pool="solo", perform_ping_check=True, shutdown_timeout=10) as running:
        yield running
        # start_worker stops the worker by setting this flag, which its loop reads between waits for a message
        # of up to 2 s each, and it waits once more after reading it; set the flag here and send two messages,
        # one for each wait, so the worker stops at once instead of in 2 to 4 s.
        worker_state.should_terminate = 0
        for _ in range(2):
            tasks.celery_app.send_task("celery.ping")


@pytest.fixture
def env(sandbox: MonzoSandbox, tasks: ModuleType, monkeypatch: pytest.MonkeyPatch) -> MonzoSandbox:
    """The worker's `MonzoClient()` finds the sandbox through the environment, as a user's would."""
    monkeypatch.setenv("MONZO_ACCESS_TOKEN", sandbox.access_token)
    monkeypatch.setenv("MONZO_BASE_URL", sandbox.url)
    monkeypatch.setattr(tasks, "RETRY_BASE_DELAY", 0.05)
    sandbox.faults.clear()
    return sandbox


@pytest.fixture
def published(worker: Any) -> Iterator[list[str]]:
    """Ids of the `sync_account_data` tasks sent during the test; they are all finished when it ends."""
    ids: list[str] = []

    def record(sender: str | None = None, headers: dict[str, Any] | None = None, **_: Any) -> None:
        task_id = (headers or {}).get("id")
        if sender == "tasks.sync_account_data" and task_id not in ids:
            ids.append(task_id)

    after_task_publish.connect(record, weak=False)
    yield ids
    after_task_publish.disconnect(record)
    for task_id in ids:
        worker.app.AsyncResult(task_id).get(propagate=False, **WAIT)


@pytest.fixture
def retries() -> Iterator[list[tuple[str, int]]]:
    """(task id, retries so far) of every `self.retry` during the test."""
    seen: list[tuple[str, int]] = []

    def record(sender: Any = None, request: Any = None, **_: Any) -> None:
        seen.append((request.id, request.retries))

    task_retry.connect(record, weak=False)
    yield seen
    task_retry.disconnect(record)


def expected_sync(sandbox: MonzoSandbox, account_id: str) -> dict[str, Any]:
    """What sync_account_data should report: the balance, and the transactions of the last 89 days (<= 100)."""
    since = datetime.now(UTC) - timedelta(days=89)
    recent = [t for t in sandbox.state.all_transactions(account_id) if _when(t["created"]) >= since]
    return {"account_id": account_id, "balance": sandbox.state.balance(account_id)["balance"] / 100,
            "transaction_count": min(len(recent), 100)}  # fmt: skip


def _when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def balance_requests(sandbox: MonzoSandbox, account_id: str) -> int:
    return sum(1 for r in sandbox.requests if r.path == "/balance" and account_id in str(r.query))


def wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


# -- sync_account_data --------------------------------------------------------------------
def test_sync_account_data_reports_the_sandbox_account(env: MonzoSandbox, tasks: ModuleType, worker: Any) -> None:
    account_id = env.state.current_account_id
    result = tasks.sync_account_data.delay(account_id).get(**WAIT)
    last_sync = _when(result.pop("last_sync"))
    assert result == expected_sync(env, account_id)
    assert result["transaction_count"] > 10 and abs(datetime.now(UTC) - last_sync) < timedelta(seconds=30)


def test_sync_sees_new_transactions(env: MonzoSandbox, tasks: ModuleType, worker: Any) -> None:
    account_id = env.state.current_account_id
    before = tasks.sync_account_data.delay(account_id).get(**WAIT)
    env.state.add_transaction(account_id, -1250, "PRET A MANGER", category="eating_out")
    after = tasks.sync_account_data.delay(account_id).get(**WAIT)
    assert after["balance"] == pytest.approx(before["balance"] - 12.50)
    assert after["transaction_count"] == min(before["transaction_count"] + 1, 100)


def test_sync_works_with_a_login_older_than_five_minutes(
    env: MonzoSandbox, tasks: ModuleType, worker: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Monzo's strong customer authentication: 5 minutes after a login only the last 90 days can be read.
    The seed listed transactions without `since` and so failed (403) on every sync after that."""
    env.tokens.clock = lambda: time.time() - 600  # a login ten minutes ago
    try:
        aged = env.mint_access_token()
    finally:
        env.tokens.clock = time.time
    monkeypatch.setenv("MONZO_ACCESS_TOKEN", aged)
    account_id = env.state.current_account_id
    result = tasks.sync_account_data.delay(account_id).get(**WAIT)
    assert result["transaction_count"] == expected_sync(env, account_id)["transaction_count"]
    assert not any(r.status == 403 for r in env.requests)


# -- sync_all_accounts --------------------------------------------------------------------
def test_sync_all_accounts_queues_a_sync_per_account_and_they_run(
    env: MonzoSandbox, tasks: ModuleType, worker: Any, published: list[str]
) -> None:
    accounts = [a["id"] for a in env.state.accounts()]
    assert tasks.sync_all_accounts.delay().get(**WAIT) == f"Queued sync for {len(accounts)} accounts"
    assert len(published) == len(accounts) == 3
    results = [worker.app.AsyncResult(task_id).get(**WAIT) for task_id in published]
    assert sorted(r["account_id"] for r in results) == sorted(accounts)
    for result in results:
        result.pop("last_sync")
        assert result == expected_sync(env, result["account_id"])


def test_sync_all_accounts_fails_on_a_monzo_error(env: MonzoSandbox, tasks: ModuleType, worker: Any) -> None:
    env.faults.rate_limit_burst(1, retry_after=3600, path="/accounts")  # longer than the client will wait
    result = tasks.sync_all_accounts.delay()
    with pytest.raises(MonzoError, match="429 Too Many Requests"):
        result.get(**WAIT)


def test_a_failed_task_gives_back_the_monzo_error_itself(env: MonzoSandbox, tasks: ModuleType, worker: Any) -> None:
    """The worker stores the failure as JSON (celeryconfig: result_serializer = "json"): the caller gets the
    same class back, with its message, status, Monzo's code and Retry-After, and the stored result holds no token."""
    env.faults.rate_limit_burst(1, retry_after=3600, path="/accounts")  # longer than the client will wait
    result = tasks.sync_all_accounts.delay()
    with pytest.raises(MonzoRateLimitError) as info:
        result.get(**WAIT)
    error = info.value
    assert type(error) is MonzoRateLimitError
    assert str(error).startswith("429 Too Many Requests from GET /accounts [rate_limited]")
    assert (error.status_code, error.code, error.retry_after) == (429, "rate_limited", 3600)
    assert error.response is None and error.response_headers is not None
    assert "authorization" not in error.response_headers
    stored = worker.app.backend.client.get(worker.app.backend.get_key_for_task(result.id))
    token_stored = env.access_token in (stored.decode() if isinstance(stored, bytes) else str(stored))
    assert stored and not token_stored  # (a bool: a failing assert must not print the stored bytes)


# -- retries ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("fault", "balance_calls"),
    [
        pytest.param(lambda f: f.rate_limit_burst(1, retry_after=3600, path="/balance"), 2, id="429-retry-after-1h"),
        pytest.param(lambda f: f.server_errors(times=3, status=503, path="/balance"), 4, id="503-x3"),
    ],
)
def test_a_monzo_error_retries_the_task_with_backoff(
    env: MonzoSandbox,
    tasks: ModuleType,
    worker: Any,
    retries: list[tuple[str, int]],
    fault: Callable[[Any], Any],
    balance_calls: int,
) -> None:
    """The client gives up (a Retry-After too long to wait, or 503s past its own 2 retries), raises a
    MonzoError, and the task's `self.retry` runs it again after RETRY_BASE_DELAY; the sandbox then answers."""
    account_id = env.state.current_account_id
    before = balance_requests(env, account_id)
    fault(env.faults)
    started = time.monotonic()
    result = tasks.sync_account_data.delay(account_id)
    value = result.get(**WAIT)
    assert value["account_id"] == account_id and value["balance"] == expected_sync(env, account_id)["balance"]
    assert retries == [(result.id, 0)]
    assert balance_requests(env, account_id) - before == balance_calls
    assert time.monotonic() - started >= 0.05  # the countdown was honoured


def test_retries_stop_after_max_retries(
    env: MonzoSandbox, tasks: ModuleType, worker: Any, retries: list[tuple[str, int]]
) -> None:
    """An account that does not exist: 404 on every try, three retries (0.05, 0.1, 0.2 s), then the task fails."""
    before = balance_requests(env, "acc_nope")
    result = tasks.sync_account_data.delay("acc_nope")
    with pytest.raises(MaxRetriesExceededError):
        result.get(**WAIT)
    assert retries == [(result.id, 0), (result.id, 1), (result.id, 2)]
    assert balance_requests(env, "acc_nope") - before == 1 + 3


# -- beat ---------------------------------------------------------------------------------
def test_the_beat_schedule_runs_sync_all_accounts_hourly(
    env: MonzoSandbox, tasks: ModuleType, worker: Any, published: list[str]
) -> None:
    from celery.beat import Scheduler

    app = tasks.celery_app
    entry_conf = app.conf.beat_schedule["sync-accounts-hourly"]
    assert entry_conf["task"] in app.tasks and entry_conf["schedule"] == crontab(minute=0)
    scheduler = Scheduler(app, lazy=True)
    scheduler.setup_schedule()
    entry = scheduler.schedule["sync-accounts-hourly"]
    assert 0 < entry.is_due().next <= 3600  # due again within the hour
    with app.producer_or_acquire() as producer:
        sent = scheduler.apply_async(entry, producer=producer)  # what beat does when the entry is due
    assert sent.get(**WAIT) == "Queued sync for 3 accounts"
    wait_until(lambda: len(published) == 3)
