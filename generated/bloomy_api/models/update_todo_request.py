from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTodoRequest")


@_attrs_define
class UpdateTodoRequest:
    """Body of `PUT todo/{todoId}`. Omitted fields are unchanged.

    Example:
        {'title': 'Book the offsite venue and catering', 'dueDate': '2024-07-19T00:00:00Z'}

    Attributes:
        title (str | Unset): To-do title.
        due_date (datetime.date | datetime.datetime | Unset): Due date (ISO 8601): a date-time, or a bare date as the
            SDKs send it.
    """

    title: str | Unset = UNSET
    due_date: datetime.date | datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        due_date: str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = (
                self.due_date.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.due_date.tzinfo
                else self.due_date.isoformat()
            )
        else:
            due_date = self.due_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        def _parse_due_date(data: object) -> datetime.date | datetime.datetime | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            due_date_type_1 = datetime.date.fromisoformat(data)

            return due_date_type_1

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        update_todo_request = cls(
            title=title,
            due_date=due_date,
        )

        update_todo_request.additional_properties = d
        return update_todo_request

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
