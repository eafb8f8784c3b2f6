from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decline_reason import DeclineReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.counterparty import Counterparty
    from ..models.merchant import Merchant
    from ..models.transaction_categories import TransactionCategories
    from ..models.transaction_metadata import TransactionMetadata


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A movement of money into (positive `amount`) or out of (negative) an account. Real
    responses carry many undocumented fields; all are optional here.

        Attributes:
            id (str): Transaction id (`tx_…`).
            amount (int): Amount in minor units; negative is a debit.
            currency (str):
            created (datetime.datetime):
            description (str): Raw text from the card scheme or payment.
            account_id (str | Unset):
            user_id (str | Unset):
            local_amount (int | Unset): Amount in the currency the transaction was made in.
            local_currency (str | Unset):
            account_balance (int | Unset): Account balance after the transaction (removed from the docs in 2020, still
                sent).
            updated (datetime.datetime | Unset):
            settled (datetime.datetime | Literal[''] | Unset): When the transaction settled, usually 24-48 h after
                `created`; `""` while it is only authorised.
            merchant (Merchant | None | str | Unset): The merchant id (`merch_…`), the merchant object when
                `expand[]=merchant` is sent, or null/absent (transfers, pot moves, interest).
            category (str | Unset): Category id. Documented values: `general`, `eating_out`, `expenses`, `transport`,
                `cash`, `bills`, `entertainment`, `shopping`, `holidays`, `groceries`, and `mondo` for
                top-ups. Also seen: `income`, `savings`, `transfers`, `family`, and custom categories
                as `category_…` ids. Treat it as a free string.
            categories (None | TransactionCategories | Unset):
            metadata (TransactionMetadata | Unset): Key/value annotations (string values). Keys set via `PATCH
                /transactions/{id}` are private to the client.
            notes (str | Unset): User notes; may be `""`.
            is_load (bool | Unset): True for top-ups. Refunds and other credits are positive but false.
            decline_reason (DeclineReason | Unset): Why a transaction was declined. The first five are documented; the rest
                are seen in real
                responses.
            counterparty (Counterparty | Unset): The other side of a bank transfer. Often `{}` (card payments), so no field
                is required.
            scheme (str | Unset): Payment scheme, e.g. `mastercard`, `payport_faster_payments`, `uk_retail_pot`,
                `monzo_flex`, `monzo_to_monzo`.
            dedupe_id (str | Unset):
            originator (bool | Unset):
            include_in_spending (bool | Unset):
            international (Any | Unset): International payment details (shape undocumented; usually null).
            labels (list[str] | None | Unset):
            attachments (list[Attachment] | None | Unset):
            fees (Any | Unset): Fees charged (shape undocumented; usually `{}`).
            atm_fees_detailed (Any | Unset): ATM fee breakdown (shape undocumented; usually null).
            amount_is_pending (bool | Unset):
            can_add_to_tab (bool | Unset):
            can_be_excluded_from_breakdown (bool | Unset):
            can_be_made_subscription (bool | Unset):
            can_split_the_bill (bool | Unset):
            can_match_transactions_in_categorization (bool | Unset):
            parent_account_id (str | Unset):
    """

    id: str
    amount: int
    currency: str
    created: datetime.datetime
    description: str
    account_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    local_amount: int | Unset = UNSET
    local_currency: str | Unset = UNSET
    account_balance: int | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    settled: datetime.datetime | Literal[""] | Unset = UNSET
    merchant: Merchant | None | str | Unset = UNSET
    category: str | Unset = UNSET
    categories: None | TransactionCategories | Unset = UNSET
    metadata: TransactionMetadata | Unset = UNSET
    notes: str | Unset = UNSET
    is_load: bool | Unset = UNSET
    decline_reason: DeclineReason | Unset = UNSET
    counterparty: Counterparty | Unset = UNSET
    scheme: str | Unset = UNSET
    dedupe_id: str | Unset = UNSET
    originator: bool | Unset = UNSET
    include_in_spending: bool | Unset = UNSET
    international: Any | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    attachments: list[Attachment] | None | Unset = UNSET
    fees: Any | Unset = UNSET
    atm_fees_detailed: Any | Unset = UNSET
    amount_is_pending: bool | Unset = UNSET
    can_add_to_tab: bool | Unset = UNSET
    can_be_excluded_from_breakdown: bool | Unset = UNSET
    can_be_made_subscription: bool | Unset = UNSET
    can_split_the_bill: bool | Unset = UNSET
    can_match_transactions_in_categorization: bool | Unset = UNSET
    parent_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.merchant import Merchant  # noqa: PLC0415
        from ..models.transaction_categories import TransactionCategories  # noqa: PLC0415

        id = self.id

        amount = self.amount

        currency = self.currency

        created = (
            self.created.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created.tzinfo
            else self.created.isoformat()
        )

        description = self.description

        account_id = self.account_id

        user_id = self.user_id

        local_amount = self.local_amount

        local_currency = self.local_currency

        account_balance = self.account_balance

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = (
                self.updated.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.updated.tzinfo
                else self.updated.isoformat()
            )

        settled: Literal[""] | str | Unset
        if isinstance(self.settled, Unset):
            settled = UNSET
        elif isinstance(self.settled, datetime.datetime):
            settled = (
                self.settled.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.settled.tzinfo
                else self.settled.isoformat()
            )
        else:
            settled = self.settled

        merchant: dict[str, Any] | None | str | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, Merchant):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        category = self.category

        categories: dict[str, Any] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, TransactionCategories):
            categories = self.categories.to_dict()
        else:
            categories = self.categories

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        notes = self.notes

        is_load = self.is_load

        decline_reason: str | Unset = UNSET
        if not isinstance(self.decline_reason, Unset):
            decline_reason = self.decline_reason.value

        counterparty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counterparty, Unset):
            counterparty = self.counterparty.to_dict()

        scheme = self.scheme

        dedupe_id = self.dedupe_id

        originator = self.originator

        include_in_spending = self.include_in_spending

        international = self.international

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        fees = self.fees

        atm_fees_detailed = self.atm_fees_detailed

        amount_is_pending = self.amount_is_pending

        can_add_to_tab = self.can_add_to_tab

        can_be_excluded_from_breakdown = self.can_be_excluded_from_breakdown

        can_be_made_subscription = self.can_be_made_subscription

        can_split_the_bill = self.can_split_the_bill

        can_match_transactions_in_categorization = self.can_match_transactions_in_categorization

        parent_account_id = self.parent_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "currency": currency,
                "created": created,
                "description": description,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if local_amount is not UNSET:
            field_dict["local_amount"] = local_amount
        if local_currency is not UNSET:
            field_dict["local_currency"] = local_currency
        if account_balance is not UNSET:
            field_dict["account_balance"] = account_balance
        if updated is not UNSET:
            field_dict["updated"] = updated
        if settled is not UNSET:
            field_dict["settled"] = settled
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if category is not UNSET:
            field_dict["category"] = category
        if categories is not UNSET:
            field_dict["categories"] = categories
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notes is not UNSET:
            field_dict["notes"] = notes
        if is_load is not UNSET:
            field_dict["is_load"] = is_load
        if decline_reason is not UNSET:
            field_dict["decline_reason"] = decline_reason
        if counterparty is not UNSET:
            field_dict["counterparty"] = counterparty
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if dedupe_id is not UNSET:
            field_dict["dedupe_id"] = dedupe_id
        if originator is not UNSET:
            field_dict["originator"] = originator
        if include_in_spending is not UNSET:
            field_dict["include_in_spending"] = include_in_spending
        if international is not UNSET:
            field_dict["international"] = international
        if labels is not UNSET:
            field_dict["labels"] = labels
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if fees is not UNSET:
            field_dict["fees"] = fees
        if atm_fees_detailed is not UNSET:
            field_dict["atm_fees_detailed"] = atm_fees_detailed
        if amount_is_pending is not UNSET:
            field_dict["amount_is_pending"] = amount_is_pending
        if can_add_to_tab is not UNSET:
            field_dict["can_add_to_tab"] = can_add_to_tab
        if can_be_excluded_from_breakdown is not UNSET:
            field_dict["can_be_excluded_from_breakdown"] = can_be_excluded_from_breakdown
        if can_be_made_subscription is not UNSET:
            field_dict["can_be_made_subscription"] = can_be_made_subscription
        if can_split_the_bill is not UNSET:
            field_dict["can_split_the_bill"] = can_split_the_bill
        if can_match_transactions_in_categorization is not UNSET:
            field_dict["can_match_transactions_in_categorization"] = can_match_transactions_in_categorization
        if parent_account_id is not UNSET:
            field_dict["parent_account_id"] = parent_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.counterparty import Counterparty  # noqa: PLC0415
        from ..models.merchant import Merchant  # noqa: PLC0415
        from ..models.transaction_categories import TransactionCategories  # noqa: PLC0415
        from ..models.transaction_metadata import TransactionMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        description = d.pop("description")

        account_id = d.pop("account_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        local_amount = d.pop("local_amount", UNSET)

        local_currency = d.pop("local_currency", UNSET)

        account_balance = d.pop("account_balance", UNSET)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        def _parse_settled(data: object) -> datetime.datetime | Literal[""] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settled_type_0 = datetime.datetime.fromisoformat(data)

                return settled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            settled_type_1 = cast(Literal[""], data)
            if settled_type_1 != "":
                raise ValueError(f"settled_type_1 must match const '', got '{settled_type_1}'")
            return settled_type_1

        settled = _parse_settled(d.pop("settled", UNSET))

        def _parse_merchant(data: object) -> Merchant | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                merchant_type_0 = Merchant.from_dict(data)

                return merchant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Merchant | None | str | Unset, data)

        merchant = _parse_merchant(d.pop("merchant", UNSET))

        category = d.pop("category", UNSET)

        def _parse_categories(data: object) -> None | TransactionCategories | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                categories_type_0 = TransactionCategories.from_dict(data)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransactionCategories | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: TransactionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TransactionMetadata.from_dict(_metadata)

        notes = d.pop("notes", UNSET)

        is_load = d.pop("is_load", UNSET)

        _decline_reason = d.pop("decline_reason", UNSET)
        decline_reason: DeclineReason | Unset
        if isinstance(_decline_reason, Unset):
            decline_reason = UNSET
        else:
            decline_reason = DeclineReason(_decline_reason)

        _counterparty = d.pop("counterparty", UNSET)
        counterparty: Counterparty | Unset
        if isinstance(_counterparty, Unset):
            counterparty = UNSET
        else:
            counterparty = Counterparty.from_dict(_counterparty)

        scheme = d.pop("scheme", UNSET)

        dedupe_id = d.pop("dedupe_id", UNSET)

        originator = d.pop("originator", UNSET)

        include_in_spending = d.pop("include_in_spending", UNSET)

        international = d.pop("international", UNSET)

        def _parse_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                labels_type_0 = cast(list[str], data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_attachments(data: object) -> list[Attachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = Attachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        fees = d.pop("fees", UNSET)

        atm_fees_detailed = d.pop("atm_fees_detailed", UNSET)

        amount_is_pending = d.pop("amount_is_pending", UNSET)

        can_add_to_tab = d.pop("can_add_to_tab", UNSET)

        can_be_excluded_from_breakdown = d.pop("can_be_excluded_from_breakdown", UNSET)

        can_be_made_subscription = d.pop("can_be_made_subscription", UNSET)

        can_split_the_bill = d.pop("can_split_the_bill", UNSET)

        can_match_transactions_in_categorization = d.pop("can_match_transactions_in_categorization", UNSET)

        parent_account_id = d.pop("parent_account_id", UNSET)

        transaction = cls(
            id=id,
            amount=amount,
            currency=currency,
            created=created,
            description=description,
            account_id=account_id,
            user_id=user_id,
            local_amount=local_amount,
            local_currency=local_currency,
            account_balance=account_balance,
            updated=updated,
            settled=settled,
            merchant=merchant,
            category=category,
            categories=categories,
            metadata=metadata,
            notes=notes,
            is_load=is_load,
            decline_reason=decline_reason,
            counterparty=counterparty,
            scheme=scheme,
            dedupe_id=dedupe_id,
            originator=originator,
            include_in_spending=include_in_spending,
            international=international,
            labels=labels,
            attachments=attachments,
            fees=fees,
            atm_fees_detailed=atm_fees_detailed,
            amount_is_pending=amount_is_pending,
            can_add_to_tab=can_add_to_tab,
            can_be_excluded_from_breakdown=can_be_excluded_from_breakdown,
            can_be_made_subscription=can_be_made_subscription,
            can_split_the_bill=can_split_the_bill,
            can_match_transactions_in_categorization=can_match_transactions_in_categorization,
            parent_account_id=parent_account_id,
        )

        transaction.additional_properties = d
        return transaction

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
