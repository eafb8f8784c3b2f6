from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receipt_item import ReceiptItem
    from ..models.receipt_merchant import ReceiptMerchant
    from ..models.receipt_payment import ReceiptPayment
    from ..models.receipt_tax import ReceiptTax


T = TypeVar("T", bound="Receipt")


@_attrs_define
class Receipt:
    """An itemised receipt. `id` is set by Monzo; `external_id` is the caller's key.

    Attributes:
        external_id (str): Your unique id for the receipt; PUT again with the same value to update it.
        transaction_id (str):
        total (int): Total in minor units.
        currency (str):
        items (list[ReceiptItem]):
        id (str | Unset): Receipt id (`receipt_…`), set by Monzo.
        taxes (list[ReceiptTax] | Unset):
        payments (list[ReceiptPayment] | Unset):
        merchant (ReceiptMerchant | Unset): The shop named on the receipt (independent of the transaction's `Merchant`).
    """

    external_id: str
    transaction_id: str
    total: int
    currency: str
    items: list[ReceiptItem]
    id: str | Unset = UNSET
    taxes: list[ReceiptTax] | Unset = UNSET
    payments: list[ReceiptPayment] | Unset = UNSET
    merchant: ReceiptMerchant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        transaction_id = self.transaction_id

        total = self.total

        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        id = self.id

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        merchant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant, Unset):
            merchant = self.merchant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "transaction_id": transaction_id,
                "total": total,
                "currency": currency,
                "items": items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if payments is not UNSET:
            field_dict["payments"] = payments
        if merchant is not UNSET:
            field_dict["merchant"] = merchant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receipt_item import ReceiptItem  # noqa: PLC0415
        from ..models.receipt_merchant import ReceiptMerchant  # noqa: PLC0415
        from ..models.receipt_payment import ReceiptPayment  # noqa: PLC0415
        from ..models.receipt_tax import ReceiptTax  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id")

        transaction_id = d.pop("transaction_id")

        total = d.pop("total")

        currency = d.pop("currency")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ReceiptItem.from_dict(items_item_data)

            items.append(items_item)

        id = d.pop("id", UNSET)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[ReceiptTax] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = ReceiptTax.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        _payments = d.pop("payments", UNSET)
        payments: list[ReceiptPayment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = ReceiptPayment.from_dict(payments_item_data)

                payments.append(payments_item)

        _merchant = d.pop("merchant", UNSET)
        merchant: ReceiptMerchant | Unset
        if isinstance(_merchant, Unset):
            merchant = UNSET
        else:
            merchant = ReceiptMerchant.from_dict(_merchant)

        receipt = cls(
            external_id=external_id,
            transaction_id=transaction_id,
            total=total,
            currency=currency,
            items=items,
            id=id,
            taxes=taxes,
            payments=payments,
            merchant=merchant,
        )

        receipt.additional_properties = d
        return receipt

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
