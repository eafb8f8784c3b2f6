from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasurableOrder")


@_attrs_define
class MeasurableOrder:
    """Position of a measurable in a scorecard. Note that `Id` is a string here.

    Example:
        {'Id': '456789', 'Type': 'MeasurableOrder', 'ScorecardId': 327249, 'MeasurableId': 456789, 'Ordering': 1, 'Key':
            'MeasurableOrder_456789'}

    Attributes:
        id (None | str | Unset):
        type_ (None | str | Unset):
        scorecard_id (int | None | Unset):
        measurable_id (int | None | Unset):
        ordering (int | None | Unset):
        key (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    scorecard_id: int | None | Unset = UNSET
    measurable_id: int | None | Unset = UNSET
    ordering: int | None | Unset = UNSET
    key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        scorecard_id: int | None | Unset
        if isinstance(self.scorecard_id, Unset):
            scorecard_id = UNSET
        else:
            scorecard_id = self.scorecard_id

        measurable_id: int | None | Unset
        if isinstance(self.measurable_id, Unset):
            measurable_id = UNSET
        else:
            measurable_id = self.measurable_id

        ordering: int | None | Unset
        if isinstance(self.ordering, Unset):
            ordering = UNSET
        else:
            ordering = self.ordering

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if scorecard_id is not UNSET:
            field_dict["ScorecardId"] = scorecard_id
        if measurable_id is not UNSET:
            field_dict["MeasurableId"] = measurable_id
        if ordering is not UNSET:
            field_dict["Ordering"] = ordering
        if key is not UNSET:
            field_dict["Key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_scorecard_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scorecard_id = _parse_scorecard_id(d.pop("ScorecardId", UNSET))

        def _parse_measurable_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        measurable_id = _parse_measurable_id(d.pop("MeasurableId", UNSET))

        def _parse_ordering(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ordering = _parse_ordering(d.pop("Ordering", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("Key", UNSET))

        measurable_order = cls(
            id=id,
            type_=type_,
            scorecard_id=scorecard_id,
            measurable_id=measurable_id,
            ordering=ordering,
            key=key,
        )

        measurable_order.additional_properties = d
        return measurable_order

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
