"""`client.todo`: to-dos (personal and meeting), created, updated and completed; many at once."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from overlay_runtime import Call, Resource, model, nothing, root_list

from .._bulk import DEFAULT_MAX_CONCURRENT, bulk_flow
from .._client import AsyncClient, Client
from .._exceptions import ValidationError
from .._params import Flow, drop_none, due, ident, one_of, text
from ..models import BulkCreateResult, Todo

DueDate = date | datetime | str | None


def list_call(user_id: int | None = None, meeting_id: int | None = None) -> Call[builtins.list[Todo]]:
    """A meeting's to-dos, a user's, or (neither given) yours."""
    one_of(user_id, meeting_id)
    if meeting_id is not None:
        path = f"L10/{ident(meeting_id, 'meeting_id')}/todos"
    else:
        path = "todo/users/mine" if user_id is None else f"todo/user/{ident(user_id, 'user_id')}"
    return Call("GET", path, parse=root_list(Todo))


def details_call(todo_id: int) -> Call[Todo]:
    return Call("GET", f"todo/{ident(todo_id, 'todo_id')}", parse=model(Todo))


def create_call(
    title: str,
    meeting_id: int | None = None,
    due_date: DueDate = None,
    user_id: int | None = None,
    notes: str | None = None,
) -> Call[Todo]:
    """A meeting to-do (`POST L10/{id}/todos`) or, without a meeting, a personal one (`POST todo/create`).

    The owner defaults to you on the server's side, as does the due date (in 7 days).
    """
    body = drop_none(
        {
            "title": text(title, "title"),
            "accountableUserId": None if user_id is None else ident(user_id, "user_id"),
            "notes": notes,
            "dueDate": due(due_date),
        }
    )
    if meeting_id is None:
        return Call("POST", "todo/create", json=body, parse=model(Todo))
    mid = ident(meeting_id, "meeting_id")

    def parse(response: Any) -> Todo:
        todo = Todo.model_validate_json(response.content)
        todo.meeting_id = mid if todo.meeting_id is None else todo.meeting_id
        return todo

    return Call("POST", f"L10/{mid}/todos", json=body, parse=parse)


def complete_todo(todo_id: int) -> Flow[Todo]:
    """Mark it complete (setting a state: safe to retry), then read it back."""
    tid = ident(todo_id, "todo_id")
    yield Call("POST", f"todo/{tid}/complete", params={"status": True}, parse=nothing, idempotent=True)
    todo: Todo = yield details_call(tid)
    return todo


def update_todo(todo_id: int, title: str | None = None, due_date: DueDate = None) -> Flow[Todo]:
    """Change the title and/or due date, then read it back."""
    tid = ident(todo_id, "todo_id")
    body = drop_none({"title": None if title is None else text(title, "title"), "dueDate": due(due_date)})
    if not body:
        raise ValidationError("At least one field must be provided")
    yield Call("PUT", f"todo/{tid}", json=body, parse=nothing)
    todo: Todo = yield details_call(tid)
    return todo


def _create_item(item: Mapping[str, Any]) -> Call[Todo]:
    return create_call(item["title"], item["meeting_id"], item.get("due_date"), item.get("user_id"), item.get("notes"))


def create_many(todos: Sequence[Mapping[str, Any]], max_concurrent: int | None) -> Flow[BulkCreateResult[Todo]]:
    return bulk_flow(todos, ["title", "meeting_id"], _create_item, max_concurrent)


class Todos(Resource[Client]):
    def list(self, user_id: int | None = None, meeting_id: int | None = None) -> builtins.list[Todo]:
        """A meeting's to-dos, a user's, or (neither given) yours."""
        return self._client.run(list_call(user_id, meeting_id))

    def details(self, todo_id: int) -> Todo:
        return self._client.run(details_call(todo_id))

    def create(
        self,
        title: str,
        meeting_id: int | None = None,
        due_date: DueDate = None,
        user_id: int | None = None,
        notes: str | None = None,
    ) -> Todo:
        """A to-do in a meeting, or a personal one; `due_date` like `"2024-12-31"` or a date."""
        return self._client.run(create_call(title, meeting_id, due_date, user_id, notes))

    def complete(self, todo_id: int) -> Todo:
        return self._client.run(complete_todo(todo_id))

    def update(self, todo_id: int, title: str | None = None, due_date: DueDate = None) -> Todo:
        return self._client.run(update_todo(todo_id, title, due_date))

    def create_many(
        self, todos: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[Todo]:
        """Create many to-dos (keys `title`, `meeting_id`, `due_date`, `user_id`, `notes`), reported per item."""
        return self._client.run(create_many(todos, max_concurrent))


class AsyncTodos(Resource[AsyncClient]):
    async def list(self, user_id: int | None = None, meeting_id: int | None = None) -> builtins.list[Todo]:
        """A meeting's to-dos, a user's, or (neither given) yours."""
        return await self._client.run(list_call(user_id, meeting_id))

    async def details(self, todo_id: int) -> Todo:
        return await self._client.run(details_call(todo_id))

    async def create(
        self,
        title: str,
        meeting_id: int | None = None,
        due_date: DueDate = None,
        user_id: int | None = None,
        notes: str | None = None,
    ) -> Todo:
        """A to-do in a meeting, or a personal one; `due_date` like `"2024-12-31"` or a date."""
        return await self._client.run(create_call(title, meeting_id, due_date, user_id, notes))

    async def complete(self, todo_id: int) -> Todo:
        return await self._client.run(complete_todo(todo_id))

    async def update(self, todo_id: int, title: str | None = None, due_date: DueDate = None) -> Todo:
        return await self._client.run(update_todo(todo_id, title, due_date))

    async def create_many(
        self, todos: Sequence[Mapping[str, Any]], max_concurrent: int = DEFAULT_MAX_CONCURRENT
    ) -> BulkCreateResult[Todo]:
        """Create many to-dos (keys `title`, `meeting_id`, `due_date`, `user_id`, `notes`), reported per item."""
        return await self._client.run(create_many(todos, max_concurrent))
