from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_page_type import MeetingPageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingPage")


@_attrs_define
class MeetingPage:
    """One section of the meeting agenda.

    Example:
        {'Minutes': 5, 'Title': 'Segue', 'Type': 'Segue'}

    Attributes:
        minutes (float | None | Unset): Time box in minutes.
        title (None | str | Unset):
        type_ (MeetingPageType | Unset):
    """

    minutes: float | None | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: MeetingPageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minutes: float | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minutes is not UNSET:
            field_dict["Minutes"] = minutes
        if title is not UNSET:
            field_dict["Title"] = title
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_minutes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        minutes = _parse_minutes(d.pop("Minutes", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("Title", UNSET))

        _type_ = d.pop("Type", UNSET)
        type_: MeetingPageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MeetingPageType(_type_)

        meeting_page = cls(
            minutes=minutes,
            title=title,
            type_=type_,
        )

        meeting_page.additional_properties = d
        return meeting_page

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
