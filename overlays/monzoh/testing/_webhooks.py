"""Delivers `transaction.created` events to the webhooks registered on the account.

Only loopback URLs (127.0.0.0/8, ::1, localhost) are called: the sandbox never reaches out to the
network. Other URLs are recorded as skipped. A failed delivery is retried up to 5 times with
exponential backoff, like Monzo does (with a shorter base delay).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import threading
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._stores import WebhookStore

__all__ = ["WebhookDispatcher", "is_loopback"]

Submit = Callable[[Coroutine[Any, Any, None]], "concurrent.futures.Future[None] | None"]


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WebhookDispatcher:
    def __init__(self, hooks: WebhookStore, submit: Submit, *, retries: int = 5, backoff: float = 0.05) -> None:
        self._hooks = hooks
        self._submit = submit
        self.retries = retries
        self.backoff = backoff
        self._lock = threading.Lock()
        self.deliveries: list[dict[str, Any]] = []
        self._pending: list[concurrent.futures.Future[None]] = []

    def __call__(self, event: dict[str, Any]) -> None:
        account_id = event["data"]["account_id"]
        for hook in self._hooks.list(account_id):
            if not is_loopback(hook["url"]):
                self._record(hook, event, status=None, outcome="skipped: not a loopback URL")
                continue
            future = self._submit(self._deliver(hook, event))
            if future is None:
                self._record(hook, event, status=None, outcome="skipped: server not running")
            else:
                with self._lock:
                    self._pending.append(future)

    def flush(self, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait for the deliveries under way; return every delivery record so far."""
        with self._lock:
            pending, self._pending = self._pending, []
        concurrent.futures.wait(pending, timeout=timeout)
        with self._lock:
            return [dict(d) for d in self.deliveries]

    async def _deliver(self, hook: dict[str, str], event: dict[str, Any]) -> None:
        status: int | None = None
        outcome = "failed"
        async with httpx.AsyncClient(timeout=5.0) as client:
            for attempt in range(self.retries + 1):
                if attempt:
                    await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
                try:
                    response = await client.post(hook["url"], json=event)
                except httpx.HTTPError as exc:
                    outcome = f"failed: {type(exc).__name__}"
                    continue
                status = response.status_code
                if response.is_success:
                    outcome = "delivered"
                    break
                outcome = f"failed: HTTP {status}"
        self._record(hook, event, status=status, outcome=outcome, attempts=attempt + 1)

    def _record(
        self, hook: dict[str, str], event: dict[str, Any], *, status: int | None, outcome: str, attempts: int = 0
    ) -> None:
        with self._lock:
            self.deliveries.append(
                {
                    "webhook_id": hook["id"],
                    "url": hook["url"],
                    "event": event,
                    "status": status,
                    "outcome": outcome,
                    "attempts": attempts,
                }
            )
