from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelDailyCounts")


@_attrs_define
class ChannelDailyCounts:
    """Message counts of one channel on one day; scopes without messages are absent.

    Attributes:
        type_ (str): Channel type slug.
        textin (int | Unset):
        textout (int | Unset):
        voicein (int | Unset):
        voiceout (int | Unset):
    """

    type_: str
    textin: int | Unset = UNSET
    textout: int | Unset = UNSET
    voicein: int | Unset = UNSET
    voiceout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        textin = self.textin

        textout = self.textout

        voicein = self.voicein

        voiceout = self.voiceout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if textin is not UNSET:
            field_dict["text:in"] = textin
        if textout is not UNSET:
            field_dict["text:out"] = textout
        if voicein is not UNSET:
            field_dict["voice:in"] = voicein
        if voiceout is not UNSET:
            field_dict["voice:out"] = voiceout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        textin = d.pop("text:in", UNSET)

        textout = d.pop("text:out", UNSET)

        voicein = d.pop("voice:in", UNSET)

        voiceout = d.pop("voice:out", UNSET)

        channel_daily_counts = cls(
            type_=type_,
            textin=textin,
            textout=textout,
            voicein=voicein,
            voiceout=voiceout,
        )

        channel_daily_counts.additional_properties = d
        return channel_daily_counts

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
