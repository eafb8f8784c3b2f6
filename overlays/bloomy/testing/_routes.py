"""Every operation of spec/bloomy.yaml (but `POST /Token`) as an action of the router.

Body keys are read in any case and under the names the SDKs send (`Title`/`title`, `details`/`notes`,
`meetingid`/`meetingId`); owners default to the caller, as the API's do.
"""

from __future__ import annotations

from typing import Any, cast

from ._errors import bad_request
from ._model import Compartment
from ._router import IncomingRequest, Router
from ._state import BloomState

__all__ = ["add_routes"]

COMPLETIONS = ("Indeterminate", "AtRisk", "OnTrack", "Complete")
DIRECTIONS = ("LessThanOrEqual", "LessThan", "GreaterThan", "EqualTo", "GreaterThanNotEqual", "Between")
UNITS = ("None", "Dollar", "Percent", "Pound", "Euros")
MILESTONE_STATUS = ("NotDone", "Done")
COMPARTMENTS = ("ShortTerm", "LongTerm")


def _term(call: IncomingRequest) -> str:
    term = call.query.get("term")
    if term is None:
        raise bad_request("term is required.")
    return term


def _required_id(call: IncomingRequest, *keys: str) -> int:
    value = call.integer(*keys)
    if value is None:
        raise bad_request(f"{keys[0]} is required.")
    return value


