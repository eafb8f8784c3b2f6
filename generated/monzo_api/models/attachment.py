from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """An image attached to a transaction.

    Attributes:
        id (str): Attachment id (`attach_…`).
        file_url (str):
        file_type (str):
        user_id (str | Unset):
        external_id (str | Unset): The transaction it is attached to.
        created (datetime.datetime | Unset):
    """

    id: str
    file_url: str
    file_type: str
    user_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_url = self.file_url

        file_type = self.file_type

        user_id = self.user_id

        external_id = self.external_id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = (
                self.created.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.created.tzinfo
                else self.created.isoformat()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "file_url": file_url,
                "file_type": file_type,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        file_url = d.pop("file_url")

        file_type = d.pop("file_type")

        user_id = d.pop("user_id", UNSET)

        external_id = d.pop("external_id", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        attachment = cls(
            id=id,
            file_url=file_url,
            file_type=file_type,
            user_id=user_id,
            external_id=external_id,
            created=created,
        )

        attachment.additional_properties = d
        return attachment

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
