from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_field_agent_access import ContactFieldAgentAccess
from ..models.contact_field_type import ContactFieldType
from ..models.contact_field_value_type import ContactFieldValueType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_field_usages import ContactFieldUsages


T = TypeVar("T", bound="ContactField")


@_attrs_define
class ContactField:
    """A custom contact field.

    Attributes:
        key (str):
        name (str):
        type_ (ContactFieldType):
        featured (bool | Unset):
        priority (int | Unset):
        usages (ContactFieldUsages | Unset): Number of active objects using a field.
        agent_access (ContactFieldAgentAccess | Unset):
        label (str | Unset): Same as `name`.
        value_type (ContactFieldValueType | Unset): Legacy type names.
    """

    key: str
    name: str
    type_: ContactFieldType
    featured: bool | Unset = UNSET
    priority: int | Unset = UNSET
    usages: ContactFieldUsages | Unset = UNSET
    agent_access: ContactFieldAgentAccess | Unset = UNSET
    label: str | Unset = UNSET
    value_type: ContactFieldValueType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        type_ = self.type_.value

        featured = self.featured

        priority = self.priority

        usages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usages, Unset):
            usages = self.usages.to_dict()

        agent_access: str | Unset = UNSET
        if not isinstance(self.agent_access, Unset):
            agent_access = self.agent_access.value

        label = self.label

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "type": type_,
            }
        )
        if featured is not UNSET:
            field_dict["featured"] = featured
        if priority is not UNSET:
            field_dict["priority"] = priority
        if usages is not UNSET:
            field_dict["usages"] = usages
        if agent_access is not UNSET:
            field_dict["agent_access"] = agent_access
        if label is not UNSET:
            field_dict["label"] = label
        if value_type is not UNSET:
            field_dict["value_type"] = value_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_field_usages import ContactFieldUsages  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        type_ = ContactFieldType(d.pop("type"))

        featured = d.pop("featured", UNSET)

        priority = d.pop("priority", UNSET)

        _usages = d.pop("usages", UNSET)
        usages: ContactFieldUsages | Unset
        if isinstance(_usages, Unset):
            usages = UNSET
        else:
            usages = ContactFieldUsages.from_dict(_usages)

        _agent_access = d.pop("agent_access", UNSET)
        agent_access: ContactFieldAgentAccess | Unset
        if isinstance(_agent_access, Unset):
            agent_access = UNSET
        else:
            agent_access = ContactFieldAgentAccess(_agent_access)

        label = d.pop("label", UNSET)

        _value_type = d.pop("value_type", UNSET)
        value_type: ContactFieldValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = ContactFieldValueType(_value_type)

        contact_field = cls(
            key=key,
            name=name,
            type_=type_,
            featured=featured,
            priority=priority,
            usages=usages,
            agent_access=agent_access,
            label=label,
            value_type=value_type,
        )

        contact_field.additional_properties = d
        return contact_field

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
