from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measurable_direction import MeasurableDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="Score")


@_attrs_define
class Score:
    """A weekly score of a measurable. Scorecard responses also carry `AccountableUserId` and `MeasurableName`; `Week` may
    be a date or an ISO week label such as `2024-W25`. `Measured` is null for weeks without a value.

        Example:
            {'Id': 55667788, 'Type': 'ScoreModel', 'Key': 'ScoreModel_55667788', 'ForWeek': 2842, 'Week':
                '2024-06-23T00:00:00Z', 'MeasurableId': 456789, 'AccountableUserId': 345678, 'MeasurableName': 'Weekly sales
                revenue', 'DateEntered': '2024-06-21T16:20:00Z', 'Measured': 95000, 'Disabled': False, 'Direction':
                'GreaterThan', 'Target': 100000, 'AltTarget': None}

        Attributes:
            id (int): Score id.
            type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
            key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
            for_week (int | None | Unset): Week number the score is for (the `ForWeekNumber` of `weeks/current`).
            week (None | str | Unset): Week the score is for (a date, or a label like `2024-W25`).
            measurable_id (int | None | Unset):
            accountable_user_id (int | None | Unset):
            measurable_name (None | str | Unset):
            date_entered (datetime.datetime | None | Unset):
            measured (float | None | Unset): The value; null when not entered.
            disabled (bool | None | Unset):
            direction (MeasurableDirection | Unset): How a score is compared with the target (`Between` uses `AltTarget` as
                the upper bound).
            target (float | None | Unset):
            alt_target (float | None | Unset):
    """

    id: int
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    for_week: int | None | Unset = UNSET
    week: None | str | Unset = UNSET
    measurable_id: int | None | Unset = UNSET
    accountable_user_id: int | None | Unset = UNSET
    measurable_name: None | str | Unset = UNSET
    date_entered: datetime.datetime | None | Unset = UNSET
    measured: float | None | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    direction: MeasurableDirection | Unset = UNSET
    target: float | None | Unset = UNSET
    alt_target: float | None | Unset = UNSET
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

        for_week: int | None | Unset
        if isinstance(self.for_week, Unset):
            for_week = UNSET
        else:
            for_week = self.for_week

        week: None | str | Unset
        if isinstance(self.week, Unset):
            week = UNSET
        else:
            week = self.week

        measurable_id: int | None | Unset
        if isinstance(self.measurable_id, Unset):
            measurable_id = UNSET
        else:
            measurable_id = self.measurable_id

        accountable_user_id: int | None | Unset
        if isinstance(self.accountable_user_id, Unset):
            accountable_user_id = UNSET
        else:
            accountable_user_id = self.accountable_user_id

        measurable_name: None | str | Unset
        if isinstance(self.measurable_name, Unset):
            measurable_name = UNSET
        else:
            measurable_name = self.measurable_name

        date_entered: None | str | Unset
        if isinstance(self.date_entered, Unset):
            date_entered = UNSET
        elif isinstance(self.date_entered, datetime.datetime):
            date_entered = (
                self.date_entered.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.date_entered.tzinfo
                else self.date_entered.isoformat()
            )
        else:
            date_entered = self.date_entered

        measured: float | None | Unset
        if isinstance(self.measured, Unset):
            measured = UNSET
        else:
            measured = self.measured

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        target: float | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        alt_target: float | None | Unset
        if isinstance(self.alt_target, Unset):
            alt_target = UNSET
        else:
            alt_target = self.alt_target

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
        if for_week is not UNSET:
            field_dict["ForWeek"] = for_week
        if week is not UNSET:
            field_dict["Week"] = week
        if measurable_id is not UNSET:
            field_dict["MeasurableId"] = measurable_id
        if accountable_user_id is not UNSET:
            field_dict["AccountableUserId"] = accountable_user_id
        if measurable_name is not UNSET:
            field_dict["MeasurableName"] = measurable_name
        if date_entered is not UNSET:
            field_dict["DateEntered"] = date_entered
        if measured is not UNSET:
            field_dict["Measured"] = measured
        if disabled is not UNSET:
            field_dict["Disabled"] = disabled
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if target is not UNSET:
            field_dict["Target"] = target
        if alt_target is not UNSET:
            field_dict["AltTarget"] = alt_target

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

        def _parse_for_week(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        for_week = _parse_for_week(d.pop("ForWeek", UNSET))

        def _parse_week(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        week = _parse_week(d.pop("Week", UNSET))

        def _parse_measurable_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        measurable_id = _parse_measurable_id(d.pop("MeasurableId", UNSET))

        def _parse_accountable_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        accountable_user_id = _parse_accountable_user_id(d.pop("AccountableUserId", UNSET))

        def _parse_measurable_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measurable_name = _parse_measurable_name(d.pop("MeasurableName", UNSET))

        def _parse_date_entered(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_entered_type_0 = datetime.datetime.fromisoformat(data)

                return date_entered_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_entered = _parse_date_entered(d.pop("DateEntered", UNSET))

        def _parse_measured(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        measured = _parse_measured(d.pop("Measured", UNSET))

        def _parse_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disabled = _parse_disabled(d.pop("Disabled", UNSET))

        _direction = d.pop("Direction", UNSET)
        direction: MeasurableDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = MeasurableDirection(_direction)

        def _parse_target(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target = _parse_target(d.pop("Target", UNSET))

        def _parse_alt_target(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        alt_target = _parse_alt_target(d.pop("AltTarget", UNSET))

        score = cls(
            id=id,
            type_=type_,
            key=key,
            for_week=for_week,
            week=week,
            measurable_id=measurable_id,
            accountable_user_id=accountable_user_id,
            measurable_name=measurable_name,
            date_entered=date_entered,
            measured=measured,
            disabled=disabled,
            direction=direction,
            target=target,
            alt_target=alt_target,
        )

        score.additional_properties = d
        return score

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
