"""The smaller collections: webhooks, receipts, feed items and attachments."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from ._errors import bad_param, missing_param, not_found
from ._model import Account, Transaction, new_id, wire_time

__all__ = ["AttachmentStore", "FeedStore", "ReceiptStore", "WebhookStore"]


class WebhookStore:
    def __init__(
        self, rng: random.Random, require_account: Callable[[str], Account], seeded: list[dict[str, str]]
    ) -> None:
        self._rng = rng
        self._require_account = require_account
        self._lock = threading.Lock()
        self._hooks: dict[str, dict[str, str]] = {hook["id"]: dict(hook) for hook in seeded}

    def register(self, account_id: str, url: str) -> dict[str, str]:
        self._require_account(account_id)
        if not url:
            raise missing_param("url")
        with self._lock:
            hook = {"id": new_id(self._rng, "webhook"), "account_id": account_id, "url": url}
            self._hooks[hook["id"]] = hook
            return dict(hook)

    def list(self, account_id: str | None = None) -> list[dict[str, str]]:
        if account_id is not None:
            self._require_account(account_id)
        with self._lock:
            return [dict(h) for h in self._hooks.values() if account_id in (None, h["account_id"])]

    def delete(self, webhook_id: str) -> None:
        with self._lock:
            if self._hooks.pop(webhook_id, None) is None:
                raise not_found("webhook", webhook_id)


class ReceiptStore:
    """Receipts by `external_id`; a PUT with a known `external_id` updates and keeps the receipt id."""

    def __init__(
        self, rng: random.Random, require_tx: Callable[[str], Transaction], seeded: dict[str, dict[str, Any]]
    ) -> None:
        self._rng = rng
        self._require_tx = require_tx
        self._lock = threading.Lock()
        self._receipts = {key: dict(value) for key, value in seeded.items()}

    def put(self, body: Any) -> dict[str, str]:
        if not isinstance(body, dict):
            raise bad_param("body", "must be a JSON object")
        for name in ("transaction_id", "external_id", "currency"):
            if not isinstance(body.get(name), str) or not body[name]:
                raise missing_param(name)
        total = body.get("total")
        if not isinstance(total, int) or isinstance(total, bool) or total < 1:
            raise bad_param("total", "must be a positive integer", str(total))
        items = body.get("items")
        if not isinstance(items, list) or not all(_is_line(item) for item in items):
            raise bad_param("items", "must be a list of items with description, amount and currency")
        self._require_tx(body["transaction_id"])
        with self._lock:
            previous = self._receipts.get(body["external_id"])
            receipt_id = previous["id"] if previous else new_id(self._rng, "receipt")
            self._receipts[body["external_id"]] = {**body, "id": receipt_id}
            return {"receipt_id": receipt_id}

    def get(self, external_id: str) -> dict[str, Any]:
        with self._lock:
            receipt = self._receipts.get(self._key(external_id))
            if receipt is None:
                raise not_found("receipt", external_id)
            return dict(receipt)

    def delete(self, external_id: str) -> None:
        with self._lock:
            if self._receipts.pop(self._key(external_id), None) is None:
                raise not_found("receipt", external_id)

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(r) for r in self._receipts.values()]

    @staticmethod
    def _key(external_id: str) -> str:
        if not external_id:
            raise missing_param("external_id")
        return external_id


def _is_line(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("description"), str)
        and isinstance(item.get("amount"), int)
        and isinstance(item.get("currency"), str)
    )


class FeedStore:
    def __init__(self, require_account: Callable[[str], Account], clock: Callable[[], datetime]) -> None:
        self._require_account = require_account
        self._clock = clock
        self._lock = threading.Lock()
        self._items: list[dict[str, Any]] = []

    def create(self, form: Mapping[str, str]) -> None:
        self._require_account(form.get("account_id", ""))
        if form.get("type") != "basic":
            raise bad_param("type", "must be basic", form.get("type", ""))
        params = {k[len("params[") : -1]: v for k, v in form.items() if k.startswith("params[") and k.endswith("]")}
        for name in ("title", "image_url"):
            if not params.get(name):
                raise missing_param(f"params[{name}]")
        item = {
            "account_id": form["account_id"],
            "type": "basic",
            "params": params,
            "created": wire_time(self._clock()),
        }
        if form.get("url"):
            item["url"] = form["url"]
        with self._lock:
            self._items.append(item)

    @property
    def items(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(item) for item in self._items]


class AttachmentStore:
    """Uploads are hosted by the sandbox itself: `upload_url` takes a PUT of the bytes, `file_url` serves them."""

    def __init__(
        self,
        rng: random.Random,
        lock: threading.RLock,
        transactions: dict[str, Transaction],
        user_id: str,
        clock: Callable[[], datetime],
    ) -> None:
        self._rng = rng
        self._lock = lock  # shared with the state: attachments live on transactions
        self._transactions = transactions
        self._user_id = user_id
        self._clock = clock
        self.files: dict[str, tuple[bytes, str]] = {}

    def upload(self, form: Mapping[str, str], base_url: str) -> dict[str, str]:
        for name in ("file_name", "file_type", "content_length"):
            if form.get(name, "") == "":
                raise missing_param(name)
        if not form["content_length"].isdigit():
            raise bad_param("content_length", "must be a number of bytes", form["content_length"])
        with self._lock:
            key = f"{self._user_id}/{self._rng.getrandbits(96):024x}-{form['file_name']}"
        base = base_url.rstrip("/")
        return {"file_url": f"{base}/_sandbox/files/{key}", "upload_url": f"{base}/_sandbox/uploads/{key}"}

    def store(self, key: str, data: bytes, content_type: str) -> None:
        with self._lock:
            self.files[key] = (data, content_type)

    def register(self, form: Mapping[str, str]) -> dict[str, Any]:
        for name in ("external_id", "file_url", "file_type"):
            if not form.get(name):
                raise missing_param(name)
        with self._lock:
            tx = self._transactions.get(form["external_id"])
            if tx is None:
                raise not_found("transaction", form["external_id"])
            attachment = {
                "id": new_id(self._rng, "attach"),
                "user_id": self._user_id,
                "external_id": tx.id,
                "file_url": form["file_url"],
                "file_type": form["file_type"],
                "created": wire_time(self._clock()),
            }
            tx.attachments.append(attachment)
            return dict(attachment)

    def deregister(self, attachment_id: str) -> None:
        if not attachment_id:
            raise missing_param("id")
        with self._lock:
            for tx in self._transactions.values():
                for attachment in tx.attachments:
                    if attachment["id"] == attachment_id:
                        tx.attachments.remove(attachment)
                        return
        raise not_found("attachment", attachment_id)

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(a) for tx in self._transactions.values() for a in tx.attachments]
