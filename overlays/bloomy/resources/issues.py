"""`client.issue`: issues (IDS) of meetings and users: create, update, complete, remove; many at once."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from bloomy_api.api.issues import complete_issue, create_issue, get_issue, get_my_issues, get_user_issues, update_issue
from bloomy_api.api.meetings import get_meeting_issues, remove_meeting_issue
from bloomy_api.models import CompleteIssueRequest, CreateIssueRequest, UpdateIssueRequest
from bloomy_api.types import or_unset
from overlay_runtime import Call, ClientT, OperationFlow, model, nothing, operation, root_list, validate_json

from .._bulk import bulk_flow
from .._constants import DEFAULT_MAX_CONCURRENT
from .._exceptions import ValidationError
from .._params import ident, one_of, text
from ..models import BulkCreateResult, CreatedIssue, IssueDetails, IssueListItem
from ._base import BloomyResource


def details_call(issue_id: int) -> Call[IssueDetails]:
    return Call(get_issue.build_request(ident(issue_id, "issue_id")), parse=model(IssueDetails))


def create_call(
    meeting_id: int, title: str, user_id: int | None = None, notes: str | None = None
) -> Call[CreatedIssue]:
    """An issue in a meeting, owned by `user_id` (default: you, on the server's side)."""
    mid = ident(meeting_id, "meeting_id")
    owner = None if user_id is None else ident(user_id, "user_id")
    body = CreateIssueRequest(
        meeting_id=mid, title=text(title, "title"), owner_id=or_unset(owner), notes=or_unset(notes)
    )

    def parse(response: httpx.Response) -> CreatedIssue:
        issue = validate_json(CreatedIssue, response.content)
        issue.meeting_id = mid if issue.meeting_id is None else issue.meeting_id
        return issue

    return Call(create_issue.build_request(body=body), parse=parse)


def _create_item(item: Mapping[str, Any], user_id: int | None) -> Call[CreatedIssue]:
    return create_call(item["meeting_id"], item["title"], user_id, item.get("notes"))


class Issues(BloomyResource[ClientT]):
    @operation
    def details(self, issue_id: int) -> Call[IssueDetails]:
        return details_call(issue_id)

    @operation
    def list(self, user_id: int | None = None, meeting_id: int | None = None) -> Call[builtins.list[IssueListItem]]:
        """A meeting's issues, a user's, or (neither given) yours."""
        one_of(user_id, meeting_id)
        if meeting_id is not None:
            request = get_meeting_issues.build_request(ident(meeting_id, "meeting_id"))
        elif (user_id := self._who(user_id)) is None:
            request = get_my_issues.build_request()
        else:
            request = get_user_issues.build_request(ident(user_id, "user_id"))
        return Call(request, parse=root_list(IssueListItem))

    @operation
    def create(
        self, meeting_id: int, title: str, user_id: int | None = None, notes: str | None = None
    ) -> Call[CreatedIssue]:
        return create_call(meeting_id, title, self._who(user_id), notes)

    @operation
    def complete(self, issue_id: int) -> OperationFlow[IssueDetails]:
        """Solve the issue (setting a state: safe to retry); returns it as it now is."""
        iid = ident(issue_id, "issue_id")
        request = complete_issue.build_request(iid, body=CompleteIssueRequest(complete=True))
        yield Call(request, parse=nothing, idempotent=True)
        issue: IssueDetails = yield details_call(iid)
        return issue

    @operation
    def update(self, issue_id: int, title: str | None = None, notes: str | None = None) -> OperationFlow[IssueDetails]:
        iid = ident(issue_id, "issue_id")
        if title is None and notes is None:
            raise ValidationError("At least one field (title or notes) must be provided")
        body = UpdateIssueRequest(
            title=or_unset(None if title is None else text(title, "title")), notes=or_unset(notes)
        )
        yield Call(update_issue.build_request(iid, body=body), parse=nothing)
        issue: IssueDetails = yield details_call(iid)
        return issue

    @operation
    def delete(self, issue_id: int, meeting_id: int) -> Call[None]:
        """Remove the issue from the meeting (v1 has no other way to delete one; the Ruby gem's `issue.delete`)."""
        request = remove_meeting_issue.build_request(ident(meeting_id, "meeting_id"), ident(issue_id, "issue_id"))
        return Call(request, parse=nothing)

    @operation
    def create_many(
        self, issues: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> OperationFlow[BulkCreateResult[CreatedIssue]]:
        """Create many issues (keys `meeting_id`, `title`, `user_id`, `notes`), reported per item."""
        return bulk_flow(
            issues,
            ["meeting_id", "title"],
            lambda item: _create_item(item, self._who(item.get("user_id"))),
            max_concurrent,
        )
