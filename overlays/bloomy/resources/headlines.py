"""`client.headline`: people headlines of meetings and users."""

from __future__ import annotations

import builtins

from overlay_runtime import Call, Resource, model, nothing, root_list

from .._client import AsyncClient, Client
from .._params import Flow, drop_none, ident, one_of, text
from ..models import HeadlineDetails, HeadlineInfo, HeadlineListItem

ORIGIN = {"Include_Origin": True}  # adds `Origin`/`OriginId`, the meeting a headline belongs to


def create_call(
    meeting_id: int, title: str, owner_id: int | None = None, notes: str | None = None
) -> Call[HeadlineInfo]:
    """A headline in a meeting, owned by `owner_id` (default: you, on the server's side)."""
    owner = None if owner_id is None else ident(owner_id, "owner_id")
    body = drop_none({"title": text(title, "title"), "ownerId": owner, "notes": notes})
    return Call("POST", f"L10/{ident(meeting_id, 'meeting_id')}/headlines", json=body, parse=model(HeadlineInfo))


def details_call(headline_id: int) -> Call[HeadlineDetails]:
    return Call("GET", f"headline/{ident(headline_id, 'headline_id')}", params=ORIGIN, parse=model(HeadlineDetails))


def list_call(user_id: int | None = None, meeting_id: int | None = None) -> Call[builtins.list[HeadlineListItem]]:
    """A meeting's headlines, a user's, or (neither given) yours."""
    one_of(user_id, meeting_id)
    if meeting_id is not None:
        return Call("GET", f"L10/{ident(meeting_id, 'meeting_id')}/headlines", parse=root_list(HeadlineListItem))
    who = "mine" if user_id is None else str(ident(user_id, "user_id"))
    return Call("GET", f"headline/users/{who}", params=ORIGIN, parse=root_list(HeadlineListItem))


def update_headline(headline_id: int, title: str) -> Flow[HeadlineDetails]:
    hid = ident(headline_id, "headline_id")
    yield Call("PUT", f"headline/{hid}", json={"title": text(title, "title")}, parse=nothing)
    headline: HeadlineDetails = yield details_call(hid)
    return headline


def delete_call(headline_id: int) -> Call[None]:
    return Call("DELETE", f"headline/{ident(headline_id, 'headline_id')}", parse=nothing)


class Headlines(Resource[Client]):
    def create(
        self, meeting_id: int, title: str, owner_id: int | None = None, notes: str | None = None
    ) -> HeadlineInfo:
        return self._client.run(create_call(meeting_id, title, owner_id, notes))

    def details(self, headline_id: int) -> HeadlineDetails:
        return self._client.run(details_call(headline_id))

    def list(self, user_id: int | None = None, meeting_id: int | None = None) -> builtins.list[HeadlineListItem]:
        """A meeting's headlines, a user's, or (neither given) yours."""
        return self._client.run(list_call(user_id, meeting_id))

    def update(self, headline_id: int, title: str) -> HeadlineDetails:
        """Rename the headline; returns it as it now is."""
        return self._client.run(update_headline(headline_id, title))

    def delete(self, headline_id: int) -> None:
        self._client.run(delete_call(headline_id))


class AsyncHeadlines(Resource[AsyncClient]):
    async def create(
        self, meeting_id: int, title: str, owner_id: int | None = None, notes: str | None = None
    ) -> HeadlineInfo:
        return await self._client.run(create_call(meeting_id, title, owner_id, notes))

    async def details(self, headline_id: int) -> HeadlineDetails:
        return await self._client.run(details_call(headline_id))

    async def list(self, user_id: int | None = None, meeting_id: int | None = None) -> builtins.list[HeadlineListItem]:
        """A meeting's headlines, a user's, or (neither given) yours."""
        return await self._client.run(list_call(user_id, meeting_id))

    async def update(self, headline_id: int, title: str) -> HeadlineDetails:
        """Rename the headline; returns it as it now is."""
        return await self._client.run(update_headline(headline_id, title))

    async def delete(self, headline_id: int) -> None:
        await self._client.run(delete_call(headline_id))
