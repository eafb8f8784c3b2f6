"""Each method of each resource sends the requests bloomy-python's does (paths, queries, bodies) and returns
its model; sync and async alike. With no user id, the caller's `mine` routes are used (no lookup request)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

import bloomy
from bloomy import GoalStatus, ValidationError
from tests.bloomy._run import KINDS, run
from tests.bloomy._server import BloomServer
from tests.flaky_server import Reply

V = "/api/v1/"
Sent = tuple[str, str, dict[str, list[str]] | None, Any]  # method, path, query (None: any), JSON body


def req(method: str, path: str, query: dict[str, str] | None = None, body: Any = None) -> Sent:
    return method, V + path, {k: [v] for k, v in (query or {}).items()}, body


CASES: list[tuple[str, Callable[[Any], Any], list[Sent], Callable[[Any], bool]]] = [
    ("user.details", lambda c: c.user.details(), [req("GET", "users/mine")], lambda r: r.name == "Jane Cooper"),
    (
        "user.details(all)",
        lambda c: c.user.details(7, include_all=True),
        [req("GET", "users/7"), req("GET", "users/7/directreports"), req("GET", "users/7/seats")],
        lambda r: r.direct_reports[0].name == "Marcus Lee" and r.positions[0].name == "VP of Sales",
    ),
    ("user.direct_reports", lambda c: c.user.direct_reports(), [req("GET", "users/minedirectreports")], bool),
    ("user.positions", lambda c: c.user.positions(), [req("GET", "seats/user/mine")], lambda r: r[0].id == 223344),
    (
        "user.search",
        lambda c: c.user.search("jan"),
        [req("GET", "search/user", {"term": "jan"})],
        lambda r: len(r) == 2,
    ),
    ("user.list", lambda c: c.user.list(), [req("GET", "search/all", {"term": "%"})], lambda r: len(r) == 1),
    (
        "user.list(placeholders)",
        lambda c: c.user.list(include_placeholders=True),
        [req("GET", "search/all", {"term": "%"})],
        lambda r: [u.name for u in r] == ["Jane Cooper"],  # the team in the example is not a user
    ),
    ("meeting.list", lambda c: c.meeting.list(), [req("GET", "L10/list")], lambda r: r[0].key == "NameId_327249"),
    ("meeting.list(user)", lambda c: c.meeting.list(user_id=0), [req("GET", "L10/0/list")], bool),
    ("meeting.attendees", lambda c: c.meeting.attendees(9), [req("GET", "L10/9/attendees")], lambda r: r[1].user_id),
    (
        "meeting.issues",
        lambda c: c.meeting.issues(9, include_closed=True),
        [req("GET", "L10/9/issues", {"include_resolved": "true"})],
        lambda r: r[0].meeting_id == 9 and r[0].owner_name == "Jane Cooper",
    ),
    ("meeting.todos", lambda c: c.meeting.todos(9), [req("GET", "L10/9/todos", {"INCLUDE_CLOSED": "false"})], bool),
    ("meeting.metrics", lambda c: c.meeting.metrics(9), [req("GET", "L10/9/measurables")], lambda r: r[0].target),
    (
        "meeting.create",
        lambda c: c.meeting.create("Weekly", attendees=[5, 6]),
        [
            req("POST", "L10/create", body={"title": "Weekly", "addSelf": True}),
            req("POST", "L10/327355/attendees/5"),
            req("POST", "L10/327355/attendees/6"),
        ],
        lambda r: r == {"meeting_id": 327355, "title": "Weekly", "attendees": [5, 6]},
    ),
    ("meeting.delete", lambda c: c.meeting.delete(9), [req("DELETE", "L10/9")], lambda r: r is True),
    ("todo.list", lambda c: c.todo.list(), [req("GET", "todo/users/mine")], lambda r: len(r) == 2),
    ("todo.list(user)", lambda c: c.todo.list(user_id=7), [req("GET", "todo/user/7")], bool),
    ("todo.list(meeting)", lambda c: c.todo.list(meeting_id=9), [req("GET", "L10/9/todos")], bool),
    ("todo.details", lambda c: c.todo.details(5), [req("GET", "todo/5")], lambda r: r.id == 9876543),
    (
        "todo.create(personal)",
        lambda c: c.todo.create("Call Bob"),
        [req("POST", "todo/create", body={"title": "Call Bob"})],
        lambda r: r.meeting_id is None and r.name == "Book the offsite venue",
    ),
    (
        "todo.create(meeting)",
        lambda c: c.todo.create("Call Bob", meeting_id=9, due_date=date(2024, 12, 31), user_id=7, notes="n"),
        [
            req(
                "POST",
                "L10/9/todos",
                body={"title": "Call Bob", "accountableUserId": 7, "notes": "n", "dueDate": "2024-12-31"},
            )
        ],
        lambda r: r.complete is False,
    ),
    (
        "todo.complete",
        lambda c: c.todo.complete(5),
        [req("POST", "todo/5/complete", {"status": "true"}), req("GET", "todo/5")],
        lambda r: r.id == 9876543,
    ),
    (
        "todo.update",
        lambda c: c.todo.update(5, due_date="2025-01-31"),
        [req("PUT", "todo/5", body={"dueDate": "2025-01-31"}), req("GET", "todo/5")],
        bool,
    ),
    (
        "goal.list",
        lambda c: c.goal.list(),
        [req("GET", "rocks/user/mine", {"include_origin": "true"})],
        lambda r: r[0].meeting_title == "Leadership Team L10" and r[0].status == "Incomplete",
    ),
    (
        "goal.list(archived)",
        lambda c: c.goal.list(user_id=7, archived=True),
        [req("GET", "rocks/user/7", {"include_origin": "true"}), req("GET", "archivedrocks/user/7")],
        lambda r: r.active[0].id and r.archived[0].status == "Complete",
    ),
    ("goal.details", lambda c: c.goal.details(3), [req("GET", "rocks/3", {"include_origin": "true"})], bool),
    (
        "goal.create",
        lambda c: c.goal.create("Ship it", 9, user_id=7),
        [req("POST", "L10/9/rocks", body={"title": "Ship it", "accountableUserId": 7})],
        lambda r: r.status == "on" and r.user_name == "Jane Cooper",
    ),
    (
        "goal.update",
        lambda c: c.goal.update(3, status=GoalStatus.COMPLETE),
        [req("PUT", "rocks/3", body={"completion": "Complete"}), req("GET", "rocks/3", {"include_origin": "true"})],
        bool,
    ),
    (
        "goal.update(title keeps owner)",
        lambda c: c.goal.update(3, title="New", status="OFF"),
        [
            req("PUT", "rocks/3", body={"title": "New", "completion": "AtRisk"}),
            req("GET", "rocks/3", {"include_origin": "true"}),
        ],
        bool,
    ),
    ("goal.delete", lambda c: c.goal.delete(3), [req("DELETE", "rocks/3")], lambda r: r is None),
    ("goal.archive", lambda c: c.goal.archive(3), [req("PUT", "rocks/3/archive")], lambda r: r is None),
    ("goal.restore", lambda c: c.goal.restore(3), [req("PUT", "rocks/3/restore")], lambda r: r is None),
    (
        "headline.create",
        lambda c: c.headline.create(9, "Won", owner_id=7, notes="n"),
        [req("POST", "L10/9/headlines", body={"title": "Won", "ownerId": 7, "notes": "n"})],
        lambda r: r.owner_details.id == 345678 and r.notes_url,
    ),
    (
        "headline.details",
        lambda c: c.headline.details(2),
        [req("GET", "headline/2", {"Include_Origin": "true"})],
        lambda r: r.meeting_details.id == 327249 and r.meeting_details.title == "Leadership Team L10",
    ),
    (
        "headline.list",
        lambda c: c.headline.list(),
        [req("GET", "headline/users/mine", {"Include_Origin": "true"})],
        bool,
    ),
    ("headline.list(meeting)", lambda c: c.headline.list(meeting_id=9), [req("GET", "L10/9/headlines")], bool),
    (
        "headline.update",
        lambda c: c.headline.update(2, "Renamed"),
        [req("PUT", "headline/2", body={"title": "Renamed"}), req("GET", "headline/2", {"Include_Origin": "true"})],
        bool,
    ),
    ("headline.delete", lambda c: c.headline.delete(2), [req("DELETE", "headline/2")], lambda r: r is None),
    ("issue.details", lambda c: c.issue.details(4), [req("GET", "issues/4")], lambda r: r.user_name == "Jane Cooper"),
    ("issue.list", lambda c: c.issue.list(), [req("GET", "issues/users/mine")], bool),
    ("issue.list(user)", lambda c: c.issue.list(user_id=7), [req("GET", "issues/users/7")], bool),
    ("issue.list(meeting)", lambda c: c.issue.list(meeting_id=9), [req("GET", "L10/9/issues")], bool),
    (
        "issue.create",
        lambda c: c.issue.create(9, "Churn", user_id=7, notes="n"),
        [req("POST", "issues/create", body={"meetingId": 9, "title": "Churn", "ownerId": 7, "notes": "n"})],
        lambda r: r.user_id == 345678 and r.meeting_title == "Leadership Team L10",
    ),
    (
        "issue.complete",
        lambda c: c.issue.complete(4),
        [req("POST", "issues/4/complete", body={"complete": True}), req("GET", "issues/4")],
        bool,
    ),
    (
        "issue.update",
        lambda c: c.issue.update(4, notes="more"),
        [req("PUT", "issues/4", body={"notes": "more"}), req("GET", "issues/4")],
        bool,
    ),
    ("issue.delete", lambda c: c.issue.delete(4, meeting_id=9), [req("DELETE", "L10/9/issues/4")], lambda r: r is None),
    ("scorecard.current_week", lambda c: c.scorecard.current_week(), [req("GET", "weeks/current")], bool),
    (
        "scorecard.list",
        lambda c: c.scorecard.list(),
        [req("GET", "scorecard/user/mine")],
        lambda r: r[0].value == 95000 and r[0].week_id == 2842,
    ),
    (
        "scorecard.list(meeting, week)",
        lambda c: c.scorecard.list(meeting_id=9, week_offset=-1, show_empty=True),
        [req("GET", "scorecard/meeting/9"), req("GET", "weeks/current")],
        lambda r: r == [],  # the example's score is this week's, not last week's
    ),
    (
        "scorecard.get",
        lambda c: c.scorecard.get(456789),
        [req("GET", "scorecard/user/mine"), req("GET", "weeks/current")],
        lambda r: r.measurable_id == 456789,
    ),
    (
        "scorecard.score",
        lambda c: c.scorecard.score(456789, 12.5, week_offset=-1),
        [req("GET", "weeks/current"), req("PUT", "measurables/456789/week/2841", body={"value": 12.5})],
        lambda r: r is True,
    ),
]


def _sent(bloom: BloomServer) -> list[Sent]:
    return [(r.method, r.path, r.query, r.json() if r.body else None) for r in bloom.requests]


@KINDS
@pytest.mark.parametrize(("name", "fn", "expected", "check"), CASES, ids=[c[0] for c in CASES])
def test_method_sends_and_returns(
    kind: str,
    name: str,
    fn: Callable[[Any], Any],
    expected: list[Sent],
    check: Callable[[Any], bool],
    bloom: BloomServer,
) -> None:
    result = run(kind, bloom.url, fn)
    assert check(result)
    sent = _sent(bloom)
    key = lambda s: (s[0], s[1])  # noqa: E731 - the async client may send a Parallel step in any order
    assert sorted(sent, key=key) == sorted(expected, key=key)


@KINDS
@pytest.mark.parametrize(
    ("fn", "message"),
    [
        (lambda c: c.todo.list(user_id=1, meeting_id=2), "either `user_id` or `meeting_id`, not both"),
        (lambda c: c.issue.list(user_id=0, meeting_id=0), "not both"),
        (lambda c: c.todo.update(5), "At least one field must be provided"),
        (lambda c: c.issue.update(5), "At least one field"),
        (lambda c: c.goal.update(3, status="sideways"), "Invalid status 'sideways'"),
        (lambda c: c.todo.details(True), "todo_id must be an integer id"),
        (lambda c: c.meeting.details("abc"), "meeting_id must be an integer id"),
        (lambda c: c.todo.create("   "), "title is required"),
        (lambda c: c.todo.create_many([], max_concurrent=0), "max_concurrent must be at least 1"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(kind: str, fn: Any, message: str, bloom: BloomServer) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")) as info:
        run(kind, bloom.url, fn)
    assert isinstance(info.value, ValueError) and isinstance(info.value, bloomy.BloomyError)
    assert bloom.requests == []


@KINDS
def test_metrics_skip_dividers_and_tolerate_a_non_list_body(kind: str, bloom: BloomServer) -> None:
    rows = [
        {"Id": 1, "Name": " Revenue ", "Target": None, "Direction": "SomethingNew", "Owner": None},
        {"Id": None, "Name": "no id"},
        {"Id": 0, "Name": "zero id"},
        {"Id": 2, "Name": "   "},
        "not an object",
    ]
    bloom.handler.on("get_meeting_measurables", Reply(200, rows))
    metrics = run(kind, bloom.url, lambda c: c.meeting.metrics(9))
    assert [(m.id, m.title, m.target, m.metric_type, m.accountable_user_id) for m in metrics] == [
        (1, "Revenue", None, "SomethingNew", None)
    ]
    bloom.handler.on("get_meeting_measurables", Reply(200, {"Message": "not a list"}))
    assert run(kind, bloom.url, lambda c: c.meeting.metrics(9)) == []


@KINDS
def test_positions_skip_seats_without_a_position(kind: str, bloom: BloomServer) -> None:
    seats = [{"Group": {"Position": {"Id": 1, "Name": None}}}, {"Group": None}, {"Group": {"Position": None}}, {}]
    bloom.handler.on("get_user_seats", Reply(200, seats))
    positions = run(kind, bloom.url, lambda c: c.user.positions(7))
    assert [(p.id, p.name) for p in positions] == [(1, None)]


@KINDS
def test_user_list_keeps_users_and_drops_placeholders_unless_asked(kind: str, bloom: BloomServer) -> None:
    found = [
        {"Id": 1, "Name": "Real", "Email": "r@x.example", "Description": "CEO", "ResultType": "User"},
        {"Id": 2, "Name": "Placeholder", "Email": "", "ImageUrl": "/i/userplaceholder", "ResultType": "User"},
        {"Id": 3, "Name": "Group", "ResultType": "Team"},
        {"Id": None, "Name": "Broken", "Email": "b@x.example", "ResultType": "User"},
    ]
    bloom.handler.on("search_all", Reply(200, found))
    assert [(u.id, u.position) for u in run(kind, bloom.url, lambda c: c.user.all())] == [(1, "CEO")]
    everyone = run(kind, bloom.url, lambda c: c.user.list(include_placeholders=True))
    assert [(u.id, u.email) for u in everyone] == [(1, "r@x.example"), (2, "")]