def add_routes(router: Router, state: BloomState) -> None:
    def get(template: str, handler: Any) -> None:
        router.add("GET", template, handler)

    def post(template: str, handler: Any, empty: bool = False) -> None:
        router.add("POST", template, handler, empty=empty)

    def put(template: str, handler: Any) -> None:
        router.add("PUT", template, handler, empty=True)

    def delete(template: str, handler: Any) -> None:
        router.add("DELETE", template, handler, empty=True)

    s = state

    # users and search
    get("users/mine", lambda c: s.user(c.user_id))
    get("users/minedirectreports", lambda c: s.direct_reports(c.user_id))
    get("users/mineviewable", lambda c: s.viewable_users())
    get("users/{userId}", lambda c: s.user(c.id("userId")))
    get("users/{userId}/directreports", lambda c: s.direct_reports(c.id("userId")))
    get("users/{userId}/seats", lambda c: s.user_seats(c.id("userId")))
    get("search/all", lambda c: s.search(_term(c)))
    get("search/user", lambda c: s.search(_term(c), users_only=True))

    # meetings
    get("L10/list", lambda c: s.meetings_of(c.user_id))
    post(
        "L10/create", lambda c: {"meetingId": s.create_meeting(c.text("title"), bool(c.boolean("addSelf")), c.user_id)}
    )
    get("L10/{userId}/list", lambda c: s.meetings_of(c.id("userId")))
    get("L10/{meetingId}", lambda c: s.meeting(c.id("meetingId")))
    put("L10/{meetingId}", lambda c: s.rename_meeting(c.id("meetingId"), c.text("title"), c.user_id))
    delete("L10/{meetingId}", lambda c: s.delete_meeting(c.id("meetingId"), c.user_id))
    get("L10/{meetingId}/attendees", lambda c: s.attendees(c.id("meetingId")))
    post("L10/{meetingId}/attendees/{userId}", lambda c: s.add_attendee(c.id("meetingId"), c.id("userId")), True)
    get("L10/{meetingId}/rocks", lambda c: s.meeting_rocks(c.id("meetingId"), c.flag("INCLUDE_ARCHIVE")))
    post(
        "L10/{meetingId}/rocks",
        lambda c: s.create_rock(
            c.text("title"), s.owner_or(c.integer("accountableUserId"), c.user_id), c.id("meetingId")
        ),
    )
    post("L10/{meetingId}/rocks/{rockId}", lambda c: s.attach_rock(c.id("meetingId"), c.id("rockId")), True)
    delete("L10/{meetingId}/rocks/{rockId}", lambda c: s.detach_rock(c.id("meetingId"), c.id("rockId")))
    get("L10/{meetingId}/measurables", lambda c: s.meeting_measurables(c.id("meetingId")))
    post(
        "L10/{meetingId}/measurables/{measurableId}",
        lambda c: s.attach_measurable(c.id("meetingId"), c.id("measurableId")),
        True,
    )
    delete(
        "L10/{meetingId}/measurables/{measurableId}",
        lambda c: s.detach_measurable(c.id("meetingId"), c.id("measurableId")),
    )
    get("L10/{meetingId}/todos", lambda c: s.meeting_todos(c.id("meetingId"), c.flag("INCLUDE_CLOSED")))
    post(
        "L10/{meetingId}/todos",
        lambda c: s.create_todo(
            c.text("title"),
            s.owner_or(c.integer("accountableUserId"), c.user_id),
            c.id("meetingId"),
            c.text("details", "notes"),
            c.when("dueDate"),
        ),
    )
    get("L10/{meetingId}/issues", lambda c: s.meeting_issues(c.id("meetingId"), c.flag("INCLUDE_RESOLVED")))
    post(
        "L10/{meetingId}/issues",
        lambda c: s.create_issue(
            c.id("meetingId"), c.text("title"), s.owner_or(c.integer("ownerId"), c.user_id), c.text("details", "notes")
        ),
    )
    delete("L10/{meetingId}/issues/{issueId}", lambda c: s.remove_meeting_issue(c.id("meetingId"), c.id("issueId")))
    get("L10/{meetingId}/headlines", lambda c: s.meeting_headlines(c.id("meetingId")))
    post(
        "L10/{meetingId}/headlines",
        lambda c: s.create_headline(
            c.id("meetingId"), c.text("title"), s.owner_or(c.integer("ownerId"), c.user_id), c.text("notes", "details")
        ),
    )
    delete(
        "L10/{meetingId}/headlines/{headlineId}",
        lambda c: s.remove_meeting_headline(c.id("meetingId"), c.id("headlineId")),
    )
    get("L10/{meetingId}/users/{userId}/headlines", lambda c: s.meeting_headlines(c.id("meetingId"), c.id("userId")))
    get(
        "L10/{meetingId}/users/{userId}/issues",
        lambda c: s.meeting_issues(c.id("meetingId"), c.flag("INCLUDE_RESOLVED"), c.id("userId")),
    )
    get(
        "L10/{meetingId}/users/{userId}/measurables",
        lambda c: s.meeting_measurables(c.id("meetingId"), c.id("userId")),
    )
    get(
        "L10/{meetingId}/users/{userId}/rocks",
        lambda c: s.meeting_rocks(c.id("meetingId"), c.flag("INCLUDE_ARCHIVE"), c.id("userId")),
    )
    get(
        "L10/{meetingId}/users/{userId}/todos",
        lambda c: s.meeting_todos(c.id("meetingId"), c.flag("INCLUDE_CLOSED"), c.id("userId")),
    )

    # to-dos
    post(
        "todo/create",
        lambda c: s.create_todo(
            c.text("title"), s.owner_or(c.integer("accountableUserId"), c.user_id), None, c.text("notes", "details"),
            c.when("dueDate"),
        ),
    )  # fmt: skip
    post(
        "todo/createmeetingtodo",
        lambda c: s.create_todo(
            c.text("title"),
            s.owner_or(c.integer("accountableUserId"), c.user_id),
            _required_id(c, "meetingid"),
            c.text("notes", "details"),
            c.when("dueDate"),
        ),
    )
    get("todo/users/mine", lambda c: s.todos_of(c.user_id))
    get("todo/user/{userId}", lambda c: s.todos_of(c.id("userId")))
    get("todo/notes/{todoId}", lambda c: s.todo_notes(c.id("todoId")))
    get("todo/{todoId}", lambda c: s.todo(c.id("todoId")))
    put("todo/{todoId}", lambda c: s.update_todo(c.id("todoId"), c.text("title"), c.when("dueDate")))
    post("todo/{todoId}/complete", lambda c: s.complete_todo(c.id("todoId"), c.flag("status", default=True)))

    # issues
    post(
        "issues/create",
        lambda c: s.create_issue(
            _required_id(c, "meetingId"), c.text("title"), s.owner_or(c.integer("ownerId"), c.user_id),
            c.text("notes", "details"),
        ),
    )  # fmt: skip
    get("issues/users/mine", lambda c: s.issues_of(c.user_id))
    get("issues/users/{userId}", lambda c: s.issues_of(c.id("userId")))
    get("issues/notes/{issueId}", lambda c: s.issue_notes(c.id("issueId")))
    get("issues/{issueId}", lambda c: s.issue(c.id("issueId")))
    put(
        "issues/{issueId}",
        lambda c: s.update_issue(
            c.id("issueId"), c.text("title"), c.integer("ownerId"), _compartment(c), c.text("notes", "details"),
        ),
    )  # fmt: skip
    post("issues/{issueId}/complete", lambda c: s.complete_issue(c.id("issueId"), c.boolean("complete") is not False))
    post("issues/{issueId}/movetovto", lambda c: s.move_issue(c.id("issueId"), "LongTerm"))
    post("issues/{issueId}/movefromvto", lambda c: s.move_issue(c.id("issueId"), "ShortTerm"))
    post(
        "issues/{issueId}/movetomeeting/{meetingId}",
        lambda c: s.move_issue_to_meeting(c.id("issueId"), c.id("meetingId")),
    )

    # headlines
    get("headline/users/mine", lambda c: s.headlines_of(c.user_id, c.flag("Include_Origin")))
    get("headline/users/{userId}", lambda c: s.headlines_of(c.id("userId"), c.flag("Include_Origin")))
    get("headline/{headlineId}", lambda c: s.headline(c.id("headlineId"), c.flag("Include_Origin")))
    put("headline/{headlineId}", lambda c: s.rename_headline(c.id("headlineId"), c.text("title")))
    delete("headline/{headlineId}", lambda c: s.delete_headline(c.id("headlineId")))

    add_goal_routes(router, state)


