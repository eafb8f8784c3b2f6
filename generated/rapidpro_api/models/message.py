from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection
from ..models.message_status import MessageStatus
from ..models.message_type import MessageType
from ..models.message_visibility import MessageVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_ref import ChannelRef
    from ..models.contact_ref import ContactRef
    from ..models.flow_ref import FlowRef
    from ..models.label_ref import LabelRef
    from ..models.message_attachment import MessageAttachment
    from ..models.quick_reply import QuickReply


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """An incoming or outgoing message.

    Attributes:
        uuid (str):
        contact (ContactRef): Reference to a contact (the name can be null).
        urn (None | str): URN of the sender or recipient; null on anonymous workspaces.
        channel (ChannelRef | None):
        direction (MessageDirection):
        status (MessageStatus):
        visibility (MessageVisibility):
        text (None | str):
        created_on (datetime.datetime):
        type_ (MessageType | Unset):
        archived (bool | Unset):
        labels (list[LabelRef] | Unset): Labels of an incoming message (always empty for outgoing ones).
        flow (FlowRef | None | Unset):
        attachments (list[MessageAttachment] | Unset):
        quick_replies (list[QuickReply] | Unset):
        sent_on (datetime.datetime | None | Unset):
        modified_on (datetime.datetime | Unset):
        media (None | str | Unset): First attachment as `<content-type>:<url>`.
        id (int | Unset): Integer id, still used by `perform_message_action`.
        broadcast (int | None | Unset): Id of the broadcast the message belongs to.
    """

    uuid: str
    contact: ContactRef
    urn: None | str
    channel: ChannelRef | None
    direction: MessageDirection
    status: MessageStatus
    visibility: MessageVisibility
    text: None | str
    created_on: datetime.datetime
    type_: MessageType | Unset = UNSET
    archived: bool | Unset = UNSET
    labels: list[LabelRef] | Unset = UNSET
    flow: FlowRef | None | Unset = UNSET
    attachments: list[MessageAttachment] | Unset = UNSET
    quick_replies: list[QuickReply] | Unset = UNSET
    sent_on: datetime.datetime | None | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    media: None | str | Unset = UNSET
    id: int | Unset = UNSET
    broadcast: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.channel_ref import ChannelRef  # noqa: PLC0415
        from ..models.flow_ref import FlowRef  # noqa: PLC0415

        uuid = self.uuid

        contact = self.contact.to_dict()

        urn: None | str
        urn = self.urn

        channel: dict[str, Any] | None
        if isinstance(self.channel, ChannelRef):
            channel = self.channel.to_dict()
        else:
            channel = self.channel

        direction = self.direction.value

        status = self.status.value

        visibility = self.visibility.value

        text: None | str
        text = self.text

        created_on = (
            self.created_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if self.created_on.tzinfo
            else self.created_on.isoformat()
        )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        archived = self.archived

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        flow: dict[str, Any] | None | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, FlowRef):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        quick_replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quick_replies, Unset):
            quick_replies = []
            for quick_replies_item_data in self.quick_replies:
                quick_replies_item = quick_replies_item_data.to_dict()
                quick_replies.append(quick_replies_item)

        sent_on: None | str | Unset
        if isinstance(self.sent_on, Unset):
            sent_on = UNSET
        elif isinstance(self.sent_on, datetime.datetime):
            sent_on = (
                self.sent_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.sent_on.tzinfo
                else self.sent_on.isoformat()
            )
        else:
            sent_on = self.sent_on

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = (
                self.modified_on.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                if self.modified_on.tzinfo
                else self.modified_on.isoformat()
            )

        media: None | str | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        else:
            media = self.media

        id = self.id

        broadcast: int | None | Unset
        if isinstance(self.broadcast, Unset):
            broadcast = UNSET
        else:
            broadcast = self.broadcast

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "contact": contact,
                "urn": urn,
                "channel": channel,
                "direction": direction,
                "status": status,
                "visibility": visibility,
                "text": text,
                "created_on": created_on,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if archived is not UNSET:
            field_dict["archived"] = archived
        if labels is not UNSET:
            field_dict["labels"] = labels
        if flow is not UNSET:
            field_dict["flow"] = flow
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if quick_replies is not UNSET:
            field_dict["quick_replies"] = quick_replies
        if sent_on is not UNSET:
            field_dict["sent_on"] = sent_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if media is not UNSET:
            field_dict["media"] = media
        if id is not UNSET:
            field_dict["id"] = id
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_ref import ChannelRef  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.flow_ref import FlowRef  # noqa: PLC0415
        from ..models.label_ref import LabelRef  # noqa: PLC0415
        from ..models.message_attachment import MessageAttachment  # noqa: PLC0415
        from ..models.quick_reply import QuickReply  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        contact = ContactRef.from_dict(d.pop("contact"))

        def _parse_urn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        urn = _parse_urn(d.pop("urn"))

        def _parse_channel(data: object) -> ChannelRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channel_type_0 = ChannelRef.from_dict(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelRef | None, data)

        channel = _parse_channel(d.pop("channel"))

        direction = MessageDirection(d.pop("direction"))

        status = MessageStatus(d.pop("status"))

        visibility = MessageVisibility(d.pop("visibility"))

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        _type_ = d.pop("type", UNSET)
        type_: MessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MessageType(_type_)

        archived = d.pop("archived", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[LabelRef] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = LabelRef.from_dict(labels_item_data)

                labels.append(labels_item)

        def _parse_flow(data: object) -> FlowRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_type_0 = FlowRef.from_dict(data)

                return flow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRef | None | Unset, data)

        flow = _parse_flow(d.pop("flow", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[MessageAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = MessageAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _quick_replies = d.pop("quick_replies", UNSET)
        quick_replies: list[QuickReply] | Unset = UNSET
        if _quick_replies is not UNSET:
            quick_replies = []
            for quick_replies_item_data in _quick_replies:
                quick_replies_item = QuickReply.from_dict(quick_replies_item_data)

                quick_replies.append(quick_replies_item)

        def _parse_sent_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_on_type_0 = datetime.datetime.fromisoformat(data)

                return sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_on = _parse_sent_on(d.pop("sent_on", UNSET))

        _modified_on = d.pop("modified_on", UNSET)
        modified_on: datetime.datetime | Unset
        if isinstance(_modified_on, Unset):
            modified_on = UNSET
        else:
            modified_on = datetime.datetime.fromisoformat(_modified_on)

        def _parse_media(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media = _parse_media(d.pop("media", UNSET))

        id = d.pop("id", UNSET)

        def _parse_broadcast(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        broadcast = _parse_broadcast(d.pop("broadcast", UNSET))

        message = cls(
            uuid=uuid,
            contact=contact,
            urn=urn,
            channel=channel,
            direction=direction,
            status=status,
            visibility=visibility,
            text=text,
            created_on=created_on,
            type_=type_,
            archived=archived,
            labels=labels,
            flow=flow,
            attachments=attachments,
            quick_replies=quick_replies,
            sent_on=sent_on,
            modified_on=modified_on,
            media=media,
            id=id,
            broadcast=broadcast,
        )

        message.additional_properties = d
        return message

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
