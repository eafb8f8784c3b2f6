from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.position import Position
    from ..models.role_group import RoleGroup


T = TypeVar("T", bound="AccountabilityGroup")


@_attrs_define
class AccountabilityGroup:
    """The group behind a seat: its position and roles.

    Attributes:
        id (int | None | Unset):
        type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
        key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
        position (None | Position | Unset):
        editable (bool | None | Unset):
        role_groups (list[RoleGroup] | None | Unset):
    """

    id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    position: None | Position | Unset = UNSET
    editable: bool | None | Unset = UNSET
    role_groups: list[RoleGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.position import Position  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
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

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, Position):
            position = self.position.to_dict()
        else:
            position = self.position

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        role_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.role_groups, Unset):
            role_groups = UNSET
        elif isinstance(self.role_groups, list):
            role_groups = []
            for role_groups_type_0_item_data in self.role_groups:
                role_groups_type_0_item = role_groups_type_0_item_data.to_dict()
                role_groups.append(role_groups_type_0_item)

        else:
            role_groups = self.role_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if key is not UNSET:
            field_dict["Key"] = key
        if position is not UNSET:
            field_dict["Position"] = position
        if editable is not UNSET:
            field_dict["Editable"] = editable
        if role_groups is not UNSET:
            field_dict["RoleGroups"] = role_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position import Position  # noqa: PLC0415
        from ..models.role_group import RoleGroup  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

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

        def _parse_position(data: object) -> None | Position | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = Position.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Position | Unset, data)

        position = _parse_position(d.pop("Position", UNSET))

        def _parse_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        editable = _parse_editable(d.pop("Editable", UNSET))

        def _parse_role_groups(data: object) -> list[RoleGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                role_groups_type_0 = []
                _role_groups_type_0 = data
                for role_groups_type_0_item_data in _role_groups_type_0:
                    role_groups_type_0_item = RoleGroup.from_dict(role_groups_type_0_item_data)

                    role_groups_type_0.append(role_groups_type_0_item)

                return role_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoleGroup] | None | Unset, data)

        role_groups = _parse_role_groups(d.pop("RoleGroups", UNSET))

        accountability_group = cls(
            id=id,
            type_=type_,
            key=key,
            position=position,
            editable=editable,
            role_groups=role_groups,
        )

        accountability_group.additional_properties = d
        return accountability_group

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
