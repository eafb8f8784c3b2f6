from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_field_type import ContactFieldType
from ..models.contact_field_value_type import ContactFieldValueType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactFieldWrite")


@_attrs_define
class ContactFieldWrite:
    """A contact field to create or update. `name` (or legacy `label`) and `type` (or legacy `value_type`) are required.

    Attributes:
        name (str | Unset):
        type_ (ContactFieldType | Unset):
        label (str | Unset):
        value_type (ContactFieldValueType | Unset): Legacy type names.
    """

    name: str | Unset = UNSET
    type_: ContactFieldType | Unset = UNSET
    label: str | Unset = UNSET
    value_type: ContactFieldValueType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        label = self.label

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if value_type is not UNSET:
            field_dict["value_type"] = value_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ContactFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactFieldType(_type_)

        label = d.pop("label", UNSET)

        _value_type = d.pop("value_type", UNSET)
        value_type: ContactFieldValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = ContactFieldValueType(_value_type)

        contact_field_write = cls(
            name=name,
            type_=type_,
            label=label,
            value_type=value_type,
        )

        contact_field_write.additional_properties = d
        return contact_field_write

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
