"""Contains all the data models used in inputs/outputs (each module imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_list import AccountList
    from .account_owner import AccountOwner
    from .account_payment_details import AccountPaymentDetails
    from .account_type import AccountType
    from .attachment import Attachment
    from .attachment_deregister_request import AttachmentDeregisterRequest
    from .attachment_register_request import AttachmentRegisterRequest
    from .attachment_response import AttachmentResponse
    from .attachment_upload import AttachmentUpload
    from .attachment_upload_request import AttachmentUploadRequest
    from .authorization_code_grant import AuthorizationCodeGrant
    from .authorization_code_grant_type import AuthorizationCodeGrantType
    from .balance import Balance
    from .counterparty import Counterparty
    from .decline_reason import DeclineReason
    from .empty import Empty
    from .expand_option import ExpandOption
    from .feed_item_request import FeedItemRequest
    from .feed_item_type import FeedItemType
    from .local_spend import LocalSpend
    from .merchant import Merchant
    from .merchant_address import MerchantAddress
    from .merchant_metadata import MerchantMetadata
    from .monzo_error import MonzoError
    from .monzo_error_params import MonzoErrorParams
    from .o_auth_token import OAuthToken
    from .pot import Pot
    from .pot_deposit_request import PotDepositRequest
    from .pot_list import PotList
    from .pot_withdrawal_request import PotWithdrawalRequest
    from .receipt import Receipt
    from .receipt_created import ReceiptCreated
    from .receipt_item import ReceiptItem
    from .receipt_merchant import ReceiptMerchant
    from .receipt_payment import ReceiptPayment
    from .receipt_payment_type import ReceiptPaymentType
    from .receipt_response import ReceiptResponse
    from .receipt_sub_item import ReceiptSubItem
    from .receipt_tax import ReceiptTax
    from .refresh_token_grant import RefreshTokenGrant
    from .refresh_token_grant_type import RefreshTokenGrantType
    from .transaction import Transaction
    from .transaction_annotation_request import TransactionAnnotationRequest
    from .transaction_categories import TransactionCategories
    from .transaction_created_event import TransactionCreatedEvent
    from .transaction_created_event_type import TransactionCreatedEventType
    from .transaction_list import TransactionList
    from .transaction_metadata import TransactionMetadata
    from .transaction_response import TransactionResponse
    from .uk_payment_details import UkPaymentDetails
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData
    from .webhook_list import WebhookList
    from .webhook_register_request import WebhookRegisterRequest
    from .webhook_response import WebhookResponse
    from .who_am_i import WhoAmI

_MODULES = {
    "Account": ".account",
    "AccountList": ".account_list",
    "AccountOwner": ".account_owner",
    "AccountPaymentDetails": ".account_payment_details",
    "AccountType": ".account_type",
    "Attachment": ".attachment",
    "AttachmentDeregisterRequest": ".attachment_deregister_request",
    "AttachmentRegisterRequest": ".attachment_register_request",
    "AttachmentResponse": ".attachment_response",
    "AttachmentUpload": ".attachment_upload",
    "AttachmentUploadRequest": ".attachment_upload_request",
    "AuthorizationCodeGrant": ".authorization_code_grant",
    "AuthorizationCodeGrantType": ".authorization_code_grant_type",
    "Balance": ".balance",
    "Counterparty": ".counterparty",
    "DeclineReason": ".decline_reason",
    "Empty": ".empty",
    "ExpandOption": ".expand_option",
    "FeedItemRequest": ".feed_item_request",
    "FeedItemType": ".feed_item_type",
    "LocalSpend": ".local_spend",
    "Merchant": ".merchant",
    "MerchantAddress": ".merchant_address",
    "MerchantMetadata": ".merchant_metadata",
    "MonzoError": ".monzo_error",
    "MonzoErrorParams": ".monzo_error_params",
    "OAuthToken": ".o_auth_token",
    "Pot": ".pot",
    "PotDepositRequest": ".pot_deposit_request",
    "PotList": ".pot_list",
    "PotWithdrawalRequest": ".pot_withdrawal_request",
    "Receipt": ".receipt",
    "ReceiptCreated": ".receipt_created",
    "ReceiptItem": ".receipt_item",
    "ReceiptMerchant": ".receipt_merchant",
    "ReceiptPayment": ".receipt_payment",
    "ReceiptPaymentType": ".receipt_payment_type",
    "ReceiptResponse": ".receipt_response",
    "ReceiptSubItem": ".receipt_sub_item",
    "ReceiptTax": ".receipt_tax",
    "RefreshTokenGrant": ".refresh_token_grant",
    "RefreshTokenGrantType": ".refresh_token_grant_type",
    "Transaction": ".transaction",
    "TransactionAnnotationRequest": ".transaction_annotation_request",
    "TransactionCategories": ".transaction_categories",
    "TransactionCreatedEvent": ".transaction_created_event",
    "TransactionCreatedEventType": ".transaction_created_event_type",
    "TransactionList": ".transaction_list",
    "TransactionMetadata": ".transaction_metadata",
    "TransactionResponse": ".transaction_response",
    "UkPaymentDetails": ".uk_payment_details",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
    "WebhookList": ".webhook_list",
    "WebhookRegisterRequest": ".webhook_register_request",
    "WebhookResponse": ".webhook_response",
    "WhoAmI": ".who_am_i",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "Account",
    "AccountList",
    "AccountOwner",
    "AccountPaymentDetails",
    "AccountType",
    "Attachment",
    "AttachmentDeregisterRequest",
    "AttachmentRegisterRequest",
    "AttachmentResponse",
    "AttachmentUpload",
    "AttachmentUploadRequest",
    "AuthorizationCodeGrant",
    "AuthorizationCodeGrantType",
    "Balance",
    "Counterparty",
    "DeclineReason",
    "Empty",
    "ExpandOption",
    "FeedItemRequest",
    "FeedItemType",
    "LocalSpend",
    "Merchant",
    "MerchantAddress",
    "MerchantMetadata",
    "MonzoError",
    "MonzoErrorParams",
    "OAuthToken",
    "Pot",
    "PotDepositRequest",
    "PotList",
    "PotWithdrawalRequest",
    "Receipt",
    "ReceiptCreated",
    "ReceiptItem",
    "ReceiptMerchant",
    "ReceiptPayment",
    "ReceiptPaymentType",
    "ReceiptResponse",
    "ReceiptSubItem",
    "ReceiptTax",
    "RefreshTokenGrant",
    "RefreshTokenGrantType",
    "Transaction",
    "TransactionAnnotationRequest",
    "TransactionCategories",
    "TransactionCreatedEvent",
    "TransactionCreatedEventType",
    "TransactionList",
    "TransactionMetadata",
    "TransactionResponse",
    "UkPaymentDetails",
    "Webhook",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookList",
    "WebhookRegisterRequest",
    "WebhookResponse",
    "WhoAmI",
)
