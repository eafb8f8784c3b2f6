"""bloomy-python 0.22.0's documented Quick Start (docs/getting-started/quickstart.md), step by step,
run unchanged against bloomy and the sandbox, on `Client` and on `AsyncClient`."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bloomy import APIError, AsyncClient, BloomyError, Client, Configuration, CreatedGoalInfo, HeadlineInfo
from bloomy.testing import LEADERSHIP_MEETING_ID, BloomSandbox

from .conftest import README_KEY

LEAD = LEADERSHIP_MEETING_ID


def test_step_2_three_ways_to_authenticate(sandbox: BloomSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key argument, `BG_API_KEY`, and a login stored with `configure_api_key(username=..., password=...)`."""
    assert Client(api_key=README_KEY).user.details().name == "Jane Cooper"
    monkeypatch.setenv("BG_API_KEY", README_KEY)
    assert Client().user.details().name == "Jane Cooper"
    monkeypatch.delenv("BG_API_KEY")
    config = Configuration()
    config.configure_api_key(username=sandbox.username, password=sandbox.password, store_key=True)
    client = Client()
    assert client.user.details().name == "Jane Cooper"


def test_step_3_first_call(sandbox: BloomSandbox) -> None:
    """Who am I, and my first five meetings."""
    client = Client(api_key=README_KEY)
    me = client.user.details()
    assert f"Logged in as: {me.name}" == "Logged in as: Jane Cooper"
    meetings = client.meeting.list()
    assert [f"  - {meeting.name}" for meeting in meetings[:5]] == ["  - Leadership Team L10", "  - Sales Weekly L10"]


def test_step_3_first_call_async(sandbox: BloomSandbox) -> None:
    """The async tab of step 3, as written."""
    lines: list[str] = []

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            me = await client.user.details()
            lines.append(f"Logged in as: {me.name}")
            meetings = await client.meeting.list()
            lines.append(f"You have {len(meetings)} meetings:")
            lines.extend(f"  - {meeting.name}" for meeting in meetings[:5])

    asyncio.run(main())
    assert lines == [
        "Logged in as: Jane Cooper",
        "You have 2 meetings:",
        "  - Leadership Team L10",
        "  - Sales Weekly L10",
    ]


def test_step_4_common_operations(sandbox: BloomSandbox) -> None:
    """To-dos (open ones, a new one with notes), goals (title and status, a new one), bulk to-dos with
    a failure, a meeting's details and attendees, and a headline."""
    client = Client(api_key=README_KEY)
    meetings = client.meeting.list()

    todos = client.todo.list()
    open_todos = [t for t in todos if not t.complete]
    assert open_todos and len(open_todos) <= len(todos)
    meeting_id = meetings[0].id
    new_todo = client.todo.create(
        title="Complete quarterly review",
        meeting_id=meeting_id,
        due_date="2024-12-31",
        notes="Review all Q4 metrics and prepare summary",
    )
    assert f"Created todo: {new_todo.name} (ID: {new_todo.id})".startswith("Created todo: Complete quarterly review")

    goals = client.goal.list()
    assert isinstance(goals, list)
    lines = [f"Goal: {goal.title} - {goal.status}" for goal in goals]
    assert lines[0] == "Goal: Build the 2025 budget - Incomplete"
    new_goal = client.goal.create(title="Launch new product feature", meeting_id=meeting_id)
    assert isinstance(new_goal, CreatedGoalInfo) and new_goal.title == "Launch new product feature"

    todos_to_create: list[dict[str, Any]] = [
        {"title": "Review sales report", "meeting_id": meeting_id},
        {"title": "Update CRM data", "meeting_id": meeting_id},
        {"title": "Send follow-up emails"},  # no meeting: reported, not raised
    ]
    result = client.todo.create_many(todos_to_create)
    assert f"Created {len(result.successful)} todos successfully" == "Created 2 todos successfully"
    assert [f"  - {failure.input_data['title']}: {failure.error}" for failure in result.failed] == [
        "  - Send follow-up emails: meeting_id is required"
    ]

    meeting = client.meeting.details(meeting_id)
    attendees = client.meeting.attendees(meeting_id)
    assert meeting.attendees is not None and len(attendees) == len(meeting.attendees) == 7
    headline = client.headline.create(
        meeting_id=meeting_id, title="Team exceeded Q4 sales target by 15%", notes="Great job everyone!"
    )
    assert isinstance(headline, HeadlineInfo) and headline.title == "Team exceeded Q4 sales target by 15%"


def test_step_4_common_operations_async(sandbox: BloomSandbox) -> None:
    """Step 4 on `AsyncClient`."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            meeting_id = (await client.meeting.list())[0].id
            assert [t for t in await client.todo.list() if not t.complete]
            await client.todo.create(title="Complete quarterly review", meeting_id=meeting_id, due_date="2024-12-31")
            assert await client.goal.list()
            await client.goal.create(title="Launch new product feature", meeting_id=meeting_id)
            result = await client.todo.create_many(
                [{"title": "Review sales report", "meeting_id": meeting_id}, {"title": "Send follow-up emails"}]
            )
            assert (len(result.successful), result.failed[0].input_data["title"]) == (1, "Send follow-up emails")
            assert len(await client.meeting.attendees(meeting_id)) == 7
            await client.headline.create(meeting_id=meeting_id, title="Team exceeded Q4 sales target by 15%")

    asyncio.run(main())


def test_context_managers(sandbox: BloomSandbox) -> None:
    """`with Client(...)` and `async with AsyncClient(...)` close the client on the way out."""
    with Client(api_key=README_KEY) as client:
        client.user.details()
        client.meeting.list()
    assert client.is_closed

    async def main() -> AsyncClient:
        async with AsyncClient(api_key=README_KEY) as aclient:
            await aclient.user.details()
            await aclient.meeting.list()
        return aclient

    assert asyncio.run(main()).is_closed


def test_error_handling(sandbox: BloomSandbox) -> None:
    """`except APIError` (with its status) before `except BloomyError`, imported from `bloomy`."""
    client = Client(api_key=README_KEY)
    sandbox.expire_token(README_KEY)
    try:
        client.user.details()
    except APIError as e:
        message = f"API error: {e} (Status: {e.status_code})"
    except BloomyError as e:  # pragma: no cover - the first branch is the one taken
        message = f"SDK error: {e}"
    assert message.startswith("API error: ") and message.endswith("(Status: 401)")
