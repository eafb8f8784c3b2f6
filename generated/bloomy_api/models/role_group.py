from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_group_attach_type import RoleGroupAttachType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role import Role


T = TypeVar("T", bound="RoleGroup")


@_attrs_define
class RoleGroup:
    """Roles grouped by what they are attached to.

    Attributes:
        id (int | None | Unset):
        type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
        key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
        attach_type (RoleGroupAttachType | Unset):
        attach_id (int | None | Unset):
        attach_name (None | str | Unset):
        editable (bool | None | Unset):
        roles (list[Role] | None | Unset):
    """

    id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    attach_type: RoleGroupAttachType | Unset = UNSET
    attach_id: int | None | Unset = UNSET
    attach_name: None | str | Unset = UNSET
    editable: bool | None | Unset = UNSET
    roles: list[Role] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        attach_type: str | Unset = UNSET
        if not isinstance(self.attach_type, Unset):
            attach_type = self.attach_type.value

        attach_id: int | None | Unset
        if isinstance(self.attach_id, Unset):
            attach_id = UNSET
        else:
            attach_id = self.attach_id

        attach_name: None | str | Unset
        if isinstance(self.attach_name, Unset):
            attach_name = UNSET
        else:
            attach_name = self.attach_name

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.to_dict()
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if key is not UNSET:
            field_dict["Key"] = key
        if attach_type is not UNSET:
            field_dict["AttachType"] = attach_type
        if attach_id is not UNSET:
            field_dict["AttachId"] = attach_id
        if attach_name is not UNSET:
            field_dict["AttachName"] = attach_name
        if editable is not UNSET:
            field_dict["Editable"] = editable
        if roles is not UNSET:
            field_dict["Roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role import Role  # noqa: PLC0415

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

        _attach_type = d.pop("AttachType", UNSET)
        attach_type: RoleGroupAttachType | Unset
        if isinstance(_attach_type, Unset):
            attach_type = UNSET
        else:
            attach_type = RoleGroupAttachType(_attach_type)

        def _parse_attach_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attach_id = _parse_attach_id(d.pop("AttachId", UNSET))

        def _parse_attach_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attach_name = _parse_attach_name(d.pop("AttachName", UNSET))

        def _parse_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        editable = _parse_editable(d.pop("Editable", UNSET))

        def _parse_roles(data: object) -> list[Role] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = Role.from_dict(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Role] | None | Unset, data)

        roles = _parse_roles(d.pop("Roles", UNSET))

        role_group = cls(
            id=id,
            type_=type_,
            key=key,
            attach_type=attach_type,
            attach_id=attach_id,
            attach_name=attach_name,
            editable=editable,
            roles=roles,
        )

        role_group.additional_properties = d
        return role_group

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
