"""Bloom Growth's partly unconfirmed formats: a value of an unexpected type never costs a response.

Rocks' `Completion` as a number (0/1/2, as bloomy-python read it) and date-only dates were already read
by bloomy's models; the other drifts below (an old ASP.NET `/Date(...)/` or a US-style date, an id that
is not a number, a flag that is not a boolean) used to fail the whole list, and still do with `strict=True`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import pytest

from bloomy import ResponseValidationError
from bloomy.models import CreatedGoalInfo, GoalInfo, Issue, Todo
from tests.bloomy._run import KINDS, run
from tests.flaky_server import FlakyServer, Reply, Request

ROCK = {
    "Id": 101,
    "Name": "Launch the clinic",
    "CreateTime": "2024-01-15",  # date-only
    "DueDate": "2024-03-31",  # date-only
    "Complete": False,
    "Completion": 2,  # a number where the spec has OnTrack/AtRisk/Complete
    "Owner": {"Id": 7, "Name": "Grace"},
    "Origins": [{"Id": 5, "Name": "Leadership L10"}],
}


def todo(i: int, **changes: Any) -> dict[str, Any]:
    return {
        "Id": i,
        "Name": f"To-do {i}",
        "DueDate": "2024-06-30",  # date-only
        "CreateTime": "2024-06-01T10:00:00Z",
        "Complete": False,
        "CloseTime": None,
        "OriginId": 5,
        "Origin": "Leadership L10",
        **changes,
    }


# Values bloomy's models cannot read: an ASP.NET date, a US-style date, a meeting id that is no number,
# a flag that is no boolean.
ODD = {"DueDate": "/Date(1719705600000)/", "CreateTime": "06/01/2024", "OriginId": "L10-5", "Complete": "maybe"}


def serve(routes: dict[str, Any]) -> FlakyServer:
    def handler(request: Request) -> Reply:
        body = routes.get(request.path.lower())
        return Reply(200, body) if body is not None else Reply(404, {"Message": "No route"})

    return FlakyServer(handler)


@KINDS
@pytest.mark.parametrize("strict", [False, True])
def test_rock_completion_as_a_number_and_date_only_dates_are_read(kind: str, strict: bool) -> None:
    with serve({"/rocks/101": ROCK, "/l10/5/rocks": ROCK, "/l10/5/todos": [todo(1)]}) as server:
        goal = run(kind, server.url, lambda c: c.goal.details(101), strict=strict)
        created = run(kind, server.url, lambda c: c.goal.create("Launch the clinic", meeting_id=5), strict=strict)
        todos = run(kind, server.url, lambda c: c.todo.list(meeting_id=5), strict=strict)
    assert isinstance(goal, GoalInfo) and goal.due_date == "2024-03-31" and goal.meeting_id == 5
    assert isinstance(created, CreatedGoalInfo) and created.status == "complete" and created.created_at == "2024-01-15"
    assert isinstance(todos[0], Todo) and todos[0].due_date == datetime(2024, 6, 30)


@KINDS
def test_odd_values_are_kept_and_logged_once(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    body = [todo(1), todo(2, **ODD), todo(3, **ODD)]
    with serve({"/l10/5/todos": body}) as server, caplog.at_level(logging.WARNING, "bloomy"):
        todos = run(kind, server.url, lambda c: c.todo.list(meeting_id=5))
    assert [t.id for t in todos] == [1, 2, 3] and all(isinstance(t, Todo) for t in todos)
    odd = todos[1]
    assert odd.due_date == "/Date(1719705600000)/" and odd.create_date == "06/01/2024"  # as received
    assert odd.meeting_id == "L10-5" and odd.complete == "maybe"
    assert odd.name == "To-do 2" and odd.meeting_name == "Leadership L10"  # the rest as usual
    paths = sorted(r.parse_path for r in caplog.records if hasattr(r, "parse_path"))  # type: ignore[attr-defined]
    assert paths == ["[].complete", "[].create_date", "[].due_date", "[].meeting_id"]  # once each, not per item
    assert any("GET /L10/5/todos: Todo[].due_date kept as received (str)" in r.getMessage() for r in caplog.records)


@KINDS
def test_an_issue_list_with_an_odd_owner_keeps_the_rest(kind: str) -> None:
    issues = [
        {"Id": 1, "Name": "Hiring", "CreateTime": "2024-05-01", "Owner": {"Id": "seven", "Name": "Grace"}},
        {"Id": 2, "Name": "Budget", "CreateTime": "2024-05-02", "Owner": {"Id": 8, "Name": "Ken"}},
    ]
    with serve({"/l10/5/issues": issues}) as server:
        found = run(kind, server.url, lambda c: c.meeting.issues(5))
    assert all(isinstance(i, Issue) for i in found) and [i.meeting_id for i in found] == [5, 5]
    assert found[0].owner_id == "seven" and found[0].owner_name == "Grace" and found[1].owner_id == 8


@KINDS
def test_a_strict_client_refuses_them(kind: str) -> None:
    with serve({"/l10/5/todos": [todo(1), todo(2, **ODD)]}) as server:
        with pytest.raises(ResponseValidationError, match="GET /L10/5/todos"):
            run(kind, server.url, lambda c: c.todo.list(meeting_id=5), strict=True)
