from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boundary_ref import BoundaryRef
    from ..models.geometry import Geometry


T = TypeVar("T", bound="Boundary")


@_attrs_define
class Boundary:
    """An administrative boundary (0 country, 1 state, 2 district, 3 ward).

    Attributes:
        osm_id (str):
        name (str):
        level (int):
        parent (BoundaryRef | None | Unset):
        aliases (list[str] | Unset):
        geometry (Geometry | None | Unset):
    """

    osm_id: str
    name: str
    level: int
    parent: BoundaryRef | None | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    geometry: Geometry | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.boundary_ref import BoundaryRef  # noqa: PLC0415
        from ..models.geometry import Geometry  # noqa: PLC0415

        osm_id = self.osm_id

        name = self.name

        level = self.level

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, BoundaryRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        geometry: dict[str, Any] | None | Unset
        if isinstance(self.geometry, Unset):
            geometry = UNSET
        elif isinstance(self.geometry, Geometry):
            geometry = self.geometry.to_dict()
        else:
            geometry = self.geometry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "osm_id": osm_id,
                "name": name,
                "level": level,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if geometry is not UNSET:
            field_dict["geometry"] = geometry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.boundary_ref import BoundaryRef  # noqa: PLC0415
        from ..models.geometry import Geometry  # noqa: PLC0415

        d = dict(src_dict)
        osm_id = d.pop("osm_id")

        name = d.pop("name")

        level = d.pop("level")

        def _parse_parent(data: object) -> BoundaryRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = BoundaryRef.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoundaryRef | None | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        aliases = cast(list[str], d.pop("aliases", UNSET))

        def _parse_geometry(data: object) -> Geometry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geometry_type_0 = Geometry.from_dict(data)

                return geometry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Geometry | None | Unset, data)

        geometry = _parse_geometry(d.pop("geometry", UNSET))

        boundary = cls(
            osm_id=osm_id,
            name=name,
            level=level,
            parent=parent,
            aliases=aliases,
            geometry=geometry,
        )

        boundary.additional_properties = d
        return boundary

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
