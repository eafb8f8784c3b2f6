from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiptMerchant")


@_attrs_define
class ReceiptMerchant:
    """The shop named on the receipt (independent of the transaction's `Merchant`).

    Attributes:
        name (str | Unset):
        online (bool | Unset):
        phone (str | Unset):
        email (str | Unset):
        store_name (str | Unset):
        store_address (str | Unset):
        store_postcode (str | Unset):
    """

    name: str | Unset = UNSET
    online: bool | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    store_name: str | Unset = UNSET
    store_address: str | Unset = UNSET
    store_postcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        online = self.online

        phone = self.phone

        email = self.email

        store_name = self.store_name

        store_address = self.store_address

        store_postcode = self.store_postcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if online is not UNSET:
            field_dict["online"] = online
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if store_name is not UNSET:
            field_dict["store_name"] = store_name
        if store_address is not UNSET:
            field_dict["store_address"] = store_address
        if store_postcode is not UNSET:
            field_dict["store_postcode"] = store_postcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        online = d.pop("online", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        store_name = d.pop("store_name", UNSET)

        store_address = d.pop("store_address", UNSET)

        store_postcode = d.pop("store_postcode", UNSET)

        receipt_merchant = cls(
            name=name,
            online=online,
            phone=phone,
            email=email,
            store_name=store_name,
            store_address=store_address,
            store_postcode=store_postcode,
        )

        receipt_merchant.additional_properties = d
        return receipt_merchant

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
