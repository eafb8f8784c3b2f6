"""examples/rapidpro_celery_export under real workers, against the RapidPro sandbox.

Two `celery -A tasks worker --concurrency 2` processes (four pool processes in all), one real Redis
(broker, results, checkpoints, the shared rate limiter: the `redis_url` fixture), `python -m export`
in a process of its own, and a sandbox of 600 contacts served 20 to a page: six windows of about
five pages each. Faults inside a window come from tests/examples/_export_faults.py, the same tasks
with one fault injected, run as `celery -A tests.examples._export_faults worker`.
"""

from __future__ import annotations

import ast
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import redis

from rapidpro import RapidProClient
from rapidpro.testing import RapidProSandbox
from tests.examples._support import EXAMPLES, Child, child, child_env

EXPORT_DIR = EXAMPLES / "rapidpro_celery_export"
CONTACTS = 600
PAGE_SIZE = 20
WINDOWS = 6
LIST = "/api/v2/contacts.json"
WINDOW_DONE = re.compile(r"Task tasks\.export_window\[[0-9a-f-]+\] succeeded")
FAULTY_APP = "tests.examples._export_faults"


@pytest.fixture
def sandbox() -> Iterator[RapidProSandbox]:
    with RapidProSandbox(seed=0, contacts=CONTACTS, page_size=PAGE_SIZE) as rapidpro:
        yield rapidpro


@pytest.fixture
def direct(sandbox: RapidProSandbox) -> Iterator[RapidProClient]:
    """A client of the test's own, to read the truth and to change contacts during an export."""
    with RapidProClient(sandbox.token, base_url=sandbox.url) as client:
        yield client


@pytest.fixture
def env(sandbox: RapidProSandbox, redis_url: str, tmp_path: Path) -> dict[str, str]:
    return child_env(
        tmp_path,
        RAPIDPRO_API_TOKEN=sandbox.token,
        RAPIDPRO_BASE_URL=sandbox.url,
        CELERY_BROKER_URL=redis_url,
        CELERY_RESULT_BACKEND=redis_url,
        EXPORT_RETRY_BASE_DELAY="0.1",
    )


@contextmanager
def workers(env: dict[str, str], tmp: Path, app: str = "tasks", count: int = 2) -> Iterator[list[Child]]:
    """`count` workers of `--concurrency 2`, ready; stopped with a warm shutdown at the end."""
    with ExitStack() as stack:
        running = []
        for i in range(count):
            args = ["celery", "-A", app, "worker", "--concurrency=2", "--loglevel=info", f"--hostname=w{i}@%h"]
            args += ["--without-mingle", "--without-gossip"]  # a quicker start; nothing here needs them
            log_path = tmp / f"worker{i}.log"
            running.append(stack.enter_context(child(args, cwd=EXPORT_DIR, env=env, log_path=log_path)))
        for worker in running:
            worker.wait_for(r"w\d@\S+ ready")
        yield running
        for worker in running:  # all at once: a warm shutdown takes a worker about two seconds
            worker.process.terminate()
    for worker in running:
        assert "Warm shutdown" in worker.log


@contextmanager
def export_running(env: dict[str, str], tmp: Path) -> Iterator[Child]:
    args = ["export", "--windows", str(WINDOWS), "--out", str(tmp / "contacts.jsonl"), "--timeout", "60"]
    with child(args, cwd=EXPORT_DIR, env=env, log_path=tmp / "export.log") as runner:
        yield runner


def finished(runner: Child, timeout: float = 40) -> list[dict[str, Any]]:
    """The summary of every part (six windows and the catch-up), once export.py has ended well."""
    runner.process.wait(timeout)
    assert runner.process.returncode == 0, runner.log
    return [ast.literal_eval(line.strip()) for line in runner.log.splitlines() if line.startswith("  {")]


def exported(tmp: Path, direct: RapidProClient) -> dict[str, dict[str, Any]]:
    """The exported contacts by uuid, after checking that each of the workspace's contacts is there exactly once."""
    contacts = [json.loads(line) for line in (tmp / "contacts.jsonl").read_text().splitlines()]
    uuids = Counter(c["uuid"] for c in contacts)
    assert [u for u, n in uuids.items() if n > 1] == []
    assert set(uuids) == {c.uuid for c in direct.contacts.list()}
    return {c["uuid"]: c for c in contacts}


