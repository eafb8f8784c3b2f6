"""`client.user`: the current user or anyone else, their reports and positions, search and the user list.

With no `user_id`, the operations for the key's own user (`get_current_user`, `get_my_seats`...) answer:
no extra lookup request.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Any

import httpx

from bloomy_api import pydantic_models as schemas
from bloomy_api.api.search import search_all, search_users
from bloomy_api.api.seats import get_my_seats
from bloomy_api.api.users import (
    get_my_direct_reports,
    get_user,
    get_user_direct_reports,
    get_user_seats,
)
from overlay_runtime import (
    Call,
    ClientT,
    OperationFlow,
    Parallel,
    model,
    operation,
    root_list,
    validate_python,
)

from .._params import ident
from ..models import DirectReport, Position, UserDetails, UserListItem, UserSearchResult
from ._base import BloomyResource, me_call
from ._wire import items_of, json_items, wire_key

EVERYONE = "%"  # the search term that matches every name
SEAT_GROUP, GROUP_POSITION = wire_key(schemas.Seat, "group"), wire_key(schemas.AccountabilityGroup, "position")
POSITION_ID = wire_key(schemas.Position, "id")
RESULT_TYPE, RESULT_ID, RESULT_EMAIL = (wire_key(schemas.SearchResult, f) for f in ("result_type", "id", "email"))


def user_call(user_id: int | None = None) -> Call[UserDetails]:
    if user_id is None:
        return me_call()
    return Call(get_user.build_request(ident(user_id, "user_id")), parse=model(UserDetails))


def direct_reports_call(user_id: int | None = None) -> Call[builtins.list[DirectReport]]:
    if user_id is None:
        request = get_my_direct_reports.build_request()
    else:
        request = get_user_direct_reports.build_request(ident(user_id, "user_id"))
    return Call(request, parse=root_list(DirectReport))


def _positions(response: httpx.Response) -> builtins.list[Position]:
    """The positions of the user's seats (`Group.Position`); seats without one are skipped."""
    groups = [seat.get(SEAT_GROUP) for seat in json_items(response) if isinstance(seat, dict)]
    found = [group.get(GROUP_POSITION) for group in groups if isinstance(group, dict)]
    return [validate_python(Position, p) for p in found if isinstance(p, dict) and p.get(POSITION_ID) is not None]


def positions_call(user_id: int | None = None) -> Call[builtins.list[Position]]:
    request = (
        get_my_seats.build_request() if user_id is None else get_user_seats.build_request(ident(user_id, "user_id"))
    )
    return Call(request, parse=_positions)


def _is_user(include_placeholders: bool) -> Callable[[Any], bool]:
    def keep(raw: Any) -> bool:
        if not isinstance(raw, dict) or raw.get(RESULT_TYPE) != schemas.ResultType.user or raw.get(RESULT_ID) is None:
            return False
        return include_placeholders or bool(raw.get(RESULT_EMAIL))  # placeholder users have no e-mail

    return keep


def list_call(include_placeholders: bool = False) -> Call[builtins.list[UserListItem]]:
    """Every user of the organization: a search for everything, users only, placeholders if asked."""
    request = search_all.build_request(term=EVERYONE)
    return Call(request, parse=items_of(UserListItem, _is_user(include_placeholders)))


class Users(BloomyResource[ClientT]):
    @operation
    def details(
        self,
        user_id: int | None = None,
        include_direct_reports: bool = False,
        include_positions: bool = False,
        include_all: bool = False,
    ) -> OperationFlow[UserDetails]:
        """A user (default: you), with direct reports and positions when asked (`include_all` for both).

        One step: the async client sends the two or three requests concurrently."""
        user_id = self._who(user_id)
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

    @operation
    def direct_reports(self, user_id: int | None = None) -> Call[builtins.list[DirectReport]]:
        """The user's direct reports (default: yours)."""
        return direct_reports_call(self._who(user_id))

    @operation
    def positions(self, user_id: int | None = None) -> Call[builtins.list[Position]]:
        """The positions the user holds in the accountability chart (default: yours)."""
        return positions_call(self._who(user_id))

    @operation
    def search(self, term: str) -> Call[builtins.list[UserSearchResult]]:
        """Users whose name matches `term`."""
        return Call(search_users.build_request(term=term), parse=root_list(UserSearchResult))

    @operation
    def list(self, include_placeholders: bool = False) -> Call[builtins.list[UserListItem]]:
        """Every user of the organization (placeholder users only when asked)."""
        return list_call(include_placeholders)

    @operation
    def all(self, include_placeholders: bool = False) -> Call[builtins.list[UserListItem]]:
        """`list()` under its name before bloomy-python 0.20 (the seed's samples use it)."""
        return list_call(include_placeholders)
