"""Multi-request methods run their requests concurrently in the async client, and one at a time in the sync one."""

from __future__ import annotations

import asyncio
import time

from bloomy import AsyncClient, BulkCreateError, MeetingDetails, NotFoundError, Todo
from tests.bloomy._run import KINDS, run
from tests.bloomy._server import API_KEY, bloom_server
from tests.flaky_server import Reply, Request

DELAY = 0.3  # every answer of the server takes this long


def test_async_meeting_details_has_its_five_requests_in_flight_together() -> None:
    """Five requests of DELAY each, all in flight together (the server saw them so), not one after another.

    Checked at the server, not with a clock: on a loaded machine the wall time says little."""
    with bloom_server(delay=DELAY) as bloom:

        async def main() -> tuple[float, MeetingDetails]:
            async with AsyncClient(API_KEY, base_url=bloom.url) as client:
                started = time.perf_counter()
                details = await client.meeting.details(327249)
                return time.perf_counter() - started, details

        elapsed, details = asyncio.run(main())
        assert bloom.server.max_in_flight == 5
        assert len(bloom.requests) == 5
    assert elapsed < 5 * DELAY  # the sum of the five: they overlapped
    assert details.name == "Leadership Team L10" and details.todos and details.metrics


def test_sync_meeting_details_sends_the_same_five_requests_one_at_a_time() -> None:
    with bloom_server() as bloom:
        run("sync", bloom.url, lambda client: client.meeting.details(327249, include_closed=True))
        assert bloom.server.max_in_flight == 1
        assert bloom.paths() == [
            "/api/v1/L10/327249",
            "/api/v1/L10/327249/attendees",
            "/api/v1/L10/327249/issues",
            "/api/v1/L10/327249/todos",
            "/api/v1/L10/327249/measurables",
        ]
        assert bloom.requests[2].query == {"include_resolved": ["true"]}
        assert bloom.requests[3].query == {"INCLUDE_CLOSED": ["true"]}


def test_async_user_details_fetches_reports_and_positions_together() -> None:
    with bloom_server(delay=0.1) as bloom:
        user = run("async", bloom.url, lambda client: client.user.details(include_all=True))
        assert bloom.server.max_in_flight == 3
    assert user.direct_reports and user.positions


@KINDS
def test_bulk_create_is_bounded_and_reports_each_item_in_input_order(kind: str) -> None:
    """At most `max_concurrent` creates in flight; refused and failed items keep their place."""

    def create(request: Request) -> Reply:
        if request.json()["title"] == "fails":
            return Reply(500, {"Message": "An error has occurred."}, delay=0.1)
        return bloom.handler.example("create_meeting_todo")

    with bloom_server(delay=0.1) as bloom:
        bloom.handler.on("create_meeting_todo", create)
        items = [
            {"title": "one", "meeting_id": 1},
            {"title": "fails", "meeting_id": 1},
            {"meeting_id": 1},
            {"title": "four", "meeting_id": 1},
            {"title": "five", "meeting_id": 1, "due_date": "2024-12-31"},
            {"title": "six", "meeting_id": "not an id"},
        ]
        result = run(kind, bloom.url, lambda client: client.todo.create_many(items, max_concurrent=2))
        assert bloom.server.max_in_flight == (2 if kind == "async" else 1)
        assert len(bloom.requests) == 4  # the refused items never reached the server
    assert [type(r) for r in result.results] == [Todo, BulkCreateError, BulkCreateError, Todo, Todo, BulkCreateError]
    assert [(f.index, f.input_data.get("title")) for f in result.failed] == [(1, "fails"), (2, None), (5, "six")]
    assert "500" in result.failed[0].error and result.failed[0].exception is not None
    assert result.failed[1].error == "title is required"
    assert "meeting_id must be an integer id" in result.failed[2].error
    assert len(result.successful) == 3


@KINDS
def test_get_many_reports_a_failed_meeting_in_its_place(kind: str) -> None:
    def meeting(request: Request) -> Reply:
        if request.path.endswith("/2"):
            return Reply(404, {"Message": "No such meeting."})
        return bloom.handler.example("get_meeting")

    with bloom_server(delay=0.05) as bloom:
        bloom.handler.on("get_meeting", meeting)
        result = run(kind, bloom.url, lambda client: client.meeting.get_many([1, 2, 3], max_concurrent=4))
        assert bloom.server.max_in_flight == (4 if kind == "async" else 1)
    assert [type(r).__name__ for r in result.results] == ["MeetingDetails", "BulkCreateError", "MeetingDetails"]
    failure = result.failed[0]
    assert failure.index == 1 and failure.input_data == {"meeting_id": 2}
    assert isinstance(failure.exception, NotFoundError) and failure.exception.status_code == 404


@KINDS
def test_meeting_create_many_adds_attendees_after_creating(kind: str) -> None:
    def attendee(request: Request) -> Reply:
        return Reply(403, {"Message": "Not allowed."}) if request.path.endswith("/66") else Reply(200)

    with bloom_server() as bloom:
        bloom.handler.on("add_meeting_attendee", attendee)
        items = [{"title": "A", "attendees": [5]}, {"title": "B", "attendees": [66]}, {"title": "C", "add_self": False}]
        result = run(kind, bloom.url, lambda client: client.meeting.create_many(items))
        creates = [r.json() for r in bloom.requests if r.path == "/api/v1/L10/create"]
    assert sorted(c["title"] for c in creates) == ["A", "B", "C"]
    assert {"title": "C", "addSelf": False} in creates
    assert result.successful == [
        {"meeting_id": 327355, "title": "A", "attendees": [5]},
        {"meeting_id": 327355, "title": "C", "attendees": []},
    ]
    assert [(f.index, "403" in f.error) for f in result.failed] == [(1, True)]
