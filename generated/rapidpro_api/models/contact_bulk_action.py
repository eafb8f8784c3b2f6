from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_bulk_action_type import ContactBulkActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactBulkAction")


@_attrs_define
class ContactBulkAction:
    """A bulk action on contacts.

    Attributes:
        contacts (list[str]): Contact UUIDs or URNs.
        action (ContactBulkActionType): `archive` is a legacy alias of `archive_messages`.
        group (str | Unset): UUID or name of a manual group, for `add` and `remove` only.
    """

    contacts: list[str]
    action: ContactBulkActionType
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = self.contacts

        action = self.action.value

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
                "action": action,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contacts = cast(list[str], d.pop("contacts"))

        action = ContactBulkActionType(d.pop("action"))

        group = d.pop("group", UNSET)

        contact_bulk_action = cls(
            contacts=contacts,
            action=action,
            group=group,
        )

        contact_bulk_action.additional_properties = d
        return contact_bulk_action

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
