"""Parsing what Monzo POSTs to your webhook URL."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from overlay_runtime._errors import redact_chain

from ._exceptions import WebhookParseError

if TYPE_CHECKING:
    from monzo_api.pydantic_models import Transaction

    from ._bound_models import TransactionCreatedEvent

__all__ = ["parse_transaction_webhook", "parse_webhook_payload"]

KNOWN_EVENTS = ("transaction.created",)


def parse_webhook_payload(body: str | bytes) -> TransactionCreatedEvent:
    """The typed event in a webhook body; `WebhookParseError` for anything else.

    Monzo documents one event, `transaction.created`, whose `data` is the new transaction (merchant
    expanded, plus `account_id`). A body that is not JSON, is nested too deeply to decode, or is not
    a known event is a `WebhookParseError` (also a `MonzoValidationError` and a ValueError), never a
    bare ValueError, TypeError or RecursionError.
    """
    if not isinstance(body, str | bytes | bytearray):
        raise WebhookParseError(f"webhook body must be str or bytes, not {type(body).__name__}")
    cause: BaseException
    try:
        raw = json.loads(body)
    except (ValueError, RecursionError) as exc:
        problem, cause = _problem(exc), exc
    else:
        return _event(raw)
    # Raised outside the `except` block: the decoder's error is the (redacted) cause, and nothing else is chained.
    raise WebhookParseError(f"webhook body is not JSON: {problem}") from redact_chain(cause)


def _event(raw: object) -> TransactionCreatedEvent:
    import pydantic  # here: pydantic loads with the first model

    if not isinstance(raw, dict) or "type" not in raw:
        raise WebhookParseError("webhook body has no event `type`")
    kind = raw["type"]
    if not isinstance(kind, str) or kind not in KNOWN_EVENTS:
        shown = repr(kind[:100]) if isinstance(kind, str) else f"of type {type(kind).__name__}"
        raise WebhookParseError(f"unknown webhook event type {shown} (known: {', '.join(KNOWN_EVENTS)})")
    from ._bound_models import TransactionCreatedEvent  # here: the models load on first use

    cause: BaseException
    try:
        return TransactionCreatedEvent.model_validate(raw)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        problem, cause = f"at {where}: {first['msg']}", exc
    except RecursionError as exc:
        problem, cause = "nested too deeply", exc
    raise WebhookParseError(f"transaction.created event is malformed {problem}") from redact_chain(cause)


def _problem(exc: BaseException) -> str:
    return "nested too deeply" if isinstance(exc, RecursionError) else str(exc)


def parse_transaction_webhook(body: str | bytes) -> Transaction:
    """The transaction carried by a `transaction.created` webhook body."""
    return parse_webhook_payload(body).data
