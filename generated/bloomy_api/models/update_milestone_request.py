from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.milestone_status import MilestoneStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMilestoneRequest")


@_attrs_define
class UpdateMilestoneRequest:
    """Body of `PUT milestones/{milestoneId}`. Omitted fields are unchanged.

    Example:
        {'status': 'Done'}

    Attributes:
        title (str | Unset): Milestone title.
        due_date (datetime.datetime | Unset): Due date.
        status (MilestoneStatus | Unset): Status of a milestone.
    """

    title: str | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    status: MilestoneStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = (
                self.due_date.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.due_date.tzinfo
                else self.due_date.isoformat()
            )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        _status = d.pop("status", UNSET)
        status: MilestoneStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MilestoneStatus(_status)

        update_milestone_request = cls(
            title=title,
            due_date=due_date,
            status=status,
        )

        update_milestone_request.additional_properties = d
        return update_milestone_request

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
