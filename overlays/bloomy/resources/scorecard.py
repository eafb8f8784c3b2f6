"""`client.scorecard`: the current week, scores of a user or meeting, and writing a week's score."""

from __future__ import annotations

import builtins
from typing import Any

from bloomy_api import pydantic_models as schemas
from bloomy_api.api.measurables import update_measurable_score
from bloomy_api.api.scorecard import get_meeting_scorecard, get_my_scorecard, get_user_scorecard
from bloomy_api.api.weeks import get_current_week
from bloomy_api.models import UpdateScoreRequest
from overlay_runtime import Call, ClientT, OperationFlow, Parallel, model, nothing, operation

from .._params import ident, one_of
from ..models import ScorecardItem, ScorecardWeek
from ._base import BloomyResource
from ._wire import items_of, wire_key

SCORES, SCORE_ID = wire_key(schemas.Scorecard, "scores"), wire_key(schemas.Score, "id")


def current_week_call() -> Call[ScorecardWeek]:
    return Call(get_current_week.build_request(), parse=model(ScorecardWeek))


def _has_id(raw: Any) -> bool:
    return isinstance(raw, dict) and raw.get(SCORE_ID) is not None


def scores_call(user_id: int | None = None, meeting_id: int | None = None) -> Call[builtins.list[ScorecardItem]]:
    """The scores of a meeting's scorecard, a user's, or (neither given) yours."""
    one_of(user_id, meeting_id)
    if meeting_id is not None:
        request = get_meeting_scorecard.build_request(ident(meeting_id, "meeting_id"))
    elif user_id is None:
        request = get_my_scorecard.build_request()
    else:
        request = get_user_scorecard.build_request(ident(user_id, "user_id"))
    return Call(request, parse=items_of(ScorecardItem, _has_id, key=SCORES))


def list_scores(
    user_id: int | None = None, meeting_id: int | None = None, show_empty: bool = False, week_offset: int | None = None
) -> OperationFlow[builtins.list[ScorecardItem]]:
    """Scores, without empty ones unless `show_empty`; with `week_offset`, only that week's (0: this week)."""
    if week_offset is None:
        items: builtins.list[ScorecardItem] = yield scores_call(user_id, meeting_id)
    else:
        items, week = yield Parallel([scores_call(user_id, meeting_id), current_week_call()])
        items = [i for i in items if i.week_id == week.week_number + week_offset]
    return items if show_empty else [i for i in items if i.value is not None]


class Scorecard(BloomyResource[ClientT]):
    @operation
    def current_week(self) -> Call[ScorecardWeek]:
        return current_week_call()

    @operation
    def list(
        self,
        user_id: int | None = None,
        meeting_id: int | None = None,
        show_empty: bool = False,
        week_offset: int | None = None,
    ) -> OperationFlow[builtins.list[ScorecardItem]]:
        """Scores of a meeting, a user, or (neither given) yours; `week_offset=0` keeps this week's only."""
        return list_scores(
            user_id if meeting_id is not None else self._who(user_id), meeting_id, show_empty, week_offset
        )

    @operation
    def get(
        self, measurable_id: int, user_id: int | None = None, week_offset: int = 0
    ) -> OperationFlow[ScorecardItem | None]:
        """The measurable's item for that week (empty or not), or None."""
        mid = ident(measurable_id, "measurable_id")
        items = yield from list_scores(self._who(user_id), None, True, week_offset)
        return next((i for i in items if i.measurable_id == mid), None)

    @operation
    def score(self, measurable_id: int, score: float, week_offset: int = 0) -> OperationFlow[bool]:
        """Set the measurable's value for this week (`week_offset=-1`: last week's); returns True."""
        mid = ident(measurable_id, "measurable_id")
        week: ScorecardWeek = yield current_week_call()
        body = UpdateScoreRequest(value=score)
        yield Call(update_measurable_score.build_request(mid, week.week_number + week_offset, body=body), parse=nothing)
        return True
