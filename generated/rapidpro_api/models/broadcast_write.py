from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_translations import AttachmentTranslations
    from ..models.quick_reply import QuickReply
    from ..models.quick_reply_translations import QuickReplyTranslations
    from ..models.text_translations import TextTranslations


T = TypeVar("T", bound="BroadcastWrite")


@_attrs_define
class BroadcastWrite:
    """A broadcast to send.

    Attributes:
        urns (list[str] | Unset):
        contacts (list[str] | Unset): Contact UUIDs.
        groups (list[str] | Unset): Group UUIDs or names.
        text (str | TextTranslations | Unset): Translations, or a string in the primary flow language (each at most 4096
            characters).
        attachments (AttachmentTranslations | list[str] | Unset): Media UUID translations, or a list for the primary
            flow language (at most 10 per language).
        quick_replies (list[QuickReply] | QuickReplyTranslations | Unset): Quick reply translations, or a list for the
            primary flow language (at most 10 per language).
        base_language (str | Unset): ISO 639-3 code of the default translation.
    """

    urns: list[str] | Unset = UNSET
    contacts: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    text: str | TextTranslations | Unset = UNSET
    attachments: AttachmentTranslations | list[str] | Unset = UNSET
    quick_replies: list[QuickReply] | QuickReplyTranslations | Unset = UNSET
    base_language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_translations import AttachmentTranslations  # noqa: PLC0415
        from ..models.quick_reply_translations import QuickReplyTranslations  # noqa: PLC0415
        from ..models.text_translations import TextTranslations  # noqa: PLC0415

        urns: list[str] | Unset = UNSET
        if not isinstance(self.urns, Unset):
            urns = self.urns

        contacts: list[str] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        text: dict[str, Any] | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, TextTranslations):
            text = self.text.to_dict()
        else:
            text = self.text

        attachments: dict[str, Any] | list[str] | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, AttachmentTranslations):
            attachments = self.attachments.to_dict()
        else:
            attachments = self.attachments

        quick_replies: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.quick_replies, Unset):
            quick_replies = UNSET
        elif isinstance(self.quick_replies, QuickReplyTranslations):
            quick_replies = self.quick_replies.to_dict()
        else:
            quick_replies = []
            for quick_replies_type_1_item_data in self.quick_replies:
                quick_replies_type_1_item = quick_replies_type_1_item_data.to_dict()
                quick_replies.append(quick_replies_type_1_item)

        base_language = self.base_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urns is not UNSET:
            field_dict["urns"] = urns
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if groups is not UNSET:
            field_dict["groups"] = groups
        if text is not UNSET:
            field_dict["text"] = text
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if quick_replies is not UNSET:
            field_dict["quick_replies"] = quick_replies
        if base_language is not UNSET:
            field_dict["base_language"] = base_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_translations import AttachmentTranslations  # noqa: PLC0415
        from ..models.quick_reply import QuickReply  # noqa: PLC0415
        from ..models.quick_reply_translations import QuickReplyTranslations  # noqa: PLC0415
        from ..models.text_translations import TextTranslations  # noqa: PLC0415

        d = dict(src_dict)
        urns = cast(list[str], d.pop("urns", UNSET))

        contacts = cast(list[str], d.pop("contacts", UNSET))

        groups = cast(list[str], d.pop("groups", UNSET))

        def _parse_text(data: object) -> str | TextTranslations | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = TextTranslations.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TextTranslations | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_attachments(data: object) -> AttachmentTranslations | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attachments_type_0 = AttachmentTranslations.from_dict(data)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            attachments_type_1 = cast(list[str], data)

            return attachments_type_1

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_quick_replies(data: object) -> list[QuickReply] | QuickReplyTranslations | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quick_replies_type_0 = QuickReplyTranslations.from_dict(data)

                return quick_replies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            quick_replies_type_1 = []
            _quick_replies_type_1 = data
            for quick_replies_type_1_item_data in _quick_replies_type_1:
                quick_replies_type_1_item = QuickReply.from_dict(quick_replies_type_1_item_data)

                quick_replies_type_1.append(quick_replies_type_1_item)

            return quick_replies_type_1

        quick_replies = _parse_quick_replies(d.pop("quick_replies", UNSET))

        base_language = d.pop("base_language", UNSET)

        broadcast_write = cls(
            urns=urns,
            contacts=contacts,
            groups=groups,
            text=text,
            attachments=attachments,
            quick_replies=quick_replies,
            base_language=base_language,
        )

        broadcast_write.additional_properties = d
        return broadcast_write

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
