from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_date_time import LocalDateTime


T = TypeVar("T", bound="Week")


@_attrs_define
class Week:
    """A scorecard week, as returned by `weeks/current`.

    Example:
        {'Id': 2842, 'Type': 'WeekModel', 'Key': 'WeekModel_2842', 'ForWeekNumber': 2842, 'ForWeek':
            '2024-06-23T00:00:00Z', 'DisplayDate': '2024-06-17T00:00:00Z', 'LocalDate': {'Local': True, 'Date':
            '2024-06-17T00:00:00Z'}, 'IsCurrentWeek': True}

    Attributes:
        id (int): Week id.
        type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
        key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
        for_week_number (int | None | Unset): Week number used to key score writes (`PUT
            measurables/{measurableId}/week/{weekId}`).
        for_week (datetime.datetime | None | Unset): End of the week (its last day).
        display_date (datetime.datetime | None | Unset): Start of the week as displayed.
        local_date (LocalDateTime | None | Unset):
        is_current_week (bool | None | Unset):
    """

    id: int
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    for_week_number: int | None | Unset = UNSET
    for_week: datetime.datetime | None | Unset = UNSET
    display_date: datetime.datetime | None | Unset = UNSET
    local_date: LocalDateTime | None | Unset = UNSET
    is_current_week: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.local_date_time import LocalDateTime  # noqa: PLC0415

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

        for_week_number: int | None | Unset
        if isinstance(self.for_week_number, Unset):
            for_week_number = UNSET
        else:
            for_week_number = self.for_week_number

        for_week: None | str | Unset
        if isinstance(self.for_week, Unset):
            for_week = UNSET
        elif isinstance(self.for_week, datetime.datetime):
            for_week = (
                self.for_week.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.for_week.tzinfo
                else self.for_week.isoformat()
            )
        else:
            for_week = self.for_week

        display_date: None | str | Unset
        if isinstance(self.display_date, Unset):
            display_date = UNSET
        elif isinstance(self.display_date, datetime.datetime):
            display_date = (
                self.display_date.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.display_date.tzinfo
                else self.display_date.isoformat()
            )
        else:
            display_date = self.display_date

        local_date: dict[str, Any] | None | Unset
        if isinstance(self.local_date, Unset):
            local_date = UNSET
        elif isinstance(self.local_date, LocalDateTime):
            local_date = self.local_date.to_dict()
        else:
            local_date = self.local_date

        is_current_week: bool | None | Unset
        if isinstance(self.is_current_week, Unset):
            is_current_week = UNSET
        else:
            is_current_week = self.is_current_week

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
        if for_week_number is not UNSET:
            field_dict["ForWeekNumber"] = for_week_number
        if for_week is not UNSET:
            field_dict["ForWeek"] = for_week
        if display_date is not UNSET:
            field_dict["DisplayDate"] = display_date
        if local_date is not UNSET:
            field_dict["LocalDate"] = local_date
        if is_current_week is not UNSET:
            field_dict["IsCurrentWeek"] = is_current_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.local_date_time import LocalDateTime  # noqa: PLC0415

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

        def _parse_for_week_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        for_week_number = _parse_for_week_number(d.pop("ForWeekNumber", UNSET))

        def _parse_for_week(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                for_week_type_0 = datetime.datetime.fromisoformat(data)

                return for_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        for_week = _parse_for_week(d.pop("ForWeek", UNSET))

        def _parse_display_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_date_type_0 = datetime.datetime.fromisoformat(data)

                return display_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        display_date = _parse_display_date(d.pop("DisplayDate", UNSET))

        def _parse_local_date(data: object) -> LocalDateTime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                local_date_type_0 = LocalDateTime.from_dict(data)

                return local_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalDateTime | None | Unset, data)

        local_date = _parse_local_date(d.pop("LocalDate", UNSET))

        def _parse_is_current_week(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_current_week = _parse_is_current_week(d.pop("IsCurrentWeek", UNSET))

        week = cls(
            id=id,
            type_=type_,
            key=key,
            for_week_number=for_week_number,
            for_week=for_week,
            display_date=display_date,
            local_date=local_date,
            is_current_week=is_current_week,
        )

        week.additional_properties = d
        return week

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
