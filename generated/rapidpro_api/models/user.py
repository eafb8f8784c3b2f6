from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_ref import TeamRef


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the workspace.

    Attributes:
        uuid (str):
        email (str):
        role (UserRole):
        created_on (datetime.datetime): When the user joined.
        name (str | Unset):
        team (None | TeamRef | Unset):
        avatar (None | str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
    """

    uuid: str
    email: str
    role: UserRole
    created_on: datetime.datetime
    name: str | Unset = UNSET
    team: None | TeamRef | Unset = UNSET
    avatar: None | str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_ref import TeamRef  # noqa: PLC0415

        uuid = self.uuid

        email = self.email

        role = self.role.value

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        name = self.name

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, TeamRef):
            team = self.team.to_dict()
        else:
            team = self.team

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "email": email,
                "role": role,
                "created_on": created_on,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if team is not UNSET:
            field_dict["team"] = team
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_ref import TeamRef  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        email = d.pop("email")

        role = UserRole(d.pop("role"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        name = d.pop("name", UNSET)

        def _parse_team(data: object) -> None | TeamRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_type_0 = TeamRef.from_dict(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamRef | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        user = cls(
            uuid=uuid,
            email=email,
            role=role,
            created_on=created_on,
            name=name,
            team=team,
            avatar=avatar,
            first_name=first_name,
            last_name=last_name,
        )

        user.additional_properties = d
        return user

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
