from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_type import FlowType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_result import FlowResult
    from ..models.flow_run_counts import FlowRunCounts
    from ..models.label_ref import LabelRef


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """A flow.

    Attributes:
        uuid (str):
        name (str):
        archived (bool):
        labels (list[LabelRef]):
        expires (int): Minutes after which inactive runs expire.
        runs (FlowRunCounts): Number of runs of a flow by status.
        created_on (datetime.datetime):
        type_ (FlowType | Unset):
        results (list[FlowResult] | Unset):
        parent_refs (list[str] | Unset): Keys of parent flow results referenced by this flow.
        modified_on (datetime.datetime | Unset):
    """

    uuid: str
    name: str
    archived: bool
    labels: list[LabelRef]
    expires: int
    runs: FlowRunCounts
    created_on: datetime.datetime
    type_: FlowType | Unset = UNSET
    results: list[FlowResult] | Unset = UNSET
    parent_refs: list[str] | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        archived = self.archived

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        expires = self.expires

        runs = self.runs.to_dict()

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        parent_refs: list[str] | Unset = UNSET
        if not isinstance(self.parent_refs, Unset):
            parent_refs = self.parent_refs

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = (
                self.modified_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.modified_on.tzinfo
                else self.modified_on.isoformat()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "archived": archived,
                "labels": labels,
                "expires": expires,
                "runs": runs,
                "created_on": created_on,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if results is not UNSET:
            field_dict["results"] = results
        if parent_refs is not UNSET:
            field_dict["parent_refs"] = parent_refs
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_result import FlowResult  # noqa: PLC0415
        from ..models.flow_run_counts import FlowRunCounts  # noqa: PLC0415
        from ..models.label_ref import LabelRef  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        archived = d.pop("archived")

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = LabelRef.from_dict(labels_item_data)

            labels.append(labels_item)

        expires = d.pop("expires")

        runs = FlowRunCounts.from_dict(d.pop("runs"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        _type_ = d.pop("type", UNSET)
        type_: FlowType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FlowType(_type_)

        _results = d.pop("results", UNSET)
        results: list[FlowResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = FlowResult.from_dict(results_item_data)

                results.append(results_item)

        parent_refs = cast(list[str], d.pop("parent_refs", UNSET))

        _modified_on = d.pop("modified_on", UNSET)
        modified_on: datetime.datetime | Unset
        if isinstance(_modified_on, Unset):
            modified_on = UNSET
        else:
            modified_on = datetime.datetime.fromisoformat(_modified_on)

        flow = cls(
            uuid=uuid,
            name=name,
            archived=archived,
            labels=labels,
            expires=expires,
            runs=runs,
            created_on=created_on,
            type_=type_,
            results=results,
            parent_refs=parent_refs,
            modified_on=modified_on,
        )

        flow.additional_properties = d
        return flow

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
