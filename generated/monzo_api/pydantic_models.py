"""Pydantic v2 models for every schema of spec/monzo.yaml (generated; do not edit)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, conint, constr

from monzo_api.types import OpenStrEnum


class AuthorizationCodeGrantType(OpenStrEnum):
    authorization_code = "authorization_code"


class RefreshTokenGrantType(OpenStrEnum):
    refresh_token = "refresh_token"


class AuthorizationCodeGrant(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    grant_type: AuthorizationCodeGrantType
    client_id: str = Field(..., description="The OAuth client id (`oauth2client_…`).")
    client_secret: str = Field(..., description="The OAuth client secret (`mnzconf.…`).")
    redirect_uri: str = Field(
        ...,
        description="Exactly the redirect URI used in the authorisation request (path included).",
    )
    code: str = Field(..., description="The `code` received on the redirect.")


class RefreshTokenGrant(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    grant_type: RefreshTokenGrantType
    client_id: str = Field(..., description="The OAuth client id (`oauth2client_…`).")
    client_secret: str = Field(..., description="The OAuth client secret (`mnzconf.…`).")
    refresh_token: str = Field(..., description="The latest refresh token.")


class OAuthTokenRequest(RootModel[AuthorizationCodeGrant | RefreshTokenGrant]):
    root: AuthorizationCodeGrant | RefreshTokenGrant = Field(
        ..., description="Form body of `POST /oauth2/token`, one per grant type."
    )


class OAuthToken(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    access_token: str
    client_id: str
    expires_in: int = Field(
        ...,
        description="Lifetime of the access token in seconds (21600 = 6 hours in practice).",
    )
    refresh_token: str | None = Field(
        None,
        description="Only issued to confidential clients. Each refresh returns a new one and invalidates the old one.",
    )
    token_type: str = Field(..., description="Always `Bearer`.")
    user_id: str


class WhoAmI(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    authenticated: bool
    client_id: str
    user_id: str


class Empty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class AccountType(OpenStrEnum):
    uk_prepaid = "uk_prepaid"
    uk_retail = "uk_retail"
    uk_retail_joint = "uk_retail_joint"
    uk_business = "uk_business"
    uk_rewards = "uk_rewards"
    uk_loan = "uk_loan"
    uk_monzo_flex = "uk_monzo_flex"
    uk_monzo_flex_backing_loan = "uk_monzo_flex_backing_loan"


class AccountOwner(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    user_id: str | None = None
    preferred_name: str | None = None
    preferred_first_name: str | None = None


class UkPaymentDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_number: str | None = None
    sort_code: str | None = None


class AccountPaymentDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    locale_uk: UkPaymentDetails | None = None


class Account(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., description="Account id (`acc_…`).")
    description: str
    created: datetime
    closed: bool | None = None
    type: AccountType | None = None
    currency: str | None = Field(None, description="ISO 4217 code.")
    country_code: str | None = Field(None, description="ISO 3166-1 alpha-2 code.")
    owners: list[AccountOwner] | None = None
    account_number: str | None = None
    sort_code: str | None = None
    payment_details: AccountPaymentDetails | None = None


class AccountList(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    accounts: list[Account]


class LocalSpend(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class Balance(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    balance: int = Field(..., description="Available balance, pending transactions included.")
    total_balance: int = Field(..., description="`balance` plus all the user's pots.")
    balance_including_flexible_savings: int | None = Field(
        None, description="Balance plus flexible savings pots (an amount, not a flag)."
    )
    currency: str = Field(..., description="ISO 4217 code.")
    spend_today: int = Field(
        ...,
        description="Amount spent since about 4am today (negative when money went out).",
    )
    local_currency: str | None = Field(None, description='Currency of spending abroad, or `""`.')
    local_exchange_rate: float | None = None
    local_spend: list[LocalSpend] | None = None


class Pot(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., description="Pot id (`pot_…`).")
    name: str
    style: str = Field(..., description="Cover style name, e.g. `beach_ball`, `raspberry`.")
    balance: int = Field(..., description="Amount in the pot, minor units.")
    currency: str
    created: datetime
    updated: datetime
    deleted: bool
    goal_amount: int | None = Field(None, description="Savings goal in minor units; absent when no goal is set.")
    type: str | None = Field(None, description="Pot product type, e.g. `default`, `flexible_savings`.")
    product_id: str | None = None
    current_account_id: str | None = Field(None, description="The current account the pot belongs to.")
    cover_image_url: str | None = None
    isa_wrapper: str | None = Field(None, description='ISA wrapper name, usually `""`.')
    round_up: bool | None = None
    round_up_multiplier: int | None = None
    is_tax_pot: bool | None = None
    locked: bool | None = None
    available_for_bills: bool | None = None
    has_virtual_cards: bool | None = None


class PotList(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    pots: list[Pot]


class PotDepositRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    source_account_id: str = Field(..., description="The account the money leaves.")
    amount: conint(ge=1) = Field(..., description="Amount in minor units.")
    dedupe_id: str = Field(..., description="Idempotency key; send the same value when retrying.")


class PotWithdrawalRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    destination_account_id: str = Field(..., description="The account the money goes to.")
    amount: conint(ge=1) = Field(..., description="Amount in minor units.")
    dedupe_id: str = Field(..., description="Idempotency key; send the same value when retrying.")


class ExpandOption(OpenStrEnum):
    merchant = "merchant"


class DeclineReason(OpenStrEnum):
    insufficient_funds = "INSUFFICIENT_FUNDS"
    card_inactive = "CARD_INACTIVE"
    card_blocked = "CARD_BLOCKED"
    invalid_cvc = "INVALID_CVC"
    other = "OTHER"
    card_closed = "CARD_CLOSED"
    card_expired = "CARD_EXPIRED"
    invalid_expiry_date = "INVALID_EXPIRY_DATE"
    invalid_pin = "INVALID_PIN"
    sca_not_authenticated_card_not_present = "SCA_NOT_AUTHENTICATED_CARD_NOT_PRESENT"
    strong_customer_authentication_required = "STRONG_CUSTOMER_AUTHENTICATION_REQUIRED"
    authentication_rejected_by_cardholder = "AUTHENTICATION_REJECTED_BY_CARDHOLDER"


class MerchantAddress(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    address: str | None = None
    city: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    postcode: str | None = None
    region: str | None = None
    formatted: str | None = None
    short_formatted: str | None = None
    zoom_level: int | None = None
    approximate: bool | None = None


class Merchant(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., description="Merchant id (`merch_…`).")
    group_id: str = Field(
        ...,
        description="Merchant group id (`grp_…`), shared by the branches of a chain.",
    )
    name: str
    logo: str | None = Field(None, description="Logo URL.")
    emoji: str | None = None
    category: str = Field(..., description="The merchant's default category (see `Transaction.category`).")
    created: datetime
    address: MerchantAddress | None = None
    online: bool | None = None
    atm: bool | None = None
    disable_feedback: bool | None = None
    metadata: dict[str, str] | None = None
    suggested_tags: str | None = Field(None, description="Not always present.")


class Counterparty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    user_id: str | None = Field(
        None,
        description="Monzo user id, or an `anonuser_…` id for non-Monzo counterparties.",
    )
    name: str | None = None
    preferred_name: str | None = None
    sort_code: str | None = None
    account_number: str | None = None


class TransactionAnnotationRequest(RootModel[dict[constr(pattern=r"^metadata\[[^\[\]]+\]$"), str]]):
    root: dict[constr(pattern=r"^metadata\[[^\[\]]+\]$"), str] = Field(
        ...,
        description="Form body of `PATCH /transactions/{transaction_id}`: one `metadata[<key>]` field per key\n(for example `metadata[notes]=Lunch`). An empty value deletes the key.\n",
    )


class FeedItemType(OpenStrEnum):
    basic = "basic"


class FeedItemRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_id: str
    type: FeedItemType
    url: str | None = Field(None, description="Opened when the user taps the item.")
    params_title_: str = Field(..., alias="params[title]", description="Title of the item.")
    params_image_url_: str = Field(
        ...,
        alias="params[image_url]",
        description="URL of the icon (an animated GIF is allowed).",
    )
    params_body_: str | None = Field(None, alias="params[body]", description="Body text.")
    params_background_color_: str | None = Field(
        None,
        alias="params[background_color]",
        description="Background colour, `#RRGGBB`.",
    )
    params_title_color_: str | None = Field(None, alias="params[title_color]", description="Title colour, `#RRGGBB`.")
    params_body_color_: str | None = Field(None, alias="params[body_color]", description="Body colour, `#RRGGBB`.")


class AttachmentUploadRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    file_name: str
    file_type: str = Field(..., description="MIME type, e.g. `image/png`.")
    content_length: conint(ge=0) = Field(..., description="Size of the file in bytes.")


class AttachmentUpload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    file_url: str
    upload_url: str


class AttachmentRegisterRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    external_id: str = Field(..., description="The transaction id (`tx_…`) to attach the image to.")
    file_url: str
    file_type: str = Field(..., description="MIME type.")


class AttachmentDeregisterRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., description="The attachment id (`attach_…`).")


class Attachment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., description="Attachment id (`attach_…`).")
    user_id: str | None = None
    external_id: str | None = Field(None, description="The transaction it is attached to.")
    file_url: str
    file_type: str
    created: datetime | None = None


class AttachmentResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    attachment: Attachment


class ReceiptSubItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str
    amount: int = Field(..., description="Minor units.")
    currency: str
    quantity: float | None = Field(None, description="May be fractional (e.g. 0.3 for kg).")
    unit: str | None = None
    tax: int | None = None


class ReceiptItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str
    amount: int = Field(..., description="Minor units.")
    currency: str
    quantity: float | None = Field(None, description="May be fractional (e.g. 0.3 for kg).")
    unit: str | None = None
    tax: int | None = None
    sub_items: list[ReceiptSubItem] | None = None


class ReceiptTax(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str
    amount: int
    currency: str
    tax_number: str | None = None


class ReceiptPaymentType(OpenStrEnum):
    card = "card"
    cash = "cash"
    gift_card = "gift_card"


class ReceiptPayment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: ReceiptPaymentType
    amount: int
    currency: str
    last_four: str | None = None
    gift_card_type: str | None = None
    bin: str | None = None
    auth_code: str | None = None
    aid: str | None = None
    mid: str | None = None
    tid: str | None = None


class ReceiptMerchant(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    online: bool | None = None
    phone: str | None = None
    email: str | None = None
    store_name: str | None = None
    store_address: str | None = None
    store_postcode: str | None = None


class Receipt(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = Field(None, description="Receipt id (`receipt_…`), set by Monzo.")
    external_id: str = Field(
        ...,
        description="Your unique id for the receipt; PUT again with the same value to update it.",
    )
    transaction_id: str
    total: conint(ge=1) = Field(..., description="Total in minor units.")
    currency: str
    items: list[ReceiptItem]
    taxes: list[ReceiptTax] | None = None
    payments: list[ReceiptPayment] | None = None
    merchant: ReceiptMerchant | None = None


class ReceiptCreated(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    receipt_id: str | None = None


class ReceiptResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    receipt: Receipt


class Webhook(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., description="Webhook id (`webhook_…`).")
    account_id: str
    url: str


class WebhookResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    webhook: Webhook


class WebhookList(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    webhooks: list[Webhook]


class WebhookRegisterRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_id: str
    url: str = Field(..., description="The URL Monzo will POST events to.")


class WebhookEventData(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class WebhookEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str = Field(..., examples=["transaction.created"])
    data: WebhookEventData


class TransactionCreatedEventType(OpenStrEnum):
    transaction_created = "transaction.created"


class MonzoError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: str = Field(
        ...,
        examples=["unauthorized.bad_access_token.expired", "forbidden.insufficient_permissions"],
    )
    message: str
    error: str | None = Field(None, description="OAuth error, e.g. `invalid_token`.")
    error_description: str | None = None
    params: dict[str, str] | None = None
    retryable: Any | None = Field(None, description="Retryability marker of Monzo's error library (seen as `{}`).")
    marshal_count: int | None = None
    unexpected: Any | None = Field(None, description="Internal marker of Monzo's error library (seen as `{}`).")


class Transaction(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., description="Transaction id (`tx_…`).")
    account_id: str | None = None
    user_id: str | None = None
    amount: int = Field(..., description="Amount in minor units; negative is a debit.")
    currency: str
    local_amount: int | None = Field(None, description="Amount in the currency the transaction was made in.")
    local_currency: str | None = None
    account_balance: int | None = Field(
        None,
        description="Account balance after the transaction (removed from the docs in 2020, still sent).",
    )
    created: datetime
    updated: datetime | None = None
    settled: datetime | Literal[""] | None = Field(
        None,
        description='When the transaction settled, usually 24-48 h after `created`; `""` while it is only authorised.',
    )
    description: str = Field(..., description="Raw text from the card scheme or payment.")
    merchant: Merchant | str | None = Field(
        None,
        description="The merchant id (`merch_…`), the merchant object when `expand[]=merchant` is sent, or null/absent (transfers, pot moves, interest).",
    )
    category: str | None = Field(
        None,
        description="Category id. Documented values: `general`, `eating_out`, `expenses`, `transport`,\n`cash`, `bills`, `entertainment`, `shopping`, `holidays`, `groceries`, and `mondo` for\ntop-ups. Also seen: `income`, `savings`, `transfers`, `family`, and custom categories\nas `category_…` ids. Treat it as a free string.\n",
        examples=["eating_out", "groceries", "category_00009Zy8Xw7Vu6Ts5Rq4Po"],
    )
    categories: dict[str, int] | None = None
    metadata: dict[str, str] | None = None
    notes: str | None = Field(None, description='User notes; may be `""`.')
    is_load: bool | None = Field(
        None,
        description="True for top-ups. Refunds and other credits are positive but false.",
    )
    decline_reason: DeclineReason | None = None
    counterparty: Counterparty | None = None
    scheme: str | None = Field(
        None,
        description="Payment scheme, e.g. `mastercard`, `payport_faster_payments`, `uk_retail_pot`, `monzo_flex`, `monzo_to_monzo`.",
    )
    dedupe_id: str | None = None
    originator: bool | None = None
    include_in_spending: bool | None = None
    international: Any | None = Field(
        None,
        description="International payment details (shape undocumented; usually null).",
    )
    labels: list[str] | None = None
    attachments: list[Attachment] | None = None
    fees: Any | None = Field(None, description="Fees charged (shape undocumented; usually `{}`).")
    atm_fees_detailed: Any | None = Field(None, description="ATM fee breakdown (shape undocumented; usually null).")
    amount_is_pending: bool | None = None
    can_add_to_tab: bool | None = None
    can_be_excluded_from_breakdown: bool | None = None
    can_be_made_subscription: bool | None = None
    can_split_the_bill: bool | None = None
    can_match_transactions_in_categorization: bool | None = None
    parent_account_id: str | None = None


class TransactionList(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    transactions: list[Transaction]


class TransactionResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    transaction: Transaction


class TransactionCreatedEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: TransactionCreatedEventType
    data: Transaction
