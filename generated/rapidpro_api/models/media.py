from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Media")


@_attrs_define
class Media:
    """An uploaded media object.

    Attributes:
        uuid (str):
        content_type (str):
        url (str):
        filename (str):
        size (int):
    """

    uuid: str
    content_type: str
    url: str
    filename: str
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        content_type = self.content_type

        url = self.url

        filename = self.filename

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "content_type": content_type,
                "url": url,
                "filename": filename,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        content_type = d.pop("content_type")

        url = d.pop("url")

        filename = d.pop("filename")

        size = d.pop("size")

        media = cls(
            uuid=uuid,
            content_type=content_type,
            url=url,
            filename=filename,
            size=size,
        )

        media.additional_properties = d
        return media

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
