"""`client.todo`: to-dos (personal and meeting), created, updated and completed; many at once."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import httpx

from bloomy_api.api.meetings import create_meeting_todo, get_meeting_todos
from bloomy_api.api.todos import complete_todo, create_todo, get_my_todos, get_todo, get_user_todos, update_todo
from bloomy_api.models import CreateMeetingTodoRequest, CreateTodoRequest, UpdateTodoRequest
from bloomy_api.types import or_unset
from overlay_runtime import Call, ClientT, OperationFlow, model, nothing, operation, root_list, validate_json

from .._bulk import bulk_flow
from .._constants import DEFAULT_MAX_CONCURRENT
from .._exceptions import ValidationError
from .._params import due, ident, one_of, text
from ..models import BulkCreateResult, Todo
from ._base import BloomyResource

DueDate = date | datetime | str | None


def details_call(todo_id: int) -> Call[Todo]:
    return Call(get_todo.build_request(ident(todo_id, "todo_id")), parse=model(Todo))


def create_call(
    title: str,
    meeting_id: int | None = None,
    due_date: DueDate = None,
    user_id: int | None = None,
    notes: str | None = None,
) -> Call[Todo]:
    """A meeting to-do (`create_meeting_todo`) or, without a meeting, a personal one (`create_todo`).

    The owner defaults to you on the server's side, as does the due date (in 7 days).
    """
    name = text(title, "title")
    owner = or_unset(None if user_id is None else ident(user_id, "user_id"))
    when = or_unset(due(due_date))
    if meeting_id is None:
        body = CreateTodoRequest(title=name, notes=or_unset(notes), accountable_user_id=owner, due_date=when)
        return Call(create_todo.build_request(body=body), parse=model(Todo))
    mid = ident(meeting_id, "meeting_id")
    meeting_body = CreateMeetingTodoRequest(title=name, notes=or_unset(notes), accountable_user_id=owner, due_date=when)

    def parse(response: httpx.Response) -> Todo:
        todo = validate_json(Todo, response.content)
        todo.meeting_id = mid if todo.meeting_id is None else todo.meeting_id
        return todo

    return Call(create_meeting_todo.build_request(mid, body=meeting_body), parse=parse)


def _create_item(item: Mapping[str, Any], user_id: int | None) -> Call[Todo]:
    return create_call(item["title"], item["meeting_id"], item.get("due_date"), user_id, item.get("notes"))


class Todos(BloomyResource[ClientT]):
    @operation
    def list(self, user_id: int | None = None, meeting_id: int | None = None) -> Call[builtins.list[Todo]]:
        """A meeting's to-dos, a user's, or (neither given) yours."""
        one_of(user_id, meeting_id)
        if meeting_id is not None:
            request = get_meeting_todos.build_request(ident(meeting_id, "meeting_id"))
        elif (user_id := self._who(user_id)) is None:
            request = get_my_todos.build_request()
        else:
            request = get_user_todos.build_request(ident(user_id, "user_id"))
        return Call(request, parse=root_list(Todo))

    @operation
    def details(self, todo_id: int) -> Call[Todo]:
        return details_call(todo_id)

    @operation
    def create(
        self,
        title: str,
        meeting_id: int | None = None,
        due_date: DueDate = None,
        user_id: int | None = None,
        notes: str | None = None,
    ) -> Call[Todo]:
        """A to-do in a meeting, or a personal one; `due_date` like `"2024-12-31"` or a date."""
        return create_call(title, meeting_id, due_date, self._who(user_id), notes)

    @operation
    def complete(self, todo_id: int) -> OperationFlow[Todo]:
        """Mark it complete (setting a state: safe to retry), then read it back."""
        tid = ident(todo_id, "todo_id")
        yield Call(complete_todo.build_request(tid, status=True), parse=nothing, idempotent=True)
        todo: Todo = yield details_call(tid)
        return todo

    @operation
    def update(self, todo_id: int, title: str | None = None, due_date: DueDate = None) -> OperationFlow[Todo]:
        """Change the title and/or due date, then read it back."""
        tid = ident(todo_id, "todo_id")
        if title is None and due_date is None:
            raise ValidationError("At least one field must be provided")
        body = UpdateTodoRequest(
            title=or_unset(None if title is None else text(title, "title")), due_date=or_unset(due(due_date))
        )
        yield Call(update_todo.build_request(tid, body=body), parse=nothing)
        todo: Todo = yield details_call(tid)
        return todo

    @operation
    def create_many(
        self, todos: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> OperationFlow[BulkCreateResult[Todo]]:
        """Create many to-dos (keys `title`, `meeting_id`, `due_date`, `user_id`, `notes`), reported per item."""
        return bulk_flow(
            todos,
            ["title", "meeting_id"],
            lambda item: _create_item(item, self._who(item.get("user_id"))),
            max_concurrent,
        )