def add_goal_routes(router: Router, s: BloomState) -> None:
    """Rocks, milestones, measurables and scores, the chart, teams, the quarter."""

    def get(template: str, handler: Any) -> None:
        router.add("GET", template, handler)

    def post(template: str, handler: Any, empty: bool = False) -> None:
        router.add("POST", template, handler, empty=empty)

    def put(template: str, handler: Any) -> None:
        router.add("PUT", template, handler, empty=True)

    def delete(template: str, handler: Any) -> None:
        router.add("DELETE", template, handler, empty=True)

    def origin(c: IncomingRequest) -> bool:
        return c.flag("Include_Origin")

    # rocks and milestones
    post(
        "rocks/create", lambda c: s.create_rock(c.text("title"), s.owner_or(c.integer("accountableUserId"), c.user_id))
    )
    get("rocks/user/mine", lambda c: s.rocks_of(c.user_id, origins=origin(c)))
    get("rocks/user/{userId}", lambda c: s.rocks_of(c.id("userId"), origins=origin(c)))
    get("archivedrocks/user/mine", lambda c: s.rocks_of(c.user_id, archived=True, origins=origin(c)))
    get("archivedrocks/user/{userId}", lambda c: s.rocks_of(c.id("userId"), archived=True, origins=origin(c)))
    get(
        "rocks/notes/{rockId}",
        lambda c: s.rock_notes(
            c.id("rockId"),
            c.flag("showControls") if "showcontrols" in c.query else None,
            c.flag("readOnly") if "readonly" in c.query else None,
        ),
    )
    get("rocks/{rockId}", lambda c: s.rock(c.id("rockId"), origin(c)))
    put(
        "rocks/{rockId}",
        lambda c: s.update_rock(
            c.id("rockId"), c.text("title"), c.integer("accountableUserId"), c.choice("completion", COMPLETIONS)
        ),
    )
    delete("rocks/{rockId}", lambda c: s.delete_rock(c.id("rockId")))
    put("rocks/{rockId}/archive", lambda c: s.archive_rock(c.id("rockId")))
    put("rocks/{rockId}/restore", lambda c: s.archive_rock(c.id("rockId"), archived=False))
    get("rocks/{rockId}/milestones", lambda c: s.milestones(c.id("rockId")))
    post("rocks/{rockId}/milestones", lambda c: s.add_milestone(c.id("rockId"), c.text("title"), _due(c)))
    get("milestones/{milestoneId}", lambda c: s.milestone(c.id("milestoneId")))
    put(
        "milestones/{milestoneId}",
        lambda c: s.update_milestone(
            c.id("milestoneId"), c.text("title"), c.when("dueDate"), _done(c.choice("status", MILESTONE_STATUS))
        ),
    )
    delete("milestones/{milestoneId}", lambda c: s.delete_milestone(c.id("milestoneId")))

    # measurables, scorecards, scores, weeks
    post(
        "measurables/create",
        lambda c: s.create_measurable(
            c.text("name"), s.owner_or(c.integer("accountableUserId"), c.user_id), c.choice("direction", DIRECTIONS),
            c.number("target"), c.choice("unitType", UNITS),
        ),
    )  # fmt: skip
    get("measurables/user/mine", lambda c: s.measurables_of(c.user_id, origin(c)))
    get("measurables/user/{userId}", lambda c: s.measurables_of(c.id("userId"), origin(c)))
    get("measurables/{measurableId}", lambda c: s.measurable(c.id("measurableId"), origin(c)))
    put(
        "measurables/{measurableId}",
        lambda c: s.update_measurable(
            c.id("measurableId"), c.text("name"), c.choice("direction", DIRECTIONS), c.number("target"),
            c.choice("unitType", UNITS), c.number("altTarget"),
        ),
    )  # fmt: skip
    get("measurables/{measurableId}/scores", lambda c: s.measurable_scores(c.id("measurableId")))
    put(
        "measurables/{measurableId}/week/{weekId}",
        lambda c: s.set_week_score(c.id("measurableId"), c.id("weekId"), c.number("value")),
    )
    get("scorecard/user/mine", lambda c: s.user_scorecard(c.user_id))
    get("scorecard/user/{userId}", lambda c: s.user_scorecard(c.id("userId")))
    get("scorecard/meeting/{meetingId}", lambda c: s.meeting_scorecard(c.id("meetingId")))
    get("scores/{scoreId}", lambda c: s.score(c.id("scoreId")))
    put("scores/{scoreId}", lambda c: s.update_score(c.id("scoreId"), c.number("value")))
    get("weeks/current", lambda c: s.week())

    # the accountability chart
    get("seats/user/mine", lambda c: s.seats_of(c.user_id))
    get("seats/user/{userId}", lambda c: s.seats_of(c.id("userId")))
    get("seats/{seatId}", lambda c: s.seat(c.id("seatId")))
    delete("seats/{seatId}", lambda c: s.delete_seat(c.id("seatId")))
    get("seats/{seatId}/position", lambda c: s.seat_position(c.id("seatId")))
    delete("seats/{seatId}/position", lambda c: s.set_seat_position(c.id("seatId"), None))
    post(
        "seats/{seatId}/position/{positionId}",
        lambda c: s.set_seat_position(c.id("seatId"), c.id("positionId")),
        True,
    )
    get("seats/{seatId}/user", lambda c: s.seat_user(c.id("seatId")))
    delete("seats/{seatId}/user", lambda c: s.set_seat_user(c.id("seatId"), None))
    post("seats/{seatId}/user/{userId}", lambda c: s.set_seat_user(c.id("seatId"), c.id("userId")), True)
    post("seats/{seatId}/directreport/{userId}", lambda c: s.add_direct_report(c.id("seatId"), c.id("userId")))
    post("positions/create", lambda c: s.create_position(c.text("title")))
    get("positions/mine", lambda c: s.positions_of(c.user_id))
    get("positions/{positionId}", lambda c: s.position(c.id("positionId")))
    put("positions/{positionId}", lambda c: s.rename_position(c.id("positionId"), c.text("title")))
    get("positions/{positionId}/roles", lambda c: s.roles(c.id("positionId")))
    post("positions/{positionId}/roles", lambda c: s.add_role(c.id("positionId"), c.text("title")))
    get("role/{roleId}", lambda c: s.role(c.id("roleId")))
    put("role/{roleId}", lambda c: s.update_role(c.id("roleId"), c.text("title")))
    delete("role/{roleId}", lambda c: s.delete_role(c.id("roleId")))

    # teams and the quarter
    post("teams/create", lambda c: s.create_team(c.text("title"), c.user_id))
    get("teams/{teamId}", lambda c: s.team(c.id("teamId")))
    router.add("PUT", "teams/{teamId}", lambda c: s.rename_team(c.id("teamId"), c.text("title")))
    get("teams/{teamId}/members", lambda c: s.team_members(c.id("teamId")))
    post("teams/{teamId}/member/{userId}", lambda c: s.add_team_member(c.id("teamId"), c.id("userId")))
    router.add(
        "DELETE", "teams/{teamId}/member/{userId}", lambda c: s.remove_team_member(c.id("teamId"), c.id("userId"))
    )
    post(
        "postquarter/create",
        lambda c: s.create_post_quarter(c.text("name"), _due(c, "quarterenddate"), _required_id(c, "meetingId")),
    )


def _due(call: IncomingRequest, key: str = "dueDate") -> Any:
    found = call.when(key)
    if found is None:
        raise bad_request(f"{key} is required.")
    return found


def _compartment(call: IncomingRequest) -> Compartment | None:
    return cast("Compartment | None", call.choice("compartment", COMPARTMENTS))


def _done(status: str | None) -> bool | None:
    return None if status is None else status == "Done"
