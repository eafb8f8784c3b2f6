from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_exit_type import RunExitType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_summary import ContactSummary
    from ..models.flow_ref import FlowRef
    from ..models.flow_start_ref import FlowStartRef
    from ..models.run_step import RunStep
    from ..models.run_values import RunValues


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """A contact's path through a flow.

    Attributes:
        uuid (str):
        flow (FlowRef): Reference to a flow.
        contact (ContactSummary): A contact with its preferred URN.
        responded (bool):
        values (RunValues): Results collected by a run, by result key.
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        exited_on (datetime.datetime | None):
        exit_type (None | RunExitType): How the run ended; null while it is active.
        start (FlowStartRef | None | Unset):
        path (list[RunStep] | None | Unset): Steps of the run; null when requested with `paths=false`.
        id (int | Unset):
    """

    uuid: str
    flow: FlowRef
    contact: ContactSummary
    responded: bool
    values: RunValues
    created_on: datetime.datetime
    modified_on: datetime.datetime
    exited_on: datetime.datetime | None
    exit_type: None | RunExitType
    start: FlowStartRef | None | Unset = UNSET
    path: list[RunStep] | None | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_start_ref import FlowStartRef  # noqa: PLC0415

        uuid = self.uuid

        flow = self.flow.to_dict()

        contact = self.contact.to_dict()

        responded = self.responded

        values = self.values.to_dict()

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

        exited_on: None | str
        if isinstance(self.exited_on, datetime.datetime):
            exited_on = (
                self.exited_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.exited_on.tzinfo
                else self.exited_on.isoformat()
            )
        else:
            exited_on = self.exited_on

        exit_type: None | str
        if isinstance(self.exit_type, RunExitType):
            exit_type = self.exit_type.value
        else:
            exit_type = self.exit_type

        start: dict[str, Any] | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, FlowStartRef):
            start = self.start.to_dict()
        else:
            start = self.start

        path: list[dict[str, Any]] | None | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, list):
            path = []
            for path_type_0_item_data in self.path:
                path_type_0_item = path_type_0_item_data.to_dict()
                path.append(path_type_0_item)

        else:
            path = self.path

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "flow": flow,
                "contact": contact,
                "responded": responded,
                "values": values,
                "created_on": created_on,
                "modified_on": modified_on,
                "exited_on": exited_on,
                "exit_type": exit_type,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if path is not UNSET:
            field_dict["path"] = path
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_summary import ContactSummary  # noqa: PLC0415
        from ..models.flow_ref import FlowRef  # noqa: PLC0415
        from ..models.flow_start_ref import FlowStartRef  # noqa: PLC0415
        from ..models.run_step import RunStep  # noqa: PLC0415
        from ..models.run_values import RunValues  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        flow = FlowRef.from_dict(d.pop("flow"))

        contact = ContactSummary.from_dict(d.pop("contact"))

        responded = d.pop("responded")

        values = RunValues.from_dict(d.pop("values"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modified_on"))

        def _parse_exited_on(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exited_on_type_0 = datetime.datetime.fromisoformat(data)

                return exited_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        exited_on = _parse_exited_on(d.pop("exited_on"))

        def _parse_exit_type(data: object) -> None | RunExitType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exit_type_type_0 = RunExitType(data)

                return exit_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunExitType, data)

        exit_type = _parse_exit_type(d.pop("exit_type"))

        def _parse_start(data: object) -> FlowStartRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_type_0 = FlowStartRef.from_dict(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStartRef | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_path(data: object) -> list[RunStep] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                path_type_0 = []
                _path_type_0 = data
                for path_type_0_item_data in _path_type_0:
                    path_type_0_item = RunStep.from_dict(path_type_0_item_data)

                    path_type_0.append(path_type_0_item)

                return path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunStep] | None | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        id = d.pop("id", UNSET)

        run = cls(
            uuid=uuid,
            flow=flow,
            contact=contact,
            responded=responded,
            values=values,
            created_on=created_on,
            modified_on=modified_on,
            exited_on=exited_on,
            exit_type=exit_type,
            start=start,
            path=path,
            id=id,
        )

        run.additional_properties = d
        return run

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
