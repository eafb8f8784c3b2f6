"""Deterministic starting data: Acme Manufacturing's people, chart, teams and four weekly L10 meetings.

Everything is drawn from `random.Random(seed)` and laid out relative to `now`. Jane Cooper (345678) is
always the key's user and Marcus Lee (345690) her peer; the Leadership Team (327249) and Sales Weekly
(327311) meetings keep their ids, the spec's examples; the rest (names of the others, ids, items,
scores) change with the seed.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from . import _catalog as cat
from ._model import Meeting, Org, Position, Role, Seat, Team, User
from ._seed_items import seed_items

__all__ = ["DEFAULT_PASSWORD", "generate"]

DEFAULT_PASSWORD = "correct-horse-battery"
PLACEHOLDER_IMAGE = "/i/userplaceholder"
DEFAULT_IMAGE = "https://app.bloomgrowth.com/i/userplaceholder"
PLACEHOLDERS = {"ae3": "AE Hire (Q4)", "buyer": "Supply Chain Manager (open req)"}


def generate(seed: int, now: datetime) -> Org:
    now = now.astimezone(UTC)
    rng = random.Random(f"bloomy-sandbox:{seed}")
    org = Org(id=cat.ORG_ID, name=cat.ORG_NAME, me=cat.ME[1], rng=rng)
    founded = now - timedelta(days=900 + rng.randrange(200))
    holders = _people(org, rng, founded)
    _chart(org, holders, founded)
    _teams(org, holders)
    _meetings(org, holders, now)
    seed_items(org, now)
    org.passwords[org.users[org.me].email] = DEFAULT_PASSWORD
    return org


def _email(name: str) -> str:
    first, _, last = name.lower().partition(" ")
    return f"{first}.{last.replace(' ', '')}@{cat.DOMAIN}"


def _people(org: Org, rng: random.Random, founded: datetime) -> dict[str, int | None]:
    """Users for the chart's seats (chart key -> user id; None for an open seat)."""
    others = rng.sample(cat.PEOPLE, 13)
    holders: dict[str, int | None] = {}
    org.next_ids["user"] = 345699
    for key, _, _, holder in cat.CHART:
        joined = founded + timedelta(days=rng.randrange(0, 600), hours=rng.randrange(8, 18))
        if holder == "open":
            holders[key] = None
            continue
        if holder in ("me", "marcus"):
            name, ident = cat.ME if holder == "me" else cat.MARCUS
            image: str | None = (
                DEFAULT_IMAGE if holder == "me" else f"https://s3.amazonaws.com/profile-images/{ident}.png"
            )
            org.users[ident] = User(ident, name, _email(name), image, founded + timedelta(days=3))
        elif holder == "placeholder":
            ident = org.new_id("user", 345700)
            org.users[ident] = User(ident, PLACEHOLDERS[key], "", PLACEHOLDER_IMAGE, joined, placeholder=True)
        else:
            ident = org.new_id("user", 345700)
            name = others.pop()
            roll = rng.random()
            image = (
                None
                if roll < 0.08
                else DEFAULT_IMAGE
                if roll < 0.4
                else f"https://s3.amazonaws.com/profile-images/{ident}.png"
            )
            org.users[ident] = User(ident, name, _email(name), image, joined)
        holders[key] = ident
    return holders


def _chart(org: Org, holders: dict[str, int | None], founded: datetime) -> None:
    """Positions (one per title; the SDR's has no name), their roles, and a seat per chart entry."""
    by_title: dict[str | None, int] = {}
    seat_of: dict[str, int] = {}
    for ordering, (key, title, parent, _) in enumerate(cat.CHART):
        if title not in by_title or title is None:
            pid = org.new_id("position", 223344)
            org.positions[pid] = Position(pid, title, founded + timedelta(days=ordering))
            by_title[title] = pid
            for index, role in enumerate(cat.ROLES.get(title or "", [])):
                rid = org.new_id("role", 334455)
                org.roles[rid] = Role(rid, pid, role, index, founded + timedelta(days=ordering, hours=index))
        sid = org.new_id("seat", 112233)
        parent_id = None if parent is None else seat_of[parent]
        org.seats[sid] = Seat(sid, parent_id, by_title[title], holders[key], org.new_id("group", 667788), ordering)
        seat_of[key] = sid


def _teams(org: Org, holders: dict[str, int | None]) -> None:
    for name, keys in cat.TEAMS:
        members = [u for u in (holders[k] for k in keys) if u is not None]
        tid = org.new_id("team", 445566)
        org.teams[tid] = Team(tid, name, members[0], "Standard", members)
    everyone = [u.id for u in org.users.values() if not u.placeholder]
    tid = org.new_id("team", 445566)
    org.teams[tid] = Team(tid, "All Members", None, "AllMembers", everyone)


def _meetings(org: Org, holders: dict[str, int | None], now: datetime) -> None:
    rng = org.rng
    org.next_ids["meeting"] = 327311
    for index, (name, fixed, team_type, keys) in enumerate(cat.MEETINGS):
        attendees = [u for u in (holders[k] for k in keys) if u is not None]
        ident = fixed if fixed is not None else org.new_id("meeting", 327312)
        created = now - timedelta(days=400 + 60 * (3 - index) + rng.randrange(30), hours=rng.randrange(24))
        meeting = Meeting(
            id=ident,
            name=name,
            team_type=team_type,
            created=created,
            creator_id=attendees[0],
            attendees=attendees,
            vto_id=org.new_id("vto", 889900),
            notes_id=org.new_id("notes", 556677),
        )
        if name.startswith("Operations"):  # a meeting under way right now
            meeting.started = (now - timedelta(minutes=20 + rng.randrange(20))).replace(microsecond=0)
        org.meetings[ident] = meeting
