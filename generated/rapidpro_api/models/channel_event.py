from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_event_type import ChannelEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_event_extra import ChannelEventExtra
    from ..models.channel_ref import ChannelRef
    from ..models.contact_ref import ContactRef


T = TypeVar("T", bound="ChannelEvent")


@_attrs_define
class ChannelEvent:
    """An event reported by a channel.

    Attributes:
        id (int):
        type_ (ChannelEventType):
        contact (ContactRef): Reference to a contact (the name can be null).
        channel (ChannelRef): Reference to a channel.
        occurred_on (datetime.datetime):
        created_on (datetime.datetime):
        extra (ChannelEventExtra | None | Unset):
    """

    id: int
    type_: ChannelEventType
    contact: ContactRef
    channel: ChannelRef
    occurred_on: datetime.datetime
    created_on: datetime.datetime
    extra: ChannelEventExtra | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.channel_event_extra import ChannelEventExtra  # noqa: PLC0415

        id = self.id

        type_ = self.type_.value

        contact = self.contact.to_dict()

        channel = self.channel.to_dict()

        occurred_on = (
            self.occurred_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.occurred_on.tzinfo
            else self.occurred_on.isoformat()
        )

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, ChannelEventExtra):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "contact": contact,
                "channel": channel,
                "occurred_on": occurred_on,
                "created_on": created_on,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_event_extra import ChannelEventExtra  # noqa: PLC0415
        from ..models.channel_ref import ChannelRef  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = ChannelEventType(d.pop("type"))

        contact = ContactRef.from_dict(d.pop("contact"))

        channel = ChannelRef.from_dict(d.pop("channel"))

        occurred_on = datetime.datetime.fromisoformat(d.pop("occurred_on"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        def _parse_extra(data: object) -> ChannelEventExtra | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_type_0 = ChannelEventExtra.from_dict(data)

                return extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelEventExtra | None | Unset, data)

        extra = _parse_extra(d.pop("extra", UNSET))

        channel_event = cls(
            id=id,
            type_=type_,
            contact=contact,
            channel=channel,
            occurred_on=occurred_on,
            created_on=created_on,
            extra=extra,
        )

        channel_event.additional_properties = d
        return channel_event

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
