from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resthook_event_data import ResthookEventData


T = TypeVar("T", bound="ResthookEvent")


@_attrs_define
class ResthookEvent:
    """An event posted to a resthook.

    Attributes:
        resthook (str):
        data (ResthookEventData): The payload that was posted: `flow`, `contact`, `channel`, `run`, `input`, `path` and
            `results` of the run that called the resthook.
        created_on (datetime.datetime):
    """

    resthook: str
    data: ResthookEventData
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resthook = self.resthook

        data = self.data.to_dict()

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resthook": resthook,
                "data": data,
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resthook_event_data import ResthookEventData  # noqa: PLC0415

        d = dict(src_dict)
        resthook = d.pop("resthook")

        data = ResthookEventData.from_dict(d.pop("data"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        resthook_event = cls(
            resthook=resthook,
            data=data,
            created_on=created_on,
        )

        resthook_event.additional_properties = d
        return resthook_event

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
