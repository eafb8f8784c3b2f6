from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_event_definition import CampaignEventDefinition
    from ..models.group_ref import GroupRef


T = TypeVar("T", bound="CampaignDefinition")


@_attrs_define
class CampaignDefinition:
    """A campaign definition with its events.

    Attributes:
        uuid (str | Unset):
        name (str | Unset):
        group (GroupRef | Unset): Reference to a contact group.
        events (list[CampaignEventDefinition] | Unset):
    """

    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    group: GroupRef | Unset = UNSET
    events: list[CampaignEventDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if group is not UNSET:
            field_dict["group"] = group
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_event_definition import CampaignEventDefinition  # noqa: PLC0415
        from ..models.group_ref import GroupRef  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        name = d.pop("name", UNSET)

        _group = d.pop("group", UNSET)
        group: GroupRef | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = GroupRef.from_dict(_group)

        _events = d.pop("events", UNSET)
        events: list[CampaignEventDefinition] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = CampaignEventDefinition.from_dict(events_item_data)

                events.append(events_item)

        campaign_definition = cls(
            uuid=uuid,
            name=name,
            group=group,
            events=events,
        )

        campaign_definition.additional_properties = d
        return campaign_definition

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
