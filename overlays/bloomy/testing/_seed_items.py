"""What the seeded meetings hold: to-dos, issues, headlines, rocks with milestones, measurables with 13 weeks
of scores. Laid out so every meeting has open, overdue, completed and closed to-dos, solved and long-term
issues, archived headlines and rocks, and a few gaps and nulls the real API sends too."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from . import _catalog as cat
from ._model import Headline, Issue, Measurable, Meeting, Milestone, Org, Rock, Score, Todo
from ._wire import midnight, quarter_bounds, week_number, week_sunday

__all__ = ["SCORE_WEEKS", "seed_items"]

SCORE_WEEKS = 13


def seed_items(org: Org, now: datetime) -> None:
    rng = org.rng
    for meeting in org.meetings.values():
        _todos(org, rng, meeting, now)
        _issues(org, rng, meeting, now)
        _headlines(org, rng, meeting, now)
    _personal_todos(org, rng, now)
    _rocks(org, rng, now)
    _measurables(org, rng, now)


def _moment(rng: random.Random, now: datetime, days_ago: int) -> datetime:
    """A business-hours moment `days_ago` days before now, with .NET's sub-second noise (never in the future)."""
    day = (now - timedelta(days=days_ago)).date()
    moment = datetime.combine(day, time(rng.randrange(8, 18), rng.randrange(60), rng.randrange(60)), UTC)
    moment += timedelta(microseconds=rng.choice([0, 0, rng.randrange(1000) * 1000, rng.randrange(1_000_000)]))
    return min(moment, now - timedelta(minutes=5))


def _todos(org: Org, rng: random.Random, meeting: Meeting, now: datetime) -> None:
    titles = rng.sample(cat.TODOS, 12)
    for ordering in range(rng.randint(8, 12)):
        created = _moment(rng, now, rng.randrange(1, 21))
        todo = Todo(
            id=org.new_id("todo", 9876543),
            title=titles[ordering],
            owner_id=rng.choice(meeting.attendees),
            meeting_id=meeting.id,
            created=created,
            due=midnight(created.date() + timedelta(days=7)),
            ordering=ordering,
            pad=rng.random() > 0.1,
        )
        assert todo.due is not None
        if rng.random() < (0.6 if todo.due < now else 0.2):
            todo.completed = min(created + timedelta(days=rng.randrange(1, 9), hours=rng.randrange(8)), now)
            if todo.completed < now - timedelta(days=10):  # concluded at a meeting since
                todo.closed = todo.completed + timedelta(days=rng.randrange(1, 4))
        org.todos[todo.id] = todo
    _make_variety(org, meeting, now)


def _make_variety(org: Org, meeting: Meeting, now: datetime) -> None:
    """Each meeting has an overdue to-do (Jane's where she attends), a completed open one and a closed one."""
    todos = [t for t in org.todos.values() if t.meeting_id == meeting.id]
    overdue, done, closed = todos[0], todos[1], todos[2]
    if org.me in meeting.attendees:
        overdue.owner_id = org.me
    overdue.created, overdue.due, overdue.completed, overdue.closed = (
        now - timedelta(days=12, hours=3),
        midnight((now - timedelta(days=5)).date()),
        None,
        None,
    )
    done.completed, done.closed = now - timedelta(days=1, hours=2), None
    closed.created, closed.due = now - timedelta(days=24, hours=5), midnight((now - timedelta(days=17)).date())
    closed.completed, closed.closed = now - timedelta(days=18), now - timedelta(days=14)


def _personal_todos(org: Org, rng: random.Random, now: datetime) -> None:
    people = [u.id for u in org.users.values() if not u.placeholder and u.id != org.me]
    for owner in [org.me, org.me, org.me, *rng.sample(people, 5)]:
        created = _moment(rng, now, rng.randrange(0, 20))
        todo = Todo(
            id=org.new_id("todo", 9876543),
            title=rng.choice(cat.TODOS),
            owner_id=owner,
            meeting_id=None,
            created=created,
            due=None if rng.random() < 0.15 else midnight(created.date() + timedelta(days=rng.randrange(3, 15))),
            notes=rng.choice(["", "", "Check with finance first."]),
        )
        if rng.random() < 0.3:
            todo.completed = min(created + timedelta(days=2), now)
        org.todos[todo.id] = todo


def _issues(org: Org, rng: random.Random, meeting: Meeting, now: datetime) -> None:
    titles = rng.sample(cat.ISSUES, 8)
    for ordering in range(rng.randint(5, 8)):
        created = _moment(rng, now, rng.randrange(1, 45))
        issue = Issue(
            id=org.new_id("issue", 8765432),
            title=titles[ordering],
            owner_id=rng.choice(meeting.attendees),
            meeting_id=meeting.id,
            created=created,
            ordering=ordering,
            notes=rng.choice(["", "Discussed briefly last week.", "See the attached numbers."]),
        )
        if ordering == 1 or (ordering > 3 and rng.random() < 0.3):
            issue.closed = min(created + timedelta(days=rng.randrange(1, 10)), now - timedelta(hours=1))
        elif ordering == 2:
            issue.compartment = "LongTerm"
        org.issues[issue.id] = issue
    if meeting.team_type == "LeadershipTeam":  # raised by someone who has left: no owner any more
        first = next(i for i in org.issues.values() if i.meeting_id == meeting.id and i.closed is None)
        first.owner_id = None
        if org.me in meeting.attendees:
            next(i for i in org.issues.values() if i.meeting_id == meeting.id and i.ordering == 3).owner_id = org.me


