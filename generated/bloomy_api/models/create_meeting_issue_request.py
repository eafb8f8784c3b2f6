from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMeetingIssueRequest")


@_attrs_define
class CreateMeetingIssueRequest:
    """Body of `POST L10/{meetingId}/issues`.

    Example:
        {'title': 'Customer churn is up 3% this quarter', 'ownerId': 345678, 'details': 'Mostly SMB accounts on the
            legacy plan.'}

    Attributes:
        title (str): Issue title.
        owner_id (int | Unset): Owner (default: you).
        details (str | Unset): Issue details (default none).
    """

    title: str
    owner_id: int | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        owner_id = self.owner_id

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        owner_id = d.pop("ownerId", UNSET)

        details = d.pop("details", UNSET)

        create_meeting_issue_request = cls(
            title=title,
            owner_id=owner_id,
            details=details,
        )

        create_meeting_issue_request.additional_properties = d
        return create_meeting_issue_request

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
