from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_todo_type import TodoTodoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission import Permission
    from ..models.user import User


T = TypeVar("T", bound="Todo")


@_attrs_define
class Todo:
    """A to-do, personal or attached to a meeting (`Origin`/`OriginId` name the meeting). `CloseTime` is set once the to-do
    is archived.

        Example:
            {'Id': 9876543, 'Type': 'TodoModel', 'Key': 'TodoModel_9876543', 'Name': 'Send Q3 pricing update to the sales
                team', 'DetailsUrl': 'https://app.bloomgrowth.com/Todo/Pad/9876543', 'Origin': 'Leadership Team L10',
                'OriginId': 327249, 'DueDate': '2024-07-05T00:00:00Z', 'Owner': {'Id': 345678, 'Name': 'Jane Cooper',
                'ImageUrl': 'https://app.bloomgrowth.com/i/userplaceholder'}, 'CompleteTime': None, 'CreateTime':
                '2024-06-28T15:04:12Z', 'CloseTime': None, 'Complete': False, 'TodoType': 'L10', 'Ordering': 0}

        Attributes:
            id (int): To-do id.
            type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
            key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
            name (None | str | Unset): Title.
            details_url (None | str | Unset): URL of the notes pad.
            origin (None | str | Unset): Name of the meeting (or list) the to-do comes from.
            origin_id (int | None | Unset): Id of the meeting the to-do comes from.
            due_date (datetime.datetime | None | Unset): Due date (often midnight; may come without a time zone or as a bare
                date).
            owner (None | Unset | User):
            complete_time (datetime.datetime | None | Unset): When it was completed; null while open.
            create_time (datetime.datetime | None | Unset):
            close_time (datetime.datetime | None | Unset): When it was closed/archived; null while active.
            complete (bool | Unset):
            todo_type (TodoTodoType | Unset):
            ordering (int | None | Unset):
            permission (None | Permission | Unset):
    """

    id: int
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    details_url: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    origin_id: int | None | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    owner: None | Unset | User = UNSET
    complete_time: datetime.datetime | None | Unset = UNSET
    create_time: datetime.datetime | None | Unset = UNSET
    close_time: datetime.datetime | None | Unset = UNSET
    complete: bool | Unset = UNSET
    todo_type: TodoTodoType | Unset = UNSET
    ordering: int | None | Unset = UNSET
    permission: None | Permission | Unset = UNSET
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

        details_url: None | str | Unset
        if isinstance(self.details_url, Unset):
            details_url = UNSET
        else:
            details_url = self.details_url

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

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        complete_time: None | str | Unset
        if isinstance(self.complete_time, Unset):
            complete_time = UNSET
        elif isinstance(self.complete_time, datetime.datetime):
            complete_time = (
                self.complete_time.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.complete_time.tzinfo
                else self.complete_time.isoformat()
            )
        else:
            complete_time = self.complete_time

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

        complete = self.complete

        todo_type: str | Unset = UNSET
        if not isinstance(self.todo_type, Unset):
            todo_type = self.todo_type.value

        ordering: int | None | Unset
        if isinstance(self.ordering, Unset):
            ordering = UNSET
        else:
            ordering = self.ordering

        permission: dict[str, Any] | None | Unset
        if isinstance(self.permission, Unset):
            permission = UNSET
        elif isinstance(self.permission, Permission):
            permission = self.permission.to_dict()
        else:
            permission = self.permission

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
        if origin is not UNSET:
            field_dict["Origin"] = origin
        if origin_id is not UNSET:
            field_dict["OriginId"] = origin_id
        if due_date is not UNSET:
            field_dict["DueDate"] = due_date
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if complete_time is not UNSET:
            field_dict["CompleteTime"] = complete_time
        if create_time is not UNSET:
            field_dict["CreateTime"] = create_time
        if close_time is not UNSET:
            field_dict["CloseTime"] = close_time
        if complete is not UNSET:
            field_dict["Complete"] = complete
        if todo_type is not UNSET:
            field_dict["TodoType"] = todo_type
        if ordering is not UNSET:
            field_dict["Ordering"] = ordering
        if permission is not UNSET:
            field_dict["Permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_details_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details_url = _parse_details_url(d.pop("DetailsUrl", UNSET))

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

        def _parse_complete_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                complete_time_type_0 = datetime.datetime.fromisoformat(data)

                return complete_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        complete_time = _parse_complete_time(d.pop("CompleteTime", UNSET))

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

        complete = d.pop("Complete", UNSET)

        _todo_type = d.pop("TodoType", UNSET)
        todo_type: TodoTodoType | Unset
        if isinstance(_todo_type, Unset):
            todo_type = UNSET
        else:
            todo_type = TodoTodoType(_todo_type)

        def _parse_ordering(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ordering = _parse_ordering(d.pop("Ordering", UNSET))

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

        todo = cls(
            id=id,
            type_=type_,
            key=key,
            name=name,
            details_url=details_url,
            origin=origin,
            origin_id=origin_id,
            due_date=due_date,
            owner=owner,
            complete_time=complete_time,
            create_time=create_time,
            close_time=close_time,
            complete=complete,
            todo_type=todo_type,
            ordering=ordering,
            permission=permission,
        )

        todo.additional_properties = d
        return todo

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
