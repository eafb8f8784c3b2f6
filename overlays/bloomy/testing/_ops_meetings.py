"""Level 10 meetings: the list, the whole meeting, attendees, and what is attached to it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from . import _catalog as cat
from ._core import StateCore, locked
from ._errors import ErrorReply, forbidden
from ._model import Issue, Measurable, Meeting, Rock, Todo
from ._wire import tagged, wire_time

__all__ = ["MeetingOps"]

APP = "https://app.bloomgrowth.com"


class MeetingOps(StateCore):
    @locked
    def meetings_of(self, user_id: int) -> list[dict[str, Any]]:
        self._user(user_id)
        found = sorted((m for m in self.org.meetings.values() if user_id in m.attendees), key=lambda m: m.id)
        return [self.render.meeting_item(m) for m in found]

    @locked
    def create_meeting(self, title: str | None, add_self: bool, creator: int) -> int:
        meeting = Meeting(
            id=self.org.new_id("meeting", 327312),
            name=(title or "").strip() or "New L10 Meeting",
            team_type="Other",
            created=self.clock(),
            creator_id=creator,
            attendees=[creator] if add_self else [],
            vto_id=self.org.new_id("vto", 889900),
            notes_id=self.org.new_id("notes", 556677),
        )
        self.org.meetings[meeting.id] = meeting
        return meeting.id

    def _editable(self, meeting_id: int, user_id: int) -> Meeting:
        meeting = self._meeting(meeting_id)
        if user_id not in meeting.attendees and user_id != meeting.creator_id:
            raise forbidden("edit this meeting")
        return meeting

    @locked
    def rename_meeting(self, meeting_id: int, title: str | None, user_id: int) -> None:
        self._editable(meeting_id, user_id).name = self._title(title)

    @locked
    def delete_meeting(self, meeting_id: int, user_id: int) -> None:
        """The meeting goes; its items stay with their owners (to-dos keep their origin id, as real ones do)."""
        meeting = self._editable(meeting_id, user_id)
        del self.org.meetings[meeting.id]
        for rock in self.org.rocks.values():
            rock.meetings = [m for m in rock.meetings if m != meeting.id]
        for measurable in self.org.measurables.values():
            measurable.meetings = [m for m in measurable.meetings if m != meeting.id]

    @locked
    def attendees(self, meeting_id: int) -> list[dict[str, Any]]:
        return [self.render.user(u) for u in self._meeting(meeting_id).attendees if u in self.org.users]

    @locked
    def add_attendee(self, meeting_id: int, user_id: int) -> None:
        meeting, user = self._meeting(meeting_id), self._user(user_id)
        if user.id not in meeting.attendees:
            meeting.attendees.append(user.id)

    # -- what a meeting holds ----------------------------------------------------------------
    def _todos_in(self, meeting_id: int, include_closed: bool, user_id: int | None = None) -> list[Todo]:
        found = [
            t
            for t in self.org.todos.values()
            if t.meeting_id == meeting_id and (include_closed or t.closed is None) and user_id in (None, t.owner_id)
        ]
        return sorted(found, key=lambda t: (t.ordering, t.id))

    def _issues_in(self, meeting_id: int, include_resolved: bool, user_id: int | None = None) -> list[Issue]:
        found = [
            i
            for i in self.org.issues.values()
            if i.meeting_id == meeting_id
            and not i.archived
            and i.compartment == "ShortTerm"
            and (include_resolved or i.closed is None)
            and user_id in (None, i.owner_id)
        ]
        return sorted(found, key=lambda i: (i.ordering, i.id))

    def _rocks_in(self, meeting_id: int, include_archived: bool, user_id: int | None = None) -> list[Rock]:
        found = [
            r
            for r in self.org.rocks.values()
            if meeting_id in r.meetings and (include_archived or not r.archived) and user_id in (None, r.owner_id)
        ]
        return sorted(found, key=lambda r: r.id)

    def _measurables_in(self, meeting_id: int, user_id: int | None = None) -> list[Measurable]:
        found = [m for m in self.org.measurables.values() if meeting_id in m.meetings and user_id in (None, m.owner_id)]
        return sorted(found, key=lambda m: (m.ordering, m.id))

    @locked
    def meeting_todos(self, meeting_id: int, include_closed: bool = False, user_id: int | None = None) -> list[Any]:
        self._meeting(meeting_id)
        return [self.render.todo(t) for t in self._todos_in(meeting_id, include_closed, user_id)]

    @locked
    def meeting_issues(self, meeting_id: int, include_resolved: bool = False, user_id: int | None = None) -> list[Any]:
        self._meeting(meeting_id)
        return [self.render.issue(i) for i in self._issues_in(meeting_id, include_resolved, user_id)]

    @locked
    def meeting_rocks(self, meeting_id: int, include_archived: bool = False, user_id: int | None = None) -> list[Any]:
        self._meeting(meeting_id)
        return [self.render.rock(r) for r in self._rocks_in(meeting_id, include_archived, user_id)]

    @locked
    def meeting_measurables(self, meeting_id: int, user_id: int | None = None) -> list[dict[str, Any]]:
        self._meeting(meeting_id)
        return [self.render.measurable(m) for m in self._measurables_in(meeting_id, user_id)]

    @locked
    def meeting_headlines(self, meeting_id: int, user_id: int | None = None) -> list[dict[str, Any]]:
        self._meeting(meeting_id)
        found = [
            h
            for h in self.org.headlines.values()
            if h.meeting_id == meeting_id and h.closed is None and user_id in (None, h.owner_id)
        ]
        return [self.render.headline(h) for h in sorted(found, key=lambda h: h.id)]

    @locked
    def attach_rock(self, meeting_id: int, rock_id: int) -> None:
        meeting, rock = self._meeting(meeting_id), self._rock(rock_id)
        if meeting.id not in rock.meetings:
            rock.meetings.append(meeting.id)

    @locked
    def detach_rock(self, meeting_id: int, rock_id: int) -> None:
        meeting, rock = self._meeting(meeting_id), self._rock(rock_id)
        rock.meetings = [m for m in rock.meetings if m != meeting.id]

    @locked
    def attach_measurable(self, meeting_id: int, measurable_id: int) -> None:
        meeting, measurable = self._meeting(meeting_id), self._measurable(measurable_id)
        if meeting.id not in measurable.meetings:
            measurable.meetings.append(meeting.id)

    @locked
    def detach_measurable(self, meeting_id: int, measurable_id: int) -> None:
        meeting, measurable = self._meeting(meeting_id), self._measurable(measurable_id)
        measurable.meetings = [m for m in measurable.meetings if m != meeting.id]

    @locked
    def remove_meeting_issue(self, meeting_id: int, issue_id: int) -> None:
        """Take the issue off the meeting: it is archived and leaves every list (a read still finds it)."""
        meeting, issue = self._meeting(meeting_id), self._issue(issue_id)
        if issue.meeting_id != meeting.id:
            raise self._not_in(issue_id, "Issue", meeting.id)
        issue.archived = True
        issue.closed = issue.closed or self.clock()

    @locked
    def remove_meeting_headline(self, meeting_id: int, headline_id: int) -> None:
        meeting, headline = self._meeting(meeting_id), self._headline(headline_id)
        if headline.meeting_id != meeting.id:
            raise self._not_in(headline_id, "Headline", meeting.id)
        del self.org.headlines[headline.id]

    @staticmethod
    def _not_in(ident: int, kind: str, meeting_id: int) -> ErrorReply:
        detail = f"{kind} {ident} is not in meeting {meeting_id}."
        return ErrorReply(404, {"Message": f"{kind} does not exist.", "MessageDetail": detail})

    @locked
    def create_post_quarter(self, name: str | None, quarter_end: datetime, meeting_id: int) -> int:
        """Close the quarter: the meeting's completed rocks are archived; returns the new quarter's id."""
        meeting = self._meeting(meeting_id)
        ident = self.org.new_id("quarter", 9001)
        self.org.quarters[ident] = (self._title(name, "name"), quarter_end, meeting.id)
        for rock in self._rocks_in(meeting.id, include_archived=False):
            if rock.complete:
                rock.archived = True
        return ident

    # -- the whole meeting -------------------------------------------------------------------
    @locked
    def meeting(self, meeting_id: int) -> dict[str, Any]:
        meeting = self._meeting(meeting_id)
        rocks = self._rocks_in(meeting.id, include_archived=False)
        milestones = sorted(
            (m for m in self.org.milestones.values() if m.rock_id in {r.id for r in rocks}), key=lambda m: m.due
        )
        headlines = self.meeting_headlines(meeting.id)
        measurables = self._measurables_in(meeting.id)
        current = self.current_week()
        return tagged(
            "L10Meeting",
            meeting.id,
            CreateTime=wire_time(meeting.created),
            StartDateUtc=wire_time(meeting.started),
            OrganizationId=self.org.id,
            CreatedBy=self.render.user(meeting.creator_id) if meeting.creator_id in self.org.users else None,
            Basics=tagged("Settings", meeting.id, Name=meeting.name, TeamType=meeting.team_type),
            Attendees=self.attendees(meeting.id),
            Scorecard=self.render.scorecard(meeting.id, measurables, list(range(current - 12, current + 1)), current),
            Notes=[
                tagged(
                    "MeetingNotes",
                    meeting.notes_id,
                    DetailsUrl=f"{APP}/L10/Notes/{meeting.notes_id}",
                    Title="Parking lot",
                )
            ],
            Rocks=[self.render.rock(r) for r in rocks],
            Todos=[self.render.todo(t) for t in self._todos_in(meeting.id, include_closed=False)],
            Milestones=[self.render.milestone_todo(m, meeting.id) for m in milestones],
            Headlines=headlines,
            IssuesList=tagged(
                "IssuesList",
                meeting.id,
                Issues=[self.render.issue(i) for i in self._issues_in(meeting.id, include_resolved=False)],
                Prioritization=meeting.prioritization,
            ),
            HeadlinesUrl=f"{APP}/L10/Headlines/{meeting.id}",
            HeadlineType=meeting.headline_type,
            VtoId=meeting.vto_id,
            Pages=[{"Minutes": m, "Title": t, "Type": k} for m, t, k in cat.PAGES],
            MeetingType="L10",
        )
