"""bloomy-python 0.22.0's README, section by section, run unchanged against bloomy and the sandbox.

Each test makes the README's calls with the README's arguments (the sandbox's ids in place of 123,
456...), first on `Client`, then the same section on `AsyncClient` as bloomy-python's async client takes
it. Where the README itself is wrong for bloomy-python, the test says so and calls what it meant.
"""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from bloomy import (
    AsyncClient,
    Client,
    Configuration,
    CreatedGoalInfo,
    CreatedIssue,
    GoalInfo,
    GoalListResponse,
    HeadlineDetails,
    HeadlineInfo,
    IssueDetails,
    MeetingDetails,
    ScorecardItem,
    ScorecardWeek,
    Todo,
    UserDetails,
)
from bloomy.testing import LEADERSHIP_MEETING_ID, SALES_MEETING_ID, BloomSandbox

from .conftest import JANE, MARCUS, MEASURABLE, README_KEY

LEAD, SALES = LEADERSHIP_MEETING_ID, SALES_MEETING_ID


# -- Quick Start ---------------------------------------------------------------------------------
def test_quick_start_sync_client_from_an_argument_the_environment_or_a_login(
    sandbox: BloomSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The three ways the Quick Start makes a `Client`: a key, `BG_API_KEY`, a stored login."""
    client = Client(api_key=README_KEY)
    assert client.user.details().id == JANE

    monkeypatch.setenv("BG_API_KEY", README_KEY)
    client = Client()
    assert client.user.details().id == JANE

    monkeypatch.delenv("BG_API_KEY")
    config = Configuration()
    config.configure_api_key(sandbox.username, sandbox.password, store_key=True)
    client = Client()
    assert client.configuration.api_key == config.api_key and client.user.details().id == JANE


def test_quick_start_async_client(sandbox: BloomSandbox) -> None:
    """The async Quick Start's `main()`, as written."""
    seen: list[str] = []

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            user = await client.user.details()
            meetings = await client.meeting.list()
            seen.append(f"Hello {user.name}, you have {len(meetings)} meetings")

    asyncio.run(main())
    assert seen == ["Hello Jane Cooper, you have 2 meetings"]


# -- Users ---------------------------------------------------------------------------------------
def test_users(sandbox: BloomSandbox) -> None:
    """Current user, another user with everything, search, list."""
    client = Client(api_key=README_KEY)
    user = client.user.details()
    assert isinstance(user, UserDetails) and user.name == "Jane Cooper"
    user = client.user.details(user_id=MARCUS, include_all=True)
    assert user.id == MARCUS and user.direct_reports is not None and user.positions is not None
    results = client.user.search("jane")
    assert results[0].email == "jane.cooper@acme.example"
    users = client.user.list()
    assert JANE in [u.id for u in users]


def test_users_async(sandbox: BloomSandbox) -> None:
    """The Users section on `AsyncClient`."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            user = await client.user.details()
            assert user.name == "Jane Cooper"
            user = await client.user.details(user_id=MARCUS, include_all=True)
            assert user.direct_reports is not None and user.positions is not None
            assert (await client.user.search("jane"))[0].id == JANE
            assert JANE in [u.id for u in await client.user.list()]

    asyncio.run(main())


# -- Meetings ------------------------------------------------------------------------------------
def test_meetings(sandbox: BloomSandbox) -> None:
    """List, details, create with attendees, delete, and the batch read with its per-meeting failures.

    The README prints `meeting.meeting_date`, which `MeetingDetails` has in neither bloomy-python nor
    bloomy: the meeting's date is `start_date_utc`."""
    client = Client(api_key=README_KEY)
    meetings = client.meeting.list()
    assert [m.id for m in meetings] == [LEAD, SALES]
    meeting = client.meeting.details(meeting_id=LEAD)
    assert isinstance(meeting, MeetingDetails) and meeting.attendees
    new_meeting = client.meeting.create(title="Weekly Team Meeting", attendees=[MARCUS, JANE])
    assert new_meeting["title"] == "Weekly Team Meeting" and new_meeting["attendees"] == [MARCUS, JANE]
    client.meeting.delete(meeting_id=new_meeting["meeting_id"])

    result = client.meeting.get_many([LEAD, SALES, new_meeting["meeting_id"]])
    lines = [f"{meeting.name} - {meeting.start_date_utc}" for meeting in result.successful]
    assert lines[0].startswith("Leadership Team L10 - ") and len(lines) == 2
    assert not hasattr(result.successful[0], "meeting_date")
    errors = [f"Failed to get meeting: {error.error}" for error in result.failed]
    assert len(errors) == 1 and "404" in errors[0]


def test_meetings_async(sandbox: BloomSandbox) -> None:
    """The Meetings section on `AsyncClient`."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            assert len(await client.meeting.list()) == 2
            assert (await client.meeting.details(meeting_id=LEAD)).id == LEAD
            new_meeting = await client.meeting.create(title="Weekly Team Meeting", attendees=[MARCUS])
            await client.meeting.delete(meeting_id=new_meeting["meeting_id"])
            result = await client.meeting.get_many([LEAD, SALES, new_meeting["meeting_id"]])
            assert [m.id for m in result.successful] == [LEAD, SALES]
            assert [e.input_data for e in result.failed] == [{"meeting_id": new_meeting["meeting_id"]}]

    asyncio.run(main())


# -- Todos ---------------------------------------------------------------------------------------
def test_todos(sandbox: BloomSandbox) -> None:
    """List yours, create in a meeting with a due date, complete, update title and due date."""
    client = Client(api_key=README_KEY)
    todos = client.todo.list()
    new_todo = client.todo.create(title="Complete project proposal", meeting_id=LEAD, due_date="2024-12-31")
    assert (
        isinstance(new_todo, Todo) and new_todo.due_date is not None and new_todo.due_date.date() == date(2024, 12, 31)
    )
    assert len(client.todo.list()) == len(todos) + 1
    done = client.todo.complete(todo_id=new_todo.id)
    assert done.complete
    updated = client.todo.update(todo_id=new_todo.id, title="Updated title", due_date="2024-12-25")
    assert updated.name == "Updated title" and updated.due_date is not None and updated.due_date.day == 25


def test_todos_async(sandbox: BloomSandbox) -> None:
    """The Todos section on `AsyncClient`."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            before = len(await client.todo.list())
            new_todo = await client.todo.create(
                title="Complete project proposal", meeting_id=LEAD, due_date="2024-12-31"
            )
            assert len(await client.todo.list()) == before + 1
            assert (await client.todo.complete(todo_id=new_todo.id)).complete
            updated = await client.todo.update(todo_id=new_todo.id, title="Updated title", due_date="2024-12-25")
            assert updated.name == "Updated title"

    asyncio.run(main())


# -- Goals ---------------------------------------------------------------------------------------
def test_goals(sandbox: BloomSandbox) -> None:
    """List, create for another user, set the status, archive."""
    client = Client(api_key=README_KEY)
    goals = client.goal.list()
    assert goals and all(isinstance(g, GoalInfo) for g in goals)
    new_goal = client.goal.create(title="Increase sales by 20%", meeting_id=LEAD, user_id=MARCUS)
    assert isinstance(new_goal, CreatedGoalInfo) and (new_goal.user_id, new_goal.meeting_id) == (MARCUS, LEAD)
    client.goal.update(goal_id=new_goal.id, status="on")
    assert client.goal.details(new_goal.id).status == "Incomplete"
    client.goal.archive(goal_id=new_goal.id)
    archived = client.goal.list(user_id=MARCUS, archived=True)
    assert isinstance(archived, GoalListResponse) and new_goal.id in [g.id for g in archived.archived]


def test_goals_async(sandbox: BloomSandbox) -> None:
    """The Goals section on `AsyncClient`."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            assert await client.goal.list()
            new_goal = await client.goal.create(title="Increase sales by 20%", meeting_id=LEAD, user_id=MARCUS)
            await client.goal.update(goal_id=new_goal.id, status="on")
            await client.goal.archive(goal_id=new_goal.id)
            active = await client.goal.list(user_id=MARCUS)
            assert isinstance(active, list) and new_goal.id not in [g.id for g in active]

    asyncio.run(main())


# -- Scorecard -----------------------------------------------------------------------------------
def test_scorecard(sandbox: BloomSandbox) -> None:
    """The current week, a meeting's scorecard, and a score for this week."""
    client = Client(api_key=README_KEY)
    week = client.scorecard.current_week()
    assert isinstance(week, ScorecardWeek) and week.week_number == 2932
    scorecards = client.scorecard.list(meeting_id=LEAD)
    assert scorecards and all(isinstance(s, ScorecardItem) for s in scorecards)
    assert client.scorecard.score(measurable_id=MEASURABLE, score=95.5) is True
    this_week = client.scorecard.get(MEASURABLE)
    assert this_week is not None and this_week.value == 95.5


def test_scorecard_async(sandbox: BloomSandbox) -> None:
    """The Scorecard section on `AsyncClient`."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            week = await client.scorecard.current_week()
            assert week.week_number == 2932
            assert await client.scorecard.list(meeting_id=LEAD)
            assert await client.scorecard.score(measurable_id=MEASURABLE, score=95.5) is True

    asyncio.run(main())


# -- Issues --------------------------------------------------------------------------------------
def test_issues(sandbox: BloomSandbox) -> None:
    """List, create, solve. The README's `client.issue.solve(issue_id=...)` exists in neither
    bloomy-python nor bloomy (an AttributeError in both): solving is `complete(issue_id=...)`."""
    client = Client(api_key=README_KEY)
    issues = client.issue.list()
    new_issue = client.issue.create(meeting_id=LEAD, title="Server performance degradation")
    assert isinstance(new_issue, CreatedIssue) and new_issue.meeting_id == LEAD
    assert len(client.issue.list()) == len(issues) + 1
    assert not hasattr(client.issue, "solve")
    solved = client.issue.complete(issue_id=new_issue.id)
    assert isinstance(solved, IssueDetails) and solved.completed_at


def test_issues_async(sandbox: BloomSandbox) -> None:
    """The Issues section on `AsyncClient`."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            assert await client.issue.list()
            new_issue = await client.issue.create(meeting_id=LEAD, title="Server performance degradation")
            assert (await client.issue.complete(issue_id=new_issue.id)).completed_at

    asyncio.run(main())


# -- Headlines -----------------------------------------------------------------------------------
def test_headlines(sandbox: BloomSandbox) -> None:
    """A meeting's headlines, create with notes, rename, delete."""
    client = Client(api_key=README_KEY)
    headlines = client.headline.list(meeting_id=LEAD)
    new_headline = client.headline.create(
        meeting_id=LEAD, title="Product launch successful", notes="Exceeded targets by 15%"
    )
    assert isinstance(new_headline, HeadlineInfo) and new_headline.owner_details.id == JANE
    assert len(client.headline.list(meeting_id=LEAD)) == len(headlines) + 1
    renamed = client.headline.update(headline_id=new_headline.id, title="Updated headline")
    assert isinstance(renamed, HeadlineDetails) and renamed.title == "Updated headline"
    client.headline.delete(headline_id=new_headline.id)
    assert len(client.headline.list(meeting_id=LEAD)) == len(headlines)


def test_headlines_async(sandbox: BloomSandbox) -> None:
    """The Headlines section on `AsyncClient`."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            before = len(await client.headline.list(meeting_id=LEAD))
            new_headline = await client.headline.create(
                meeting_id=LEAD, title="Product launch successful", notes="Exceeded targets by 15%"
            )
            assert (await client.headline.update(headline_id=new_headline.id, title="Updated headline")).title
            await client.headline.delete(headline_id=new_headline.id)
            assert len(await client.headline.list(meeting_id=LEAD)) == before

    asyncio.run(main())


# -- Configuration -------------------------------------------------------------------------------
def test_configuration_file_from_a_login(sandbox: BloomSandbox, isolated_config: object) -> None:
    """`configure_api_key(..., store_key=True)` writes the key where the next `Client()` finds it."""
    config = Configuration()
    config.configure_api_key(sandbox.username, sandbox.password, store_key=True)
    assert config.api_key and config.api_key != README_KEY
    assert Configuration().api_key == config.api_key
    assert Client().user.details().id == JANE
