from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pot import Pot


T = TypeVar("T", bound="PotList")


@_attrs_define
class PotList:
    """
    Attributes:
        pots (list[Pot]):
    """

    pots: list[Pot]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pots = []
        for pots_item_data in self.pots:
            pots_item = pots_item_data.to_dict()
            pots.append(pots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pots": pots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pot import Pot  # noqa: PLC0415

        d = dict(src_dict)
        pots = []
        _pots = d.pop("pots")
        for pots_item_data in _pots:
            pots_item = Pot.from_dict(pots_item_data)

            pots.append(pots_item)

        pot_list = cls(
            pots=pots,
        )

        pot_list.additional_properties = d
        return pot_list

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
