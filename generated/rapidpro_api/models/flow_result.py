from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowResult")


@_attrs_define
class FlowResult:
    """A result a flow can create.

    Attributes:
        key (str):
        name (str):
        categories (list[str] | Unset):
        node_uuids (list[str] | Unset):
    """

    key: str
    name: str
    categories: list[str] | Unset = UNSET
    node_uuids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        node_uuids: list[str] | Unset = UNSET
        if not isinstance(self.node_uuids, Unset):
            node_uuids = self.node_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if node_uuids is not UNSET:
            field_dict["node_uuids"] = node_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        categories = cast(list[str], d.pop("categories", UNSET))

        node_uuids = cast(list[str], d.pop("node_uuids", UNSET))

        flow_result = cls(
            key=key,
            name=name,
            categories=categories,
            node_uuids=node_uuids,
        )

        flow_result.additional_properties = d
        return flow_result

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
