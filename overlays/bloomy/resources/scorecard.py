"""`client.scorecard`: the current week, scores of a user or meeting, and writing a week's score."""

from __future__ import annotations

import builtins
from typing import Any

from overlay_runtime import Call, Parallel, Resource, model, nothing

from .._client import AsyncClient, Client
from .._params import Flow, ident, one_of
from ..models import ScorecardItem, ScorecardWeek
from ._wire import items_of


def current_week_call() -> Call[ScorecardWeek]:
    return Call("GET", "weeks/current", parse=model(ScorecardWeek))


def _has_id(raw: Any) -> bool:
    return isinstance(raw, dict) and raw.get("Id") is not None


def scores_call(user_id: int | None = None, meeting_id: int | None = None) -> Call[builtins.list[ScorecardItem]]:
    """The `Scores` of a meeting's scorecard, a user's, or (neither given) yours."""
    one_of(user_id, meeting_id)
    if meeting_id is not None:
        path = f"scorecard/meeting/{ident(meeting_id, 'meeting_id')}"
    else:
        path = "scorecard/user/mine" if user_id is None else f"scorecard/user/{ident(user_id, 'user_id')}"
    return Call("GET", path, parse=items_of(ScorecardItem, _has_id, key="Scores"))


def list_scores(
    user_id: int | None = None, meeting_id: int | None = None, show_empty: bool = False, week_offset: int | None = None
) -> Flow[builtins.list[ScorecardItem]]:
    """Scores, without empty ones unless `show_empty`; with `week_offset`, only that week's (0: this week)."""
    if week_offset is None:
        items: builtins.list[ScorecardItem] = yield scores_call(user_id, meeting_id)
    else:
        items, week = yield Parallel([scores_call(user_id, meeting_id), current_week_call()])
        items = [i for i in items if i.week_id == week.week_number + week_offset]
    return items if show_empty else [i for i in items if i.value is not None]


def get_score(measurable_id: int, user_id: int | None = None, week_offset: int = 0) -> Flow[ScorecardItem | None]:
    """The measurable's item for that week (empty or not), or None."""
    mid = ident(measurable_id, "measurable_id")
    items = yield from list_scores(user_id, None, True, week_offset)
    return next((i for i in items if i.measurable_id == mid), None)


def set_score(measurable_id: int, score: float, week_offset: int = 0) -> Flow[bool]:
    """Write the measurable's value for the current week (plus `week_offset` weeks)."""
    mid = ident(measurable_id, "measurable_id")
    week: ScorecardWeek = yield current_week_call()
    number = week.week_number + week_offset
    yield Call("PUT", f"measurables/{mid}/week/{number}", json={"value": score}, parse=nothing)
    return True


class Scorecard(Resource[Client]):
    def current_week(self) -> ScorecardWeek:
        return self._client.run(current_week_call())

    def list(
        self,
        user_id: int | None = None,
        meeting_id: int | None = None,
        show_empty: bool = False,
        week_offset: int | None = None,
    ) -> builtins.list[ScorecardItem]:
        """Scores of a meeting, a user, or (neither given) yours; `week_offset=0` keeps this week's only."""
        return self._client.run(list_scores(user_id, meeting_id, show_empty, week_offset))

    def get(self, measurable_id: int, user_id: int | None = None, week_offset: int = 0) -> ScorecardItem | None:
        return self._client.run(get_score(measurable_id, user_id, week_offset))

    def score(self, measurable_id: int, score: float, week_offset: int = 0) -> bool:
        """Set this week's value (`week_offset=-1`: last week's); returns True."""
        return self._client.run(set_score(measurable_id, score, week_offset))


class AsyncScorecard(Resource[AsyncClient]):
    async def current_week(self) -> ScorecardWeek:
        return await self._client.run(current_week_call())

    async def list(
        self,
        user_id: int | None = None,
        meeting_id: int | None = None,
        show_empty: bool = False,
        week_offset: int | None = None,
    ) -> builtins.list[ScorecardItem]:
        """Scores of a meeting, a user, or (neither given) yours; `week_offset=0` keeps this week's only."""
        return await self._client.run(list_scores(user_id, meeting_id, show_empty, week_offset))

    async def get(self, measurable_id: int, user_id: int | None = None, week_offset: int = 0) -> ScorecardItem | None:
        return await self._client.run(get_score(measurable_id, user_id, week_offset))

    async def score(self, measurable_id: int, score: float, week_offset: int = 0) -> bool:
        """Set this week's value (`week_offset=-1`: last week's); returns True."""
        return await self._client.run(set_score(measurable_id, score, week_offset))
