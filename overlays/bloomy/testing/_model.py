"""The emulator's records: one organisation's people, chart, meetings and everything attached to them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

__all__ = [
    "Headline",
    "Issue",
    "Measurable",
    "Meeting",
    "Milestone",
    "Org",
    "Position",
    "Rock",
    "Role",
    "Score",
    "Seat",
    "Team",
    "Todo",
    "User",
]

Compartment = Literal["ShortTerm", "LongTerm"]


@dataclass
class User:
    id: int
    name: str
    email: str
    image_url: str | None
    created: datetime
    placeholder: bool = False


@dataclass
class Position:
    id: int
    name: str | None
    created: datetime


@dataclass
class Role:
    id: int
    position_id: int
    name: str
    ordering: int
    created: datetime


@dataclass
class Seat:
    id: int
    parent_id: int | None
    position_id: int | None
    user_id: int | None
    group_id: int
    ordering: int = 0


@dataclass
class Team:
    id: int
    name: str
    managed_by: int | None
    team_type: str = "Standard"
    members: list[int] = field(default_factory=list)


@dataclass
class Meeting:
    id: int
    name: str
    team_type: str
    created: datetime
    creator_id: int
    attendees: list[int]
    vto_id: int
    notes_id: int
    started: datetime | None = None
    headline_type: str = "HeadlinesList"
    prioritization: str = "Priority"


@dataclass
class Todo:
    id: int
    title: str
    owner_id: int
    meeting_id: int | None
    created: datetime
    due: datetime | None
    completed: datetime | None = None
    closed: datetime | None = None
    ordering: int = 0
    notes: str = ""
    pad: bool = True  # old to-dos have no notes pad (`DetailsUrl: null`)

    @property
    def kind(self) -> str:
        return "Personal" if self.meeting_id is None else "L10"


@dataclass
class Issue:
    id: int
    title: str
    owner_id: int | None
    meeting_id: int
    created: datetime
    closed: datetime | None = None
    compartment: Compartment = "ShortTerm"
    archived: bool = False
    notes: str = ""
    ordering: int = 0


@dataclass
class Headline:
    id: int
    title: str
    owner_id: int
    meeting_id: int
    created: datetime
    closed: datetime | None = None
    about_id: int | None = None
    notes: str = ""


@dataclass
class Rock:
    id: int
    title: str
    owner_id: int
    meetings: list[int]
    created: datetime
    due: datetime
    completion: str = "OnTrack"
    archived: bool = False
    notes: str = ""

    @property
    def complete(self) -> bool:
        return self.completion == "Complete"


@dataclass
class Milestone:
    id: int
    rock_id: int
    title: str
    due: datetime
    done: bool = False


@dataclass
class Measurable:
    id: int
    name: str
    owner_id: int
    admin_id: int
    target: float | None
    direction: str
    unit: str
    meetings: list[int]
    created: datetime
    ordering: int = 0
    alt_target: float | None = None
    divider: bool = False


@dataclass
class Score:
    id: int
    measurable_id: int
    week: int
    value: float | None
    entered: datetime | None


@dataclass
class Org:
    """Everything the sandbox holds, by id; `new_id` hands out ids the way Bloom's do (growing, with gaps)."""

    id: int
    name: str
    me: int
    rng: random.Random
    users: dict[int, User] = field(default_factory=dict)
    positions: dict[int, Position] = field(default_factory=dict)
    roles: dict[int, Role] = field(default_factory=dict)
    seats: dict[int, Seat] = field(default_factory=dict)
    teams: dict[int, Team] = field(default_factory=dict)
    meetings: dict[int, Meeting] = field(default_factory=dict)
    todos: dict[int, Todo] = field(default_factory=dict)
    issues: dict[int, Issue] = field(default_factory=dict)
    headlines: dict[int, Headline] = field(default_factory=dict)
    rocks: dict[int, Rock] = field(default_factory=dict)
    milestones: dict[int, Milestone] = field(default_factory=dict)
    measurables: dict[int, Measurable] = field(default_factory=dict)
    scores: dict[int, Score] = field(default_factory=dict)
    quarters: dict[int, tuple[str, datetime, int]] = field(default_factory=dict)
    passwords: dict[str, str] = field(default_factory=dict)
    next_ids: dict[str, int] = field(default_factory=dict)

    def new_id(self, kind: str, base: int) -> int:
        """The next id of `kind` (the first one is `base`), a few steps after the last: other orgs share the range."""
        current = self.next_ids.get(kind, base - 1)
        ident = current + 1 + self.rng.randrange(0, 9)
        self.next_ids[kind] = ident
        return ident
