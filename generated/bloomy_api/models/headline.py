from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission import Permission
    from ..models.picture import Picture
    from ..models.user import User


T = TypeVar("T", bound="Headline")


@_attrs_define
class Headline:
    """A people headline.

    Example:
        {'Id': 765432, 'Type': 'PeopleHeadline', 'Key': 'PeopleHeadline_765432', 'Name': 'Maria closed the Acme renewal
            two weeks early', 'DetailsUrl': 'https://app.bloomgrowth.com/Headlines/Pad/765432', 'Owner': {'Id': 345678,
            'Name': 'Jane Cooper', 'ImageUrl': 'https://app.bloomgrowth.com/i/userplaceholder'}, 'About': None, 'Archived':
            False, 'CreateTime': '2024-06-24T14:35:00Z', 'CloseTime': None, 'Origin': 'Leadership Team L10', 'OriginId':
            327249}

    Attributes:
        id (int): Headline id.
        type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
        key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
        name (None | str | Unset): Title.
        details_url (None | str | Unset): URL of the notes pad.
        owner (None | Unset | User):
        close_time (datetime.datetime | None | Unset):
        create_time (datetime.datetime | None | Unset):
        about (None | Picture | Unset):
        archived (bool | None | Unset):
        permission (None | Permission | Unset):
        origin (None | str | Unset): Name of the meeting (sent with `Include_Origin=true`).
        origin_id (int | None | Unset): Id of the meeting.
    """

    id: int
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    details_url: None | str | Unset = UNSET
    owner: None | Unset | User = UNSET
    close_time: datetime.datetime | None | Unset = UNSET
    create_time: datetime.datetime | None | Unset = UNSET
    about: None | Picture | Unset = UNSET
    archived: bool | None | Unset = UNSET
    permission: None | Permission | Unset = UNSET
    origin: None | str | Unset = UNSET
    origin_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.permission import Permission  # noqa: PLC0415
        from ..models.picture import Picture  # noqa: PLC0415
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

        details_url: None | str | Unset
        if isinstance(self.details_url, Unset):
            details_url = UNSET
        else:
            details_url = self.details_url

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        close_time: None | str | Unset
        if isinstance(self.close_time, Unset):
            close_time = UNSET
        elif isinstance(self.close_time, datetime.datetime):
            close_time = (
                self.close_time.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.close_time.tzinfo
                else self.close_time.isoformat()
            )
        else:
            close_time = self.close_time

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

        about: dict[str, Any] | None | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        elif isinstance(self.about, Picture):
            about = self.about.to_dict()
        else:
            about = self.about

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

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        origin_id: int | None | Unset
        if isinstance(self.origin_id, Unset):
            origin_id = UNSET
        else:
            origin_id = self.origin_id

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
        if details_url is not UNSET:
            field_dict["DetailsUrl"] = details_url
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if close_time is not UNSET:
            field_dict["CloseTime"] = close_time
        if create_time is not UNSET:
            field_dict["CreateTime"] = create_time
        if about is not UNSET:
            field_dict["About"] = about
        if archived is not UNSET:
            field_dict["Archived"] = archived
        if permission is not UNSET:
            field_dict["Permission"] = permission
        if origin is not UNSET:
            field_dict["Origin"] = origin
        if origin_id is not UNSET:
            field_dict["OriginId"] = origin_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permission import Permission  # noqa: PLC0415
        from ..models.picture import Picture  # noqa: PLC0415
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

        def _parse_details_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details_url = _parse_details_url(d.pop("DetailsUrl", UNSET))

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

        def _parse_close_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_time_type_0 = datetime.datetime.fromisoformat(data)

                return close_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        close_time = _parse_close_time(d.pop("CloseTime", UNSET))

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

        def _parse_about(data: object) -> None | Picture | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                about_type_0 = Picture.from_dict(data)

                return about_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Picture | Unset, data)

        about = _parse_about(d.pop("About", UNSET))

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

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("Origin", UNSET))

        def _parse_origin_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        origin_id = _parse_origin_id(d.pop("OriginId", UNSET))

        headline = cls(
            id=id,
            type_=type_,
            key=key,
            name=name,
            details_url=details_url,
            owner=owner,
            close_time=close_time,
            create_time=create_time,
            about=about,
            archived=archived,
            permission=permission,
            origin=origin,
            origin_id=origin_id,
        )

        headline.additional_properties = d
        return headline

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
