from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_device import ChannelDevice


T = TypeVar("T", bound="Channel")


@_attrs_define
class Channel:
    """A channel.

    Attributes:
        uuid (str):
        name (None | str):
        address (None | str):
        type_ (str): Channel type slug, e.g. `android`, `facebook`, `telegram`, `twilio`, `vonage`.
        created_on (datetime.datetime):
        country (None | str | Unset): ISO 3166-1 alpha-2 code.
        device (ChannelDevice | None | Unset): Device information, Android channels only.
        last_seen (datetime.datetime | None | Unset):
    """

    uuid: str
    name: None | str
    address: None | str
    type_: str
    created_on: datetime.datetime
    country: None | str | Unset = UNSET
    device: ChannelDevice | None | Unset = UNSET
    last_seen: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.channel_device import ChannelDevice  # noqa: PLC0415

        uuid = self.uuid

        name: None | str
        name = self.name

        address: None | str
        address = self.address

        type_ = self.type_

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        device: dict[str, Any] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, ChannelDevice):
            device = self.device.to_dict()
        else:
            device = self.device

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = (
                self.last_seen.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.last_seen.tzinfo
                else self.last_seen.isoformat()
            )
        else:
            last_seen = self.last_seen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "address": address,
                "type": type_,
                "created_on": created_on,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if device is not UNSET:
            field_dict["device"] = device
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_device import ChannelDevice  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        type_ = d.pop("type")

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_device(data: object) -> ChannelDevice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_type_0 = ChannelDevice.from_dict(data)

                return device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelDevice | None | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_last_seen(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_type_0 = datetime.datetime.fromisoformat(data)

                return last_seen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen = _parse_last_seen(d.pop("last_seen", UNSET))

        channel = cls(
            uuid=uuid,
            name=name,
            address=address,
            type_=type_,
            created_on=created_on,
            country=country,
            device=device,
            last_seen=last_seen,
        )

        channel.additional_properties = d
        return channel

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
