from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_start_status import FlowStartStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_ref import ContactRef
    from ..models.flow_ref import FlowRef
    from ..models.flow_start_params import FlowStartParams
    from ..models.group_ref import GroupRef
    from ..models.progress import Progress


T = TypeVar("T", bound="FlowStart")


@_attrs_define
class FlowStart:
    """A manual or API start of contacts in a flow.

    Attributes:
        uuid (str):
        flow (FlowRef): Reference to a flow.
        status (FlowStartStatus):
        groups (list[GroupRef]):
        contacts (list[ContactRef]):
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        progress (Progress | Unset): Progress of a broadcast or flow start.
        params (FlowStartParams | None | Unset):
        id (int | Unset):
        extra (FlowStartParams | None | Unset): Same as `params`.
        restart_participants (bool | Unset):
        exclude_active (Any | Unset): Whether contacts in other flows were excluded. A boolean, but null or `{}` for
            starts saved without exclusions.
    """

    uuid: str
    flow: FlowRef
    status: FlowStartStatus
    groups: list[GroupRef]
    contacts: list[ContactRef]
    created_on: datetime.datetime
    modified_on: datetime.datetime
    progress: Progress | Unset = UNSET
    params: FlowStartParams | None | Unset = UNSET
    id: int | Unset = UNSET
    extra: FlowStartParams | None | Unset = UNSET
    restart_participants: bool | Unset = UNSET
    exclude_active: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_start_params import FlowStartParams  # noqa: PLC0415

        uuid = self.uuid

        flow = self.flow.to_dict()

        status = self.status.value

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        modified_on = (
            self.modified_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.modified_on.tzinfo
            else self.modified_on.isoformat()
        )

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, FlowStartParams):
            params = self.params.to_dict()
        else:
            params = self.params

        id = self.id

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, FlowStartParams):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        restart_participants = self.restart_participants

        exclude_active = self.exclude_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "flow": flow,
                "status": status,
                "groups": groups,
                "contacts": contacts,
                "created_on": created_on,
                "modified_on": modified_on,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if params is not UNSET:
            field_dict["params"] = params
        if id is not UNSET:
            field_dict["id"] = id
        if extra is not UNSET:
            field_dict["extra"] = extra
        if restart_participants is not UNSET:
            field_dict["restart_participants"] = restart_participants
        if exclude_active is not UNSET:
            field_dict["exclude_active"] = exclude_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.flow_ref import FlowRef  # noqa: PLC0415
        from ..models.flow_start_params import FlowStartParams  # noqa: PLC0415
        from ..models.group_ref import GroupRef  # noqa: PLC0415
        from ..models.progress import Progress  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        flow = FlowRef.from_dict(d.pop("flow"))

        status = FlowStartStatus(d.pop("status"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = GroupRef.from_dict(groups_item_data)

            groups.append(groups_item)

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactRef.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modified_on"))

        _progress = d.pop("progress", UNSET)
        progress: Progress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = Progress.from_dict(_progress)

        def _parse_params(data: object) -> FlowStartParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = FlowStartParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStartParams | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        id = d.pop("id", UNSET)

        def _parse_extra(data: object) -> FlowStartParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_type_0 = FlowStartParams.from_dict(data)

                return extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStartParams | None | Unset, data)

        extra = _parse_extra(d.pop("extra", UNSET))

        restart_participants = d.pop("restart_participants", UNSET)

        exclude_active = d.pop("exclude_active", UNSET)

        flow_start = cls(
            uuid=uuid,
            flow=flow,
            status=status,
            groups=groups,
            contacts=contacts,
            created_on=created_on,
            modified_on=modified_on,
            progress=progress,
            params=params,
            id=id,
            extra=extra,
            restart_participants=restart_participants,
            exclude_active=exclude_active,
        )

        flow_start.additional_properties = d
        return flow_start

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
