from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentRegisterRequest")


@_attrs_define
class AttachmentRegisterRequest:
    """Form body of `POST /attachment/register`.

    Attributes:
        external_id (str): The transaction id (`tx_…`) to attach the image to.
        file_url (str):
        file_type (str): MIME type.
    """

    external_id: str
    file_url: str
    file_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        file_url = self.file_url

        file_type = self.file_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "file_url": file_url,
                "file_type": file_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        file_url = d.pop("file_url")

        file_type = d.pop("file_type")

        attachment_register_request = cls(
            external_id=external_id,
            file_url=file_url,
            file_type=file_type,
        )

        attachment_register_request.additional_properties = d
        return attachment_register_request

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
