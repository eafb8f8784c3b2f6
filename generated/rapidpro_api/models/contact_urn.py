from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_ref import ChannelRef


T = TypeVar("T", bound="ContactUrn")


@_attrs_define
class ContactUrn:
    """An expanded URN.

    Attributes:
        scheme (str):
        path (str):
        channel (ChannelRef | None | Unset): The channel preferred for this URN.
        display (None | str | Unset):
    """

    scheme: str
    path: str
    channel: ChannelRef | None | Unset = UNSET
    display: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.channel_ref import ChannelRef  # noqa: PLC0415

        scheme = self.scheme

        path = self.path

        channel: dict[str, Any] | None | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, ChannelRef):
            channel = self.channel.to_dict()
        else:
            channel = self.channel

        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheme": scheme,
                "path": path,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_ref import ChannelRef  # noqa: PLC0415

        d = dict(src_dict)
        scheme = d.pop("scheme")

        path = d.pop("path")

        def _parse_channel(data: object) -> ChannelRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channel_type_0 = ChannelRef.from_dict(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelRef | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display = _parse_display(d.pop("display", UNSET))

        contact_urn = cls(
            scheme=scheme,
            path=path,
            channel=channel,
            display=display,
        )

        contact_urn.additional_properties = d
        return contact_urn

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
