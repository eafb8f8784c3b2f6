"""Contains all the data models used in inputs/outputs"""

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
