from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactFieldUsages")


@_attrs_define
class ContactFieldUsages:
    """Number of active objects using a field.

    Attributes:
        flows (int | Unset):
        groups (int | Unset):
        campaign_events (int | Unset):
    """

    flows: int | Unset = UNSET
    groups: int | Unset = UNSET
    campaign_events: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flows = self.flows

        groups = self.groups

        campaign_events = self.campaign_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flows is not UNSET:
            field_dict["flows"] = flows
        if groups is not UNSET:
            field_dict["groups"] = groups
        if campaign_events is not UNSET:
            field_dict["campaign_events"] = campaign_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flows = d.pop("flows", UNSET)

        groups = d.pop("groups", UNSET)

        campaign_events = d.pop("campaign_events", UNSET)

        contact_field_usages = cls(
            flows=flows,
            groups=groups,
            campaign_events=campaign_events,
        )

        contact_field_usages.additional_properties = d
        return contact_field_usages

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
