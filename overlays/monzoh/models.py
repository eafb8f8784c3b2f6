"""The models monzoh returns: the pydantic v2 models generated from spec/monzo.yaml.

They keep unknown fields (`model_extra`) and accept enum values the spec does not list yet, so
real payloads parse; money stays in integer pence, as the API sends it. They work as FastAPI
`response_model`s as they are. What a client returns is a subclass of each (see `_bound_models`):
its amounts are `Pence`, and accounts, transactions and pots have monzoh 1.2.0's methods.

monzoh 1.2.0's names for the response wrappers are here too (`AccountsResponse` is `AccountList`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from monzo_api.pydantic_models import (
    AccountOwner,
    AccountPaymentDetails,
    AccountType,
    Attachment,
    AttachmentResponse,
    AttachmentUpload,
    Counterparty,
    DeclineReason,
    Merchant,
    MerchantAddress,
    OAuthToken,
    Receipt,
    ReceiptItem,
    ReceiptMerchant,
    ReceiptPayment,
    ReceiptPaymentType,
    ReceiptResponse,
    ReceiptSubItem,
    ReceiptTax,
    Webhook,
    WebhookEvent,
    WebhookList,
    WebhookResponse,
    WhoAmI,
)

from ._bound_models import (
    Account,
    AccountList,
    Balance,
    Pot,
    PotList,
    Transaction,
    TransactionCreatedEvent,
    TransactionList,
    TransactionResponse,
)

__all__ = [
    "Account",
    "AccountList",
    "AccountOwner",
    "AccountPaymentDetails",
    "AccountType",
    "AccountsResponse",
    "Address",
    "Attachment",
    "AttachmentResponse",
    "AttachmentUpload",
    "Balance",
    "Counterparty",
    "DeclineReason",
    "FeedItemParams",
    "Merchant",
    "MerchantAddress",
    "OAuthToken",
    "Pot",
    "PotList",
    "PotsResponse",
    "Receipt",
    "ReceiptItem",
    "ReceiptMerchant",
    "ReceiptPayment",
    "ReceiptPaymentType",
    "ReceiptResponse",
    "ReceiptSubItem",
    "ReceiptTax",
    "Transaction",
    "TransactionCreatedEvent",
    "TransactionList",
    "TransactionResponse",
    "TransactionsResponse",
    "Webhook",
    "WebhookEvent",
    "WebhookList",
    "WebhookResponse",
    "WebhooksResponse",
    "WhoAmI",
]

# monzoh 1.2.0's names
AccountsResponse = AccountList
Address = MerchantAddress
PotsResponse = PotList
TransactionsResponse = TransactionList
WebhooksResponse = WebhookList


class FeedItemParams(BaseModel):
    """What a basic feed item shows (sent as `params[title]`, `params[image_url]`, ...)."""

    model_config = ConfigDict(extra="forbid")

    title: str
    image_url: str
    body: str | None = None
    background_color: str | None = None
    title_color: str | None = None
    body_color: str | None = None
    url: str | None = None  # opened on tap (monzoh 1.2.0 took it here; `feed.create_item(url=...)` too)
