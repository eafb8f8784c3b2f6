"""`client.messages` (list, send, bulk message actions) and `client.broadcasts` (list, send)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, Unpack

import pydantic

from overlay_runtime import Call, ClientT, Pages, Resource, model, operation, paginated
from rapidpro_api.api.broadcasts import create_broadcast, list_broadcasts
from rapidpro_api.api.message_actions import perform_message_action
from rapidpro_api.api.messages import create_message, list_messages
from rapidpro_api.models import (
    AttachmentTranslations,
    BroadcastWrite,
    MessageBulkAction,
    MessageBulkActionType,
    MessageWrite,
    QuickReply,
    QuickReplyTranslations,
    TextTranslations,
)
from rapidpro_api.pydantic_models import Broadcast, BroadcastPage, Message, MessageActionFailures, MessagePage
from rapidpro_api.types import or_unset

from .._paging import pages
from .._params import Ref, ref, refs
from ._calls import failures

Translations: TypeAlias = str | Mapping[str, str]
QuickReplyLike: TypeAlias = str | pydantic.BaseModel | Mapping[str, Any]
"""A quick reply: its text, a `QuickReply` model, or a dict (`{"type": "location"}`)."""
QuickReplies: TypeAlias = Sequence[QuickReplyLike] | Mapping[str, Sequence[QuickReplyLike]]


def quick_reply(value: QuickReplyLike) -> QuickReply:
    if isinstance(value, str):
        return QuickReply(text=value)
    if isinstance(value, pydantic.BaseModel):
        return QuickReply.from_dict(value.model_dump(mode="json", exclude_none=True))
    return QuickReply.from_dict(value)


def quick_reply_list(values: Sequence[QuickReplyLike] | None) -> list[QuickReply] | None:
    return None if values is None else [quick_reply(value) for value in values]


def translated_quick_replies(values: QuickReplies | None) -> list[QuickReply] | QuickReplyTranslations | None:
    """Quick replies, or translations of them (`{"eng": [...], "fra": [...]}`)."""
    if not isinstance(values, Mapping):
        return quick_reply_list(values)
    translations = QuickReplyTranslations()
    translations.additional_properties = {lang: [quick_reply(v) for v in replies] for lang, replies in values.items()}
    return translations


def translated_attachments(
    values: Sequence[str] | Mapping[str, Sequence[str]] | None,
) -> list[str] | AttachmentTranslations | None:
    if values is None:
        return None
    if isinstance(values, Mapping):
        return AttachmentTranslations.from_dict({lang: list(urls) for lang, urls in values.items()})
    return list(values)


def message_action(
    action: MessageBulkActionType, messages: Sequence[int], label: Ref | None = None, label_name: str | None = None
) -> Call[list[int]]:
    body = MessageBulkAction(
        messages=list(messages), action=action, label=or_unset(ref(label)), label_name=or_unset(label_name)
    )
    return Call(perform_message_action.build_request(body=body), parse=failures(MessageActionFailures))


class Messages(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_messages.QueryParams]) -> Pages[Message]:
        """Messages matching `filters`, newest first (by sent time for `folder="sent"`)."""
        return pages(list_messages.build_request, MessagePage, Message, filters)

    @operation
    def create(
        self,
        contact: Ref,
        text: str | None = None,
        attachments: Sequence[str] | None = None,
        quick_replies: Sequence[QuickReplyLike] | None = None,
    ) -> Call[Message]:
        """Send a message to `contact` (UUID or URN); `attachments` are media UUIDs (`media.upload`)."""
        body = MessageWrite(
            contact=ref(contact),
            text=or_unset(text),
            attachments=or_unset(None if attachments is None else list(attachments)),
            quick_replies=or_unset(quick_reply_list(quick_replies)),
        )
        return Call(create_message.build_request(body=body), parse=model(Message))

    @operation
    def bulk_label(
        self, messages: Sequence[int], label: Ref | None = None, *, label_name: str | None = None
    ) -> Call[builtins.list[int]]:
        """Label up to 100 incoming messages (integer ids) with `label`, or `label_name` (made if missing).

        Returns the ids the server could not find (empty when all were labelled); so do the others.
        """
        return message_action(MessageBulkActionType.LABEL, messages, label, label_name)

    @operation
    def bulk_unlabel(
        self, messages: Sequence[int], label: Ref | None = None, *, label_name: str | None = None
    ) -> Call[builtins.list[int]]:
        """Remove a label from up to 100 messages."""
        return message_action(MessageBulkActionType.UNLABEL, messages, label, label_name)

    @operation
    def bulk_archive(self, messages: Sequence[int]) -> Call[builtins.list[int]]:
        """Archive up to 100 messages."""
        return message_action(MessageBulkActionType.ARCHIVE, messages)

    @operation
    def bulk_restore(self, messages: Sequence[int]) -> Call[builtins.list[int]]:
        """Restore up to 100 archived messages."""
        return message_action(MessageBulkActionType.RESTORE, messages)

    @operation
    def bulk_delete(self, messages: Sequence[int]) -> Call[builtins.list[int]]:
        """Delete up to 100 messages."""
        return message_action(MessageBulkActionType.DELETE, messages)


class Broadcasts(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_broadcasts.QueryParams]) -> Pages[Broadcast]:
        """Broadcasts (not scheduled ones), newest first; `text` is a dict of translations."""
        return pages(list_broadcasts.build_request, BroadcastPage, Broadcast, filters)

    @operation
    def create(
        self,
        text: Translations | None = None,
        urns: Sequence[str] | None = None,
        contacts: Sequence[Ref] | None = None,
        groups: Sequence[Ref] | None = None,
        *,
        attachments: Sequence[str] | Mapping[str, Sequence[str]] | None = None,
        quick_replies: QuickReplies | None = None,
        base_language: str | None = None,
    ) -> Call[Broadcast]:
        """Send `text` (a string, or `{"eng": ..., "fra": ...}`) to URNs, contacts and groups (100 each)."""
        body = BroadcastWrite(
            text=or_unset(TextTranslations.from_dict(text) if isinstance(text, Mapping) else text),
            urns=or_unset(None if urns is None else list(urns)),
            contacts=or_unset(refs(contacts)),
            groups=or_unset(refs(groups)),
            attachments=or_unset(translated_attachments(attachments)),
            quick_replies=or_unset(translated_quick_replies(quick_replies)),
            base_language=or_unset(base_language),
        )
        return Call(create_broadcast.build_request(body=body), parse=model(Broadcast))
