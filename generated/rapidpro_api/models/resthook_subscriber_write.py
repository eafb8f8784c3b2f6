from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResthookSubscriberWrite")


@_attrs_define
class ResthookSubscriberWrite:
    """A subscription to create.

    Attributes:
        resthook (str): Slug of an existing resthook.
        target_url (str): URL that will be POSTed to when the resthook fires.
    """

    resthook: str
    target_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resthook = self.resthook

        target_url = self.target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resthook": resthook,
                "target_url": target_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resthook = d.pop("resthook")

        target_url = d.pop("target_url")

        resthook_subscriber_write = cls(
            resthook=resthook,
            target_url=target_url,
        )

        resthook_subscriber_write.additional_properties = d
        return resthook_subscriber_write

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
