"""What every part of the state shares: the organisation, one lock, a clock, lookups that 404."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import ParamSpec, TypeVar, cast

from ._errors import bad_request, not_found
from ._model import (
    Headline,
    Issue,
    Measurable,
    Meeting,
    Milestone,
    Org,
    Position,
    Rock,
    Role,
    Score,
    Seat,
    Team,
    Todo,
    User,
)
from ._render import Renderer
from ._wire import week_number

__all__ = ["StateCore", "locked"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def locked(method: Callable[P, R]) -> Callable[P, R]:
    """Run the method holding the state's lock (the server thread writes while a test reads)."""

    @functools.wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with cast("StateCore", args[0]).lock:
            return method(*args, **kwargs)

    return run


class StateCore:
    """The organisation and its lock; time flows on from `now` as it does on the wall clock."""

    def __init__(self, org: Org, now: datetime) -> None:
        self.org = org
        self.lock = threading.RLock()
        self.render = Renderer(org)
        self._anchor = now.astimezone(UTC)
        self._started = time.monotonic()

    def clock(self) -> datetime:
        return self._anchor + timedelta(seconds=time.monotonic() - self._started)

    @property
    def me(self) -> int:
        """The user the sandbox's API key belongs to (Jane Cooper)."""
        return self.org.me

    def current_week(self) -> int:
        return week_number(self.clock().date())

    # -- lookups (404 when absent) -----------------------------------------------------------
    def _get(self, table: dict[int, T], kind: str, ident: int) -> T:
        found = table.get(ident)
        if found is None:
            raise not_found(kind, ident)
        return found

    def _user(self, ident: int) -> User:
        return self._get(self.org.users, "User", ident)

    def _meeting(self, ident: int) -> Meeting:
        return self._get(self.org.meetings, "L10 meeting", ident)

    def _todo(self, ident: int) -> Todo:
        return self._get(self.org.todos, "To-do", ident)

    def _issue(self, ident: int) -> Issue:
        return self._get(self.org.issues, "Issue", ident)

    def _headline(self, ident: int) -> Headline:
        return self._get(self.org.headlines, "Headline", ident)

    def _rock(self, ident: int) -> Rock:
        return self._get(self.org.rocks, "Rock", ident)

    def _milestone(self, ident: int) -> Milestone:
        return self._get(self.org.milestones, "Milestone", ident)

    def _measurable(self, ident: int) -> Measurable:
        return self._get(self.org.measurables, "Measurable", ident)

    def _score(self, ident: int) -> Score:
        return self._get(self.org.scores, "Score", ident)

    def _seat(self, ident: int) -> Seat:
        return self._get(self.org.seats, "Seat", ident)

    def _position(self, ident: int) -> Position:
        return self._get(self.org.positions, "Position", ident)

    def _role(self, ident: int) -> Role:
        return self._get(self.org.roles, "Role", ident)

    def _team(self, ident: int) -> Team:
        return self._get(self.org.teams, "Team", ident)

    def owner_or(self, ident: int | None, default: int) -> int:
        """An owner id from a body (default: the caller), which must be a user of the organisation."""
        if ident is None:
            return default
        return self._user(ident).id

    @staticmethod
    def _title(value: str | None, field: str = "title") -> str:
        if value is None or not value.strip():
            raise bad_request(f"{field} is required.")
        return value.strip()
