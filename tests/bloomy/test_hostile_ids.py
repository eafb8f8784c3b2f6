"""No id given to a bloomy method can reach another endpoint (see tests/hostile_ids.py).

Bloom Growth's ids are integers: bloomy refuses anything else (a `ValidationError`, before any request),
and the generated builders put each id in its own path segment.
"""

from __future__ import annotations

from typing import Any

import pytest

from bloomy import AsyncClient, BloomyError, Client, ValidationError
from tests.flaky_server import FlakyServer
from tests.hostile_ids import Facade, IdCase, check_hostile_ids

MEETING_PARTS = [
    "get_meeting",
    "get_meeting_attendees",
    "get_meeting_issues",
    "get_meeting_todos",
    "get_meeting_measurables",
]

CASES = [
    IdCase(
        "user.details",
        lambda c, i: c.user.details(i, include_all=True),
        ["get_user", "get_user_direct_reports", "get_user_seats"],
    ),
    IdCase("user.direct_reports", lambda c, i: c.user.direct_reports(i), ["get_user_direct_reports"]),
    IdCase("user.positions", lambda c, i: c.user.positions(i), ["get_user_seats"]),
    IdCase("meeting.list", lambda c, i: c.meeting.list(i), ["list_user_meetings"]),
    IdCase("meeting.attendees", lambda c, i: c.meeting.attendees(i), ["get_meeting_attendees"]),
    IdCase("meeting.issues", lambda c, i: c.meeting.issues(i), ["get_meeting_issues"]),
    IdCase("meeting.todos", lambda c, i: c.meeting.todos(i), ["get_meeting_todos"]),
    IdCase("meeting.metrics", lambda c, i: c.meeting.metrics(i), ["get_meeting_measurables"]),
    IdCase("meeting.details", lambda c, i: c.meeting.details(i), MEETING_PARTS),
    IdCase(
        "meeting.create", lambda c, i: c.meeting.create("t", attendees=[i]), ["create_meeting", "add_meeting_attendee"]
    ),
    IdCase("meeting.delete", lambda c, i: c.meeting.delete(i), ["delete_meeting"]),
    IdCase("todo.list(user)", lambda c, i: c.todo.list(user_id=i), ["get_user_todos"]),
    IdCase("todo.list(meeting)", lambda c, i: c.todo.list(meeting_id=i), ["get_meeting_todos"]),
    IdCase("todo.details", lambda c, i: c.todo.details(i), ["get_todo"]),
    IdCase("todo.create(meeting)", lambda c, i: c.todo.create("t", meeting_id=i), ["create_meeting_todo"]),
    IdCase("todo.create(owner)", lambda c, i: c.todo.create("t", user_id=i), ["create_todo"], "body:accountableUserId"),
    IdCase("todo.complete", lambda c, i: c.todo.complete(i), ["complete_todo", "get_todo"]),
    IdCase("todo.update", lambda c, i: c.todo.update(i, title="t"), ["update_todo", "get_todo"]),
    IdCase("goal.list", lambda c, i: c.goal.list(i, archived=True), ["get_user_rocks", "get_user_archived_rocks"]),
    IdCase("goal.details", lambda c, i: c.goal.details(i), ["get_rock"]),
    IdCase("goal.create", lambda c, i: c.goal.create("t", i), ["create_meeting_rock"]),
    IdCase("goal.update", lambda c, i: c.goal.update(i, title="t"), ["update_rock", "get_rock"]),
    IdCase("goal.delete", lambda c, i: c.goal.delete(i), ["delete_rock"]),
    IdCase("goal.archive", lambda c, i: c.goal.archive(i), ["archive_rock"]),
    IdCase("goal.restore", lambda c, i: c.goal.restore(i), ["restore_rock"]),
    IdCase("headline.create", lambda c, i: c.headline.create(i, "t"), ["create_meeting_headline"]),
    IdCase("headline.details", lambda c, i: c.headline.details(i), ["get_headline"]),
    IdCase("headline.list(user)", lambda c, i: c.headline.list(user_id=i), ["get_user_headlines"]),
    IdCase("headline.list(meeting)", lambda c, i: c.headline.list(meeting_id=i), ["get_meeting_headlines"]),
    IdCase("headline.update", lambda c, i: c.headline.update(i, "t"), ["update_headline", "get_headline"]),
    IdCase("headline.delete", lambda c, i: c.headline.delete(i), ["delete_headline"]),
    IdCase("issue.details", lambda c, i: c.issue.details(i), ["get_issue"]),
    IdCase("issue.list(user)", lambda c, i: c.issue.list(user_id=i), ["get_user_issues"]),
    IdCase("issue.list(meeting)", lambda c, i: c.issue.list(meeting_id=i), ["get_meeting_issues"]),
    IdCase("issue.create", lambda c, i: c.issue.create(i, "t"), ["create_issue"], "body:meetingId"),
    IdCase("issue.complete", lambda c, i: c.issue.complete(i), ["complete_issue", "get_issue"]),
    IdCase("issue.update", lambda c, i: c.issue.update(i, title="t"), ["update_issue", "get_issue"]),
    IdCase("issue.delete", lambda c, i: c.issue.delete(i, 9), ["remove_meeting_issue"]),
    IdCase("issue.delete(meeting)", lambda c, i: c.issue.delete(9, i), ["remove_meeting_issue"]),
    IdCase("scorecard.list(user)", lambda c, i: c.scorecard.list(user_id=i), ["get_user_scorecard"]),
    IdCase("scorecard.list(meeting)", lambda c, i: c.scorecard.list(meeting_id=i), ["get_meeting_scorecard"]),
    IdCase("scorecard.get", lambda c, i: c.scorecard.get(i), ["get_my_scorecard", "get_current_week"]),
    IdCase("scorecard.score", lambda c, i: c.scorecard.score(i, 1.0), ["get_current_week", "update_measurable_score"]),
]


def make_client(kind: str, url: str) -> Any:
    cls = Client if kind == "sync" else AsyncClient
    return cls("key-0000000000000", base_url=url + "/api/v1", max_retries=0)


FACADE = Facade("bloomy", make_client, ValidationError, BloomyError)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_ids_never_reach_another_endpoint(case: IdCase, kind: str, counting_server: FlakyServer) -> None:
    """Each hostile id is refused before sending, or arrives intact at the method's own endpoint."""
    check_hostile_ids(FACADE, case, kind, counting_server)
