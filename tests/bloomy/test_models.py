"""The models read the wire format as real servers send it: nulls, empty strings, unknown and missing keys."""

from __future__ import annotations

from datetime import datetime

import pytest

from bloomy import (
    ArchivedGoalInfo,
    CreatedGoalInfo,
    GoalInfo,
    HeadlineDetails,
    HeadlineInfo,
    Issue,
    IssueDetails,
    MeetingAttendee,
    MeetingDetails,
    ScorecardItem,
    ScorecardWeek,
    Todo,
    UserDetails,
)


def test_todo_tolerates_nulls_blanks_and_unknown_keys() -> None:
    todo = Todo.model_validate_json(
        '{"Id": 1, "Name": null, "DueDate": "", "CreateTime": "2024-06-01T10:00:00", "Complete": null,'
        ' "CloseTime": "2024-06-02T10:00:00Z", "Owner": null, "Brand": "new", "TodoType": "SomethingNew"}'
    )
    assert (todo.id, todo.name, todo.due_date, todo.complete, todo.archived) == (1, "", None, False, True)
    assert todo.create_date == datetime(2024, 6, 1, 10, 0)
    assert not hasattr(todo, "Brand")


def test_todo_due_date_may_be_a_bare_date() -> None:
    assert Todo.model_validate({"Id": 1, "DueDate": "2024-12-31"}).due_date == datetime(2024, 12, 31)


def test_models_build_by_field_name_too() -> None:
    todo = Todo(id=1, name="x", complete=True, archived=False)  # type: ignore[call-arg]
    assert (todo.complete, todo.archived) == (True, False)
    assert GoalInfo(id=1, status="Completed").status == "Completed"  # type: ignore[call-arg]
    assert MeetingAttendee(user_id=3).user_id == 3  # type: ignore[call-arg]


def test_dumps_are_snake_case() -> None:
    user = UserDetails.model_validate({"Id": 1, "Name": "Jane", "ImageUrl": None})
    assert user.model_dump() == {"id": 1, "name": "Jane", "image_url": "", "direct_reports": None, "positions": None}


def test_a_null_owner_leaves_owner_fields_at_their_defaults() -> None:
    issue = Issue.model_validate({"Id": 1, "Owner": None, "CloseTime": "", "CompleteTime": None})
    assert (issue.owner_id, issue.owner_name, issue.owner_image_url, issue.closed_date) == (0, "", "", None)
    details = IssueDetails.model_validate({"Id": 1, "Name": "t", "Owner": None, "Archived": None})
    assert (details.user_id, details.user_name, details.archived, details.notes_url) == (None, None, False, "")
    headline = HeadlineDetails.model_validate({"Id": 1, "Owner": None, "OriginId": 9, "Origin": None})
    assert (headline.owner_details.id, headline.meeting_details.id, headline.meeting_details.title) == (None, 9, None)
    assert HeadlineInfo.model_validate({"Id": 1, "Owner": None}).owner_details.id is None


def test_goals_take_their_meeting_from_the_first_origin_and_word_their_status() -> None:
    goal = GoalInfo.model_validate(
        {"Id": 1, "Complete": True, "Origins": [{"Id": 9, "Name": "L10"}, {"Id": 10}], "Owner": {"Id": 3}}
    )
    assert (goal.status, goal.meeting_id, goal.meeting_title, goal.user_id, goal.user_name) == (
        "Completed",
        9,
        "L10",
        3,
        None,
    )
    lonely = GoalInfo.model_validate({"Id": 2, "Origins": [], "Owner": None, "Complete": None})
    assert (lonely.status, lonely.meeting_id) == ("Incomplete", None)
    assert ArchivedGoalInfo.model_validate({"Id": 1, "Complete": True}).status == "Complete"


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        ("OnTrack", "on"),
        ("AtRisk", "off"),
        ("Complete", "complete"),
        ("Indeterminate", "off"),
        (2, "complete"),
        (1, "on"),
        (0, "off"),
        (None, "off"),
        ("FromTheFuture", "off"),
    ],
)
def test_created_goal_status(completion: object, status: str) -> None:
    assert CreatedGoalInfo.model_validate({"Id": 1, "Completion": completion}).status == status


def test_scorecard_values_may_be_null_or_blank() -> None:
    item = ScorecardItem.model_validate({"Id": 1, "Target": None, "Measured": "", "ForWeek": 2842, "Week": None})
    assert (item.target, item.value, item.week_id, item.week) == (None, None, 2842, "")
    week = ScorecardWeek.model_validate({"Id": 2842, "ForWeekNumber": 2842, "LocalDate": None, "ForWeek": None})
    assert (week.week_start, week.week_end) == ("", "")


def test_meeting_details_name_from_basics_or_name() -> None:
    assert MeetingDetails.model_validate({"Id": 1, "Basics": {"Name": "L10"}}).name == "L10"
    assert MeetingDetails.model_validate({"Id": 1, "Basics": None, "Name": "Plain"}).name == "Plain"
    ignored = MeetingDetails.model_validate({"Id": 1, "Attendees": [{"no": "shape"}], "Todos": "x"})
    assert ignored.attendees is None and ignored.todos is None  # the L10 body's own lists are not ours
