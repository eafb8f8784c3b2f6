from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResthookSubscriber")


@_attrs_define
class ResthookSubscriber:
    """A URL subscribed to a resthook.

    Attributes:
        id (int):
        resthook (str):
        target_url (str):
        created_on (datetime.datetime):
    """

    id: int
    resthook: str
    target_url: str
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resthook = self.resthook

        target_url = self.target_url

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resthook": resthook,
                "target_url": target_url,
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        resthook = d.pop("resthook")

        target_url = d.pop("target_url")

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        resthook_subscriber = cls(
            id=id,
            resthook=resthook,
            target_url=target_url,
            created_on=created_on,
        )

        resthook_subscriber.additional_properties = d
        return resthook_subscriber

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
