from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelDevice")


@_attrs_define
class ChannelDevice:
    """State of an Android channel's device as of its last sync.

    Attributes:
        name (None | str | Unset):
        power_level (int | Unset): Battery level, -1 if never synced.
        power_status (None | str | Unset):
        power_source (None | str | Unset):
        network_type (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    power_level: int | Unset = UNSET
    power_status: None | str | Unset = UNSET
    power_source: None | str | Unset = UNSET
    network_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        power_level = self.power_level

        power_status: None | str | Unset
        if isinstance(self.power_status, Unset):
            power_status = UNSET
        else:
            power_status = self.power_status

        power_source: None | str | Unset
        if isinstance(self.power_source, Unset):
            power_source = UNSET
        else:
            power_source = self.power_source

        network_type: None | str | Unset
        if isinstance(self.network_type, Unset):
            network_type = UNSET
        else:
            network_type = self.network_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if power_level is not UNSET:
            field_dict["power_level"] = power_level
        if power_status is not UNSET:
            field_dict["power_status"] = power_status
        if power_source is not UNSET:
            field_dict["power_source"] = power_source
        if network_type is not UNSET:
            field_dict["network_type"] = network_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        power_level = d.pop("power_level", UNSET)

        def _parse_power_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        power_status = _parse_power_status(d.pop("power_status", UNSET))

        def _parse_power_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        power_source = _parse_power_source(d.pop("power_source", UNSET))

        def _parse_network_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_type = _parse_network_type(d.pop("network_type", UNSET))

        channel_device = cls(
            name=name,
            power_level=power_level,
            power_status=power_status,
            power_source=power_source,
            network_type=network_type,
        )

        channel_device.additional_properties = d
        return channel_device

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
