"""`client.tickets` (list, bulk ticket actions) and `client.topics` (list, create, rename)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import Ticket, TicketActionFailures, TicketPage, Topic, TopicPage

from .._filters import NoFilters, TicketFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import Ref, body, ref, refs
from ._calls import action
from .groups import save_named

TICKETS = "tickets.json"
ACTIONS = "ticket_actions.json"
TOPICS = "topics.json"


def ticket_pages(filters: Mapping[str, Any]) -> PageCall[Ticket]:
    return pages(TICKETS, TicketPage, Ticket, filters)


def topic_pages(filters: Mapping[str, Any]) -> PageCall[Topic]:
    return pages(TOPICS, TopicPage, Topic, filters)


def ticket_action(name: str, tickets: Sequence[Ref], **extra: Any) -> Call[builtins.list[str]]:
    return action(ACTIONS, {**body(tickets=refs(tickets), action=name), **extra}, TicketActionFailures)


def assign(tickets: Sequence[Ref], assignee: Ref | None) -> Call[builtins.list[str]]:
    # `"assignee": null` is how to unassign, so it is sent even when None.
    return ticket_action("assign", tickets, assignee=ref(assignee))


class Tickets(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[TicketFilters]) -> SyncPager[Ticket]:
        """Tickets, last modified first."""
        return SyncPager(self._client, ticket_pages(filters), cursor)

    def bulk_assign(self, tickets: Sequence[Ref], assignee: Ref | None) -> builtins.list[str]:
        """Assign up to 100 tickets to a user (email), or unassign them (None).

        Returns the UUIDs of tickets the server could not act on (empty on success); so do the others.
        """
        return self._client.run(assign(tickets, assignee))

    def bulk_add_note(self, tickets: Sequence[Ref], note: str) -> builtins.list[str]:
        """Add a note to up to 100 tickets."""
        return self._client.run(ticket_action("add_note", tickets, note=note))

    def bulk_change_topic(self, tickets: Sequence[Ref], topic: Ref) -> builtins.list[str]:
        """Move up to 100 tickets to another topic."""
        return self._client.run(ticket_action("change_topic", tickets, topic=ref(topic)))

    def bulk_close(self, tickets: Sequence[Ref]) -> builtins.list[str]:
        """Close up to 100 tickets."""
        return self._client.run(ticket_action("close", tickets))

    def bulk_reopen(self, tickets: Sequence[Ref]) -> builtins.list[str]:
        """Reopen up to 100 tickets."""
        return self._client.run(ticket_action("reopen", tickets))


class AsyncTickets(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[TicketFilters]) -> AsyncPager[Ticket]:
        """Tickets, last modified first."""
        return AsyncPager(self._client, ticket_pages(filters), cursor)

    async def bulk_assign(self, tickets: Sequence[Ref], assignee: Ref | None) -> builtins.list[str]:
        """Assign up to 100 tickets to a user (email), or unassign them (None); returns the failed UUIDs."""
        return await self._client.run(assign(tickets, assignee))

    async def bulk_add_note(self, tickets: Sequence[Ref], note: str) -> builtins.list[str]:
        """Add a note to up to 100 tickets."""
        return await self._client.run(ticket_action("add_note", tickets, note=note))

    async def bulk_change_topic(self, tickets: Sequence[Ref], topic: Ref) -> builtins.list[str]:
        """Move up to 100 tickets to another topic."""
        return await self._client.run(ticket_action("change_topic", tickets, topic=ref(topic)))

    async def bulk_close(self, tickets: Sequence[Ref]) -> builtins.list[str]:
        """Close up to 100 tickets."""
        return await self._client.run(ticket_action("close", tickets))

    async def bulk_reopen(self, tickets: Sequence[Ref]) -> builtins.list[str]:
        """Reopen up to 100 tickets."""
        return await self._client.run(ticket_action("reopen", tickets))


class Topics(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[NoFilters]) -> SyncPager[Topic]:
        """Ticket topics, with their open and closed ticket counts."""
        return SyncPager(self._client, topic_pages(filters), cursor)

    def create(self, name: str) -> Topic:
        """A new topic."""
        return self._client.run(save_named(TOPICS, Topic, None, name))

    def update(self, topic: Ref, name: str) -> Topic:
        """Rename a topic (the default topic cannot be changed: 403)."""
        return self._client.run(save_named(TOPICS, Topic, topic, name))


class AsyncTopics(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[NoFilters]) -> AsyncPager[Topic]:
        """Ticket topics, with their open and closed ticket counts."""
        return AsyncPager(self._client, topic_pages(filters), cursor)

    async def create(self, name: str) -> Topic:
        """A new topic."""
        return await self._client.run(save_named(TOPICS, Topic, None, name))

    async def update(self, topic: Ref, name: str) -> Topic:
        """Rename a topic (the default topic cannot be changed: 403)."""
        return await self._client.run(save_named(TOPICS, Topic, topic, name))
