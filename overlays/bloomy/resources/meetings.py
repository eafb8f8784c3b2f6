"""`client.meeting`: Level 10 meetings, their attendees, issues, to-dos and metrics, and the whole at once."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from bloomy_api import pydantic_models as schemas
from bloomy_api.api.meetings import (
    add_meeting_attendee,
    create_meeting,
    delete_meeting,
    get_meeting,
    get_meeting_attendees,
    get_meeting_issues,
    get_meeting_measurables,
    get_meeting_todos,
    list_meetings,
    list_user_meetings,
)
from bloomy_api.models import CreateMeetingRequest
from overlay_runtime import (
    Call,
    ClientT,
    OperationFlow,
    Parallel,
    field_of,
    model,
    nothing,
    operation,
    root_list,
    validate_python,
)

from .._bulk import fill, prepare, refusal, report, run_all
from .._constants import DEFAULT_MAX_CONCURRENT
from .._params import ident, text
from ..models import BulkCreateResult, Issue, MeetingAttendee, MeetingDetails, MeetingListItem, ScorecardMetric, Todo
from ._base import BloomyResource
from ._wire import json_items, wire_key

MeetingCreated = dict[str, Any]
METRIC_ID, METRIC_NAME = wire_key(schemas.Measurable, "id"), wire_key(schemas.Measurable, "name")


def attendees_call(meeting_id: int) -> Call[builtins.list[MeetingAttendee]]:
    request = get_meeting_attendees.build_request(ident(meeting_id, "meeting_id"))
    return Call(request, parse=root_list(MeetingAttendee))


def issues_call(meeting_id: int, include_closed: bool = False) -> Call[builtins.list[Issue]]:
    """The meeting's issues, each marked with the meeting's id (the list does not carry it)."""
    mid = ident(meeting_id, "meeting_id")

    def parse(response: httpx.Response) -> builtins.list[Issue]:
        issues = root_list(Issue)(response)
        for issue in issues:
            if isinstance(issue, Issue):  # not an item kept as received
                issue.meeting_id = mid
        return issues

    return Call(get_meeting_issues.build_request(mid, include_resolved=include_closed), parse=parse)


def todos_call(meeting_id: int, include_closed: bool = False) -> Call[builtins.list[Todo]]:
    request = get_meeting_todos.build_request(ident(meeting_id, "meeting_id"), include_closed=include_closed)
    return Call(request, parse=root_list(Todo))


def _metrics(response: httpx.Response) -> builtins.list[ScorecardMetric]:
    """Measurables with an id and a name (dividers and blanks are skipped); a non-list body is no metrics."""
    raws = [
        r
        for r in json_items(response)
        if isinstance(r, dict) and r.get(METRIC_ID) and str(r.get(METRIC_NAME) or "").strip()
    ]
    return [validate_python(ScorecardMetric, raw) for raw in raws]


def metrics_call(meeting_id: int) -> Call[builtins.list[ScorecardMetric]]:
    return Call(get_meeting_measurables.build_request(ident(meeting_id, "meeting_id")), parse=_metrics)


def details_calls(meeting_id: int, include_closed: bool = False) -> builtins.list[Call[Any]]:
    """The five requests behind `details()`: meeting, attendees, issues, to-dos, metrics."""
    mid = ident(meeting_id, "meeting_id")
    return [
        Call(get_meeting.build_request(mid), parse=model(MeetingDetails)),
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


def create_call(title: str, add_self: bool = True) -> Call[int]:
    """Create a meeting; its result is the new meeting's id."""
    body = CreateMeetingRequest(title=text(title, "title"), add_self=add_self)
    return Call(create_meeting.build_request(body=body), parse=field_of(schemas.CreatedMeeting, "meeting_id"))


def add_attendee_call(meeting_id: int, user_id: int) -> Call[None]:
    request = add_meeting_attendee.build_request(ident(meeting_id, "meeting_id"), ident(user_id, "user_id"))
    return Call(request, parse=nothing)


def _attendees(item: Mapping[str, Any]) -> builtins.list[int]:
    return [ident(a, "attendee") for a in item.get("attendees") or ()]


def _created(item: Mapping[str, Any], meeting_id: int) -> MeetingCreated:
    return {"meeting_id": meeting_id, "title": item["title"], "attendees": _attendees(item)}


