from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Resthook")


@_attrs_define
class Resthook:
    """A resthook.

    Attributes:
        resthook (str): Slug of the resthook.
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
    """

    resthook: str
    created_on: datetime.datetime
    modified_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resthook = self.resthook

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resthook": resthook,
                "created_on": created_on,
                "modified_on": modified_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resthook = d.pop("resthook")

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modified_on"))

        resthook = cls(
            resthook=resthook,
            created_on=created_on,
            modified_on=modified_on,
        )

        resthook.additional_properties = d
        return resthook

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
