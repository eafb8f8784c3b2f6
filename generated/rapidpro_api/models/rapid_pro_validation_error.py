from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rapid_pro_nested_errors import RapidProNestedErrors


T = TypeVar("T", bound="RapidProValidationError")


@_attrs_define
class RapidProValidationError:
    """Validation errors. Keys are body field names (or `non_field_errors` for object-level errors); values are lists of
    messages, or for list items and translation dicts a nested object keyed by index or language. Query parameter errors
    use `detail` instead.

        Attributes:
            detail (str | Unset): Message for an invalid query parameter or a refused deletion.
            non_field_errors (list[str] | Unset): Messages about the body as a whole.
    """

    detail: str | Unset = UNSET
    non_field_errors: list[str] | Unset = UNSET
    additional_properties: dict[str, list[str] | RapidProNestedErrors] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        non_field_errors: list[str] | Unset = UNSET
        if not isinstance(self.non_field_errors, Unset):
            non_field_errors = self.non_field_errors

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if non_field_errors is not UNSET:
            field_dict["non_field_errors"] = non_field_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rapid_pro_nested_errors import RapidProNestedErrors  # noqa: PLC0415

        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        non_field_errors = cast(list[str], d.pop("non_field_errors", UNSET))

        rapid_pro_validation_error = cls(
            detail=detail,
            non_field_errors=non_field_errors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> list[str] | RapidProNestedErrors:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_0 = cast(list[str], data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_1 = RapidProNestedErrors.from_dict(data)

                return additional_property_type_1

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        rapid_pro_validation_error.additional_properties = additional_properties
        return rapid_pro_validation_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str] | RapidProNestedErrors:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str] | RapidProNestedErrors) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
