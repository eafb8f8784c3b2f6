from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMeetingRequest")


@_attrs_define
class CreateMeetingRequest:
    """Body of `POST L10/create`.

    Example:
        {'title': 'Sales Weekly L10', 'addSelf': True}

    Attributes:
        title (str | Unset): Meeting name.
        add_self (bool | Unset): Add yourself as an attendee (default false).
    """

    title: str | Unset = UNSET
    add_self: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        add_self = self.add_self

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if add_self is not UNSET:
            field_dict["addSelf"] = add_self

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        add_self = d.pop("addSelf", UNSET)

        create_meeting_request = cls(
            title=title,
            add_self=add_self,
        )

        create_meeting_request.additional_properties = d
        return create_meeting_request

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
