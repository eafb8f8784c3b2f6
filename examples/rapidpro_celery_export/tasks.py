"""A RapidPro contacts export split across Celery workers by time windows of `modified_on`.

    celery -A tasks worker --concurrency 4          # in this directory, on as many machines as you like
    python export.py --windows 16 --out contacts.jsonl

`RapidProClient()` takes its token from RAPIDPRO_API_TOKEN and its URL from RAPIDPRO_BASE_URL; the
broker, result backend, checkpoints and rate limiter share one Redis (celeryconfig.py).

- **Plan** (`plan_export`, run by export.py): the oldest and newest `modified_on` are split into equal
  half-open windows `[start, end)`; the first has no start, the last ends 1 µs after the newest contact.
- **Windows** (`export_window`, one task each): page through `after=start&before=end`. The API's bounds
  are both inclusive, so a contact at exactly `end` is dropped: it is the next window's. Each page's
  contacts and the cursor of the next page go to Redis in one transaction (`save_page`), so a window
  task that is retried, or handed to another worker after its worker died (`task_acks_late`,
  `task_reject_on_worker_lost`), goes on from its last cursor: only the page in flight (and the one
  fetched ahead meanwhile, `prefetch()`) is fetched again, and no page is stored twice. (Should two runs of a window overlap, as when Redis hands on a
  task still running past its visibility timeout, the second to store a page fails with
  `WindowTakenOver`; run export.py again with the same `--export-id`.)
- **Catch-up** (`catch_up`, the chord's body, after every window): a contact modified during the export
  gets a new `modified_on`, past the plan's end, and leaves its window, perhaps before the window read
  it. One more pass reads every contact modified since the plan's end, oldest first (`reverse=true`):
  a contact modified while it runs moves ahead of it and is read too.
- **Merge** (`merged_contacts`, by export.py): one line per uuid. A contact both in a window and in
  the catch-up keeps the catch-up's (newer) version; within the catch-up, the last read wins. So every
  contact that existed when the export began appears exactly once, as it was when last read; one
  created during the export appears once; one deleted during the export appears (as last read) if
  its window read it before the deletion.
- **Rate**: every worker's client draws from one `scoped_rate_limiter` whose buckets are in Redis
  (RAPIDPRO_RATE_STORE), so all workers together keep to the workspace's rate (RAPIDPRO_RATE per
  throttle scope, default "3600/hour"), and a 429's Retry-After pauses them all.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import redis
from celery import Celery

from rapidpro import (
    RapidProClient,
    SharedRateLimiter,
    TembaConnectionError,
    TembaRateExceededError,
    TembaServerError,
    scoped_rate_limiter,
)

celery_app = Celery("rapidpro_export")
celery_app.config_from_object("celeryconfig")

logger = logging.getLogger(__name__)

STATE_URL = os.environ.get("EXPORT_STATE_URL") or celery_app.conf.result_backend
RATE_STORE = os.environ.get("RAPIDPRO_RATE_STORE") or celery_app.conf.broker_url
# Per throttle scope, as RapidPro writes it: "3600/hour" (its default), "50/second", ...
RATE = os.environ.get("RAPIDPRO_RATE") or "3600/hour"
# A failed window retries after this many seconds, then twice as long each time (or after the server's Retry-After).
RETRY_BASE_DELAY = float(os.environ.get("EXPORT_RETRY_BASE_DELAY", "10"))
KEY_PREFIX = "rapidpro-export"
STATE_TTL = timedelta(days=7)  # an export's checkpoints outlive a failed run by a week, for a resume
CATCH_UP = "catch-up"
# What a window retries on: the network, the server, Redis. Anything else (a bad token) fails the export.
RETRYABLE = (TembaConnectionError, TembaServerError, TembaRateExceededError, redis.ConnectionError, redis.TimeoutError)


@functools.cache
def state_store() -> redis.Redis:
    """The Redis of the checkpoints (one connection pool per worker process)."""
    return redis.Redis.from_url(STATE_URL, decode_responses=True)


@functools.cache
def rate_limiter() -> SharedRateLimiter:
    """This process's handle on the limiter every worker shares (its buckets are in RAPIDPRO_RATE_STORE)."""
    return scoped_rate_limiter(RATE, store=RATE_STORE)


def client() -> RapidProClient:
    return RapidProClient(rate_limiter=rate_limiter())


def key(export_id: str, *parts: str) -> str:
    return ":".join((KEY_PREFIX, export_id, *parts))


# -- the plan -------------------------------------------------------------------------------
def plan_export(export_id: str, windows: int) -> dict[str, Any]:
    """Split the workspace's contacts into `windows` windows of `modified_on`, and remember the split.

    An export that already has a plan keeps it (a resumed export must cut the same windows).
    """
    store = state_store()
    saved = store.get(key(export_id, "plan"))
    if saved is not None:
        plan: dict[str, Any] = json.loads(saved)
        return plan
    with client() as api:
        newest = api.contacts.list().first()  # newest first, the API's order
        oldest = api.contacts.list(reverse=True).first()
    parts: dict[str, list[str | None]] = {}
    if newest is None or oldest is None:  # no contacts yet: the catch-up reads whatever appears
        parts[CATCH_UP] = [None, None]
    else:
        end = newest.modified_on + timedelta(microseconds=1)
        span = end - oldest.modified_on
        bounds = [oldest.modified_on + span * i / windows for i in range(windows)] + [end]
        for i in range(windows):
            parts[str(i)] = [None if i == 0 else bounds[i].isoformat(), bounds[i + 1].isoformat()]
        parts[CATCH_UP] = [end.isoformat(), None]
    plan = {"export_id": export_id, "windows": windows, "parts": parts}
    store.set(key(export_id, "plan"), json.dumps(plan), nx=True, ex=STATE_TTL)
    return json.loads(store.get(key(export_id, "plan")) or "{}")  # another planner's, if it was first


