"""Parsing what Monzo POSTs to your webhook URL."""

from __future__ import annotations

import json

import pydantic

from monzo_api.pydantic_models import Transaction, TransactionCreatedEvent

from ._exceptions import WebhookParseError

__all__ = ["parse_transaction_webhook", "parse_webhook_payload"]

KNOWN_EVENTS = ("transaction.created",)


def parse_webhook_payload(body: str | bytes) -> TransactionCreatedEvent:
    """The typed event in a webhook body; `WebhookParseError` for anything else.

    Monzo documents one event, `transaction.created`, whose `data` is the new transaction (merchant
    expanded, plus `account_id`).
    """
    try:
        raw = json.loads(body)
    except (TypeError, ValueError) as exc:
        raise WebhookParseError(f"webhook body is not JSON: {exc}") from exc
    if not isinstance(raw, dict) or "type" not in raw:
        raise WebhookParseError("webhook body has no event `type`")
    if raw["type"] not in KNOWN_EVENTS:
        raise WebhookParseError(f"unknown webhook event type {raw['type']!r} (known: {', '.join(KNOWN_EVENTS)})")
    try:
        return TransactionCreatedEvent.model_validate(raw)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise WebhookParseError(f"transaction.created event is malformed at {where}: {first['msg']}") from exc


def parse_transaction_webhook(body: str | bytes) -> Transaction:
    """The transaction carried by a `transaction.created` webhook body."""
    return parse_webhook_payload(body).data