def _create_one(item: Mapping[str, Any]) -> Call[int]:
    _attendees(item)  # refuse bad ids before any request
    return create_call(item["title"], item.get("add_self", True))


def create_many(
    meetings: Sequence[Mapping[str, Any]], max_concurrent: int | None
) -> OperationFlow[BulkCreateResult[MeetingCreated]]:
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


def get_many(meeting_ids: Sequence[int], max_concurrent: int | None) -> OperationFlow[BulkCreateResult[MeetingDetails]]:
    """`details()` of each meeting: all 5 x n requests in one step, at most `max_concurrent` at a time."""
    groups: builtins.list[builtins.list[Call[Any]] | Exception] = []
    for meeting_id in meeting_ids:
        try:
            groups.append(details_calls(meeting_id))
        except (ValueError, TypeError) as exc:
            groups.append(refusal(exc))
    calls = [call for group in groups if not isinstance(group, Exception) for call in group]
    answers = iter((yield from run_all(calls, max_concurrent)))
    outcomes: builtins.list[Any] = []
    for group in groups:
        if isinstance(group, Exception):
            outcomes.append(group)
            continue
        parts = [next(answers) for _ in group]
        failed = next((p for p in parts if isinstance(p, BaseException)), None)
        outcomes.append(failed if failed is not None else assemble(parts))
    return report([{"meeting_id": mid} for mid in meeting_ids], outcomes)


class Meetings(BloomyResource[ClientT]):
    @operation
    def list(self, user_id: int | None = None) -> Call[builtins.list[MeetingListItem]]:
        """The meetings the user attends (default: you)."""
        user_id = self._who(user_id)
        if user_id is None:
            request = list_meetings.build_request()
        else:
            request = list_user_meetings.build_request(ident(user_id, "user_id"))
        return Call(request, parse=root_list(MeetingListItem))

    @operation
    def attendees(self, meeting_id: int) -> Call[builtins.list[MeetingAttendee]]:
        return attendees_call(meeting_id)

    @operation
    def issues(self, meeting_id: int, include_closed: bool = False) -> Call[builtins.list[Issue]]:
        return issues_call(meeting_id, include_closed)

    @operation
    def todos(self, meeting_id: int, include_closed: bool = False) -> Call[builtins.list[Todo]]:
        return todos_call(meeting_id, include_closed)

    @operation
    def metrics(self, meeting_id: int) -> Call[builtins.list[ScorecardMetric]]:
        return metrics_call(meeting_id)

    @operation
    def details(self, meeting_id: int, include_closed: bool = False) -> OperationFlow[MeetingDetails]:
        """The meeting with its attendees, issues, to-dos and metrics: five requests in one step, sent
        concurrently by the async client (so it takes as long as the slowest), one after another by the sync one."""
        return assemble((yield Parallel(details_calls(meeting_id, include_closed))))

    @operation
    def create(
        self, title: str, add_self: bool = True, attendees: Sequence[int] | None = None
    ) -> OperationFlow[MeetingCreated]:
        """Create a meeting, then add the attendees (together, in the async client);
        returns `{"meeting_id", "title", "attendees"}`."""
        people = [ident(a, "attendee") for a in attendees or ()]
        meeting_id: int = yield create_call(title, add_self)
        if people:
            yield Parallel([add_attendee_call(meeting_id, user) for user in people])
        return {"meeting_id": meeting_id, "title": title, "attendees": people}

    @operation
    def delete(self, meeting_id: int) -> Call[bool]:
        return Call(delete_meeting.build_request(ident(meeting_id, "meeting_id")), parse=lambda response: True)

    @operation
    def create_many(
        self, meetings: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> OperationFlow[BulkCreateResult[MeetingCreated]]:
        """Create many meetings (keys `title`, `add_self`, `attendees`); failures are reported per item."""
        return create_many(meetings, max_concurrent)

    @operation
    def get_many(
        self, meeting_ids: Sequence[int], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> OperationFlow[BulkCreateResult[MeetingDetails]]:
        """`details()` of many meetings; failures are reported per meeting (`input_data={"meeting_id": id}`)."""
        return get_many(meeting_ids, max_concurrent)
