"""`client.user`: the current user or anyone else, their reports and positions, search and the user list.

With no `user_id`, the `mine` routes answer for the key's own user: no extra lookup request.
"""

from __future__ import annotations

import builtins
from typing import Any

from overlay_runtime import Call, Parallel, Resource, model, root_list

from .._client import AsyncClient, Client
from .._params import Flow, ident
from ..models import DirectReport, Position, UserDetails, UserListItem, UserSearchResult
from ._wire import items_of, json_items


def _who(user_id: int | None) -> str:
    return "mine" if user_id is None else str(ident(user_id, "user_id"))


def user_call(user_id: int | None = None) -> Call[UserDetails]:
    return Call("GET", f"users/{_who(user_id)}", parse=model(UserDetails))


def direct_reports_call(user_id: int | None = None) -> Call[builtins.list[DirectReport]]:
    path = "users/minedirectreports" if user_id is None else f"users/{_who(user_id)}/directreports"
    return Call("GET", path, parse=root_list(DirectReport))


def _positions(response: Any) -> builtins.list[Position]:
    seats = json_items(response)
    groups = [s.get("Group") for s in seats if isinstance(s, dict)]
    found = [g.get("Position") for g in groups if isinstance(g, dict)]
    return [Position.model_validate(p) for p in found if isinstance(p, dict) and p.get("Id") is not None]


def positions_call(user_id: int | None = None) -> Call[builtins.list[Position]]:
    path = "seats/user/mine" if user_id is None else f"users/{_who(user_id)}/seats"
    return Call("GET", path, parse=_positions)


def user_details(
    user_id: int | None = None,
    include_direct_reports: bool = False,
    include_positions: bool = False,
    include_all: bool = False,
) -> Flow[UserDetails]:
    """The user and, if asked, their direct reports and positions: one step, concurrent in the async client."""
    reports = include_direct_reports or include_all
    positions = include_positions or include_all
    calls: builtins.list[Call[Any]] = [user_call(user_id)]
    calls += [direct_reports_call(user_id)] if reports else []
    calls += [positions_call(user_id)] if positions else []
    found: builtins.list[Any] = yield Parallel(calls)
    user: UserDetails = found.pop(0)
    if reports:
        user.direct_reports = found.pop(0)
    if positions:
        user.positions = found.pop(0)
    return user


def search_call(term: str) -> Call[builtins.list[UserSearchResult]]:
    return Call("GET", "search/user", params={"term": term}, parse=root_list(UserSearchResult))


def list_call(include_placeholders: bool = False) -> Call[builtins.list[UserListItem]]:
    """Every user of the organization: `search/all?term=%`, users only, placeholders (no e-mail) if asked."""

    def keep(raw: Any) -> bool:
        if not isinstance(raw, dict) or raw.get("ResultType") != "User" or raw.get("Id") is None:
            return False
        return include_placeholders or bool(raw.get("Email"))

    return Call("GET", "search/all", params={"term": "%"}, parse=items_of(UserListItem, keep))


class Users(Resource[Client]):
    def details(
        self,
        user_id: int | None = None,
        include_direct_reports: bool = False,
        include_positions: bool = False,
        include_all: bool = False,
    ) -> UserDetails:
        """A user (default: you), with direct reports and positions when asked (`include_all` for both)."""
        return self._client.run(user_details(user_id, include_direct_reports, include_positions, include_all))

    def direct_reports(self, user_id: int | None = None) -> builtins.list[DirectReport]:
        """The user's direct reports (default: yours)."""
        return self._client.run(direct_reports_call(user_id))

    def positions(self, user_id: int | None = None) -> builtins.list[Position]:
        """The positions the user holds in the accountability chart (default: yours)."""
        return self._client.run(positions_call(user_id))

    def search(self, term: str) -> builtins.list[UserSearchResult]:
        """Users whose name matches `term`."""
        return self._client.run(search_call(term))

    def list(self, include_placeholders: bool = False) -> builtins.list[UserListItem]:
        """Every user of the organization (placeholder users only when asked)."""
        return self._client.run(list_call(include_placeholders))

    def all(self, include_placeholders: bool = False) -> builtins.list[UserListItem]:
        """`list()` under its name before bloomy-python 0.20 (the seed's samples use it)."""
        return self._client.run(list_call(include_placeholders))


class AsyncUsers(Resource[AsyncClient]):
    async def details(
        self,
        user_id: int | None = None,
        include_direct_reports: bool = False,
        include_positions: bool = False,
        include_all: bool = False,
    ) -> UserDetails:
        """A user (default: you), with direct reports and positions when asked (`include_all` for both)."""
        return await self._client.run(user_details(user_id, include_direct_reports, include_positions, include_all))

    async def direct_reports(self, user_id: int | None = None) -> builtins.list[DirectReport]:
        """The user's direct reports (default: yours)."""
        return await self._client.run(direct_reports_call(user_id))

    async def positions(self, user_id: int | None = None) -> builtins.list[Position]:
        """The positions the user holds in the accountability chart (default: yours)."""
        return await self._client.run(positions_call(user_id))

    async def search(self, term: str) -> builtins.list[UserSearchResult]:
        """Users whose name matches `term`."""
        return await self._client.run(search_call(term))

    async def list(self, include_placeholders: bool = False) -> builtins.list[UserListItem]:
        """Every user of the organization (placeholder users only when asked)."""
        return await self._client.run(list_call(include_placeholders))

    async def all(self, include_placeholders: bool = False) -> builtins.list[UserListItem]:
        """`list()` under its name before bloomy-python 0.20 (the seed's samples use it)."""
        return await self._client.run(list_call(include_placeholders))
