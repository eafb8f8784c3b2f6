from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTodoRequest")


@_attrs_define
class CreateTodoRequest:
    """Body of `POST todo/create` (a personal to-do). `accountableUserId` is sent by the Python SDK but is not in the
    official description.

        Example:
            {'title': 'Book the offsite venue', 'notes': 'Needs room for 20.', 'dueDate': '2024-07-12T00:00:00Z'}

        Attributes:
            title (str): To-do title.
            notes (str | Unset): Notes.
            accountable_user_id (int | Unset): Owner (default: you).
            due_date (datetime.date | datetime.datetime | Unset): Due date (default: in 7 days); a date-time, or a bare date
                as the SDKs send it.
    """

    title: str
    notes: str | Unset = UNSET
    accountable_user_id: int | Unset = UNSET
    due_date: datetime.date | datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        notes = self.notes

        accountable_user_id = self.accountable_user_id

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
        field_dict.update(
            {
                "title": title,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if accountable_user_id is not UNSET:
            field_dict["accountableUserId"] = accountable_user_id
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        notes = d.pop("notes", UNSET)

        accountable_user_id = d.pop("accountableUserId", UNSET)

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

        create_todo_request = cls(
            title=title,
            notes=notes,
            accountable_user_id=accountable_user_id,
            due_date=due_date,
        )

        create_todo_request.additional_properties = d
        return create_todo_request

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
