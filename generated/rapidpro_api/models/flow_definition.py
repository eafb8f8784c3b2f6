from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowDefinition")


@_attrs_define
class FlowDefinition:
    """A flow definition in the flow engine's format.

    Attributes:
        uuid (str | Unset):
        name (str | Unset):
        spec_version (str | Unset):
        language (str | Unset):
        type_ (str | Unset):
        revision (int | Unset):
        expire_after_minutes (int | Unset):
    """

    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    spec_version: str | Unset = UNSET
    language: str | Unset = UNSET
    type_: str | Unset = UNSET
    revision: int | Unset = UNSET
    expire_after_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        spec_version = self.spec_version

        language = self.language

        type_ = self.type_

        revision = self.revision

        expire_after_minutes = self.expire_after_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if spec_version is not UNSET:
            field_dict["spec_version"] = spec_version
        if language is not UNSET:
            field_dict["language"] = language
        if type_ is not UNSET:
            field_dict["type"] = type_
        if revision is not UNSET:
            field_dict["revision"] = revision
        if expire_after_minutes is not UNSET:
            field_dict["expire_after_minutes"] = expire_after_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        name = d.pop("name", UNSET)

        spec_version = d.pop("spec_version", UNSET)

        language = d.pop("language", UNSET)

        type_ = d.pop("type", UNSET)

        revision = d.pop("revision", UNSET)

        expire_after_minutes = d.pop("expire_after_minutes", UNSET)

        flow_definition = cls(
            uuid=uuid,
            name=name,
            spec_version=spec_version,
            language=language,
            type_=type_,
            revision=revision,
            expire_after_minutes=expire_after_minutes,
        )

        flow_definition.additional_properties = d
        return flow_definition

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
