from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMeetingTodoLegacyRequest")


@_attrs_define
class CreateMeetingTodoLegacyRequest:
    """Body of the legacy `POST todo/createmeetingtodo` (used by early bloomy-python releases).

    Example:
        {'title': 'Send Q3 pricing update to the sales team', 'accountableUserId': 345678, 'meetingid': 327249,
            'dueDate': '2024-07-05T00:00:00Z'}

    Attributes:
        title (str): To-do title.
        meetingid (int): Meeting id (lower-case key, as the SDK sent it).
        accountable_user_id (int | Unset): Owner.
        notes (str | Unset): Notes.
        due_date (datetime.datetime | Unset): Due date (ISO 8601).
    """

    title: str
    meetingid: int
    accountable_user_id: int | Unset = UNSET
    notes: str | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        meetingid = self.meetingid

        accountable_user_id = self.accountable_user_id

        notes = self.notes

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
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
                "meetingid": meetingid,
            }
        )
        if accountable_user_id is not UNSET:
            field_dict["accountableUserId"] = accountable_user_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        meetingid = d.pop("meetingid")

        accountable_user_id = d.pop("accountableUserId", UNSET)

        notes = d.pop("notes", UNSET)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        create_meeting_todo_legacy_request = cls(
            title=title,
            meetingid=meetingid,
            accountable_user_id=accountable_user_id,
            notes=notes,
            due_date=due_date,
        )

        create_meeting_todo_legacy_request.additional_properties = d
        return create_meeting_todo_legacy_request

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
