"""`client.meeting`: Level 10 meetings, their attendees, issues, to-dos and metrics, and the whole at once."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from overlay_runtime import Call, Parallel, Resource, model, nothing, root_list

from .._bulk import DEFAULT_MAX_CONCURRENT, fill, prepare, report, run_all
from .._client import AsyncClient, Client
from .._exceptions import ValidationError
from .._params import Flow, ident, text
from ..models import BulkCreateResult, Issue, MeetingAttendee, MeetingDetails, MeetingListItem, ScorecardMetric, Todo
from ._wire import json_items

MeetingCreated = dict[str, Any]


def list_call(user_id: int | None = None) -> Call[builtins.list[MeetingListItem]]:
    path = "L10/list" if user_id is None else f"L10/{ident(user_id, 'user_id')}/list"
    return Call("GET", path, parse=root_list(MeetingListItem))


def attendees_call(meeting_id: int) -> Call[builtins.list[MeetingAttendee]]:
    return Call("GET", f"L10/{ident(meeting_id, 'meeting_id')}/attendees", parse=root_list(MeetingAttendee))


def issues_call(meeting_id: int, include_closed: bool = False) -> Call[builtins.list[Issue]]:
    mid = ident(meeting_id, "meeting_id")

    def parse(response: Any) -> builtins.list[Issue]:
        issues = root_list(Issue)(response)
        for issue in issues:
            issue.meeting_id = mid
        return issues

    return Call("GET", f"L10/{mid}/issues", params={"include_resolved": include_closed}, parse=parse)


def todos_call(meeting_id: int, include_closed: bool = False) -> Call[builtins.list[Todo]]:
    mid = ident(meeting_id, "meeting_id")
    return Call("GET", f"L10/{mid}/todos", params={"INCLUDE_CLOSED": include_closed}, parse=root_list(Todo))


def _metrics(response: Any) -> builtins.list[ScorecardMetric]:
    """Measurables with an id and a name (dividers and blanks are skipped); a non-list body is no metrics."""
    raws = [r for r in json_items(response) if isinstance(r, dict) and r.get("Id") and str(r.get("Name") or "").strip()]
    return [ScorecardMetric.model_validate(raw) for raw in raws]


def metrics_call(meeting_id: int) -> Call[builtins.list[ScorecardMetric]]:
    return Call("GET", f"L10/{ident(meeting_id, 'meeting_id')}/measurables", parse=_metrics)


def details_calls(meeting_id: int, include_closed: bool = False) -> builtins.list[Call[Any]]:
    """The five requests behind `details()`: meeting, attendees, issues, to-dos, metrics."""
    mid = ident(meeting_id, "meeting_id")
    return [
        Call("GET", f"L10/{mid}", parse=model(MeetingDetails)),
        attendees_call(mid),
        issues_call(mid, include_closed),
        todos_call(mid, include_closed),
        metrics_call(mid),
    ]


def assemble(parts: Sequence[Any]) -> MeetingDetails:
    meeting, attendees, issues, todos, metrics = parts
    details: MeetingDetails = meeting.model_copy(
        update={"attendees": attendees, "issues": issues, "todos": todos, "metrics": metrics}
    )
    return details


def meeting_details(meeting_id: int, include_closed: bool = False) -> Flow[MeetingDetails]:
    """One step of five requests: the async client sends them together, so it takes as long as the slowest."""
    return assemble((yield Parallel(details_calls(meeting_id, include_closed))))


def create_call(title: str, add_self: bool = True) -> Call[int]:
    def parse(response: Any) -> int:
        return int(response.json()["meetingId"])

    return Call("POST", "L10/create", json={"title": text(title, "title"), "addSelf": add_self}, parse=parse)


def add_attendee_call(meeting_id: int, user_id: int) -> Call[None]:
    path = f"L10/{ident(meeting_id, 'meeting_id')}/attendees/{ident(user_id, 'user_id')}"
    return Call("POST", path, parse=nothing)


def create_meeting(title: str, add_self: bool = True, attendees: Sequence[int] | None = None) -> Flow[MeetingCreated]:
    """Create the meeting, then add the attendees (together, in the async client)."""
    people = [ident(a, "attendee") for a in attendees or ()]
    meeting_id: int = yield create_call(title, add_self)
    if people:
        yield Parallel([add_attendee_call(meeting_id, user) for user in people])
    return {"meeting_id": meeting_id, "title": title, "attendees": people}


def delete_call(meeting_id: int) -> Call[bool]:
    return Call("DELETE", f"L10/{ident(meeting_id, 'meeting_id')}", parse=lambda response: True)


def _attendees(item: Mapping[str, Any]) -> builtins.list[int]:
    return [ident(a, "attendee") for a in item.get("attendees") or ()]


def _created(item: Mapping[str, Any], meeting_id: int) -> MeetingCreated:
    return {"meeting_id": meeting_id, "title": item["title"], "attendees": _attendees(item)}


def _create_one(item: Mapping[str, Any]) -> Call[int]:
    _attendees(item)  # refuse bad ids before any request
    return create_call(item["title"], item.get("add_self", True))


def create_many(meetings: Sequence[Mapping[str, Any]], max_concurrent: int | None) -> Flow[BulkCreateResult[Any]]:
    """All creates in one step, then all attendee additions in a second; an item fails if any of its calls did."""
    calls, slots = prepare(meetings, ["title"], _create_one)
    outcomes = fill(slots, (yield from run_all(calls, max_concurrent)))
    adds = [
        (index, add_attendee_call(created, user))
        for index, created in enumerate(outcomes)
        if not isinstance(created, BaseException)
        for user in _attendees(meetings[index])
    ]
    answers = yield from run_all([call for _, call in adds], max_concurrent)
    for (index, _), answer in zip(adds, answers, strict=True):
        if isinstance(answer, BaseException) and not isinstance(outcomes[index], BaseException):
            outcomes[index] = answer
    final = [o if isinstance(o, BaseException) else _created(meetings[i], o) for i, o in enumerate(outcomes)]
    return report(meetings, final)


def get_many(meeting_ids: Sequence[int], max_concurrent: int | None) -> Flow[BulkCreateResult[MeetingDetails]]:
    """`details()` of each meeting: all 5 x n requests in one step, at most `max_concurrent` at a time."""
    groups: builtins.list[builtins.list[Call[Any]] | ValidationError] = []
    for meeting_id in meeting_ids:
        try:
            groups.append(details_calls(meeting_id))
        except ValidationError as exc:
            groups.append(exc)
    calls = [call for group in groups if not isinstance(group, ValidationError) for call in group]
    answers = iter((yield from run_all(calls, max_concurrent)))
    outcomes: builtins.list[Any] = []
    for group in groups:
        if isinstance(group, ValidationError):
            outcomes.append(group)
            continue
        parts = [next(answers) for _ in group]
        failed = next((p for p in parts if isinstance(p, BaseException)), None)
        outcomes.append(failed if failed is not None else assemble(parts))
    return report([{"meeting_id": mid} for mid in meeting_ids], outcomes)


class Meetings(Resource[Client]):
    def list(self, user_id: int | None = None) -> builtins.list[MeetingListItem]:
        """The meetings the user attends (default: you)."""
        return self._client.run(list_call(user_id))

    def attendees(self, meeting_id: int) -> builtins.list[MeetingAttendee]:
        return self._client.run(attendees_call(meeting_id))

    def issues(self, meeting_id: int, include_closed: bool = False) -> builtins.list[Issue]:
        return self._client.run(issues_call(meeting_id, include_closed))

    def todos(self, meeting_id: int, include_closed: bool = False) -> builtins.list[Todo]:
        return self._client.run(todos_call(meeting_id, include_closed))

    def metrics(self, meeting_id: int) -> builtins.list[ScorecardMetric]:
        return self._client.run(metrics_call(meeting_id))

    def details(self, meeting_id: int, include_closed: bool = False) -> MeetingDetails:
        """The meeting with its attendees, issues, to-dos and metrics (5 requests, one after another here)."""
        return self._client.run(meeting_details(meeting_id, include_closed))

    def create(self, title: str, add_self: bool = True, attendees: Sequence[int] | None = None) -> MeetingCreated:
        """Create a meeting; returns `{"meeting_id", "title", "attendees"}`."""
        return self._client.run(create_meeting(title, add_self, attendees))

    def delete(self, meeting_id: int) -> bool:
        return self._client.run(delete_call(meeting_id))

    def create_many(
        self, meetings: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[MeetingCreated]:
        """Create many meetings (keys `title`, `add_self`, `attendees`); failures are reported per item."""
        return self._client.run(create_many(meetings, max_concurrent))

    def get_many(
        self, meeting_ids: Sequence[int], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[MeetingDetails]:
        """`details()` of many meetings; failures are reported per meeting (`input_data={"meeting_id": id}`)."""
        return self._client.run(get_many(meeting_ids, max_concurrent))


class AsyncMeetings(Resource[AsyncClient]):
    async def list(self, user_id: int | None = None) -> builtins.list[MeetingListItem]:
        """The meetings the user attends (default: you)."""
        return await self._client.run(list_call(user_id))

    async def attendees(self, meeting_id: int) -> builtins.list[MeetingAttendee]:
        return await self._client.run(attendees_call(meeting_id))

    async def issues(self, meeting_id: int, include_closed: bool = False) -> builtins.list[Issue]:
        return await self._client.run(issues_call(meeting_id, include_closed))

    async def todos(self, meeting_id: int, include_closed: bool = False) -> builtins.list[Todo]:
        return await self._client.run(todos_call(meeting_id, include_closed))

    async def metrics(self, meeting_id: int) -> builtins.list[ScorecardMetric]:
        return await self._client.run(metrics_call(meeting_id))

    async def details(self, meeting_id: int, include_closed: bool = False) -> MeetingDetails:
        """The meeting with its attendees, issues, to-dos and metrics (5 requests, sent concurrently)."""
        return await self._client.run(meeting_details(meeting_id, include_closed))

    async def create(self, title: str, add_self: bool = True, attendees: Sequence[int] | None = None) -> MeetingCreated:
        """Create a meeting; returns `{"meeting_id", "title", "attendees"}`."""
        return await self._client.run(create_meeting(title, add_self, attendees))

    async def delete(self, meeting_id: int) -> bool:
        return await self._client.run(delete_call(meeting_id))

    async def create_many(
        self, meetings: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[MeetingCreated]:
        """Create many meetings (keys `title`, `add_self`, `attendees`); failures are reported per item."""
        return await self._client.run(create_many(meetings, max_concurrent))

    async def get_many(
        self, meeting_ids: Sequence[int], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[MeetingDetails]:
        """`details()` of many meetings; failures are reported per meeting (`input_data={"meeting_id": id}`)."""
        return await self._client.run(get_many(meeting_ids, max_concurrent))
