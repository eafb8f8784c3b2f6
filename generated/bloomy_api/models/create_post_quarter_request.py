from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatePostQuarterRequest")


@_attrs_define
class CreatePostQuarterRequest:
    """Body of `POST postquarter/create`.

    Example:
        {'name': 'Q3 2024', 'quarterenddate': '2024-09-30T00:00:00Z', 'meetingId': 327249}

    Attributes:
        name (str): Title of the new quarter.
        quarterenddate (datetime.datetime): End date of the quarter.
        meeting_id (int): Meeting id.
    """

    name: str
    quarterenddate: datetime.datetime
    meeting_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quarterenddate = (
            self.quarterenddate.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.quarterenddate.tzinfo
            else self.quarterenddate.isoformat()
        )

        meeting_id = self.meeting_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quarterenddate": quarterenddate,
                "meetingId": meeting_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        quarterenddate = datetime.datetime.fromisoformat(d.pop("quarterenddate"))

        meeting_id = d.pop("meetingId")

        create_post_quarter_request = cls(
            name=name,
            quarterenddate=quarterenddate,
            meeting_id=meeting_id,
        )

        create_post_quarter_request.additional_properties = d
        return create_post_quarter_request

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
