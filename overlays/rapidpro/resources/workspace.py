"""The workspace and what belongs to it: `workspace`, `users`, `channels`, `channel_events`, `boundaries`,
and `statistics`."""

from __future__ import annotations

from typing import Unpack

from overlay_runtime import Call, ClientT, Pages, Resource, model, operation, paginated
from rapidpro_api.api.boundaries import list_boundaries
from rapidpro_api.api.channel_events import list_channel_events
from rapidpro_api.api.channels import list_channels
from rapidpro_api.api.statistics import get_statistics
from rapidpro_api.api.users import list_users
from rapidpro_api.api.workspace import get_workspace
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

from .._paging import pages
from .._params import When, when


class WorkspaceInfo(Resource[ClientT]):
    @operation
    def get(self) -> Call[Workspace]:
        """The workspace the token belongs to (TembaClient's `get_org`)."""
        return Call(get_workspace.build_request(), parse=model(Workspace))


class Statistic(Resource[ClientT]):
    @operation
    def get(self, since: When | None = None, until: When | None = None) -> Call[Statistics]:
        """Message counts per day and channel from `since` (default 90 days ago) to `until` (exclusive)."""
        return Call(get_statistics.build_request(since=when(since), until=when(until)), parse=model(Statistics))


class Users(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_users.QueryParams]) -> Pages[User]:
        """Users of the workspace (`uuid`, `email` and `role` take one value or several)."""
        return pages(list_users.build_request, UserPage, User, filters)


class Channels(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_channels.QueryParams]) -> Pages[Channel]:
        """Channels of the workspace."""
        return pages(list_channels.build_request, ChannelPage, Channel, filters)


class ChannelEvents(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_channel_events.QueryParams]) -> Pages[ChannelEvent]:
        """Channel events (calls, opt-ins, stops ...). Deprecated by the server."""
        return pages(list_channel_events.build_request, ChannelEventPage, ChannelEvent, filters)


class Boundaries(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_boundaries.QueryParams]) -> Pages[Boundary]:
        """Administrative boundaries of the workspace's country, with their geometry."""
        return pages(list_boundaries.build_request, BoundaryPage, Boundary, filters)
