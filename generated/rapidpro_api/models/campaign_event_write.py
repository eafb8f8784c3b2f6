from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_event_unit import CampaignEventUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_translations import TextTranslations


T = TypeVar("T", bound="CampaignEventWrite")


@_attrs_define
class CampaignEventWrite:
    """A campaign event to create or update; give exactly one of `message` and `flow`.

    Attributes:
        campaign (str): UUID of the campaign (cannot change on update).
        relative_to (str): Key of the contact field the event is relative to.
        offset (int):
        unit (CampaignEventUnit):
        delivery_hour (int):
        message (str | TextTranslations | Unset): Translations, or a string in the primary flow language.
        flow (str | Unset): UUID of the flow to start.
    """

    campaign: str
    relative_to: str
    offset: int
    unit: CampaignEventUnit
    delivery_hour: int
    message: str | TextTranslations | Unset = UNSET
    flow: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_translations import TextTranslations  # noqa: PLC0415

        campaign = self.campaign

        relative_to = self.relative_to

        offset = self.offset

        unit = self.unit.value

        delivery_hour = self.delivery_hour

        message: dict[str, Any] | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, TextTranslations):
            message = self.message.to_dict()
        else:
            message = self.message

        flow = self.flow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
                "relative_to": relative_to,
                "offset": offset,
                "unit": unit,
                "delivery_hour": delivery_hour,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if flow is not UNSET:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_translations import TextTranslations  # noqa: PLC0415

        d = dict(src_dict)
        campaign = d.pop("campaign")

        relative_to = d.pop("relative_to")

        offset = d.pop("offset")

        unit = CampaignEventUnit(d.pop("unit"))

        delivery_hour = d.pop("delivery_hour")

        def _parse_message(data: object) -> str | TextTranslations | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = TextTranslations.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TextTranslations | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        flow = d.pop("flow", UNSET)

        campaign_event_write = cls(
            campaign=campaign,
            relative_to=relative_to,
            offset=offset,
            unit=unit,
            delivery_hour=delivery_hour,
            message=message,
            flow=flow,
        )

        campaign_event_write.additional_properties = d
        return campaign_event_write

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
