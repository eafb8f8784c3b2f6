from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMeetingHeadlineRequest")


@_attrs_define
class CreateMeetingHeadlineRequest:
    """Body of `POST L10/{meetingId}/headlines`.

    Example:
        {'title': 'Maria closed the Acme renewal two weeks early', 'ownerId': 345678, 'notes': 'Three-year term.'}

    Attributes:
        title (str): Headline title.
        owner_id (int | Unset): Owner (default: you).
        notes (str | Unset): Headline notes (default none).
    """

    title: str
    owner_id: int | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        owner_id = self.owner_id

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        owner_id = d.pop("ownerId", UNSET)

        notes = d.pop("notes", UNSET)

        create_meeting_headline_request = cls(
            title=title,
            owner_id=owner_id,
            notes=notes,
        )

        create_meeting_headline_request.additional_properties = d
        return create_meeting_headline_request

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
