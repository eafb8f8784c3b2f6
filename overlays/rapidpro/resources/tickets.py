"""`client.tickets` (list, bulk ticket actions) and `client.topics` (list, create, rename)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from overlay_runtime import Call, ClientT, Pages, Resource, model, operation, paginated
from rapidpro_api.api.ticket_actions import perform_ticket_action
from rapidpro_api.api.tickets import list_tickets
from rapidpro_api.api.topics import list_topics, save_topic
from rapidpro_api.models import TicketBulkAction, TicketBulkActionType, TopicWrite
from rapidpro_api.pydantic_models import Ticket, TicketActionFailures, TicketPage, Topic, TopicPage

from .._paging import pages
from .._params import Ref, lookup, ref, refs
from ._calls import failures


def ticket_action(body: TicketBulkAction) -> Call[list[str]]:
    return Call(perform_ticket_action.build_request(body=body), parse=failures(TicketActionFailures))


class Tickets(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_tickets.QueryParams]) -> Pages[Ticket]:
        """Tickets, last modified first."""
        return pages(list_tickets.build_request, TicketPage, Ticket, filters)

    @operation
    def bulk_assign(self, tickets: Sequence[Ref], assignee: Ref | None) -> Call[builtins.list[str]]:
        """Assign up to 100 tickets to a user (email), or unassign them (None).

        Returns the UUIDs of tickets the server could not act on (empty on success); so do the others.
        """
        # `"assignee": null` is how to unassign, so it is sent even when None.
        return ticket_action(
            TicketBulkAction(tickets=refs(tickets), action=TicketBulkActionType.ASSIGN, assignee=ref(assignee))
        )

    @operation
    def bulk_add_note(self, tickets: Sequence[Ref], note: str) -> Call[builtins.list[str]]:
        """Add a note to up to 100 tickets."""
        return ticket_action(TicketBulkAction(tickets=refs(tickets), action=TicketBulkActionType.ADD_NOTE, note=note))

    @operation
    def bulk_change_topic(self, tickets: Sequence[Ref], topic: Ref) -> Call[builtins.list[str]]:
        """Move up to 100 tickets to another topic."""
        return ticket_action(
            TicketBulkAction(tickets=refs(tickets), action=TicketBulkActionType.CHANGE_TOPIC, topic=ref(topic))
        )

    @operation
    def bulk_close(self, tickets: Sequence[Ref]) -> Call[builtins.list[str]]:
        """Close up to 100 tickets."""
        return ticket_action(TicketBulkAction(tickets=refs(tickets), action=TicketBulkActionType.CLOSE))

    @operation
    def bulk_reopen(self, tickets: Sequence[Ref]) -> Call[builtins.list[str]]:
        """Reopen up to 100 tickets."""
        return ticket_action(TicketBulkAction(tickets=refs(tickets), action=TicketBulkActionType.REOPEN))


class Topics(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_topics.QueryParams]) -> Pages[Topic]:
        """Ticket topics, with their open and closed ticket counts."""
        return pages(list_topics.build_request, TopicPage, Topic, filters)

    @operation
    def create(self, name: str) -> Call[Topic]:
        """A new topic."""
        return Call(save_topic.build_request(body=TopicWrite(name=name)), parse=model(Topic))

    @operation
    def update(self, topic: Ref, name: str) -> Call[Topic]:
        """Rename a topic (the default topic cannot be changed: 403)."""
        request = save_topic.build_request(body=TopicWrite(name=name), uuid=lookup(topic, "uuid"))
        return Call(request, parse=model(Topic))
