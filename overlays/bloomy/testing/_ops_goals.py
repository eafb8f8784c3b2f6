"""Rocks (goals) and their milestones: create, attach, update, archive and restore, delete."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._core import StateCore, locked
from ._model import Milestone, Rock
from ._ops_items import notes_link
from ._wire import midnight, quarter_bounds

__all__ = ["GoalOps"]


class GoalOps(StateCore):
    @locked
    def create_rock(self, title: str | None, owner: int, meeting_id: int | None = None) -> dict[str, Any]:
        """A rock due at the end of this quarter, in the meeting when one is given."""
        meetings = [] if meeting_id is None else [self._meeting(meeting_id).id]
        now = self.clock()
        rock = Rock(
            id=self.org.new_id("rock", 1234567),
            title=self._title(title),
            owner_id=self._user(owner).id,
            meetings=meetings,
            created=now,
            due=midnight(quarter_bounds(now.date())[1]),
            completion="OnTrack",
        )
        self.org.rocks[rock.id] = rock
        return self.render.rock(rock)

    @locked
    def rock(self, rock_id: int, origins: bool = False) -> dict[str, Any]:
        return self.render.rock(self._rock(rock_id), origins)

    @locked
    def update_rock(
        self, rock_id: int, title: str | None = None, owner: int | None = None, completion: str | None = None
    ) -> None:
        rock = self._rock(rock_id)
        if title is not None:
            rock.title = self._title(title)
        if owner is not None:
            rock.owner_id = self._user(owner).id
        if completion is not None:
            rock.completion = completion

    @locked
    def delete_rock(self, rock_id: int) -> None:
        rock = self._rock(rock_id)
        del self.org.rocks[rock.id]
        for milestone in [m for m in self.org.milestones.values() if m.rock_id == rock.id]:
            del self.org.milestones[milestone.id]

    @locked
    def archive_rock(self, rock_id: int, archived: bool = True) -> None:
        self._rock(rock_id).archived = archived

    @locked
    def rocks_of(self, user_id: int, archived: bool = False, origins: bool = False) -> list[dict[str, Any]]:
        """The user's active rocks, or with `archived=True` the archived ones."""
        self._user(user_id)
        found = [r for r in self.org.rocks.values() if r.owner_id == user_id and r.archived == archived]
        return [self.render.rock(r, origins) for r in sorted(found, key=lambda r: r.id)]

    @locked
    def rock_notes(
        self, rock_id: int, show_controls: bool | None = None, read_only: bool | None = None
    ) -> dict[str, str]:
        return notes_link(f"rock-{self._rock(rock_id).id}", showControls=show_controls, readOnly=read_only)

    # -- milestones --------------------------------------------------------------------------
    @locked
    def milestones(self, rock_id: int) -> list[dict[str, Any]]:
        self._rock(rock_id)
        found = sorted((m for m in self.org.milestones.values() if m.rock_id == rock_id), key=lambda m: (m.due, m.id))
        return [self.render.milestone(m) for m in found]

    @locked
    def add_milestone(self, rock_id: int, title: str | None, due: datetime) -> dict[str, Any]:
        rock = self._rock(rock_id)
        milestone = Milestone(self.org.new_id("milestone", 234567), rock.id, self._title(title), due)
        self.org.milestones[milestone.id] = milestone
        return self.render.milestone(milestone)

    @locked
    def milestone(self, milestone_id: int) -> dict[str, Any]:
        return self.render.milestone(self._milestone(milestone_id))

    @locked
    def update_milestone(
        self, milestone_id: int, title: str | None = None, due: datetime | None = None, done: bool | None = None
    ) -> None:
        milestone = self._milestone(milestone_id)
        if title is not None:
            milestone.title = self._title(title)
        if due is not None:
            milestone.due = due
        if done is not None:
            milestone.done = done

    @locked
    def delete_milestone(self, milestone_id: int) -> None:
        del self.org.milestones[self._milestone(milestone_id).id]
