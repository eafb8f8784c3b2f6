"""The bloomy facade, sync and async, against the stateful Bloom Growth sandbox: every resource's main methods."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bloomy import AsyncClient, Client, GoalListResponse, MeetingDetails, NotFoundError, RateLimitError
from bloomy.testing import LEADERSHIP_MEETING_ID, SALES_MEETING_ID, BloomSandbox

from .conftest import NOW

LEAD, SALES = LEADERSHIP_MEETING_ID, SALES_MEETING_ID
Call = Callable[[Callable[[Any], Any]], Any]


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, bloom: BloomSandbox) -> Iterator[Call]:
    """`call(lambda client: client.x.y(...))` on a sync or an async client; coroutines are awaited."""
    if request.param == "sync":
        with Client(api_key=bloom.api_key, base_url=bloom.url) as client:
            yield lambda fn: fn(client)
        return

    def run(fn: Callable[[AsyncClient], Any]) -> Any:
        async def main() -> Any:
            async with AsyncClient(api_key=bloom.api_key, base_url=bloom.url) as client:
                return await fn(client)

        return asyncio.run(main())

    yield run


def test_users(call: Call, bloom: BloomSandbox) -> None:
    me = call(lambda c: c.user.details(include_all=True))
    assert (me.id, me.name) == (345678, "Jane Cooper")
    assert me.positions is not None and [p.name for p in me.positions] == ["VP of Sales"]
    assert me.direct_reports is not None and len(me.direct_reports) == 4
    marcus = call(lambda c: c.user.details(345690, include_positions=True))
    assert marcus.positions is not None and marcus.positions[0].name == "VP of Operations"
    assert [r.id for r in call(lambda c: c.user.direct_reports())] == [r.id for r in me.direct_reports]
    assert call(lambda c: c.user.search("jane"))[0].email == "jane.cooper@acme.example"
    people = call(lambda c: c.user.list())
    assert len(people) == 15 and len(call(lambda c: c.user.list(include_placeholders=True))) == 17
    assert next(p for p in people if p.id == 345678).position == "VP of Sales"


def test_meetings(call: Call) -> None:
    meetings = call(lambda c: c.meeting.list())
    assert [(m.id, m.name) for m in meetings] == [(LEAD, "Leadership Team L10"), (SALES, "Sales Weekly L10")]
    details = call(lambda c: c.meeting.details(LEAD))
    assert isinstance(details, MeetingDetails) and details.name == "Leadership Team L10"
    assert details.attendees and details.issues and details.todos and details.metrics
    assert all(i.meeting_id == LEAD for i in details.issues)
    assert "" not in {m.title for m in details.metrics}, "the divider row is skipped"
    closed = call(lambda c: c.meeting.todos(LEAD, include_closed=True))
    assert len(closed) > len(details.todos)
    created = call(lambda c: c.meeting.create("Board Prep", attendees=[345690]))
    assert [a.user_id for a in call(lambda c: c.meeting.attendees(created["meeting_id"]))] == [345678, 345690]
    assert call(lambda c: c.meeting.delete(created["meeting_id"])) is True
    with pytest.raises(NotFoundError):
        call(lambda c: c.meeting.details(created["meeting_id"]))
    many = call(lambda c: c.meeting.get_many([LEAD, SALES, 1]))
    assert [d.id for d in many.successful] == [LEAD, SALES] and many.failed[0].input_data == {"meeting_id": 1}


def test_todos(call: Call) -> None:
    mine = call(lambda c: c.todo.list())
    todo = call(lambda c: c.todo.create("Review async code", meeting_id=LEAD, due_date="2026-03-20"))
    assert todo.meeting_id == LEAD and todo.due_date is not None and todo.due_date.day == 20
    assert todo.id in [t.id for t in call(lambda c: c.todo.list(meeting_id=LEAD))]
    assert len(call(lambda c: c.todo.list())) == len(mine) + 1
    done = call(lambda c: c.todo.complete(todo.id))
    assert done.complete and done.complete_date is not None
    renamed = call(lambda c: c.todo.update(todo.id, title="Review the async code"))
    assert renamed.name == "Review the async code" and renamed.complete
    personal = call(lambda c: c.todo.create("Call the bank", notes="About the loan"))
    assert personal.meeting_id is None and call(lambda c: c.todo.details(personal.id)).name == "Call the bank"
    bulk = call(lambda c: c.todo.create_many([{"title": "a", "meeting_id": SALES}, {"title": "b", "meeting_id": 1}]))
    assert len(bulk.successful) == 1 and "404" in bulk.failed[0].error


def test_goals(call: Call) -> None:
    goals = call(lambda c: c.goal.list())
    assert goals and all(g.user_id == 345678 and g.meeting_id for g in goals)
    created = call(lambda c: c.goal.create("Complete Q1 objectives", meeting_id=SALES))
    assert (created.meeting_id, created.status) == (SALES, "on")
    updated = call(lambda c: c.goal.update(created.id, title="Complete Q1", status="complete"))
    assert (updated.title, updated.status) == ("Complete Q1", "Completed")
    call(lambda c: c.goal.archive(created.id))
    both = call(lambda c: c.goal.list(archived=True))
    assert isinstance(both, GoalListResponse) and created.id in [g.id for g in both.archived]
    call(lambda c: c.goal.restore(created.id))
    assert created.id in [g.id for g in call(lambda c: c.goal.list())]
    call(lambda c: c.goal.delete(created.id))
    with pytest.raises(NotFoundError):
        call(lambda c: c.goal.details(created.id))


def test_issues_and_headlines(call: Call) -> None:
    issue = call(lambda c: c.issue.create(LEAD, "Server performance degradation", notes="Since Monday"))
    assert (issue.meeting_id, issue.meeting_title) == (LEAD, "Leadership Team L10")
    assert issue.id in [i.id for i in call(lambda c: c.issue.list())]
    solved = call(lambda c: c.issue.complete(issue.id))
    assert solved.completed_at is not None
    assert call(lambda c: c.issue.update(issue.id, title="Server slow")).title == "Server slow"
    call(lambda c: c.issue.delete(issue.id, LEAD))
    assert call(lambda c: c.issue.details(issue.id)).archived is True
    headline = call(lambda c: c.headline.create(SALES, "Product launch successful"))
    assert headline.owner_details.id == 345678
    assert call(lambda c: c.headline.update(headline.id, "Launch went great")).meeting_details.id == SALES
    assert headline.id in [h.id for h in call(lambda c: c.headline.list(meeting_id=SALES))]
    assert call(lambda c: c.headline.list())[0].owner_details.name == "Jane Cooper"
    call(lambda c: c.headline.delete(headline.id))
    with pytest.raises(NotFoundError):
        call(lambda c: c.headline.details(headline.id))


def test_scorecard(call: Call, bloom: BloomSandbox) -> None:
    week = call(lambda c: c.scorecard.current_week())
    assert week.week_number == bloom.state.current_week() and week.week_start.startswith("2026-03-09")
    items = call(lambda c: c.scorecard.list())
    assert items and all(i.value is not None for i in items)
    this_week = call(lambda c: c.scorecard.list(show_empty=True, week_offset=0))
    revenue = next(i for i in this_week if i.title == "Weekly sales revenue")
    assert call(lambda c: c.scorecard.score(revenue.measurable_id, 95000)) is True
    assert call(lambda c: c.scorecard.get(revenue.measurable_id)).value == 95000
    call(lambda c: c.scorecard.score(revenue.measurable_id, 88000, week_offset=-1))
    assert call(lambda c: c.scorecard.get(revenue.measurable_id, week_offset=-1)).value == 88000
    assert len(call(lambda c: c.scorecard.list(meeting_id=SALES, show_empty=True))) >= 13


def test_meeting_details_concurrency_with_meeting_delay(start_sandbox: Any) -> None:
    """With 0.2 s on every L10 request, the sync client takes five delays, the async one about one."""
    bloom = start_sandbox(BloomSandbox(now=NOW, meeting_delay=0.2))
    with Client(api_key=bloom.api_key, base_url=bloom.url) as client:
        started = time.perf_counter()
        client.meeting.details(LEAD)
        sync_took = time.perf_counter() - started

    async def main() -> float:
        async with AsyncClient(api_key=bloom.api_key, base_url=bloom.url) as client:
            started = time.perf_counter()
            await client.meeting.details(LEAD)
            return time.perf_counter() - started

    async_took = asyncio.run(main())
    assert sync_took >= 1.0 and async_took < 0.6, (sync_took, async_took)
    assert bloom.requests.max_in_flight >= 5


def test_retries_and_rate_limits(bloom: BloomSandbox) -> None:
    bloom.faults.rate_limit_burst(1, retry_after=0.01, path="/api/v1/weeks/*")
    bloom.faults.server_errors(times=1, status=503, path="/api/v1/weeks/*")
    with Client(api_key=bloom.api_key, base_url=bloom.url) as client:
        assert client.scorecard.current_week().week_number == bloom.state.current_week()
    assert bloom.requests.statuses() == [429, 503, 200]
    bloom.faults.rate_limit_burst(1, retry_after=7, path="/api/v1/users/*")
    with (
        Client(api_key=bloom.api_key, base_url=bloom.url, max_retries=0) as client,
        pytest.raises(RateLimitError) as caught,
    ):
        client.user.details()
    assert caught.value.retry_after == 7 and "Too many requests." in str(caught.value)


def test_generated_client_and_models_read_the_sandbox(bloom: BloomSandbox) -> None:
    """The low-level generated client (through the facade's runtime) and the pydantic models take its answers."""
    from bloomy_api import pydantic_models as raw
    from bloomy_api.api.meetings import get_meeting
    from bloomy_api.api.todos import complete_todo, get_todo
    from bloomy_api.models import Meeting, Todo

    todo_id = bloom.state.meeting_todos(LEAD)[0]["Id"]
    with Client(api_key=bloom.api_key, base_url=bloom.url) as client:
        meeting = get_meeting.sync(LEAD, client=client.generated)
        assert isinstance(meeting, Meeting) and meeting.basics and meeting.basics.name == "Leadership Team L10"
        assert complete_todo.sync(todo_id, client=client.generated, status=True) is True
        todo = get_todo.sync(todo_id, client=client.generated)
        assert isinstance(todo, Todo) and todo.complete is True
    assert raw.Meeting.model_validate(bloom.state.meeting(LEAD)).id == LEAD
    assert raw.Scorecard.model_validate(bloom.state.user_scorecard(345678)).scores
    assert [raw.Seat.model_validate(s) for s in bloom.state.seats_of(345678)]
