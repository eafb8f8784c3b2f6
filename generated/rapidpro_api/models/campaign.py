from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.group_ref import GroupRef


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign of events scheduled for the members of a group.

    Attributes:
        uuid (str):
        name (str):
        archived (bool):
        group (GroupRef): Reference to a contact group.
        created_on (datetime.datetime):
    """

    uuid: str
    name: str
    archived: bool
    group: GroupRef
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        archived = self.archived

        group = self.group.to_dict()

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "archived": archived,
                "group": group,
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_ref import GroupRef  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        archived = d.pop("archived")

        group = GroupRef.from_dict(d.pop("group"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        campaign = cls(
            uuid=uuid,
            name=name,
            archived=archived,
            group=group,
            created_on=created_on,
        )

        campaign.additional_properties = d
        return campaign

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
