from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.milestone_status import MilestoneStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone:
    """A milestone of a rock.

    Example:
        {'Id': 234567, 'Type': 'Milestone', 'Key': 'Milestone_234567', 'Name': 'Design review signed off', 'DueDate':
            '2024-08-15T00:00:00Z', 'Status': 'NotDone', 'RockId': 1234567}

    Attributes:
        id (int): Milestone id.
        type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
        key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
        due_date (datetime.datetime | None | Unset):
        name (None | str | Unset): Title.
        status (MilestoneStatus | Unset): Status of a milestone.
        rock_id (int | None | Unset): Rock the milestone belongs to.
    """

    id: int
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    status: MilestoneStatus | Unset = UNSET
    rock_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = (
                self.due_date.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.due_date.tzinfo
                else self.due_date.isoformat()
            )
        else:
            due_date = self.due_date

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        rock_id: int | None | Unset
        if isinstance(self.rock_id, Unset):
            rock_id = UNSET
        else:
            rock_id = self.rock_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if key is not UNSET:
            field_dict["Key"] = key
        if due_date is not UNSET:
            field_dict["DueDate"] = due_date
        if name is not UNSET:
            field_dict["Name"] = name
        if status is not UNSET:
            field_dict["Status"] = status
        if rock_id is not UNSET:
            field_dict["RockId"] = rock_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id")

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("Key", UNSET))

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("DueDate", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        _status = d.pop("Status", UNSET)
        status: MilestoneStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MilestoneStatus(_status)

        def _parse_rock_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rock_id = _parse_rock_id(d.pop("RockId", UNSET))

        milestone = cls(
            id=id,
            type_=type_,
            key=key,
            due_date=due_date,
            name=name,
            status=status,
            rock_id=rock_id,
        )

        milestone.additional_properties = d
        return milestone

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
