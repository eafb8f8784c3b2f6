from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateMilestoneRequest")


@_attrs_define
class CreateMilestoneRequest:
    """Body of `POST rocks/{rockId}/milestones`.

    Example:
        {'title': 'Design review signed off', 'dueDate': '2024-08-15T00:00:00Z'}

    Attributes:
        title (str): Milestone title.
        due_date (datetime.datetime): Due date.
    """

    title: str
    due_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        due_date = (
            self.due_date.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.due_date.tzinfo
            else self.due_date.isoformat()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "dueDate": due_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        due_date = datetime.datetime.fromisoformat(d.pop("dueDate"))

        create_milestone_request = cls(
            title=title,
            due_date=due_date,
        )

        create_milestone_request.additional_properties = d
        return create_milestone_request

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
