from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentUploadRequest")


@_attrs_define
class AttachmentUploadRequest:
    """Form body of `POST /attachment/upload`.

    Attributes:
        file_name (str):
        file_type (str): MIME type, e.g. `image/png`.
        content_length (int): Size of the file in bytes.
    """

    file_name: str
    file_type: str
    content_length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_type = self.file_type

        content_length = self.content_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_name": file_name,
                "file_type": file_type,
                "content_length": content_length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")

        file_type = d.pop("file_type")

        content_length = d.pop("content_length")

        attachment_upload_request = cls(
            file_name=file_name,
            file_type=file_type,
            content_length=content_length,
        )

        attachment_upload_request.additional_properties = d
        return attachment_upload_request

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
