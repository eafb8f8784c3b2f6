from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_ref import ContactRef
    from ..models.flow_ref import FlowRef
    from ..models.topic_ref import TopicRef
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    """A ticket.

    Attributes:
        uuid (str):
        contact (ContactRef): Reference to a contact (the name can be null).
        status (TicketStatus):
        topic (TopicRef): Reference to a ticket topic.
        assignee (None | UserRef):
        opened_on (datetime.datetime):
        modified_on (datetime.datetime):
        closed_on (datetime.datetime | None):
        body (None | str | Unset): Always null.
        opened_by (None | Unset | UserRef):
        opened_in (FlowRef | None | Unset): The flow that opened the ticket.
    """

    uuid: str
    contact: ContactRef
    status: TicketStatus
    topic: TopicRef
    assignee: None | UserRef
    opened_on: datetime.datetime
    modified_on: datetime.datetime
    closed_on: datetime.datetime | None
    body: None | str | Unset = UNSET
    opened_by: None | Unset | UserRef = UNSET
    opened_in: FlowRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_ref import FlowRef  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        uuid = self.uuid

        contact = self.contact.to_dict()

        status = self.status.value

        topic = self.topic.to_dict()

        assignee: dict[str, Any] | None
        if isinstance(self.assignee, UserRef):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        opened_on = (
            self.opened_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.opened_on.tzinfo
            else self.opened_on.isoformat()
        )

        modified_on = (
            self.modified_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.modified_on.tzinfo
            else self.modified_on.isoformat()
        )

        closed_on: None | str
        if isinstance(self.closed_on, datetime.datetime):
            closed_on = (
                self.closed_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.closed_on.tzinfo
                else self.closed_on.isoformat()
            )
        else:
            closed_on = self.closed_on

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        opened_by: dict[str, Any] | None | Unset
        if isinstance(self.opened_by, Unset):
            opened_by = UNSET
        elif isinstance(self.opened_by, UserRef):
            opened_by = self.opened_by.to_dict()
        else:
            opened_by = self.opened_by

        opened_in: dict[str, Any] | None | Unset
        if isinstance(self.opened_in, Unset):
            opened_in = UNSET
        elif isinstance(self.opened_in, FlowRef):
            opened_in = self.opened_in.to_dict()
        else:
            opened_in = self.opened_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "contact": contact,
                "status": status,
                "topic": topic,
                "assignee": assignee,
                "opened_on": opened_on,
                "modified_on": modified_on,
                "closed_on": closed_on,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if opened_by is not UNSET:
            field_dict["opened_by"] = opened_by
        if opened_in is not UNSET:
            field_dict["opened_in"] = opened_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.flow_ref import FlowRef  # noqa: PLC0415
        from ..models.topic_ref import TopicRef  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        contact = ContactRef.from_dict(d.pop("contact"))

        status = TicketStatus(d.pop("status"))

        topic = TopicRef.from_dict(d.pop("topic"))

        def _parse_assignee(data: object) -> None | UserRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_0 = UserRef.from_dict(data)

                return assignee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserRef, data)

        assignee = _parse_assignee(d.pop("assignee"))

        opened_on = datetime.datetime.fromisoformat(d.pop("opened_on"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modified_on"))

        def _parse_closed_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.datetime.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_opened_by(data: object) -> None | Unset | UserRef:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opened_by_type_0 = UserRef.from_dict(data)

                return opened_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserRef, data)

        opened_by = _parse_opened_by(d.pop("opened_by", UNSET))

        def _parse_opened_in(data: object) -> FlowRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opened_in_type_0 = FlowRef.from_dict(data)

                return opened_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRef | None | Unset, data)

        opened_in = _parse_opened_in(d.pop("opened_in", UNSET))

        ticket = cls(
            uuid=uuid,
            contact=contact,
            status=status,
            topic=topic,
            assignee=assignee,
            opened_on=opened_on,
            modified_on=modified_on,
            closed_on=closed_on,
            body=body,
            opened_by=opened_by,
            opened_in=opened_in,
        )

        ticket.additional_properties = d
        return ticket

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
