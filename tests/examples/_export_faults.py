"""examples/rapidpro_celery_export's tasks with one fault injected, for `celery -A tests.examples._export_faults worker`.

The tasks keep their names (`tasks.export_window`, ...), so export.py, which imports `tasks` itself,
sends them as usual. Once per export, when window EXPORT_FAULT_WINDOW has fetched its page after
EXPORT_FAULT_AFTER stored pages and is about to store it, EXPORT_FAULT does one of:

- `raise`: Redis fails (`redis.ConnectionError`): the task retries from its last cursor;
- `exit`: the worker process dies (`os._exit`): the broker hands the task to another process;
- `hold`: the window waits until the test sets the Redis key `test:go` (it sets `test:held` first),
  so the test can change contacts while the export is half done.
"""

from __future__ import annotations

import os
import time

import redis
import tasks
from tasks import celery_app  # noqa: F401  (the app `celery -A` finds)

_save_page = tasks.save_page


def save_page(store: redis.Redis, state: str, pages: int, lines: list[str], next_cursor: str | None) -> None:
    window = os.environ["EXPORT_FAULT_WINDOW"]
    due = state.endswith(f":part:{window}") and pages == int(os.environ["EXPORT_FAULT_AFTER"])
    if due and store.set("test:fault-fired", "1", nx=True):
        fault = os.environ["EXPORT_FAULT"]
        if fault == "exit":
            os._exit(1)
        if fault == "raise":
            raise redis.ConnectionError("injected: the connection to Redis was lost while storing a page")
        store.set("test:held", "1")
        deadline = time.monotonic() + 20
        while not store.get("test:go") and time.monotonic() < deadline:
            time.sleep(0.01)
    _save_page(store, state, pages, lines, next_cursor)


tasks.save_page = save_page
