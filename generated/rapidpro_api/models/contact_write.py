from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_field_values import ContactFieldValues


T = TypeVar("T", bound="ContactWrite")


@_attrs_define
class ContactWrite:
    """Contact attributes to set; on update only the given ones change.

    Attributes:
        name (None | str | Unset):
        language (None | str | Unset): ISO 639-3 code.
        urns (list[str] | Unset): All URNs of the contact (not allowed when updating by `urn`).
        groups (list[str] | Unset): UUIDs or names of manual groups (replaces the current ones).
        fields (ContactFieldValues | Unset): Contact field values by field key. Read: every viewable field, as a string
            or null when unset. Write: at most 100 keys; null or "" clears a value; unknown keys are a 400.
        note (str | Unset): Undocumented; sets the contact's note (update only).
    """

    name: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    urns: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    fields: ContactFieldValues | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        urns: list[str] | Unset = UNSET
        if not isinstance(self.urns, Unset):
            urns = self.urns

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if urns is not UNSET:
            field_dict["urns"] = urns
        if groups is not UNSET:
            field_dict["groups"] = groups
        if fields is not UNSET:
            field_dict["fields"] = fields
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_field_values import ContactFieldValues  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        urns = cast(list[str], d.pop("urns", UNSET))

        groups = cast(list[str], d.pop("groups", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: ContactFieldValues | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ContactFieldValues.from_dict(_fields)

        note = d.pop("note", UNSET)

        contact_write = cls(
            name=name,
            language=language,
            urns=urns,
            groups=groups,
            fields=fields,
            note=note,
        )

        contact_write.additional_properties = d
        return contact_write

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
