from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_bulk_action_type import TicketBulkActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketBulkAction")


@_attrs_define
class TicketBulkAction:
    """A bulk action on tickets.

    Attributes:
        tickets (list[str]): Ticket UUIDs.
        action (TicketBulkActionType):
        assignee (None | str | Unset): Email of the user to assign (`assign`; null unassigns).
        topic (str | Unset): UUID of the new topic (`change_topic`).
        note (str | Unset): Note to add (`add_note`).
    """

    tickets: list[str]
    action: TicketBulkActionType
    assignee: None | str | Unset = UNSET
    topic: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tickets = self.tickets

        action = self.action.value

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        topic = self.topic

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tickets": tickets,
                "action": action,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if topic is not UNSET:
            field_dict["topic"] = topic
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tickets = cast(list[str], d.pop("tickets"))

        action = TicketBulkActionType(d.pop("action"))

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        topic = d.pop("topic", UNSET)

        note = d.pop("note", UNSET)

        ticket_bulk_action = cls(
            tickets=tickets,
            action=action,
            assignee=assignee,
            topic=topic,
            note=note,
        )

        ticket_bulk_action.additional_properties = d
        return ticket_bulk_action

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