def _headlines(org: Org, rng: random.Random, meeting: Meeting, now: datetime) -> None:
    people = [u.id for u in org.users.values() if not u.placeholder]
    for index in range(rng.randint(2, 4)):
        created = _moment(rng, now, rng.randrange(1, 30))
        headline = Headline(
            id=org.new_id("headline", 765432),
            title=rng.choice(cat.HEADLINES),
            owner_id=org.me if index == 0 and org.me in meeting.attendees else rng.choice(meeting.attendees),
            meeting_id=meeting.id,
            created=created,
            about_id=rng.choice(people) if rng.random() < 0.5 else None,
        )
        if index == 1:
            headline.created = now - timedelta(days=20)
            headline.closed = now - timedelta(days=13)
        org.headlines[headline.id] = headline


def _rocks(org: Org, rng: random.Random, now: datetime) -> None:
    start, end = quarter_bounds(now.date())
    last_start, last_end = quarter_bounds(start - timedelta(days=1))
    leadership = next(m for m in org.meetings.values() if m.team_type == "LeadershipTeam")
    for meeting in org.meetings.values():
        for owner in meeting.attendees:
            if owner in leadership.attendees and meeting is leadership and owner != org.me:
                continue  # leaders' rocks come from their departments, shared with leadership below
            for _ in range(2 if owner == org.me else 1):
                meetings = [meeting.id]
                if owner in leadership.attendees and meeting is not leadership:
                    meetings.append(leadership.id)
                _rock(org, rng, owner, meetings, start, end, now)
    for owner in [org.me, *rng.sample(leadership.attendees, 4)]:
        rock = _rock(org, rng, owner, [leadership.id], last_start, last_end, now)
        rock.archived, rock.completion = True, rng.choice(["Complete", "Complete", "AtRisk"])


def _rock(org: Org, rng: random.Random, owner: int, meetings: list[int], start: date, end: date, now: datetime) -> Rock:
    created = min(datetime.combine(start + timedelta(days=rng.randrange(0, 6)), time(9, 30), UTC), now)
    rock = Rock(
        id=org.new_id("rock", 1234567),
        title=rng.choice(cat.ROCKS),
        owner_id=owner,
        meetings=meetings,
        created=created,
        due=midnight(end),
        completion=rng.choices(["OnTrack", "AtRisk", "Complete", "Indeterminate"], [50, 25, 15, 10])[0],
    )
    org.rocks[rock.id] = rock
    span = max((end - start).days, 1)
    for title in rng.sample(cat.MILESTONES, rng.randrange(0, 4)):
        due = midnight(start + timedelta(days=rng.randrange(5, span)))
        mid = org.new_id("milestone", 234567)
        org.milestones[mid] = Milestone(mid, rock.id, title, due, done=due < now and rng.random() < 0.8)
    return rock


def _measurables(org: Org, rng: random.Random, now: datetime) -> None:
    current = week_number(now.date())
    revenue, *pool = cat.MEASURABLES
    rng.shuffle(pool)
    by_owner: dict[tuple[int, str], Measurable] = {}
    hers = [m for m in org.meetings.values() if org.me in m.attendees]  # Jane's revenue, in both her meetings
    jane = _measurable(org, rng, revenue, org.me, hers, 0)
    by_owner[(org.me, jane.name)] = jane
    _scores(org, rng, jane, revenue[4], revenue[5], current, now)
    for meeting in org.meetings.values():
        for ordering in range(rng.randint(3, 4)):
            entry = pool[(ordering + meeting.id) % len(pool)]
            owner = rng.choice(meeting.attendees)
            key = (owner, entry[0])
            if key in by_owner:  # the same person's metric, shown in a second meeting
                by_owner[key].meetings.append(meeting.id)
                continue
            by_owner[key] = measurable = _measurable(org, rng, entry, owner, [meeting], ordering + 1)
            _scores(org, rng, measurable, entry[4], entry[5], current, now)
        if meeting.team_type == "LeadershipTeam":
            divider = Measurable(
                org.new_id("measurable", 456789), "", meeting.creator_id, meeting.creator_id, None, "GreaterThan",
                "None", [meeting.id], meeting.created, ordering=9, divider=True,
            )  # fmt: skip
            org.measurables[divider.id] = divider
    untargeted = rng.choice([m for m in org.measurables.values() if not m.divider and m.owner_id != org.me])
    untargeted.target = None


def _measurable(
    org: Org,
    rng: random.Random,
    entry: tuple[str, str, str, float, int, int],
    owner: int,
    meetings: list[Meeting],
    ordering: int,
) -> Measurable:
    name, direction, unit, target, _, _ = entry
    measurable = Measurable(
        id=org.new_id("measurable", 456789),
        name=name,
        owner_id=owner,
        admin_id=meetings[0].creator_id,
        target=target,
        direction=direction,
        unit=unit,
        meetings=[m.id for m in meetings],
        created=meetings[0].created + timedelta(days=rng.randrange(1, 60)),
        ordering=ordering,
        alt_target=target + 3 if direction == "Between" else None,
    )
    org.measurables[measurable.id] = measurable
    return measurable


def _scores(
    org: Org, rng: random.Random, measurable: Measurable, low: int, high: int, current: int, now: datetime
) -> None:
    for week in range(current - SCORE_WEEKS + 1, current + 1):
        value: float | None = float(rng.randint(low, high))
        if (week == current and rng.random() < 0.5) or (week < current and rng.random() < 0.08):
            value = None
        if measurable.owner_id == org.me and week == current - 1:
            value = float(rng.randint(low, high))
        sunday = week_sunday(week)
        entered = datetime.combine(sunday - timedelta(days=rng.randrange(0, 3)), time(rng.randrange(9, 18)), UTC)
        sid = org.new_id("score", 55667788)
        org.scores[sid] = Score(sid, measurable.id, week, value, None if value is None else min(entered, now))