def page_fetches(sandbox: RapidProSandbox) -> Counter[tuple[str, ...]]:
    """How often each page of each window and of the catch-up was served (200): by (after, before, reverse, cursor)."""
    fetched: Counter[tuple[str, ...]] = Counter()
    for record in list_requests(sandbox):
        query = dict(parse_qsl(record.query))
        if record.status == 200 and ("after" in query or "before" in query):  # not the plan's, nor the test's
            fetched[tuple(query.get(name, "") for name in ("after", "before", "reverse", "cursor"))] += 1
    return fetched


def on_the_wire(stamp: str | None) -> str:
    """A window's bound as the client sends it (`...Z`), or "" for none."""
    return "" if stamp is None else stamp.replace("+00:00", "Z")


def list_requests(sandbox: RapidProSandbox) -> list[Any]:
    return [r for r in sandbox.requests if r.method == "GET" and r.path == LIST]


def assert_no_state_left(redis_url: str) -> None:
    with redis.Redis.from_url(redis_url) as connection:
        assert list(connection.scan_iter("rapidpro-export:*")) == []


def test_every_contact_is_exported_exactly_once_by_several_workers(
    sandbox: RapidProSandbox, direct: RapidProClient, env: dict[str, str], redis_url: str, tmp_path: Path
) -> None:
    sandbox.faults.latency(0.02, path=LIST)  # a window lasts long enough for the other workers to take theirs
    with workers(env, tmp_path) as running, export_running(env, tmp_path) as runner:
        summaries = finished(runner)
    exported(tmp_path, direct)
    windows = summaries[:-1]
    assert [s["part"] for s in summaries] == [*map(str, range(WINDOWS)), "catch-up"]
    assert all(s["pages"] >= 4 and s["runs"] == 1 for s in windows)  # several pages each, none run twice
    assert sum(s["contacts"] for s in summaries) == len(direct.contacts.list().all())
    assert all(WINDOW_DONE.search(worker.log) for worker in running)  # both workers exported windows
    assert max(page_fetches(sandbox).values()) == 1  # no page was fetched twice
    # Windows are half-open and meet: each one's `before` is the next one's `after`.
    assert windows[0]["after"] is None and summaries[-1]["before"] is None
    assert [s["before"] for s in summaries[:-1]] == [s["after"] for s in summaries[1:]]
    assert_no_state_left(redis_url)


@pytest.mark.parametrize("fault", ["raise", "exit"])
def test_an_interrupted_window_resumes_from_its_last_cursor(
    sandbox: RapidProSandbox,
    direct: RapidProClient,
    env: dict[str, str],
    redis_url: str,
    tmp_path: Path,
    fault: str,
) -> None:
    """Window 2 fetches its third page and fails before storing it: Redis fails and the task retries
    (`raise`), or its worker process dies and the broker hands the task on (`exit`). The next run
    starts at that third page: it is fetched twice, and so is the fourth if it had been fetched ahead
    (`prefetch()`) before the interruption; every other page once, and the export is still exactly-once."""
    faulty = env | {"EXPORT_FAULT": fault, "EXPORT_FAULT_WINDOW": "2", "EXPORT_FAULT_AFTER": "2"}
    with workers(faulty, tmp_path, FAULTY_APP) as running, export_running(env, tmp_path) as runner:
        summaries = finished(runner)
    exported(tmp_path, direct)
    window = summaries[2]
    assert window["runs"] == 2 and window["pages"] >= 4
    assert [s["runs"] for s in summaries if s is not window] == [1] * WINDOWS
    fetched = page_fetches(sandbox)
    assert max(fetched.values()) == 2 and min(fetched.values()) == 1
    again = [page for page, count in fetched.items() if count == 2]  # in the order first fetched
    bounds = (on_the_wire(window["after"]), on_the_wire(window["before"]))
    cursors = [cursor for (after, before, _, cursor) in fetched if (after, before) == bounds]
    assert all(page[:2] == bounds for page in again)
    assert [cursors.index(page[3]) for page in again] in ([2], [2, 3])  # window 2's third page (and its fourth)
    logs = "".join(worker.log for worker in running)
    if fault == "raise":
        assert "retrying from its last cursor" in logs
    else:
        assert "WorkerLostError" in logs
    assert "Window 2 of export" in logs and "resumes after 2 pages" in logs
    assert_no_state_left(redis_url)


