from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_definition import CampaignDefinition
    from ..models.field_definition import FieldDefinition
    from ..models.flow_definition import FlowDefinition
    from ..models.group_definition import GroupDefinition
    from ..models.trigger_definition import TriggerDefinition


T = TypeVar("T", bound="Definitions")


@_attrs_define
class Definitions:
    """An export of definitions, importable into another workspace.

    Attributes:
        version (str): Export format version.
        flows (list[FlowDefinition]):
        campaigns (list[CampaignDefinition]):
        triggers (list[TriggerDefinition]):
        site (str | Unset): Link to the site the export came from.
        fields (list[FieldDefinition] | Unset):
        groups (list[GroupDefinition] | Unset):
    """

    version: str
    flows: list[FlowDefinition]
    campaigns: list[CampaignDefinition]
    triggers: list[TriggerDefinition]
    site: str | Unset = UNSET
    fields: list[FieldDefinition] | Unset = UNSET
    groups: list[GroupDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        flows = []
        for flows_item_data in self.flows:
            flows_item = flows_item_data.to_dict()
            flows.append(flows_item)

        campaigns = []
        for campaigns_item_data in self.campaigns:
            campaigns_item = campaigns_item_data.to_dict()
            campaigns.append(campaigns_item)

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.to_dict()
            triggers.append(triggers_item)

        site = self.site

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "flows": flows,
                "campaigns": campaigns,
                "triggers": triggers,
            }
        )
        if site is not UNSET:
            field_dict["site"] = site
        if fields is not UNSET:
            field_dict["fields"] = fields
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_definition import CampaignDefinition  # noqa: PLC0415
        from ..models.field_definition import FieldDefinition  # noqa: PLC0415
        from ..models.flow_definition import FlowDefinition  # noqa: PLC0415
        from ..models.group_definition import GroupDefinition  # noqa: PLC0415
        from ..models.trigger_definition import TriggerDefinition  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        flows = []
        _flows = d.pop("flows")
        for flows_item_data in _flows:
            flows_item = FlowDefinition.from_dict(flows_item_data)

            flows.append(flows_item)

        campaigns = []
        _campaigns = d.pop("campaigns")
        for campaigns_item_data in _campaigns:
            campaigns_item = CampaignDefinition.from_dict(campaigns_item_data)

            campaigns.append(campaigns_item)

        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:
            triggers_item = TriggerDefinition.from_dict(triggers_item_data)

            triggers.append(triggers_item)

        site = d.pop("site", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[FieldDefinition] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FieldDefinition.from_dict(fields_item_data)

                fields.append(fields_item)

        _groups = d.pop("groups", UNSET)
        groups: list[GroupDefinition] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = GroupDefinition.from_dict(groups_item_data)

                groups.append(groups_item)

        definitions = cls(
            version=version,
            flows=flows,
            campaigns=campaigns,
            triggers=triggers,
            site=site,
            fields=fields,
            groups=groups,
        )

        definitions.additional_properties = d
        return definitions

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
