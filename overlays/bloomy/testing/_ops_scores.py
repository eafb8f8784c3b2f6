"""Measurables, their weekly scores, scorecards of users and meetings, and the current week."""

from __future__ import annotations

from typing import Any

from ._core import StateCore, locked
from ._errors import bad_request
from ._model import Measurable, Score
from ._seed_items import SCORE_WEEKS
from ._wire import WEEK_MAX, WEEK_MIN

__all__ = ["ScoreOps"]


class ScoreOps(StateCore):
    @locked
    def week(self) -> dict[str, Any]:
        current = self.current_week()
        return self.render.week(current, current)

    def _weeks(self, measurables: list[Measurable]) -> list[int]:
        """The last 13 weeks, and any later week someone already wrote a score for."""
        current = self.current_week()
        wanted = {m.id for m in measurables}
        ahead = {s.week for s in self.org.scores.values() if s.measurable_id in wanted and s.week > current}
        return list(range(current - SCORE_WEEKS + 1, current + 1)) + sorted(ahead)

    # -- measurables -------------------------------------------------------------------------
    @locked
    def create_measurable(
        self,
        name: str | None,
        owner: int,
        direction: str | None = None,
        target: float | None = None,
        unit: str | None = None,
    ) -> dict[str, Any]:
        measurable = Measurable(
            id=self.org.new_id("measurable", 456789),
            name=self._title(name, "name"),
            owner_id=self._user(owner).id,
            admin_id=self.me,
            target=target,
            direction=direction or "GreaterThan",
            unit=unit or "None",
            meetings=[],
            created=self.clock(),
            ordering=len(self.org.measurables),
        )
        self.org.measurables[measurable.id] = measurable
        return self.render.measurable(measurable)

    @locked
    def measurable(self, measurable_id: int, origins: bool = False) -> dict[str, Any]:
        return self.render.measurable(self._measurable(measurable_id), origins)

    @locked
    def update_measurable(
        self,
        measurable_id: int,
        name: str | None = None,
        direction: str | None = None,
        target: float | None = None,
        unit: str | None = None,
        alt_target: float | None = None,
    ) -> None:
        measurable = self._measurable(measurable_id)
        if name is not None:
            measurable.name = self._title(name, "name")
        if direction is not None:
            measurable.direction = direction
        if target is not None:
            measurable.target = target
        if unit is not None:
            measurable.unit = unit
        if alt_target is not None:
            measurable.alt_target = alt_target

    @locked
    def measurables_of(self, user_id: int, origins: bool = False) -> list[dict[str, Any]]:
        self._user(user_id)
        found = [m for m in self.org.measurables.values() if m.owner_id == user_id and not m.divider]
        return [self.render.measurable(m, origins) for m in sorted(found, key=lambda m: (m.ordering, m.id))]

    # -- scores ------------------------------------------------------------------------------
    @locked
    def measurable_scores(self, measurable_id: int) -> list[dict[str, Any]]:
        """Every score row of the measurable, oldest week first (a row with no value has `Measured: null`)."""
        self._measurable(measurable_id)
        found = sorted((s for s in self.org.scores.values() if s.measurable_id == measurable_id), key=lambda s: s.week)
        return [self.render.score(s) for s in found]

    @locked
    def set_week_score(self, measurable_id: int, week: int, value: float | None) -> None:
        """Write (or with None clear) the measurable's value for week number `week`.

        A week whose dates .NET's `DateTime` cannot hold (before year 1, after 9999) is the 400 of a
        failed binding: stored, it would break every scorecard that lists its weeks.
        """
        measurable = self._measurable(measurable_id)
        if not WEEK_MIN <= week <= WEEK_MAX:
            raise bad_request(f"weekId: {week} is not a week between {WEEK_MIN} and {WEEK_MAX}.")
        score = next((s for s in self.org.scores.values() if s.measurable_id == measurable.id and s.week == week), None)
        if score is None:
            score = Score(self.org.new_id("score", 55667788), measurable.id, week, None, None)
            self.org.scores[score.id] = score
        self._write(score, value)

    def _write(self, score: Score, value: float | None) -> None:
        score.value = value
        score.entered = None if value is None else self.clock()

    @locked
    def score(self, score_id: int) -> dict[str, Any]:
        return self.render.score(self._score(score_id))

    @locked
    def update_score(self, score_id: int, value: float | None) -> None:
        self._write(self._score(score_id), value)

    # -- scorecards --------------------------------------------------------------------------
    @locked
    def user_scorecard(self, user_id: int) -> dict[str, Any]:
        """The user's measurables with the last 13 weeks of scores (empty weeks included, `Measured: null`)."""
        self._user(user_id)
        found = [m for m in self.org.measurables.values() if m.owner_id == user_id and not m.divider]
        return self.render.scorecard(user_id, found, self._weeks(found), self.current_week())

    @locked
    def meeting_scorecard(self, meeting_id: int) -> dict[str, Any]:
        meeting = self._meeting(meeting_id)
        found = [m for m in self.org.measurables.values() if meeting.id in m.meetings]
        return self.render.scorecard(meeting.id, found, self._weeks(found), self.current_week())
