from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.topic_counts import TopicCounts


T = TypeVar("T", bound="Topic")


@_attrs_define
class Topic:
    """A ticket topic.

    Attributes:
        uuid (str):
        name (str):
        counts (TopicCounts): Number of tickets with a topic.
        system (bool): Whether this is the default topic, which cannot be modified.
        created_on (datetime.datetime):
    """

    uuid: str
    name: str
    counts: TopicCounts
    system: bool
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        counts = self.counts.to_dict()

        system = self.system

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
                "counts": counts,
                "system": system,
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_counts import TopicCounts  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        counts = TopicCounts.from_dict(d.pop("counts"))

        system = d.pop("system")

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        topic = cls(
            uuid=uuid,
            name=name,
            counts=counts,
            system=system,
            created_on=created_on,
        )

        topic.additional_properties = d
        return topic

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
