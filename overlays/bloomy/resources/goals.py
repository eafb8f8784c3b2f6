"""`client.goal`: goals (the API's rocks): list, create, update, archive and restore, delete; many at once."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from overlay_runtime import Call, Parallel, Resource, model, nothing, root_list

from .._bulk import DEFAULT_MAX_CONCURRENT, bulk_flow
from .._client import AsyncClient, Client
from .._exceptions import ValidationError
from .._params import Flow, drop_none, ident, text
from ..models import ArchivedGoalInfo, BulkCreateResult, CreatedGoalInfo, GoalInfo, GoalListResponse, GoalStatus

ORIGIN = {"include_origin": True}  # adds `Origins`, the meetings a goal belongs to
_COMPLETION = {GoalStatus.ON_TRACK: "OnTrack", GoalStatus.AT_RISK: "AtRisk", GoalStatus.COMPLETE: "Complete"}


def _who(user_id: int | None) -> str:
    return "mine" if user_id is None else str(ident(user_id, "user_id"))


def active_call(user_id: int | None = None) -> Call[builtins.list[GoalInfo]]:
    return Call("GET", f"rocks/user/{_who(user_id)}", params=ORIGIN, parse=root_list(GoalInfo))


def archived_call(user_id: int | None = None) -> Call[builtins.list[ArchivedGoalInfo]]:
    return Call("GET", f"archivedrocks/user/{_who(user_id)}", parse=root_list(ArchivedGoalInfo))


def list_goals(user_id: int | None = None, archived: bool = False) -> Flow[builtins.list[GoalInfo] | GoalListResponse]:
    """The user's goals; with `archived=True` the archived ones too (both lists fetched in one step)."""
    if not archived:
        goals: builtins.list[GoalInfo] = yield active_call(user_id)
        return goals
    active, gone = yield Parallel([active_call(user_id), archived_call(user_id)])
    return GoalListResponse(active=active, archived=gone)


def details_call(goal_id: int) -> Call[GoalInfo]:
    return Call("GET", f"rocks/{ident(goal_id, 'goal_id')}", params=ORIGIN, parse=model(GoalInfo))


def create_call(title: str, meeting_id: int, user_id: int | None = None) -> Call[CreatedGoalInfo]:
    """A goal in a meeting, owned by `user_id` (default: you, on the server's side)."""
    mid = ident(meeting_id, "meeting_id")
    owner = None if user_id is None else ident(user_id, "user_id")
    body = drop_none({"title": text(title, "title"), "accountableUserId": owner})

    def parse(response: Any) -> CreatedGoalInfo:
        goal = CreatedGoalInfo.model_validate_json(response.content)
        goal.meeting_id = mid if goal.meeting_id is None else goal.meeting_id
        return goal

    return Call("POST", f"L10/{mid}/rocks", json=body, parse=parse)


def _completion(status: GoalStatus | str) -> str:
    try:
        return _COMPLETION[GoalStatus(str(status).lower())]
    except ValueError:
        raise ValidationError(f"Invalid status {status!r}: use 'on', 'off' or 'complete' (or GoalStatus)") from None


def update_goal(
    goal_id: int, title: str | None = None, accountable_user: int | None = None, status: GoalStatus | str | None = None
) -> Flow[GoalInfo]:
    """Change what is given (the owner only when `accountable_user` is), then read the goal back."""
    gid = ident(goal_id, "goal_id")
    body = drop_none(
        {
            "title": None if title is None else text(title, "title"),
            "accountableUserId": None if accountable_user is None else ident(accountable_user, "accountable_user"),
            "completion": None if status is None else _completion(status),
        }
    )
    yield Call("PUT", f"rocks/{gid}", json=body, parse=nothing)
    goal: GoalInfo = yield details_call(gid)
    return goal


def delete_call(goal_id: int) -> Call[None]:
    return Call("DELETE", f"rocks/{ident(goal_id, 'goal_id')}", parse=nothing)


def archive_call(goal_id: int) -> Call[None]:
    return Call("PUT", f"rocks/{ident(goal_id, 'goal_id')}/archive", parse=nothing)


def restore_call(goal_id: int) -> Call[None]:
    return Call("PUT", f"rocks/{ident(goal_id, 'goal_id')}/restore", parse=nothing)


def _create_item(item: Mapping[str, Any]) -> Call[CreatedGoalInfo]:
    return create_call(item["title"], item["meeting_id"], item.get("user_id"))


def create_many(
    goals: Sequence[Mapping[str, Any]], max_concurrent: int | None
) -> Flow[BulkCreateResult[CreatedGoalInfo]]:
    return bulk_flow(goals, ["title", "meeting_id"], _create_item, max_concurrent)


class Goals(Resource[Client]):
    def list(self, user_id: int | None = None, archived: bool = False) -> builtins.list[GoalInfo] | GoalListResponse:
        """The user's goals (default: yours); with `archived=True`, `GoalListResponse(active, archived)`."""
        return self._client.run(list_goals(user_id, archived))

    def details(self, goal_id: int) -> GoalInfo:
        return self._client.run(details_call(goal_id))

    def create(self, title: str, meeting_id: int, user_id: int | None = None) -> CreatedGoalInfo:
        return self._client.run(create_call(title, meeting_id, user_id))

    def update(
        self,
        goal_id: int,
        title: str | None = None,
        accountable_user: int | None = None,
        status: GoalStatus | str | None = None,
    ) -> GoalInfo:
        """Change the title, owner or status (`"on"`, `"off"`, `"complete"`); returns the goal as it now is."""
        return self._client.run(update_goal(goal_id, title, accountable_user, status))

    def delete(self, goal_id: int) -> None:
        self._client.run(delete_call(goal_id))

    def archive(self, goal_id: int) -> None:
        self._client.run(archive_call(goal_id))

    def restore(self, goal_id: int) -> None:
        self._client.run(restore_call(goal_id))

    def create_many(
        self, goals: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[CreatedGoalInfo]:
        """Create many goals (keys `title`, `meeting_id`, `user_id`), reported per item."""
        return self._client.run(create_many(goals, max_concurrent))


class AsyncGoals(Resource[AsyncClient]):
    async def list(
        self, user_id: int | None = None, archived: bool = False
    ) -> builtins.list[GoalInfo] | GoalListResponse:
        """The user's goals (default: yours); with `archived=True`, `GoalListResponse(active, archived)`."""
        return await self._client.run(list_goals(user_id, archived))

    async def details(self, goal_id: int) -> GoalInfo:
        return await self._client.run(details_call(goal_id))

    async def create(self, title: str, meeting_id: int, user_id: int | None = None) -> CreatedGoalInfo:
        return await self._client.run(create_call(title, meeting_id, user_id))

    async def update(
        self,
        goal_id: int,
        title: str | None = None,
        accountable_user: int | None = None,
        status: GoalStatus | str | None = None,
    ) -> GoalInfo:
        """Change the title, owner or status (`"on"`, `"off"`, `"complete"`); returns the goal as it now is."""
        return await self._client.run(update_goal(goal_id, title, accountable_user, status))

    async def delete(self, goal_id: int) -> None:
        await self._client.run(delete_call(goal_id))

    async def archive(self, goal_id: int) -> None:
        await self._client.run(archive_call(goal_id))

    async def restore(self, goal_id: int) -> None:
        await self._client.run(restore_call(goal_id))

    async def create_many(
        self, goals: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[CreatedGoalInfo]:
        """Create many goals (keys `title`, `meeting_id`, `user_id`), reported per item."""
        return await self._client.run(create_many(goals, max_concurrent))
