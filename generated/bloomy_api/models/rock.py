from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rock_completion import RockCompletion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_id import NameId
    from ..models.permission import Permission
    from ..models.user import User


T = TypeVar("T", bound="Rock")


@_attrs_define
class Rock:
    """A rock (a quarterly goal; the SDKs call it a goal). `Origins` lists the meetings it is attached to (sent with
    `Include_Origin=true`).

        Example:
            {'Id': 1234567, 'Type': 'RockModel', 'Key': 'RockModel_1234567', 'Name': 'Launch the self-serve onboarding
                flow', 'Owner': {'Id': 345678, 'Name': 'Jane Cooper', 'ImageUrl':
                'https://app.bloomgrowth.com/i/userplaceholder'}, 'DueDate': '2024-09-30T00:00:00Z', 'Complete': False,
                'Completion': 'OnTrack', 'CreateTime': '2024-07-01T09:00:00Z', 'Archived': False, 'Origins': [{'Id': 327249,
                'Name': 'Leadership Team L10'}]}

        Attributes:
            id (int): Rock id.
            type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
            key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
            name (None | str | Unset): Title.
            owner (None | Unset | User):
            due_date (datetime.datetime | None | Unset):
            complete (bool | Unset):
            completion (RockCompletion | Unset): Status of a rock.
            create_time (datetime.datetime | None | Unset):
            archived (bool | None | Unset):
            permission (None | Permission | Unset):
            origins (list[NameId] | None | Unset):
    """

    id: int
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    owner: None | Unset | User = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    complete: bool | Unset = UNSET
    completion: RockCompletion | Unset = UNSET
    create_time: datetime.datetime | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    permission: None | Permission | Unset = UNSET
    origins: list[NameId] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.permission import Permission  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

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

        complete = self.complete

        completion: str | Unset = UNSET
        if not isinstance(self.completion, Unset):
            completion = self.completion.value

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        elif isinstance(self.create_time, datetime.datetime):
            create_time = (
                self.create_time.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.create_time.tzinfo
                else self.create_time.isoformat()
            )
        else:
            create_time = self.create_time

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        permission: dict[str, Any] | None | Unset
        if isinstance(self.permission, Unset):
            permission = UNSET
        elif isinstance(self.permission, Permission):
            permission = self.permission.to_dict()
        else:
            permission = self.permission

        origins: list[dict[str, Any]] | None | Unset
        if isinstance(self.origins, Unset):
            origins = UNSET
        elif isinstance(self.origins, list):
            origins = []
            for origins_type_0_item_data in self.origins:
                origins_type_0_item = origins_type_0_item_data.to_dict()
                origins.append(origins_type_0_item)

        else:
            origins = self.origins

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
        if name is not UNSET:
            field_dict["Name"] = name
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if due_date is not UNSET:
            field_dict["DueDate"] = due_date
        if complete is not UNSET:
            field_dict["Complete"] = complete
        if completion is not UNSET:
            field_dict["Completion"] = completion
        if create_time is not UNSET:
            field_dict["CreateTime"] = create_time
        if archived is not UNSET:
            field_dict["Archived"] = archived
        if permission is not UNSET:
            field_dict["Permission"] = permission
        if origins is not UNSET:
            field_dict["Origins"] = origins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.name_id import NameId  # noqa: PLC0415
        from ..models.permission import Permission  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_owner(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = User.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        owner = _parse_owner(d.pop("Owner", UNSET))

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

        complete = d.pop("Complete", UNSET)

        _completion = d.pop("Completion", UNSET)
        completion: RockCompletion | Unset
        if isinstance(_completion, Unset):
            completion = UNSET
        else:
            completion = RockCompletion(_completion)

        def _parse_create_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                create_time_type_0 = datetime.datetime.fromisoformat(data)

                return create_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        create_time = _parse_create_time(d.pop("CreateTime", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("Archived", UNSET))

        def _parse_permission(data: object) -> None | Permission | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permission_type_0 = Permission.from_dict(data)

                return permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Permission | Unset, data)

        permission = _parse_permission(d.pop("Permission", UNSET))

        def _parse_origins(data: object) -> list[NameId] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                origins_type_0 = []
                _origins_type_0 = data
                for origins_type_0_item_data in _origins_type_0:
                    origins_type_0_item = NameId.from_dict(origins_type_0_item_data)

                    origins_type_0.append(origins_type_0_item)

                return origins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NameId] | None | Unset, data)

        origins = _parse_origins(d.pop("Origins", UNSET))

        rock = cls(
            id=id,
            type_=type_,
            key=key,
            name=name,
            owner=owner,
            due_date=due_date,
            complete=complete,
            completion=completion,
            create_time=create_time,
            archived=archived,
            permission=permission,
            origins=origins,
        )

        rock.additional_properties = d
        return rock

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
