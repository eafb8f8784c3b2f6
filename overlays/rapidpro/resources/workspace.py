"""The workspace and what belongs to it: `workspace`, `users`, `channels`, `channel_events`, `boundaries`,
and `statistics`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import (
    Boundary,
    BoundaryPage,
    Channel,
    ChannelEvent,
    ChannelEventPage,
    ChannelPage,
    Statistics,
    User,
    UserPage,
    Workspace,
)

from .._filters import ChannelEventFilters, ChannelFilters, NoFilters, UserFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import When
from ._calls import fetch


def workspace_call() -> Call[Workspace]:
    return fetch("workspace.json", Workspace)


def statistics_call(since: When | None, until: When | None) -> Call[Statistics]:
    return fetch("statistics.json", Statistics, {"since": since, "until": until})


def user_pages(filters: Mapping[str, Any]) -> PageCall[User]:
    return pages("users.json", UserPage, User, filters)


def channel_pages(filters: Mapping[str, Any]) -> PageCall[Channel]:
    return pages("channels.json", ChannelPage, Channel, filters)


def channel_event_pages(filters: Mapping[str, Any]) -> PageCall[ChannelEvent]:
    return pages("channel_events.json", ChannelEventPage, ChannelEvent, filters)


def boundary_pages(filters: Mapping[str, Any]) -> PageCall[Boundary]:
    return pages("boundaries.json", BoundaryPage, Boundary, filters)


class WorkspaceInfo(SyncResource):
    def get(self) -> Workspace:
        """The workspace the token belongs to (TembaClient's `get_org`)."""
        return self._client.run(workspace_call())


class AsyncWorkspaceInfo(AsyncResource):
    async def get(self) -> Workspace:
        """The workspace the token belongs to (TembaClient's `get_org`)."""
        return await self._client.run(workspace_call())


class Statistic(SyncResource):
    def get(self, since: When | None = None, until: When | None = None) -> Statistics:
        """Message counts per day and channel from `since` (default 90 days ago) to `until` (exclusive)."""
        return self._client.run(statistics_call(since, until))


class AsyncStatistic(AsyncResource):
    async def get(self, since: When | None = None, until: When | None = None) -> Statistics:
        """Message counts per day and channel from `since` (default 90 days ago) to `until` (exclusive)."""
        return await self._client.run(statistics_call(since, until))


class Users(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[UserFilters]) -> SyncPager[User]:
        """Users of the workspace (`uuid`, `email` and `role` take one value or several)."""
        return SyncPager(self._client, user_pages(filters), cursor)


class AsyncUsers(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[UserFilters]) -> AsyncPager[User]:
        """Users of the workspace (`uuid`, `email` and `role` take one value or several)."""
        return AsyncPager(self._client, user_pages(filters), cursor)


class Channels(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ChannelFilters]) -> SyncPager[Channel]:
        """Channels of the workspace."""
        return SyncPager(self._client, channel_pages(filters), cursor)


class AsyncChannels(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ChannelFilters]) -> AsyncPager[Channel]:
        """Channels of the workspace."""
        return AsyncPager(self._client, channel_pages(filters), cursor)


class ChannelEvents(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ChannelEventFilters]) -> SyncPager[ChannelEvent]:
        """Channel events (calls, opt-ins, stops ...). Deprecated by the server."""
        return SyncPager(self._client, channel_event_pages(filters), cursor)


class AsyncChannelEvents(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ChannelEventFilters]) -> AsyncPager[ChannelEvent]:
        """Channel events (calls, opt-ins, stops ...). Deprecated by the server."""
        return AsyncPager(self._client, channel_event_pages(filters), cursor)


class Boundaries(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[NoFilters]) -> SyncPager[Boundary]:
        """Administrative boundaries of the workspace's country, with their geometry."""
        return SyncPager(self._client, boundary_pages(filters), cursor)


class AsyncBoundaries(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[NoFilters]) -> AsyncPager[Boundary]:
        """Administrative boundaries of the workspace's country, with their geometry."""
        return AsyncPager(self._client, boundary_pages(filters), cursor)
