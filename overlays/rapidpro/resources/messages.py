"""`client.messages` (list, send, bulk message actions) and `client.broadcasts` (list, send)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import (
    Broadcast,
    BroadcastPage,
    Message,
    MessageActionFailures,
    MessagePage,
)

from .._filters import BroadcastFilters, MessageFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import QuickReplyLike, Ref, body, quick_replies, ref, refs
from ._calls import action, create

MESSAGES = "messages.json"
ACTIONS = "message_actions.json"
BROADCASTS = "broadcasts.json"
Translations = str | Mapping[str, str]
QuickReplies = Sequence[QuickReplyLike] | Mapping[str, Sequence[QuickReplyLike]]


def message_pages(filters: Mapping[str, Any]) -> PageCall[Message]:
    return pages(MESSAGES, MessagePage, Message, filters)


def send_message(
    contact: Ref, text: str | None, attachments: Sequence[str] | None, replies: QuickReplies | None
) -> Call[Message]:
    payload = body(contact=ref(contact), text=text, attachments=attachments, quick_replies=quick_replies(replies))
    return create(MESSAGES, Message, payload)


def message_action(
    name: str, messages: Sequence[int], label: Ref | None = None, label_name: str | None = None
) -> Call[builtins.list[int]]:
    payload = body(messages=list(messages), action=name, label=ref(label), label_name=label_name)
    return action(ACTIONS, payload, MessageActionFailures)


def broadcast_pages(filters: Mapping[str, Any]) -> PageCall[Broadcast]:
    return pages(BROADCASTS, BroadcastPage, Broadcast, filters)


def send_broadcast(
    text: Translations | None,
    urns: Sequence[str] | None,
    contacts: Sequence[Ref] | None,
    groups: Sequence[Ref] | None,
    attachments: Sequence[str] | Mapping[str, Sequence[str]] | None,
    replies: QuickReplies | None,
    base_language: str | None,
) -> Call[Broadcast]:
    payload = body(
        text=text,
        urns=urns,
        contacts=refs(contacts),
        groups=refs(groups),
        attachments=attachments,
        quick_replies=quick_replies(replies),
        base_language=base_language,
    )
    return create(BROADCASTS, Broadcast, payload)


class Messages(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[MessageFilters]) -> SyncPager[Message]:
        """Messages matching `filters`, newest first (by sent time for `folder="sent"`)."""
        return SyncPager(self._client, message_pages(filters), cursor)

    def create(
        self,
        contact: Ref,
        text: str | None = None,
        attachments: Sequence[str] | None = None,
        quick_replies: QuickReplies | None = None,
    ) -> Message:
        """Send a message to `contact` (UUID or URN); `attachments` are media UUIDs (`media.upload`)."""
        return self._client.run(send_message(contact, text, attachments, quick_replies))

    def bulk_label(
        self, messages: Sequence[int], label: Ref | None = None, *, label_name: str | None = None
    ) -> builtins.list[int]:
        """Label up to 100 incoming messages (integer ids) with `label`, or `label_name` (made if missing).

        Returns the ids the server could not find (empty when all were labelled); so do the others.
        """
        return self._client.run(message_action("label", messages, label, label_name))

    def bulk_unlabel(
        self, messages: Sequence[int], label: Ref | None = None, *, label_name: str | None = None
    ) -> builtins.list[int]:
        """Remove a label from up to 100 messages."""
        return self._client.run(message_action("unlabel", messages, label, label_name))

    def bulk_archive(self, messages: Sequence[int]) -> builtins.list[int]:
        """Archive up to 100 messages."""
        return self._client.run(message_action("archive", messages))

    def bulk_restore(self, messages: Sequence[int]) -> builtins.list[int]:
        """Restore up to 100 archived messages."""
        return self._client.run(message_action("restore", messages))

    def bulk_delete(self, messages: Sequence[int]) -> builtins.list[int]:
        """Delete up to 100 messages."""
        return self._client.run(message_action("delete", messages))


class AsyncMessages(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[MessageFilters]) -> AsyncPager[Message]:
        """Messages matching `filters`, newest first (by sent time for `folder="sent"`)."""
        return AsyncPager(self._client, message_pages(filters), cursor)

    async def create(
        self,
        contact: Ref,
        text: str | None = None,
        attachments: Sequence[str] | None = None,
        quick_replies: QuickReplies | None = None,
    ) -> Message:
        """Send a message to `contact` (UUID or URN); `attachments` are media UUIDs (`media.upload`)."""
        return await self._client.run(send_message(contact, text, attachments, quick_replies))

    async def bulk_label(
        self, messages: Sequence[int], label: Ref | None = None, *, label_name: str | None = None
    ) -> builtins.list[int]:
        """Label up to 100 incoming messages (integer ids); returns the ids the server could not find."""
        return await self._client.run(message_action("label", messages, label, label_name))

    async def bulk_unlabel(
        self, messages: Sequence[int], label: Ref | None = None, *, label_name: str | None = None
    ) -> builtins.list[int]:
        """Remove a label from up to 100 messages."""
        return await self._client.run(message_action("unlabel", messages, label, label_name))

    async def bulk_archive(self, messages: Sequence[int]) -> builtins.list[int]:
        """Archive up to 100 messages."""
        return await self._client.run(message_action("archive", messages))

    async def bulk_restore(self, messages: Sequence[int]) -> builtins.list[int]:
        """Restore up to 100 archived messages."""
        return await self._client.run(message_action("restore", messages))

    async def bulk_delete(self, messages: Sequence[int]) -> builtins.list[int]:
        """Delete up to 100 messages."""
        return await self._client.run(message_action("delete", messages))


class Broadcasts(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[BroadcastFilters]) -> SyncPager[Broadcast]:
        """Broadcasts (not scheduled ones), newest first; `text` is a dict of translations."""
        return SyncPager(self._client, broadcast_pages(filters), cursor)

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
    ) -> Broadcast:
        """Send `text` (a string, or `{"eng": ..., "fra": ...}`) to URNs, contacts and groups (100 each)."""
        return self._client.run(send_broadcast(text, urns, contacts, groups, attachments, quick_replies, base_language))


class AsyncBroadcasts(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[BroadcastFilters]) -> AsyncPager[Broadcast]:
        """Broadcasts (not scheduled ones), newest first; `text` is a dict of translations."""
        return AsyncPager(self._client, broadcast_pages(filters), cursor)

    async def create(
        self,
        text: Translations | None = None,
        urns: Sequence[str] | None = None,
        contacts: Sequence[Ref] | None = None,
        groups: Sequence[Ref] | None = None,
        *,
        attachments: Sequence[str] | Mapping[str, Sequence[str]] | None = None,
        quick_replies: QuickReplies | None = None,
        base_language: str | None = None,
    ) -> Broadcast:
        """Send `text` (a string, or `{"eng": ..., "fra": ...}`) to URNs, contacts and groups (100 each)."""
        call = send_broadcast(text, urns, contacts, groups, attachments, quick_replies, base_language)
        return await self._client.run(call)
