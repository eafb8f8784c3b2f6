from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountOwner")


@_attrs_define
class AccountOwner:
    """A person who owns the account.

    Attributes:
        user_id (str | Unset):
        preferred_name (str | Unset):
        preferred_first_name (str | Unset):
    """

    user_id: str | Unset = UNSET
    preferred_name: str | Unset = UNSET
    preferred_first_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        preferred_name = self.preferred_name

        preferred_first_name = self.preferred_first_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if preferred_name is not UNSET:
            field_dict["preferred_name"] = preferred_name
        if preferred_first_name is not UNSET:
            field_dict["preferred_first_name"] = preferred_first_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        preferred_name = d.pop("preferred_name", UNSET)

        preferred_first_name = d.pop("preferred_first_name", UNSET)

        account_owner = cls(
            user_id=user_id,
            preferred_name=preferred_name,
            preferred_first_name=preferred_first_name,
        )

        account_owner.additional_properties = d
        return account_owner

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
