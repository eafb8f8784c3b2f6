from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_event_unit import CampaignEventUnit

if TYPE_CHECKING:
    from ..models.campaign_ref import CampaignRef
    from ..models.field_ref import FieldRef
    from ..models.flow_ref import FlowRef
    from ..models.text_translations import TextTranslations


T = TypeVar("T", bound="CampaignEvent")


@_attrs_define
class CampaignEvent:
    """An event of a campaign: a message (`message` set, `flow` null) or a flow start (`flow` set, `message` null) at an
    offset from a contact date field.

        Attributes:
            uuid (str):
            campaign (CampaignRef): Reference to a campaign.
            relative_to (FieldRef): Reference to a contact field.
            offset (int):
            unit (CampaignEventUnit):
            delivery_hour (int): Hour of delivery 0-23, or -1 for the hour of the field value.
            flow (FlowRef | None):
            message (None | TextTranslations):
            created_on (datetime.datetime):
    """

    uuid: str
    campaign: CampaignRef
    relative_to: FieldRef
    offset: int
    unit: CampaignEventUnit
    delivery_hour: int
    flow: FlowRef | None
    message: None | TextTranslations
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_ref import FlowRef  # noqa: PLC0415
        from ..models.text_translations import TextTranslations  # noqa: PLC0415

        uuid = self.uuid

        campaign = self.campaign.to_dict()

        relative_to = self.relative_to.to_dict()

        offset = self.offset

        unit = self.unit.value

        delivery_hour = self.delivery_hour

        flow: dict[str, Any] | None
        if isinstance(self.flow, FlowRef):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        message: dict[str, Any] | None
        if isinstance(self.message, TextTranslations):
            message = self.message.to_dict()
        else:
            message = self.message

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "campaign": campaign,
                "relative_to": relative_to,
                "offset": offset,
                "unit": unit,
                "delivery_hour": delivery_hour,
                "flow": flow,
                "message": message,
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_ref import CampaignRef  # noqa: PLC0415
        from ..models.field_ref import FieldRef  # noqa: PLC0415
        from ..models.flow_ref import FlowRef  # noqa: PLC0415
        from ..models.text_translations import TextTranslations  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        campaign = CampaignRef.from_dict(d.pop("campaign"))

        relative_to = FieldRef.from_dict(d.pop("relative_to"))

        offset = d.pop("offset")

        unit = CampaignEventUnit(d.pop("unit"))

        delivery_hour = d.pop("delivery_hour")

        def _parse_flow(data: object) -> FlowRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_type_0 = FlowRef.from_dict(data)

                return flow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRef | None, data)

        flow = _parse_flow(d.pop("flow"))

        def _parse_message(data: object) -> None | TextTranslations:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = TextTranslations.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TextTranslations, data)

        message = _parse_message(d.pop("message"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        campaign_event = cls(
            uuid=uuid,
            campaign=campaign,
            relative_to=relative_to,
            offset=offset,
            unit=unit,
            delivery_hour=delivery_hour,
            flow=flow,
            message=message,
            created_on=created_on,
        )

        campaign_event.additional_properties = d
        return campaign_event

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
