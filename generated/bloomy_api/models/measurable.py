from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measurable_direction import MeasurableDirection
from ..models.measurable_unit import MeasurableUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_id import NameId
    from ..models.permission import Permission
    from ..models.user import User


T = TypeVar("T", bound="Measurable")


@_attrs_define
class Measurable:
    """A scorecard measurable (metric).

    Example:
        {'Id': 456789, 'Type': 'MeasurableModel', 'Key': 'MeasurableModel_456789', 'Name': 'Weekly sales revenue',
            'Owner': {'Id': 345678, 'Name': 'Jane Cooper', 'ImageUrl': 'https://app.bloomgrowth.com/i/userplaceholder'},
            'Admin': {'Id': 345678, 'Name': 'Jane Cooper', 'ImageUrl': 'https://app.bloomgrowth.com/i/userplaceholder'},
            'Target': 100000, 'AltTarget': None, 'Direction': 'GreaterThan', 'Modifiers': 'Dollar', 'IsDivider': False,
            'IsReorderable': True, 'ShowCumulative': False, 'Cumulative': None, 'CumulativeRange': None, 'Ordering': 1,
            'Disabled': False, 'Generated': False, 'IsFormula': False, 'Average': None, 'ShowAverage': False,
            'AverageRange': None, 'Origins': [{'Id': 327249, 'Name': 'Leadership Team L10'}]}

    Attributes:
        id (int): Measurable id.
        type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
        key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
        name (None | str | Unset): Title.
        owner (None | Unset | User):
        admin (None | Unset | User):
        target (float | None | Unset): Goal value; may be null.
        alt_target (float | None | Unset): Upper bound for `Between`.
        direction (MeasurableDirection | Unset): How a score is compared with the target (`Between` uses `AltTarget` as
            the upper bound).
        is_divider (bool | None | Unset):
        is_reorderable (bool | None | Unset):
        show_cumulative (bool | None | Unset):
        cumulative (float | None | Unset):
        cumulative_range (datetime.datetime | None | Unset):
        modifiers (MeasurableUnit | Unset): Unit of a measurable's values.
        ordering (int | None | Unset):
        disabled (bool | None | Unset):
        generated (bool | None | Unset):
        is_formula (bool | None | Unset):
        average (float | None | Unset):
        show_average (bool | None | Unset):
        average_range (datetime.datetime | None | Unset):
        permission (None | Permission | Unset):
        origins (list[NameId] | None | Unset):
    """

    id: int
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    owner: None | Unset | User = UNSET
    admin: None | Unset | User = UNSET
    target: float | None | Unset = UNSET
    alt_target: float | None | Unset = UNSET
    direction: MeasurableDirection | Unset = UNSET
    is_divider: bool | None | Unset = UNSET
    is_reorderable: bool | None | Unset = UNSET
    show_cumulative: bool | None | Unset = UNSET
    cumulative: float | None | Unset = UNSET
    cumulative_range: datetime.datetime | None | Unset = UNSET
    modifiers: MeasurableUnit | Unset = UNSET
    ordering: int | None | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    generated: bool | None | Unset = UNSET
    is_formula: bool | None | Unset = UNSET
    average: float | None | Unset = UNSET
    show_average: bool | None | Unset = UNSET
    average_range: datetime.datetime | None | Unset = UNSET
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

        admin: dict[str, Any] | None | Unset
        if isinstance(self.admin, Unset):
            admin = UNSET
        elif isinstance(self.admin, User):
            admin = self.admin.to_dict()
        else:
            admin = self.admin

        target: float | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        alt_target: float | None | Unset
        if isinstance(self.alt_target, Unset):
            alt_target = UNSET
        else:
            alt_target = self.alt_target

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        is_divider: bool | None | Unset
        if isinstance(self.is_divider, Unset):
            is_divider = UNSET
        else:
            is_divider = self.is_divider

        is_reorderable: bool | None | Unset
        if isinstance(self.is_reorderable, Unset):
            is_reorderable = UNSET
        else:
            is_reorderable = self.is_reorderable

        show_cumulative: bool | None | Unset
        if isinstance(self.show_cumulative, Unset):
            show_cumulative = UNSET
        else:
            show_cumulative = self.show_cumulative

        cumulative: float | None | Unset
        if isinstance(self.cumulative, Unset):
            cumulative = UNSET
        else:
            cumulative = self.cumulative

        cumulative_range: None | str | Unset
        if isinstance(self.cumulative_range, Unset):
            cumulative_range = UNSET
        elif isinstance(self.cumulative_range, datetime.datetime):
            cumulative_range = (
                self.cumulative_range.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.cumulative_range.tzinfo
                else self.cumulative_range.isoformat()
            )
        else:
            cumulative_range = self.cumulative_range

        modifiers: str | Unset = UNSET
        if not isinstance(self.modifiers, Unset):
            modifiers = self.modifiers.value

        ordering: int | None | Unset
        if isinstance(self.ordering, Unset):
            ordering = UNSET
        else:
            ordering = self.ordering

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        generated: bool | None | Unset
        if isinstance(self.generated, Unset):
            generated = UNSET
        else:
            generated = self.generated

        is_formula: bool | None | Unset
        if isinstance(self.is_formula, Unset):
            is_formula = UNSET
        else:
            is_formula = self.is_formula

        average: float | None | Unset
        if isinstance(self.average, Unset):
            average = UNSET
        else:
            average = self.average

        show_average: bool | None | Unset
        if isinstance(self.show_average, Unset):
            show_average = UNSET
        else:
            show_average = self.show_average

        average_range: None | str | Unset
        if isinstance(self.average_range, Unset):
            average_range = UNSET
        elif isinstance(self.average_range, datetime.datetime):
            average_range = (
                self.average_range.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.average_range.tzinfo
                else self.average_range.isoformat()
            )
        else:
            average_range = self.average_range

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
        if admin is not UNSET:
            field_dict["Admin"] = admin
        if target is not UNSET:
            field_dict["Target"] = target
        if alt_target is not UNSET:
            field_dict["AltTarget"] = alt_target
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if is_divider is not UNSET:
            field_dict["IsDivider"] = is_divider
        if is_reorderable is not UNSET:
            field_dict["IsReorderable"] = is_reorderable
        if show_cumulative is not UNSET:
            field_dict["ShowCumulative"] = show_cumulative
        if cumulative is not UNSET:
            field_dict["Cumulative"] = cumulative
        if cumulative_range is not UNSET:
            field_dict["CumulativeRange"] = cumulative_range
        if modifiers is not UNSET:
            field_dict["Modifiers"] = modifiers
        if ordering is not UNSET:
            field_dict["Ordering"] = ordering
        if disabled is not UNSET:
            field_dict["Disabled"] = disabled
        if generated is not UNSET:
            field_dict["Generated"] = generated
        if is_formula is not UNSET:
            field_dict["IsFormula"] = is_formula
        if average is not UNSET:
            field_dict["Average"] = average
        if show_average is not UNSET:
            field_dict["ShowAverage"] = show_average
        if average_range is not UNSET:
            field_dict["AverageRange"] = average_range
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

        def _parse_admin(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                admin_type_0 = User.from_dict(data)

                return admin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        admin = _parse_admin(d.pop("Admin", UNSET))

        def _parse_target(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target = _parse_target(d.pop("Target", UNSET))

        def _parse_alt_target(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        alt_target = _parse_alt_target(d.pop("AltTarget", UNSET))

        _direction = d.pop("Direction", UNSET)
        direction: MeasurableDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = MeasurableDirection(_direction)

        def _parse_is_divider(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_divider = _parse_is_divider(d.pop("IsDivider", UNSET))

        def _parse_is_reorderable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_reorderable = _parse_is_reorderable(d.pop("IsReorderable", UNSET))

        def _parse_show_cumulative(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_cumulative = _parse_show_cumulative(d.pop("ShowCumulative", UNSET))

        def _parse_cumulative(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cumulative = _parse_cumulative(d.pop("Cumulative", UNSET))

        def _parse_cumulative_range(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cumulative_range_type_0 = datetime.datetime.fromisoformat(data)

                return cumulative_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cumulative_range = _parse_cumulative_range(d.pop("CumulativeRange", UNSET))

        _modifiers = d.pop("Modifiers", UNSET)
        modifiers: MeasurableUnit | Unset
        if isinstance(_modifiers, Unset):
            modifiers = UNSET
        else:
            modifiers = MeasurableUnit(_modifiers)

        def _parse_ordering(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ordering = _parse_ordering(d.pop("Ordering", UNSET))

        def _parse_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disabled = _parse_disabled(d.pop("Disabled", UNSET))

        def _parse_generated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        generated = _parse_generated(d.pop("Generated", UNSET))

        def _parse_is_formula(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_formula = _parse_is_formula(d.pop("IsFormula", UNSET))

        def _parse_average(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average = _parse_average(d.pop("Average", UNSET))

        def _parse_show_average(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_average = _parse_show_average(d.pop("ShowAverage", UNSET))

        def _parse_average_range(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                average_range_type_0 = datetime.datetime.fromisoformat(data)

                return average_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        average_range = _parse_average_range(d.pop("AverageRange", UNSET))

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

        measurable = cls(
            id=id,
            type_=type_,
            key=key,
            name=name,
            owner=owner,
            admin=admin,
            target=target,
            alt_target=alt_target,
            direction=direction,
            is_divider=is_divider,
            is_reorderable=is_reorderable,
            show_cumulative=show_cumulative,
            cumulative=cumulative,
            cumulative_range=cumulative_range,
            modifiers=modifiers,
            ordering=ordering,
            disabled=disabled,
            generated=generated,
            is_formula=is_formula,
            average=average,
            show_average=show_average,
            average_range=average_range,
            permission=permission,
            origins=origins,
        )

        measurable.additional_properties = d
        return measurable

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
