from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunCounts")


@_attrs_define
class FlowRunCounts:
    """Number of runs of a flow by status.

    Attributes:
        active (int | Unset):
        waiting (int | Unset):
        completed (int | Unset):
        interrupted (int | Unset):
        expired (int | Unset):
        failed (int | Unset):
    """

    active: int | Unset = UNSET
    waiting: int | Unset = UNSET
    completed: int | Unset = UNSET
    interrupted: int | Unset = UNSET
    expired: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        waiting = self.waiting

        completed = self.completed

        interrupted = self.interrupted

        expired = self.expired

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if completed is not UNSET:
            field_dict["completed"] = completed
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if expired is not UNSET:
            field_dict["expired"] = expired
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        waiting = d.pop("waiting", UNSET)

        completed = d.pop("completed", UNSET)

        interrupted = d.pop("interrupted", UNSET)

        expired = d.pop("expired", UNSET)

        failed = d.pop("failed", UNSET)

        flow_run_counts = cls(
            active=active,
            waiting=waiting,
            completed=completed,
            interrupted=interrupted,
            expired=expired,
            failed=failed,
        )

        flow_run_counts.additional_properties = d
        return flow_run_counts

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
