from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uk_payment_details import UkPaymentDetails


T = TypeVar("T", bound="AccountPaymentDetails")


@_attrs_define
class AccountPaymentDetails:
    """Bank details of an account, per locale.

    Attributes:
        locale_uk (UkPaymentDetails | Unset): UK bank details of an account.
    """

    locale_uk: UkPaymentDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale_uk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locale_uk, Unset):
            locale_uk = self.locale_uk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locale_uk is not UNSET:
            field_dict["locale_uk"] = locale_uk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uk_payment_details import UkPaymentDetails  # noqa: PLC0415

        d = dict(src_dict)
        _locale_uk = d.pop("locale_uk", UNSET)
        locale_uk: UkPaymentDetails | Unset
        if isinstance(_locale_uk, Unset):
            locale_uk = UNSET
        else:
            locale_uk = UkPaymentDetails.from_dict(_locale_uk)

        account_payment_details = cls(
            locale_uk=locale_uk,
        )

        account_payment_details.additional_properties = d
        return account_payment_details

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
