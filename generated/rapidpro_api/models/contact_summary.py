from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactSummary")


@_attrs_define
class ContactSummary:
    """A contact with its preferred URN.

    Attributes:
        uuid (str):
        name (None | str):
        urn (None | str | Unset):
        urn_display (None | str | Unset):
        ref (str | Unset): Anonymous reference, anonymous workspaces only.
        anon_display (str | Unset):
    """

    uuid: str
    name: None | str
    urn: None | str | Unset = UNSET
    urn_display: None | str | Unset = UNSET
    ref: str | Unset = UNSET
    anon_display: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name: None | str
        name = self.name

        urn: None | str | Unset
        if isinstance(self.urn, Unset):
            urn = UNSET
        else:
            urn = self.urn

        urn_display: None | str | Unset
        if isinstance(self.urn_display, Unset):
            urn_display = UNSET
        else:
            urn_display = self.urn_display

        ref = self.ref

        anon_display = self.anon_display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
            }
        )
        if urn is not UNSET:
            field_dict["urn"] = urn
        if urn_display is not UNSET:
            field_dict["urn_display"] = urn_display
        if ref is not UNSET:
            field_dict["ref"] = ref
        if anon_display is not UNSET:
            field_dict["anon_display"] = anon_display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_urn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        urn = _parse_urn(d.pop("urn", UNSET))

        def _parse_urn_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        urn_display = _parse_urn_display(d.pop("urn_display", UNSET))

        ref = d.pop("ref", UNSET)

        anon_display = d.pop("anon_display", UNSET)

        contact_summary = cls(
            uuid=uuid,
            name=name,
            urn=urn,
            urn_display=urn_display,
            ref=ref,
            anon_display=anon_display,
        )

        contact_summary.additional_properties = d
        return contact_summary

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
