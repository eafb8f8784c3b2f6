"""`client.issue`: issues (IDS) of meetings and users: create, update, complete, remove; many at once."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from overlay_runtime import Call, Resource, model, nothing, root_list

from .._bulk import DEFAULT_MAX_CONCURRENT, bulk_flow
from .._client import AsyncClient, Client
from .._exceptions import ValidationError
from .._params import Flow, drop_none, ident, one_of, text
from ..models import BulkCreateResult, CreatedIssue, IssueDetails, IssueListItem


def details_call(issue_id: int) -> Call[IssueDetails]:
    return Call("GET", f"issues/{ident(issue_id, 'issue_id')}", parse=model(IssueDetails))


def list_call(user_id: int | None = None, meeting_id: int | None = None) -> Call[builtins.list[IssueListItem]]:
    """A meeting's issues, a user's, or (neither given) yours."""
    one_of(user_id, meeting_id)
    if meeting_id is not None:
        path = f"L10/{ident(meeting_id, 'meeting_id')}/issues"
    else:
        path = "issues/users/mine" if user_id is None else f"issues/users/{ident(user_id, 'user_id')}"
    return Call("GET", path, parse=root_list(IssueListItem))


def create_call(
    meeting_id: int, title: str, user_id: int | None = None, notes: str | None = None
) -> Call[CreatedIssue]:
    """An issue in a meeting, owned by `user_id` (default: you, on the server's side)."""
    mid = ident(meeting_id, "meeting_id")
    owner = None if user_id is None else ident(user_id, "user_id")
    body = drop_none({"meetingId": mid, "title": text(title, "title"), "ownerId": owner, "notes": notes})

    def parse(response: Any) -> CreatedIssue:
        issue = CreatedIssue.model_validate_json(response.content)
        issue.meeting_id = mid if issue.meeting_id is None else issue.meeting_id
        return issue

    return Call("POST", "issues/create", json=body, parse=parse)


def complete_issue(issue_id: int) -> Flow[IssueDetails]:
    """Solve it (setting a state: safe to retry), then read it back."""
    iid = ident(issue_id, "issue_id")
    yield Call("POST", f"issues/{iid}/complete", json={"complete": True}, parse=nothing, idempotent=True)
    issue: IssueDetails = yield details_call(iid)
    return issue


def update_issue(issue_id: int, title: str | None = None, notes: str | None = None) -> Flow[IssueDetails]:
    iid = ident(issue_id, "issue_id")
    body = drop_none({"title": None if title is None else text(title, "title"), "notes": notes})
    if not body:
        raise ValidationError("At least one field (title or notes) must be provided")
    yield Call("PUT", f"issues/{iid}", json=body, parse=nothing)
    issue: IssueDetails = yield details_call(iid)
    return issue


def delete_call(issue_id: int, meeting_id: int) -> Call[None]:
    """Remove the issue from its meeting (v1 has no other way to delete one)."""
    path = f"L10/{ident(meeting_id, 'meeting_id')}/issues/{ident(issue_id, 'issue_id')}"
    return Call("DELETE", path, parse=nothing)


def _create_item(item: Mapping[str, Any]) -> Call[CreatedIssue]:
    return create_call(item["meeting_id"], item["title"], item.get("user_id"), item.get("notes"))


def create_many(
    issues: Sequence[Mapping[str, Any]], max_concurrent: int | None
) -> Flow[BulkCreateResult[CreatedIssue]]:
    return bulk_flow(issues, ["meeting_id", "title"], _create_item, max_concurrent)


class Issues(Resource[Client]):
    def details(self, issue_id: int) -> IssueDetails:
        return self._client.run(details_call(issue_id))

    def list(self, user_id: int | None = None, meeting_id: int | None = None) -> builtins.list[IssueListItem]:
        """A meeting's issues, a user's, or (neither given) yours."""
        return self._client.run(list_call(user_id, meeting_id))

    def create(self, meeting_id: int, title: str, user_id: int | None = None, notes: str | None = None) -> CreatedIssue:
        return self._client.run(create_call(meeting_id, title, user_id, notes))

    def complete(self, issue_id: int) -> IssueDetails:
        """Solve the issue; returns it as it now is."""
        return self._client.run(complete_issue(issue_id))

    def update(self, issue_id: int, title: str | None = None, notes: str | None = None) -> IssueDetails:
        return self._client.run(update_issue(issue_id, title, notes))

    def delete(self, issue_id: int, meeting_id: int) -> None:
        """Remove the issue from the meeting (the Ruby gem's `issue.delete`)."""
        self._client.run(delete_call(issue_id, meeting_id))

    def create_many(
        self, issues: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[CreatedIssue]:
        """Create many issues (keys `meeting_id`, `title`, `user_id`, `notes`), reported per item."""
        return self._client.run(create_many(issues, max_concurrent))


class AsyncIssues(Resource[AsyncClient]):
    async def details(self, issue_id: int) -> IssueDetails:
        return await self._client.run(details_call(issue_id))

    async def list(self, user_id: int | None = None, meeting_id: int | None = None) -> builtins.list[IssueListItem]:
        """A meeting's issues, a user's, or (neither given) yours."""
        return await self._client.run(list_call(user_id, meeting_id))

    async def create(
        self, meeting_id: int, title: str, user_id: int | None = None, notes: str | None = None
    ) -> CreatedIssue:
        return await self._client.run(create_call(meeting_id, title, user_id, notes))

    async def complete(self, issue_id: int) -> IssueDetails:
        """Solve the issue; returns it as it now is."""
        return await self._client.run(complete_issue(issue_id))

    async def update(self, issue_id: int, title: str | None = None, notes: str | None = None) -> IssueDetails:
        return await self._client.run(update_issue(issue_id, title, notes))

    async def delete(self, issue_id: int, meeting_id: int) -> None:
        """Remove the issue from the meeting (the Ruby gem's `issue.delete`)."""
        await self._client.run(delete_call(issue_id, meeting_id))

    async def create_many(
        self, issues: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[CreatedIssue]:
        """Create many issues (keys `meeting_id`, `title`, `user_id`, `notes`), reported per item."""
        return await self._client.run(create_many(issues, max_concurrent))
