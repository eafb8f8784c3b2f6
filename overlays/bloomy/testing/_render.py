"""How each record looks on the wire: PascalCase, `Type`/`Key` tags, nulls where the real API sends them."""

from __future__ import annotations

from typing import Any

from ._model import Headline, Issue, Measurable, Meeting, Milestone, Org, Position, Rock, Role, Score, Seat, Team, Todo
from ._wire import iso_week_label, midnight, tagged, week_start, week_sunday, wire_time

__all__ = ["Renderer"]

APP = "https://app.bloomgrowth.com"


class Renderer:
    """Wire objects of one organisation (owners and meeting names are looked up as they are now)."""

    def __init__(self, org: Org) -> None:
        self.org = org

    # -- people ------------------------------------------------------------------------------
    def user(self, user_id: int) -> dict[str, Any]:
        user = self.org.users[user_id]
        return tagged("TinyUser", user.id, Name=user.name, ImageUrl=user.image_url)

    def owner(self, user_id: int | None) -> dict[str, Any] | None:
        """The short owner object embedded in items (no `Type`/`Key`), or None when the user is gone."""
        user = self.org.users.get(user_id) if user_id is not None else None
        return None if user is None else {"Id": user.id, "Name": user.name, "ImageUrl": user.image_url}

    def position(self, position: Position) -> dict[str, Any]:
        return tagged("Position", position.id, Name=position.name)

    def role(self, role: Role) -> dict[str, Any]:
        return tagged("Role", role.id, Name=role.name, Ordering=role.ordering, CreateTime=wire_time(role.created))

    def seat(self, seat: Seat, children: bool = True) -> dict[str, Any]:
        position = self.org.positions.get(seat.position_id) if seat.position_id is not None else None
        roles = [r for r in self.org.roles.values() if position is not None and r.position_id == position.id]
        group = tagged(
            "AccountabilityGroup",
            seat.group_id,
            Position=None if position is None else self.position(position),
            Editable=True,
            RoleGroups=[]
            if position is None
            else [
                tagged(
                    "RoleGroup",
                    seat.group_id + 111111,
                    AttachType="Position",
                    AttachId=position.id,
                    AttachName=position.name,
                    Editable=True,
                    Roles=[self.role(r) for r in sorted(roles, key=lambda r: r.ordering)],
                )
            ],
        )
        kids = sorted((s for s in self.org.seats.values() if s.parent_id == seat.id), key=lambda s: s.ordering)
        return tagged(
            "AngularAccountabilityNode",
            seat.id,
            Name=None if position is None else position.name,
            Group=group,
            User=None if seat.user_id is None or seat.user_id not in self.org.users else self.user(seat.user_id),
            Children=[self.seat(s) for s in kids] if children else None,
        )

    def team(self, team: Team) -> dict[str, Any]:
        return tagged("Team", team.id, Name=team.name, ManagedBy=team.managed_by, TeamType=team.team_type)

    # -- meetings ----------------------------------------------------------------------------
    def meeting_item(self, meeting: Meeting) -> dict[str, Any]:
        return tagged("NameId", meeting.id, Name=meeting.name)

    def origin(self, meeting_id: int | None) -> tuple[str | None, int | None]:
        meeting = self.org.meetings.get(meeting_id) if meeting_id is not None else None
        return (None, meeting_id) if meeting is None else (meeting.name, meeting.id)

    def origins(self, meeting_ids: list[int]) -> list[dict[str, Any]]:
        found = [self.org.meetings[m] for m in meeting_ids if m in self.org.meetings]
        return [{"Id": m.id, "Name": m.name} for m in found]

    # -- items -------------------------------------------------------------------------------
    def todo(self, todo: Todo) -> dict[str, Any]:
        name, origin_id = self.origin(todo.meeting_id)
        return tagged(
            "TodoModel",
            todo.id,
            Name=todo.title,
            DetailsUrl=f"{APP}/Todo/Pad/{todo.id}" if todo.pad else None,
            Origin=name,
            OriginId=origin_id,
            DueDate=wire_time(todo.due),
            Owner=self.owner(todo.owner_id),
            CompleteTime=wire_time(todo.completed),
            CreateTime=wire_time(todo.created),
            CloseTime=wire_time(todo.closed),
            Complete=todo.completed is not None,
            TodoType=todo.kind,
            Ordering=todo.ordering,
        )

    def milestone_todo(self, milestone: Milestone, meeting_id: int) -> dict[str, Any]:
        """A milestone as a meeting shows it: in to-do shape, `TodoType: Milestone`."""
        rock = self.org.rocks[milestone.rock_id]
        name, origin_id = self.origin(meeting_id)
        return tagged(
            "TodoModel",
            milestone.id,
            Name=milestone.title,
            DetailsUrl=None,
            Origin=name,
            OriginId=origin_id,
            DueDate=wire_time(milestone.due),
            Owner=self.owner(rock.owner_id),
            CompleteTime=None,
            CreateTime=wire_time(rock.created),
            CloseTime=None,
            Complete=milestone.done,
            TodoType="Milestone",
            Ordering=None,
        )

    def issue(self, issue: Issue) -> dict[str, Any]:
        name, origin_id = self.origin(issue.meeting_id)
        return tagged(
            "IssueModel",
            issue.id,
            Name=issue.title,
            Owner=self.owner(issue.owner_id),
            DetailsUrl=f"{APP}/Issues/Pad/{issue.id}",
            Complete=issue.closed is not None,
            Archived=issue.archived,
            CreateTime=wire_time(issue.created),
            CloseTime=wire_time(issue.closed),
            CompleteTime=wire_time(issue.closed),
            Origin=name,
            OriginId=origin_id,
        )

    def headline(self, headline: Headline, origin: bool = True) -> dict[str, Any]:
        about = self.org.users.get(headline.about_id) if headline.about_id is not None else None
        body = tagged(
            "PeopleHeadline",
            headline.id,
            Name=headline.title,
            DetailsUrl=f"{APP}/Headlines/Pad/{headline.id}",
            Owner=self.owner(headline.owner_id),
            About=None
            if about is None
            else tagged(
                "Picture",
                about.id,
                ImageUrl=None if about.image_url and about.image_url.endswith("userplaceholder") else about.image_url,
                Name=about.name,
                Initials="".join(part[0] for part in about.name.split()[:2]).upper(),
            ),
            Archived=headline.closed is not None,
            CreateTime=wire_time(headline.created),
            CloseTime=wire_time(headline.closed),
        )
        if origin:
            body["Origin"], body["OriginId"] = self.origin(headline.meeting_id)
        return body

    # -- rocks -------------------------------------------------------------------------------
    def rock(self, rock: Rock, origins: bool = True) -> dict[str, Any]:
        body = tagged(
            "RockModel",
            rock.id,
            Name=rock.title,
            Owner=self.owner(rock.owner_id),
            DueDate=wire_time(rock.due),
            Complete=rock.complete,
            Completion=rock.completion,
            CreateTime=wire_time(rock.created),
            Archived=rock.archived,
        )
        if origins:
            body["Origins"] = self.origins(rock.meetings)
        return body

    def milestone(self, milestone: Milestone) -> dict[str, Any]:
        status = "Done" if milestone.done else "NotDone"
        return tagged(
            "Milestone", milestone.id, DueDate=wire_time(milestone.due), Name=milestone.title, Status=status,
            RockId=milestone.rock_id,
        )  # fmt: skip

    # -- scorecard ---------------------------------------------------------------------------
    def measurable(self, measurable: Measurable, origins: bool = True) -> dict[str, Any]:
        body = tagged(
            "MeasurableModel",
            measurable.id,
            Name=measurable.name,
            Owner=self.owner(measurable.owner_id),
            Admin=self.owner(measurable.admin_id),
            Target=measurable.target,
            AltTarget=measurable.alt_target,
            Direction=measurable.direction,
            IsDivider=measurable.divider,
            IsReorderable=True,
            ShowCumulative=False,
            Cumulative=None,
            CumulativeRange=None,
            Modifiers=measurable.unit,
            Ordering=measurable.ordering,
            Disabled=False,
            Generated=False,
            IsFormula=False,
            Average=None,
            ShowAverage=False,
            AverageRange=None,
        )
        if origins:
            body["Origins"] = self.origins(measurable.meetings)
        return body

    def score(self, score: Score, label: bool = False) -> dict[str, Any]:
        """A score; scorecards label the week `2024-W25`, a measurable's score list gives its Sunday."""
        measurable = self.org.measurables[score.measurable_id]
        week = iso_week_label(score.week) if label else wire_time(midnight(week_sunday(score.week)))
        return tagged(
            "ScoreModel",
            score.id,
            ForWeek=score.week,
            Week=week,
            MeasurableId=measurable.id,
            AccountableUserId=measurable.owner_id,
            MeasurableName=measurable.name,
            DateEntered=wire_time(score.entered),
            Measured=score.value,
            Disabled=False,
            Direction=measurable.direction,
            Target=measurable.target,
            AltTarget=measurable.alt_target,
        )

    def week(self, number: int, current: int) -> dict[str, Any]:
        start = wire_time(midnight(week_start(number)))
        return tagged(
            "WeekModel",
            number,
            ForWeekNumber=number,
            ForWeek=wire_time(midnight(week_sunday(number))),
            DisplayDate=start,
            LocalDate={"Local": True, "Date": start},
            IsCurrentWeek=number == current,
        )

    def scorecard(self, ident: int, measurables: list[Measurable], weeks: list[int], current: int) -> dict[str, Any]:
        ordered = sorted(measurables, key=lambda m: (m.ordering, m.id))
        wanted = {m.id for m in ordered}
        scores = sorted(
            (s for s in self.org.scores.values() if s.measurable_id in wanted and s.week in weeks),
            key=lambda s: (s.measurable_id, s.week),
        )
        return tagged(
            "ScorecardModel",
            ident,
            MeasurableOrder=[
                {
                    "Id": str(m.id),
                    "Type": "MeasurableOrder",
                    "ScorecardId": ident,
                    "MeasurableId": m.id,
                    "Ordering": index,
                    "Key": f"MeasurableOrder_{m.id}",
                }
                for index, m in enumerate(ordered)
            ],
            Measurables=[self.measurable(m) for m in ordered],
            Scores=[self.score(s, label=True) for s in scores],
            Weeks=[self.week(w, current) for w in weeks],
            ReverseScorecard=False,
            ScorecardWeekDay="Sunday",
            Period="Weekly",
            DateFormat1="MM/dd/yyyy",
            DateFormat2="MMM d",
        )