def test_contacts_changed_during_the_export_appear_once_as_last_changed(
    sandbox: RapidProSandbox, direct: RapidProClient, env: dict[str, str], redis_url: str, tmp_path: Path
) -> None:
    """While window 0 (the oldest contacts) is held after two pages, contacts are renamed (some it has not
    read yet, which leave it for the catch-up; some of the newest window's), created and deleted."""
    held = env | {"EXPORT_FAULT": "hold", "EXPORT_FAULT_WINDOW": "0", "EXPORT_FAULT_AFTER": "2"}
    oldest = [c.uuid for c in islice(direct.contacts.list(reverse=True), 10)]  # window 0's last pages: not read yet
    newest = [c.uuid for c in islice(direct.contacts.list(), 5)]
    with (
        workers(held, tmp_path, FAULTY_APP),
        redis.Redis.from_url(redis_url) as control,
        export_running(env, tmp_path) as runner,
    ):
        deadline = time.monotonic() + 20
        while not control.get("test:held"):
            assert time.monotonic() < deadline and runner.process.poll() is None, runner.log
            time.sleep(0.01)
        renamed = {uuid: f"Renamed {i}" for i, uuid in enumerate([*oldest[:6], *newest])}
        for uuid, name in renamed.items():
            direct.contacts.update(uuid, name=name)
        direct.contacts.update(oldest[0], name="Renamed twice")
        renamed[oldest[0]] = "Renamed twice"
        for uuid in oldest[6:8]:
            direct.contacts.delete(uuid)
        created = [direct.contacts.create(name=f"Created {i}").uuid for i in range(3)]
        control.set("test:go", "1")
        summaries = finished(runner)
    contacts = exported(tmp_path, direct)  # exactly once each: the deleted ones gone, the created ones there
    assert {uuid: contacts[uuid]["name"] for uuid in renamed} == renamed
    assert set(created) <= set(contacts) and not set(oldest[6:8]) & set(contacts)
    catch_up = summaries[-1]
    assert catch_up["part"] == "catch-up" and catch_up["contacts"] == len(renamed) + len(created)
    # The catch-up read oldest first, from the plan's end on, once every window was done.
    requests = [(dict(parse_qsl(r.query)), r) for r in list_requests(sandbox)]
    windows = [r for query, r in requests if "before" in query]
    catching_up = [r for query, r in requests if "reverse" in query and "after" in query]
    assert {dict(parse_qsl(r.query))["after"] for r in catching_up} == {on_the_wire(catch_up["after"])}
    assert min(r.started for r in catching_up) > max(r.finished for r in windows)
    assert_no_state_left(redis_url)


def test_the_workers_share_one_rate_limit(
    sandbox: RapidProSandbox, direct: RapidProClient, env: dict[str, str], tmp_path: Path
) -> None:
    """The sandbox allows 10 contacts requests a second; four worker processes (and export.py) limited
    to 9 a second through one Redis keep under it together: the server never says 429. (Apart, they
    would send up to 45 a second. The tenth request is left spare because the limiter counts a request
    when it leaves and the server when it arrives: on a machine this loaded, with the rest of the suite
    running beside five processes, arrivals were seen to bunch by more than the limiter's 50 ms margin.)"""
    sandbox.throttle.set("v2.contacts", "10/second")
    limited = env | {"RAPIDPRO_RATE": "9/second"}
    started = time.monotonic()
    with workers(limited, tmp_path), export_running(limited, tmp_path) as runner:
        summaries = finished(runner)
    requests = list_requests(sandbox)
    exported(tmp_path, direct)
    assert [r.status for r in requests if r.status != 200] == []
    assert len(requests) == sum(s["pages"] for s in summaries) + 2  # and export.py's two planning requests
    stamps = sorted(r.started for r in requests)
    assert max(sum(1 for t in stamps if s <= t < s + 1) for s in stamps) <= 10
    assert time.monotonic() - started < 30


def test_a_429_pauses_every_worker(
    sandbox: RapidProSandbox, direct: RapidProClient, env: dict[str, str], tmp_path: Path
) -> None:
    """A 429 with `Retry-After: 2` met by one worker process stops all of them for two seconds."""
    sandbox.faults.latency(0.05, path=LIST)
    with workers(env, tmp_path), export_running(env, tmp_path) as runner:
        deadline = time.monotonic() + 20
        while len(list_requests(sandbox)) < 8:
            assert time.monotonic() < deadline and runner.process.poll() is None, runner.log
            time.sleep(0.005)
        sandbox.faults.rate_limit_burst(1, retry_after=2, path=LIST)
        finished(runner)
    exported(tmp_path, direct)
    requests = list_requests(sandbox)
    (throttled,) = [r for r in requests if r.status == 429]
    assert throttled.finished is not None
    # Requests already on their way when the 429 was answered still arrive; then none for the pause.
    paused = [r for r in requests if throttled.finished + 0.3 < r.started < throttled.finished + 1.9]
    assert paused == []
    assert any(r.started > throttled.finished + 2 for r in requests)  # and the export went on after it
