from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_start_params import FlowStartParams


T = TypeVar("T", bound="FlowStartWrite")


@_attrs_define
class FlowStartWrite:
    """A flow start to create; give at least one group, contact or URN.

    Attributes:
        flow (str): UUID of the flow.
        groups (list[str] | Unset): Group UUIDs or names.
        contacts (list[str] | Unset): Contact UUIDs.
        urns (list[str] | Unset):
        restart_participants (bool | Unset): Restart contacts who already took part in the flow (default true).
        exclude_active (bool | Unset): Skip contacts currently in another flow (default false).
        params (FlowStartParams | Unset): Extra parameters of a flow start, available as `@trigger.params` in the flow.
        extra (FlowStartParams | Unset): Extra parameters of a flow start, available as `@trigger.params` in the flow.
    """

    flow: str
    groups: list[str] | Unset = UNSET
    contacts: list[str] | Unset = UNSET
    urns: list[str] | Unset = UNSET
    restart_participants: bool | Unset = UNSET
    exclude_active: bool | Unset = UNSET
    params: FlowStartParams | Unset = UNSET
    extra: FlowStartParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow = self.flow

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        contacts: list[str] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts

        urns: list[str] | Unset = UNSET
        if not isinstance(self.urns, Unset):
            urns = self.urns

        restart_participants = self.restart_participants

        exclude_active = self.exclude_active

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow": flow,
            }
        )
        if groups is not UNSET:
            field_dict["groups"] = groups
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if urns is not UNSET:
            field_dict["urns"] = urns
        if restart_participants is not UNSET:
            field_dict["restart_participants"] = restart_participants
        if exclude_active is not UNSET:
            field_dict["exclude_active"] = exclude_active
        if params is not UNSET:
            field_dict["params"] = params
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_start_params import FlowStartParams  # noqa: PLC0415

        d = dict(src_dict)
        flow = d.pop("flow")

        groups = cast(list[str], d.pop("groups", UNSET))

        contacts = cast(list[str], d.pop("contacts", UNSET))

        urns = cast(list[str], d.pop("urns", UNSET))

        restart_participants = d.pop("restart_participants", UNSET)

        exclude_active = d.pop("exclude_active", UNSET)

        _params = d.pop("params", UNSET)
        params: FlowStartParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = FlowStartParams.from_dict(_params)

        _extra = d.pop("extra", UNSET)
        extra: FlowStartParams | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = FlowStartParams.from_dict(_extra)

        flow_start_write = cls(
            flow=flow,
            groups=groups,
            contacts=contacts,
            urns=urns,
            restart_participants=restart_participants,
            exclude_active=exclude_active,
            params=params,
            extra=extra,
        )

        flow_start_write.additional_properties = d
        return flow_start_write

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
