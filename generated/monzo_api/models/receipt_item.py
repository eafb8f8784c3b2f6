from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receipt_sub_item import ReceiptSubItem


T = TypeVar("T", bound="ReceiptItem")


@_attrs_define
class ReceiptItem:
    """A line of a receipt. With sub-items, `amount` is their sum.

    Attributes:
        description (str):
        amount (int): Minor units.
        currency (str):
        quantity (float | Unset): May be fractional (e.g. 0.3 for kg).
        unit (str | Unset):
        tax (int | Unset):
        sub_items (list[ReceiptSubItem] | Unset):
    """

    description: str
    amount: int
    currency: str
    quantity: float | Unset = UNSET
    unit: str | Unset = UNSET
    tax: int | Unset = UNSET
    sub_items: list[ReceiptSubItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        amount = self.amount

        currency = self.currency

        quantity = self.quantity

        unit = self.unit

        tax = self.tax

        sub_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_items, Unset):
            sub_items = []
            for sub_items_item_data in self.sub_items:
                sub_items_item = sub_items_item_data.to_dict()
                sub_items.append(sub_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "amount": amount,
                "currency": currency,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit is not UNSET:
            field_dict["unit"] = unit
        if tax is not UNSET:
            field_dict["tax"] = tax
        if sub_items is not UNSET:
            field_dict["sub_items"] = sub_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receipt_sub_item import ReceiptSubItem  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        amount = d.pop("amount")

        currency = d.pop("currency")

        quantity = d.pop("quantity", UNSET)

        unit = d.pop("unit", UNSET)

        tax = d.pop("tax", UNSET)

        _sub_items = d.pop("sub_items", UNSET)
        sub_items: list[ReceiptSubItem] | Unset = UNSET
        if _sub_items is not UNSET:
            sub_items = []
            for sub_items_item_data in _sub_items:
                sub_items_item = ReceiptSubItem.from_dict(sub_items_item_data)

                sub_items.append(sub_items_item)

        receipt_item = cls(
            description=description,
            amount=amount,
            currency=currency,
            quantity=quantity,
            unit=unit,
            tax=tax,
            sub_items=sub_items,
        )

        receipt_item.additional_properties = d
        return receipt_item

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
