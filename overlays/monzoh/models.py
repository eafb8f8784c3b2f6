"""The models monzoh returns: the pydantic v2 models generated from spec/monzo.yaml.

They keep unknown fields (`model_extra`) and accept enum values the spec does not list yet, so
real payloads parse; money stays in integer pence, as the API sends it. They work as FastAPI
`response_model`s as they are. What a client returns is a subclass of each (see `_bound_models`):
its amounts are `Pence`, and accounts, transactions and pots have monzoh 1.2.0's methods.

monzoh 1.2.0's names for the response wrappers are here too (`AccountsResponse` is `AccountList`).
"""

from __future__ import annotations

import typing as _typing

from pydantic import BaseModel, ConfigDict

from overlay_runtime._lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
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
    from monzo_api.pydantic_models import MerchantAddress as Address
    from monzo_api.pydantic_models import WebhookList as WebhooksResponse

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
    from ._bound_models import AccountList as AccountsResponse
    from ._bound_models import PotList as PotsResponse
    from ._bound_models import TransactionList as TransactionsResponse

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

# The models load on first use: `import monzoh` does not import the generated pydantic models.
_LAZY = {
    "AccountOwner": "monzo_api.pydantic_models",
    "AccountPaymentDetails": "monzo_api.pydantic_models",
    "AccountType": "monzo_api.pydantic_models",
    "Attachment": "monzo_api.pydantic_models",
    "AttachmentResponse": "monzo_api.pydantic_models",
    "AttachmentUpload": "monzo_api.pydantic_models",
    "Counterparty": "monzo_api.pydantic_models",
    "DeclineReason": "monzo_api.pydantic_models",
    "Merchant": "monzo_api.pydantic_models",
    "MerchantAddress": "monzo_api.pydantic_models",
    "OAuthToken": "monzo_api.pydantic_models",
    "Receipt": "monzo_api.pydantic_models",
    "ReceiptItem": "monzo_api.pydantic_models",
    "ReceiptMerchant": "monzo_api.pydantic_models",
    "ReceiptPayment": "monzo_api.pydantic_models",
    "ReceiptPaymentType": "monzo_api.pydantic_models",
    "ReceiptResponse": "monzo_api.pydantic_models",
    "ReceiptSubItem": "monzo_api.pydantic_models",
    "ReceiptTax": "monzo_api.pydantic_models",
    "Webhook": "monzo_api.pydantic_models",
    "WebhookEvent": "monzo_api.pydantic_models",
    "WebhookList": "monzo_api.pydantic_models",
    "WebhookResponse": "monzo_api.pydantic_models",
    "WhoAmI": "monzo_api.pydantic_models",
    "Account": "._bound_models",
    "AccountList": "._bound_models",
    "Balance": "._bound_models",
    "Pot": "._bound_models",
    "PotList": "._bound_models",
    "Transaction": "._bound_models",
    "TransactionCreatedEvent": "._bound_models",
    "TransactionList": "._bound_models",
    "TransactionResponse": "._bound_models",
    # monzoh 1.2.0's names
    "AccountsResponse": "._bound_models:AccountList",
    "Address": "monzo_api.pydantic_models:MerchantAddress",
    "PotsResponse": "._bound_models:PotList",
    "TransactionsResponse": "._bound_models:TransactionList",
    "WebhooksResponse": "monzo_api.pydantic_models:WebhookList",
}
if not _typing.TYPE_CHECKING:  # (type checkers see the imports above, and flag a misspelt name)
    __getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY)


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
