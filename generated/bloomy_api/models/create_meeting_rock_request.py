from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMeetingRockRequest")


@_attrs_define
class CreateMeetingRockRequest:
    """Body of `POST L10/{meetingId}/rocks`.

    Example:
        {'title': 'Launch the self-serve onboarding flow', 'accountableUserId': 345678}

    Attributes:
        title (str): Rock title.
        accountable_user_id (int | Unset): Owner (default: you).
    """

    title: str
    accountable_user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        accountable_user_id = self.accountable_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if accountable_user_id is not UNSET:
            field_dict["accountableUserId"] = accountable_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        accountable_user_id = d.pop("accountableUserId", UNSET)

        create_meeting_rock_request = cls(
            title=title,
            accountable_user_id=accountable_user_id,
        )

        create_meeting_rock_request.additional_properties = d
        return create_meeting_rock_request

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
