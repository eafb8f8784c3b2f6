from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Counterparty")


@_attrs_define
class Counterparty:
    """The other side of a bank transfer. Often `{}` (card payments), so no field is required.

    Attributes:
        user_id (str | Unset): Monzo user id, or an `anonuser_…` id for non-Monzo counterparties.
        name (str | Unset):
        preferred_name (str | Unset):
        sort_code (str | Unset):
        account_number (str | Unset):
    """

    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    preferred_name: str | Unset = UNSET
    sort_code: str | Unset = UNSET
    account_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name = self.name

        preferred_name = self.preferred_name

        sort_code = self.sort_code

        account_number = self.account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if preferred_name is not UNSET:
            field_dict["preferred_name"] = preferred_name
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code
        if account_number is not UNSET:
            field_dict["account_number"] = account_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        name = d.pop("name", UNSET)

        preferred_name = d.pop("preferred_name", UNSET)

        sort_code = d.pop("sort_code", UNSET)

        account_number = d.pop("account_number", UNSET)

        counterparty = cls(
            user_id=user_id,
            name=name,
            preferred_name=preferred_name,
            sort_code=sort_code,
            account_number=account_number,
        )

        counterparty.additional_properties = d
        return counterparty

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
