"""The models monzoh returns: the pydantic v2 models generated from spec/monzo.yaml.

They keep unknown fields (`model_extra`) and accept enum values the spec does not list yet, so
real payloads parse; money stays in integer pence, as the API sends it. They work as FastAPI
`response_model`s as they are.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from monzo_api.pydantic_models import (
    Account,
    AccountOwner,
    AccountPaymentDetails,
    AccountType,
    Attachment,
    AttachmentUpload,
    Balance,
    Counterparty,
    DeclineReason,
    Merchant,
    MerchantAddress,
    OAuthToken,
    Pot,
    Receipt,
    ReceiptItem,
    ReceiptMerchant,
    ReceiptPayment,
    ReceiptPaymentType,
    ReceiptSubItem,
    ReceiptTax,
    Transaction,
    TransactionCreatedEvent,
    Webhook,
    WebhookEvent,
    WhoAmI,
)

__all__ = [
    "Account",
    "AccountOwner",
    "AccountPaymentDetails",
    "AccountType",
    "Attachment",
    "AttachmentUpload",
    "Balance",
    "Counterparty",
    "DeclineReason",
    "FeedItemParams",
    "Merchant",
    "MerchantAddress",
    "OAuthToken",
    "Pot",
    "Receipt",
    "ReceiptItem",
    "ReceiptMerchant",
    "ReceiptPayment",
    "ReceiptPaymentType",
    "ReceiptSubItem",
    "ReceiptTax",
    "Transaction",
    "TransactionCreatedEvent",
    "Webhook",
    "WebhookEvent",
    "WhoAmI",
]


class FeedItemParams(BaseModel):
    """What a basic feed item shows (sent as `params[title]`, `params[image_url]`, ...)."""

    model_config = ConfigDict(extra="forbid")

    title: str
    image_url: str
    body: str | None = None
    background_color: str | None = None
    title_color: str | None = None
    body_color: str | None = None
