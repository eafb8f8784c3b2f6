from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_style import DateStyle
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_credits import WorkspaceCredits


T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """The current workspace.

    Attributes:
        uuid (str):
        name (str):
        country (None | str): ISO 3166-1 alpha-2 code of the default country.
        languages (list[str]): ISO 639-3 codes of the flow languages, primary first.
        timezone (str):
        date_style (DateStyle):
        anon (bool): Whether contact URNs are hidden.
        credits_ (WorkspaceCredits | Unset): Legacy credits, always -1.
        primary_language (str | Unset): Same as the first of `languages`.
    """

    uuid: str
    name: str
    country: None | str
    languages: list[str]
    timezone: str
    date_style: DateStyle
    anon: bool
    credits_: WorkspaceCredits | Unset = UNSET
    primary_language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        country: None | str
        country = self.country

        languages = self.languages

        timezone = self.timezone

        date_style = self.date_style.value

        anon = self.anon

        credits_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = self.credits_.to_dict()

        primary_language = self.primary_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "country": country,
                "languages": languages,
                "timezone": timezone,
                "date_style": date_style,
                "anon": anon,
            }
        )
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_credits import WorkspaceCredits  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        languages = cast(list[str], d.pop("languages"))

        timezone = d.pop("timezone")

        date_style = DateStyle(d.pop("date_style"))

        anon = d.pop("anon")

        _credits_ = d.pop("credits", UNSET)
        credits_: WorkspaceCredits | Unset
        if isinstance(_credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = WorkspaceCredits.from_dict(_credits_)

        primary_language = d.pop("primary_language", UNSET)

        workspace = cls(
            uuid=uuid,
            name=name,
            country=country,
            languages=languages,
            timezone=timezone,
            date_style=date_style,
            anon=anon,
            credits_=credits_,
            primary_language=primary_language,
        )

        workspace.additional_properties = d
        return workspace

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
