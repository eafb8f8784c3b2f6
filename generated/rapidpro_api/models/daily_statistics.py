from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.channel_daily_counts_by_channel import ChannelDailyCountsByChannel


T = TypeVar("T", bound="DailyStatistics")


@_attrs_define
class DailyStatistics:
    """Counts of one day, by channel UUID.

    Attributes:
        date (datetime.date):
        channels (ChannelDailyCountsByChannel): Counts of one day by channel UUID.
    """

    date: datetime.date
    channels: ChannelDailyCountsByChannel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        channels = self.channels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "channels": channels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_daily_counts_by_channel import ChannelDailyCountsByChannel  # noqa: PLC0415

        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        channels = ChannelDailyCountsByChannel.from_dict(d.pop("channels"))

        daily_statistics = cls(
            date=date,
            channels=channels,
        )

        daily_statistics.additional_properties = d
        return daily_statistics

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
