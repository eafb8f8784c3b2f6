"""To-dos, issues and people headlines: create, read, change, complete, move."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ._core import StateCore, locked
from ._model import Compartment, Headline, Issue, Todo
from ._wire import midnight

__all__ = ["ItemOps"]

NOTES = "https://notes.bloomgrowth.com/p"


def notes_link(pad: str, **flags: bool | None) -> dict[str, str]:
    query = "&".join(f"{name}={str(value).lower()}" for name, value in flags.items() if value is not None)
    return {"URL": f"{NOTES}/{pad}" + (f"?{query}" if query else "")}


class ItemOps(StateCore):
    # -- to-dos ------------------------------------------------------------------------------
    @locked
    def create_todo(
        self,
        title: str | None,
        owner: int,
        meeting_id: int | None = None,
        notes: str | None = None,
        due: datetime | None = None,
    ) -> dict[str, Any]:
        """A meeting to-do (last in the meeting's order) or a personal one; due in 7 days unless given."""
        if meeting_id is not None:
            self._meeting(meeting_id)
        now = self.clock()
        ordering = sum(1 for t in self.org.todos.values() if t.meeting_id == meeting_id) if meeting_id else 0
        todo = Todo(
            id=self.org.new_id("todo", 9876543),
            title=self._title(title),
            owner_id=self._user(owner).id,
            meeting_id=meeting_id,
            created=now,
            due=due if due is not None else midnight(now.date() + timedelta(days=7)),
            ordering=ordering,
            notes=notes or "",
        )
        self.org.todos[todo.id] = todo
        return self.render.todo(todo)

    @locked
    def todo(self, todo_id: int) -> dict[str, Any]:
        return self.render.todo(self._todo(todo_id))

    @locked
    def update_todo(self, todo_id: int, title: str | None = None, due: datetime | None = None) -> None:
        todo = self._todo(todo_id)
        if title is not None:
            todo.title = self._title(title)
        if due is not None:
            todo.due = due

    @locked
    def complete_todo(self, todo_id: int, status: bool = True) -> bool:
        """Complete (`status=True`) or reopen; completing twice keeps the first completion time."""
        todo = self._todo(todo_id)
        if not status:
            todo.completed, todo.closed = None, None
        elif todo.completed is None:
            todo.completed = self.clock()
        return True

    @locked
    def todos_of(self, user_id: int) -> list[dict[str, Any]]:
        """The user's to-dos that are not closed (open and recently completed), meetings' and personal."""
        self._user(user_id)
        found = [t for t in self.org.todos.values() if t.owner_id == user_id and t.closed is None]
        return [self.render.todo(t) for t in sorted(found, key=lambda t: (t.due is None, t.due, t.id))]

    @locked
    def todo_notes(self, todo_id: int) -> dict[str, str]:
        return notes_link(f"todo-{self._todo(todo_id).id}")

    def notes(self, kind: str, ident: int) -> str:
        """The text of an item's notes pad (`todo`, `issue`, `headline`, `rock`)."""
        tables: dict[str, dict[int, Any]] = {
            "todo": self.org.todos,
            "issue": self.org.issues,
            "headline": self.org.headlines,
            "rock": self.org.rocks,
        }
        with self.lock:
            return str(self._get(tables[kind], kind.capitalize(), ident).notes)

    # -- issues ------------------------------------------------------------------------------
    @locked
    def create_issue(self, meeting_id: int, title: str | None, owner: int, notes: str | None = None) -> dict[str, Any]:
        meeting = self._meeting(meeting_id)
        issue = Issue(
            id=self.org.new_id("issue", 8765432),
            title=self._title(title),
            owner_id=self._user(owner).id,
            meeting_id=meeting.id,
            created=self.clock(),
            notes=notes or "",
            ordering=sum(1 for i in self.org.issues.values() if i.meeting_id == meeting.id),
        )
        self.org.issues[issue.id] = issue
        return self.render.issue(issue)

    @locked
    def issue(self, issue_id: int) -> dict[str, Any]:
        return self.render.issue(self._issue(issue_id))

    @locked
    def update_issue(
        self,
        issue_id: int,
        title: str | None = None,
        owner: int | None = None,
        compartment: Compartment | None = None,
        notes: str | None = None,
    ) -> None:
        issue = self._issue(issue_id)
        if title is not None:
            issue.title = self._title(title)
        if owner is not None:
            issue.owner_id = self._user(owner).id
        if compartment is not None:
            issue.compartment = compartment
        if notes is not None:
            issue.notes = notes

    @locked
    def complete_issue(self, issue_id: int, complete: bool = True) -> bool:
        issue = self._issue(issue_id)
        if not complete:
            issue.closed = None
        elif issue.closed is None:
            issue.closed = self.clock()
        return True

    @locked
    def issues_of(self, user_id: int) -> list[dict[str, Any]]:
        """The user's open issues in every meeting (short- and long-term)."""
        self._user(user_id)
        found = [i for i in self.org.issues.values() if i.owner_id == user_id and i.closed is None and not i.archived]
        return [self.render.issue(i) for i in sorted(found, key=lambda i: i.id)]

    @locked
    def move_issue(self, issue_id: int, compartment: Compartment) -> bool:
        """To the V/TO (`LongTerm`) or back to the meeting's list (`ShortTerm`)."""
        self._issue(issue_id).compartment = compartment
        return True

    @locked
    def move_issue_to_meeting(self, issue_id: int, meeting_id: int) -> bool:
        issue, meeting = self._issue(issue_id), self._meeting(meeting_id)
        issue.meeting_id, issue.compartment, issue.archived = meeting.id, "ShortTerm", False
        return True

    @locked
    def issue_notes(self, issue_id: int) -> dict[str, str]:
        return notes_link(f"issue-{self._issue(issue_id).id}")

    # -- headlines ---------------------------------------------------------------------------
    @locked
    def create_headline(
        self, meeting_id: int, title: str | None, owner: int, notes: str | None = None
    ) -> dict[str, Any]:
        meeting = self._meeting(meeting_id)
        headline = Headline(
            id=self.org.new_id("headline", 765432),
            title=self._title(title),
            owner_id=self._user(owner).id,
            meeting_id=meeting.id,
            created=self.clock(),
            notes=notes or "",
        )
        self.org.headlines[headline.id] = headline
        return self.render.headline(headline)

    @locked
    def headline(self, headline_id: int, origin: bool = False) -> dict[str, Any]:
        return self.render.headline(self._headline(headline_id), origin)

    @locked
    def rename_headline(self, headline_id: int, title: str | None) -> None:
        self._headline(headline_id).title = self._title(title)

    @locked
    def delete_headline(self, headline_id: int) -> None:
        del self.org.headlines[self._headline(headline_id).id]

    @locked
    def headlines_of(self, user_id: int, origin: bool = False) -> list[dict[str, Any]]:
        self._user(user_id)
        found = [h for h in self.org.headlines.values() if h.owner_id == user_id and h.closed is None]
        return [self.render.headline(h, origin) for h in sorted(found, key=lambda h: h.id)]
