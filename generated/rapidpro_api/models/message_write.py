from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quick_reply import QuickReply


T = TypeVar("T", bound="MessageWrite")


@_attrs_define
class MessageWrite:
    """A message to send; give `text` or `attachments`.

    Attributes:
        contact (str): UUID or URN of the contact.
        text (str | Unset):
        attachments (list[str] | Unset): Media UUIDs (or `<content-type>:<url>` strings embedding a media UUID).
        quick_replies (list[QuickReply] | Unset):
    """

    contact: str
    text: str | Unset = UNSET
    attachments: list[str] | Unset = UNSET
    quick_replies: list[QuickReply] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact

        text = self.text

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        quick_replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quick_replies, Unset):
            quick_replies = []
            for quick_replies_item_data in self.quick_replies:
                quick_replies_item = quick_replies_item_data.to_dict()
                quick_replies.append(quick_replies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if quick_replies is not UNSET:
            field_dict["quick_replies"] = quick_replies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quick_reply import QuickReply  # noqa: PLC0415

        d = dict(src_dict)
        contact = d.pop("contact")

        text = d.pop("text", UNSET)

        attachments = cast(list[str], d.pop("attachments", UNSET))

        _quick_replies = d.pop("quick_replies", UNSET)
        quick_replies: list[QuickReply] | Unset = UNSET
        if _quick_replies is not UNSET:
            quick_replies = []
            for quick_replies_item_data in _quick_replies:
                quick_replies_item = QuickReply.from_dict(quick_replies_item_data)

                quick_replies.append(quick_replies_item)

        message_write = cls(
            contact=contact,
            text=text,
            attachments=attachments,
            quick_replies=quick_replies,
        )

        message_write.additional_properties = d
        return message_write

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
