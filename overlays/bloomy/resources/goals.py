"""`client.goal`: goals (the API's rocks): list, create, update, archive and restore, delete; many at once."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from bloomy_api.api.meetings import create_meeting_rock
from bloomy_api.api.rocks import (
    archive_rock,
    delete_rock,
    get_my_archived_rocks,
    get_my_rocks,
    get_rock,
    get_user_archived_rocks,
    get_user_rocks,
    restore_rock,
    update_rock,
)
from bloomy_api.models import CreateMeetingRockRequest, RockCompletion, UpdateRockRequest
from bloomy_api.types import or_unset
from overlay_runtime import (
    Call,
    ClientT,
    OperationFlow,
    Parallel,
    model,
    nothing,
    operation,
    root_list,
    validate_json,
)

from .._bulk import bulk_flow
from .._constants import DEFAULT_MAX_CONCURRENT
from .._exceptions import ValidationError
from .._params import ident, text
from ..models import ArchivedGoalInfo, BulkCreateResult, CreatedGoalInfo, GoalInfo, GoalListResponse, GoalStatus
from ._base import BloomyResource

# Rocks are always read with `include_origin=True`: their meetings (`Origins`) give `GoalInfo.meeting_id`/`meeting_title`.
_COMPLETION = {
    GoalStatus.ON_TRACK: RockCompletion.ONTRACK,
    GoalStatus.AT_RISK: RockCompletion.ATRISK,
    GoalStatus.COMPLETE: RockCompletion.COMPLETE,
}


def active_call(user_id: int | None = None) -> Call[builtins.list[GoalInfo]]:
    if user_id is None:
        request = get_my_rocks.build_request(include_origin=True)
    else:
        request = get_user_rocks.build_request(ident(user_id, "user_id"), include_origin=True)
    return Call(request, parse=root_list(GoalInfo))


def archived_call(user_id: int | None = None) -> Call[builtins.list[ArchivedGoalInfo]]:
    if user_id is None:
        request = get_my_archived_rocks.build_request()
    else:
        request = get_user_archived_rocks.build_request(ident(user_id, "user_id"))
    return Call(request, parse=root_list(ArchivedGoalInfo))


def details_call(goal_id: int) -> Call[GoalInfo]:
    return Call(get_rock.build_request(ident(goal_id, "goal_id"), include_origin=True), parse=model(GoalInfo))


def create_call(title: str, meeting_id: int, user_id: int | None = None) -> Call[CreatedGoalInfo]:
    """A goal in a meeting, owned by `user_id` (default: you, on the server's side)."""
    mid = ident(meeting_id, "meeting_id")
    owner = None if user_id is None else ident(user_id, "user_id")
    body = CreateMeetingRockRequest(title=text(title, "title"), accountable_user_id=or_unset(owner))

    def parse(response: httpx.Response) -> CreatedGoalInfo:
        goal = validate_json(CreatedGoalInfo, response.content)
        goal.meeting_id = mid if goal.meeting_id is None else goal.meeting_id
        return goal

    return Call(create_meeting_rock.build_request(mid, body=body), parse=parse)


def _completion(status: GoalStatus | str) -> RockCompletion:
    try:
        return _COMPLETION[GoalStatus(str(status).lower())]
    except ValueError:
        raise ValidationError(f"Invalid status {status!r}: use 'on', 'off' or 'complete' (or GoalStatus)") from None


def _create_item(item: Mapping[str, Any], user_id: int | None) -> Call[CreatedGoalInfo]:
    return create_call(item["title"], item["meeting_id"], user_id)


class Goals(BloomyResource[ClientT]):
    @operation
    def list(
        self, user_id: int | None = None, archived: bool = False
    ) -> OperationFlow[builtins.list[GoalInfo] | GoalListResponse]:
        """The user's goals (default: yours); with `archived=True`, `GoalListResponse(active, archived)`
        (both lists fetched in one step)."""
        user_id = self._who(user_id)
        if not archived:
            goals: builtins.list[GoalInfo] = yield active_call(user_id)
            return goals
        active, gone = yield Parallel([active_call(user_id), archived_call(user_id)])
        return GoalListResponse(active=active, archived=gone)

    @operation
    def details(self, goal_id: int) -> Call[GoalInfo]:
        return details_call(goal_id)

    @operation
    def create(self, title: str, meeting_id: int, user_id: int | None = None) -> Call[CreatedGoalInfo]:
        return create_call(title, meeting_id, self._who(user_id))

    @operation
    def update(
        self,
        goal_id: int,
        title: str | None = None,
        accountable_user: int | None = None,
        status: GoalStatus | str | None = None,
    ) -> OperationFlow[GoalInfo]:
        """Change the title, owner or status (`"on"`, `"off"`, `"complete"`); returns the goal as it now is.

        The owner changes only when `accountable_user` is given."""
        gid = ident(goal_id, "goal_id")
        body = UpdateRockRequest(
            title=or_unset(None if title is None else text(title, "title")),
            accountable_user_id=or_unset(
                None if accountable_user is None else ident(accountable_user, "accountable_user")
            ),
            completion=or_unset(None if status is None else _completion(status)),
        )
        yield Call(update_rock.build_request(gid, body=body), parse=nothing)
        goal: GoalInfo = yield details_call(gid)
        return goal

    @operation
    def delete(self, goal_id: int) -> Call[None]:
        return Call(delete_rock.build_request(ident(goal_id, "goal_id")), parse=nothing)

    @operation
    def archive(self, goal_id: int) -> Call[None]:
        return Call(archive_rock.build_request(ident(goal_id, "goal_id")), parse=nothing)

    @operation
    def restore(self, goal_id: int) -> Call[None]:
        return Call(restore_rock.build_request(ident(goal_id, "goal_id")), parse=nothing)

    @operation
    def create_many(
        self, goals: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> OperationFlow[BulkCreateResult[CreatedGoalInfo]]:
        """Create many goals (keys `title`, `meeting_id`, `user_id`), reported per item."""
        return bulk_flow(
            goals,
            ["title", "meeting_id"],
            lambda item: _create_item(item, self._who(item.get("user_id"))),
            max_concurrent,
        )
