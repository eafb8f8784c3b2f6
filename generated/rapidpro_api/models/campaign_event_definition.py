from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignEventDefinition")


@_attrs_define
class CampaignEventDefinition:
    """A campaign event definition (internal codes for unit, event type and start mode).

    Attributes:
        uuid (str | Unset):
        offset (int | Unset):
        unit (str | Unset):
        event_type (str | Unset):
        delivery_hour (int | Unset):
        start_mode (str | Unset):
    """

    uuid: str | Unset = UNSET
    offset: int | Unset = UNSET
    unit: str | Unset = UNSET
    event_type: str | Unset = UNSET
    delivery_hour: int | Unset = UNSET
    start_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        offset = self.offset

        unit = self.unit

        event_type = self.event_type

        delivery_hour = self.delivery_hour

        start_mode = self.start_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if offset is not UNSET:
            field_dict["offset"] = offset
        if unit is not UNSET:
            field_dict["unit"] = unit
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if delivery_hour is not UNSET:
            field_dict["delivery_hour"] = delivery_hour
        if start_mode is not UNSET:
            field_dict["start_mode"] = start_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        offset = d.pop("offset", UNSET)

        unit = d.pop("unit", UNSET)

        event_type = d.pop("event_type", UNSET)

        delivery_hour = d.pop("delivery_hour", UNSET)

        start_mode = d.pop("start_mode", UNSET)

        campaign_event_definition = cls(
            uuid=uuid,
            offset=offset,
            unit=unit,
            event_type=event_type,
            delivery_hour=delivery_hour,
            start_mode=start_mode,
        )

        campaign_event_definition.additional_properties = d
        return campaign_event_definition

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