# -- one window -------------------------------------------------------------------------------
@celery_app.task(bind=True, max_retries=8)
def export_window(self, export_id: str, part: str) -> dict[str, Any]:
    """Export window `part` of the plan, from its last checkpoint on."""
    try:
        return export_part(export_id, part)
    except RETRYABLE as exc:
        logger.warning("Window %s of export %s: %s; retrying from its last cursor", part, export_id, exc)
        raise self.retry(exc=exc, countdown=retry_delay(exc, self.request.retries)) from exc


@celery_app.task(bind=True, max_retries=8)
def catch_up(self, summaries: list[dict[str, Any]], export_id: str) -> list[dict[str, Any]]:
    """After every window: the contacts modified since the plan was made. Returns every part's summary."""
    try:
        return [*summaries, export_part(export_id, CATCH_UP)]
    except RETRYABLE as exc:
        logger.warning("Catch-up of export %s: %s; retrying from its last cursor", export_id, exc)
        raise self.retry(exc=exc, countdown=retry_delay(exc, self.request.retries)) from exc


def retry_delay(exc: Exception, retries: int) -> float:
    retry_after = getattr(exc, "retry_after", None)
    return float(retry_after) if retry_after else RETRY_BASE_DELAY * 2**retries


def export_part(export_id: str, part: str) -> dict[str, Any]:
    """Page through one part of the plan, from its checkpoint on, storing each page with its cursor."""
    store = state_store()
    saved_plan = store.get(key(export_id, "plan"))
    if saved_plan is None:
        raise LookupError(f"export {export_id} has no plan (expired, or never made)")
    after, before = (None if b is None else datetime.fromisoformat(b) for b in json.loads(saved_plan)["parts"][part])
    state = key(export_id, "part", part)
    checkpoint = store.hgetall(state)
    if checkpoint.get("done") != "1":
        pages = int(checkpoint.get("pages", 0))
        cursor = checkpoint.get("cursor") or None
        if pages:
            logger.info("Window %s of export %s resumes after %d pages", part, export_id, pages)
        store.hincrby(state, "runs", 1)
        store.expire(state, STATE_TTL)
        with client() as api:
            # The catch-up reads oldest first, so that contacts modified meanwhile come after its cursor.
            pager = api.contacts.list(after=after, before=before, reverse=part == CATCH_UP or None, cursor=cursor)
            # The next page is fetched while this one is stored; the checkpoint is still the stored page's.
            for page in pager.prefetch().pages():
                kept = [c for c in page.items if before is None or c.modified_on < before]  # half-open
                lines = [c.model_dump_json(by_alias=True) for c in kept]
                save_page(store, state, pages, lines, page.next_cursor)
                pages += 1
        checkpoint = store.hgetall(state)
    summary = {"part": part, "after": after and after.isoformat(), "before": before and before.isoformat()}
    return summary | {name: int(checkpoint.get(name, 0)) for name in ("pages", "contacts", "runs")}


class WindowTakenOver(Exception):
    """Another run of the same window stored a page first (a redelivered task): this run stops."""


def save_page(store: redis.Redis, state: str, pages: int, lines: list[str], next_cursor: str | None) -> None:
    """Store one page's contacts and the cursor after it, both or neither.

    `pages` is how many pages this run believes are stored; if another run of the window stored one
    meanwhile, nothing is written and `WindowTakenOver` is raised.
    """
    with store.pipeline(transaction=True) as tx:
        tx.watch(state)
        if int(tx.hget(state, "pages") or 0) != pages:
            raise WindowTakenOver(state)
        tx.multi()
        if lines:
            tx.rpush(f"{state}:contacts", *lines)
        tx.hincrby(state, "pages", 1)
        tx.hincrby(state, "contacts", len(lines))
        tx.hset(state, mapping={"cursor": next_cursor or "", "done": int(next_cursor is None)})
        tx.expire(state, STATE_TTL)
        tx.expire(f"{state}:contacts", STATE_TTL)
        try:
            tx.execute()
        except redis.WatchError:  # stored meanwhile by the other run
            raise WindowTakenOver(state) from None


# -- the merge ----------------------------------------------------------------------------------
def merged_contacts(export_id: str, batch: int = 1000) -> Iterator[str]:
    """Every exported contact once, as a JSON line: the windows' contacts, then the catch-up's (see above).

    Holds the uuids seen and the catch-up's contacts in memory, not the windows' contacts.
    """
    store = state_store()
    parts = json.loads(store.get(key(export_id, "plan")) or '{"parts": {}}')["parts"]
    latest: dict[str, str] = {}  # the catch-up's contacts by uuid, the last read of each
    for line in _lines(store, key(export_id, "part", CATCH_UP, "contacts"), batch):
        latest[json.loads(line)["uuid"]] = line
    seen = set(latest)
    for part in (p for p in parts if p != CATCH_UP):
        for line in _lines(store, key(export_id, "part", part, "contacts"), batch):
            uuid = json.loads(line)["uuid"]
            if uuid not in seen:
                seen.add(uuid)
                yield line
    yield from latest.values()


def _lines(store: redis.Redis, name: str, batch: int) -> Iterator[str]:
    start = 0
    while chunk := store.lrange(name, start, start + batch - 1):
        yield from chunk
        start += len(chunk)


def forget_export(export_id: str) -> None:
    """Delete the export's plan, checkpoints and stored contacts."""
    store = state_store()
    names = list(store.scan_iter(key(export_id, "*")))
    if names:
        store.delete(*names)
