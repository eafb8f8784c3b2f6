from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_status import GroupStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A contact group (manual, smart or system).

    Attributes:
        uuid (str):
        name (str):
        query (None | str): Query of a smart group, null for manual groups.
        count (int):
        status (GroupStatus | Unset):
        system (bool | Unset):
    """

    uuid: str
    name: str
    query: None | str
    count: int
    status: GroupStatus | Unset = UNSET
    system: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        query: None | str
        query = self.query

        count = self.count

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        system = self.system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "query": query,
                "count": count,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if system is not UNSET:
            field_dict["system"] = system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        def _parse_query(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        query = _parse_query(d.pop("query"))

        count = d.pop("count")

        _status = d.pop("status", UNSET)
        status: GroupStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GroupStatus(_status)

        system = d.pop("system", UNSET)

        group = cls(
            uuid=uuid,
            name=name,
            query=query,
            count=count,
            status=status,
            system=system,
        )

        group.additional_properties = d
        return group

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
