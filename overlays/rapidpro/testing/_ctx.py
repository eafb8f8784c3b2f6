"""What every endpoint module shares: the state, its writers, the renderer, and the list helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from ._http import IncomingRequest, Reply
from ._ops_admin import Admin
from ._ops_contacts import ContactOps
from ._ops_messaging import Sending
from ._ops_tickets import TicketOps
from ._paging import Key, ListSource, Walk, Window, paginate
from ._render import Renderer
from ._state import RapidProState

__all__ = ["Ctx"]

T = TypeVar("T")


@dataclass
class Ctx:
    state: RapidProState
    render: Renderer
    contacts: ContactOps
    sending: Sending
    admin: Admin
    tickets: TicketOps
    page_size: int

    @classmethod
    def of(cls, state: RapidProState, page_size: int) -> Ctx:
        contacts = ContactOps(state)
        return cls(
            state, Renderer(state), contacts, Sending(state, contacts), Admin(state), TicketOps(state), page_size
        )

    def page(
        self,
        call: IncomingRequest,
        walk: Walk,
        load: Callable[[int], T | None],
        render: Callable[[T], dict[str, Any]],
        *,
        keep: Callable[[T], bool] = lambda item: True,
        reverse: bool = False,
        window: Window | None = None,
    ) -> Reply:
        page = paginate(
            url=call.url,
            query=call.items,
            walk=walk,
            load=load,
            keep=keep,
            render=render,
            page_size=self.page_size,
            reverse=reverse,
            window=window,
        )
        return Reply(200, page.body())

    def small_page(
        self,
        call: IncomingRequest,
        items: Iterable[T],
        key: Callable[[T], Key],
        render: Callable[[T], dict[str, Any]],
        *,
        reverse: bool = False,
        window: Window | None = None,
    ) -> Reply:
        """A cursor page over an in-memory list, newest `key` first."""
        chosen = list(items)
        by_id = {key(item)[1]: item for item in chosen}
        return self.page(call, ListSource(lambda: chosen, key).walk, by_id.get, render, reverse=reverse, window=window)
