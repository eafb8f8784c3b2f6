from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.broadcast_status import BroadcastStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_translations import AttachmentTranslations
    from ..models.broadcast_text_translations import BroadcastTextTranslations
    from ..models.contact_ref import ContactRef
    from ..models.group_ref import GroupRef
    from ..models.progress import Progress
    from ..models.quick_reply_translations import QuickReplyTranslations


T = TypeVar("T", bound="Broadcast")


@_attrs_define
class Broadcast:
    """A broadcast of a message to URNs, contacts and groups.

    Attributes:
        uuid (str):
        urns (list[str] | None): URNs sent to; null on anonymous workspaces.
        contacts (list[ContactRef]):
        groups (list[GroupRef]):
        text (BroadcastTextTranslations | str): Text translations; very old servers send a plain string.
        created_on (datetime.datetime):
        status (BroadcastStatus | Unset):
        progress (Progress | Unset): Progress of a broadcast or flow start.
        attachments (AttachmentTranslations | Unset): Attachments by ISO 639-3 language code.
        quick_replies (QuickReplyTranslations | Unset): Quick replies by ISO 639-3 language code.
        base_language (str | Unset):
        id (int | Unset):
    """

    uuid: str
    urns: list[str] | None
    contacts: list[ContactRef]
    groups: list[GroupRef]
    text: BroadcastTextTranslations | str
    created_on: datetime.datetime
    status: BroadcastStatus | Unset = UNSET
    progress: Progress | Unset = UNSET
    attachments: AttachmentTranslations | Unset = UNSET
    quick_replies: QuickReplyTranslations | Unset = UNSET
    base_language: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.broadcast_text_translations import BroadcastTextTranslations  # noqa: PLC0415

        uuid = self.uuid

        urns: list[str] | None
        if isinstance(self.urns, list):
            urns = self.urns

        else:
            urns = self.urns

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        text: dict[str, Any] | str
        if isinstance(self.text, BroadcastTextTranslations):
            text = self.text.to_dict()
        else:
            text = self.text

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        quick_replies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quick_replies, Unset):
            quick_replies = self.quick_replies.to_dict()

        base_language = self.base_language

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "urns": urns,
                "contacts": contacts,
                "groups": groups,
                "text": text,
                "created_on": created_on,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if quick_replies is not UNSET:
            field_dict["quick_replies"] = quick_replies
        if base_language is not UNSET:
            field_dict["base_language"] = base_language
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_translations import AttachmentTranslations  # noqa: PLC0415
        from ..models.broadcast_text_translations import BroadcastTextTranslations  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.group_ref import GroupRef  # noqa: PLC0415
        from ..models.progress import Progress  # noqa: PLC0415
        from ..models.quick_reply_translations import QuickReplyTranslations  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_urns(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                urns_type_0 = cast(list[str], data)

                return urns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        urns = _parse_urns(d.pop("urns"))

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactRef.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = GroupRef.from_dict(groups_item_data)

            groups.append(groups_item)

        def _parse_text(data: object) -> BroadcastTextTranslations | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = BroadcastTextTranslations.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BroadcastTextTranslations | str, data)

        text = _parse_text(d.pop("text"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        _status = d.pop("status", UNSET)
        status: BroadcastStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BroadcastStatus(_status)

        _progress = d.pop("progress", UNSET)
        progress: Progress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = Progress.from_dict(_progress)

        _attachments = d.pop("attachments", UNSET)
        attachments: AttachmentTranslations | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = AttachmentTranslations.from_dict(_attachments)

        _quick_replies = d.pop("quick_replies", UNSET)
        quick_replies: QuickReplyTranslations | Unset
        if isinstance(_quick_replies, Unset):
            quick_replies = UNSET
        else:
            quick_replies = QuickReplyTranslations.from_dict(_quick_replies)

        base_language = d.pop("base_language", UNSET)

        id = d.pop("id", UNSET)

        broadcast = cls(
            uuid=uuid,
            urns=urns,
            contacts=contacts,
            groups=groups,
            text=text,
            created_on=created_on,
            status=status,
            progress=progress,
            attachments=attachments,
            quick_replies=quick_replies,
            base_language=base_language,
            id=id,
        )

        broadcast.additional_properties = d
        return broadcast

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
