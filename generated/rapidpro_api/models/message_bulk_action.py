from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_bulk_action_type import MessageBulkActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageBulkAction")


@_attrs_define
class MessageBulkAction:
    """A bulk action on incoming messages.

    Attributes:
        messages (list[int]): Integer message ids.
        action (MessageBulkActionType):
        label (str | Unset): UUID or name of an existing label.
        label_name (str | Unset): Name of a label, created when labelling if it does not exist.
    """

    messages: list[int]
    action: MessageBulkActionType
    label: str | Unset = UNSET
    label_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = self.messages

        action = self.action.value

        label = self.label

        label_name = self.label_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "action": action,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if label_name is not UNSET:
            field_dict["label_name"] = label_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messages = cast(list[int], d.pop("messages"))

        action = MessageBulkActionType(d.pop("action"))

        label = d.pop("label", UNSET)

        label_name = d.pop("label_name", UNSET)

        message_bulk_action = cls(
            messages=messages,
            action=action,
            label=label,
            label_name=label_name,
        )

        message_bulk_action.additional_properties = d
        return message_bulk_action

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
