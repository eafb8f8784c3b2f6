"""monzoh 1.2.0's `monzoh.webhooks`: parse what Monzo POSTs to your webhook URL.

`parse_webhook_payload` returns a `TransactionWebhookPayload` (our `TransactionCreatedEvent`), the
one event Monzo documents; an unknown event type is a `WebhookParseError` here (1.2.0 returned a
bare `WebhookPayload`). A parsed transaction's amounts are `Pence`.
"""

from __future__ import annotations

from monzo_api.pydantic_models import WebhookEvent as WebhookPayload

from ._bound_models import TransactionCreatedEvent as TransactionWebhookPayload
from ._exceptions import WebhookParseError
from ._webhooks import parse_transaction_webhook, parse_webhook_payload

__all__ = [
    "TransactionWebhookPayload",
    "WebhookParseError",
    "WebhookPayload",
    "parse_transaction_webhook",
    "parse_webhook_payload",
]
