from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measurable_direction import MeasurableDirection
from ..models.measurable_unit import MeasurableUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMeasurableRequest")


@_attrs_define
class UpdateMeasurableRequest:
    """Body of `PUT measurables/{measurableId}`. Omitted fields are unchanged.

    Example:
        {'name': 'Weekly sales revenue', 'target': 110000}

    Attributes:
        name (str | Unset): Measurable name.
        direction (MeasurableDirection | Unset): How a score is compared with the target (`Between` uses `AltTarget` as
            the upper bound).
        target (float | Unset):
        unit_type (MeasurableUnit | Unset): Unit of a measurable's values.
        alt_target (float | Unset): Upper bound for `Between`.
    """

    name: str | Unset = UNSET
    direction: MeasurableDirection | Unset = UNSET
    target: float | Unset = UNSET
    unit_type: MeasurableUnit | Unset = UNSET
    alt_target: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        target = self.target

        unit_type: str | Unset = UNSET
        if not isinstance(self.unit_type, Unset):
            unit_type = self.unit_type.value

        alt_target = self.alt_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if direction is not UNSET:
            field_dict["direction"] = direction
        if target is not UNSET:
            field_dict["target"] = target
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if alt_target is not UNSET:
            field_dict["altTarget"] = alt_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: MeasurableDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = MeasurableDirection(_direction)

        target = d.pop("target", UNSET)

        _unit_type = d.pop("unitType", UNSET)
        unit_type: MeasurableUnit | Unset
        if isinstance(_unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = MeasurableUnit(_unit_type)

        alt_target = d.pop("altTarget", UNSET)

        update_measurable_request = cls(
            name=name,
            direction=direction,
            target=target,
            unit_type=unit_type,
            alt_target=alt_target,
        )

        update_measurable_request.additional_properties = d
        return update_measurable_request

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
