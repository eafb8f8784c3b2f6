"""The sandbox and spec/bloomy.yaml cannot drift: every operation over real HTTP, held against the spec.

Each operation gets a fresh sandbox; every request and every response of its case is validated with
openapi-core (request parameters and bodies, status, content type and body schema).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bloomy.testing import LEADERSHIP_MEETING_ID, SALES_MEETING_ID, BloomSandbox

from ._spec import BloomSpec

Request = tuple[str, str, dict[str, Any]]

DUE = "2026-04-03T00:00:00Z"

# fmt: off
CASES: dict[str, list[Request]] = {
    "create_access_token": [],  # at the host root: test_the_login_matches_the_spec
    "get_current_user": [("GET", "users/mine", {})],
    "get_user": [("GET", "users/{marcus}", {}), ("GET", "users/{placeholder}", {})],
    "get_user_direct_reports": [("GET", "users/{me}/directreports", {}), ("GET", "users/{report}/directreports", {})],
    "get_my_direct_reports": [("GET", "users/minedirectreports", {})],
    "get_viewable_users": [("GET", "users/mineviewable", {})],
    "get_user_seats": [("GET", "users/{me}/seats", {}), ("GET", "users/{nameless}/seats", {})],
    "search_all": [("GET", "search/all", {"params": {"term": "%"}}), ("GET", "search/all", {"params": {"term": "sales"}})],
    "search_users": [("GET", "search/user", {"params": {"term": "jane"}})],
    "list_meetings": [("GET", "L10/list", {})],
    "list_user_meetings": [("GET", "L10/{marcus}/list", {})],
    "create_meeting": [("POST", "L10/create", {"json": {"title": "Sales Weekly L10 (West)", "addSelf": True}})],
    "get_meeting": [("GET", "L10/{lead}", {}), ("GET", "L10/{ops}", {})],
    "update_meeting": [("PUT", "L10/{lead}", {"json": {"title": "Leadership Team L10 (2026)"}})],
    "delete_meeting": [("DELETE", "L10/{sales}", {})],
    "get_meeting_attendees": [("GET", "L10/{lead}/attendees", {})],
    "add_meeting_attendee": [("POST", "L10/{lead}/attendees/{report}", {})],
    "get_meeting_rocks": [("GET", "L10/{lead}/rocks", {}), ("GET", "L10/{lead}/rocks", {"params": {"INCLUDE_ARCHIVE": "true"}})],
    "create_meeting_rock": [("POST", "L10/{lead}/rocks", {"json": {"title": "Open the Denver office", "accountableUserId": 345690}})],
    "attach_meeting_rock": [("POST", "L10/{ops}/rocks/{rock}", {})],
    "remove_meeting_rock": [("DELETE", "L10/{lead}/rocks/{rock}", {})],
    "get_meeting_measurables": [("GET", "L10/{lead}/measurables", {})],
    "attach_meeting_measurable": [("POST", "L10/{ops}/measurables/{measurable}", {})],
    "remove_meeting_measurable": [("DELETE", "L10/{sales}/measurables/{measurable}", {})],
    "get_meeting_todos": [("GET", "L10/{lead}/todos", {}), ("GET", "L10/{lead}/todos", {"params": {"INCLUDE_CLOSED": "true"}})],
    "create_meeting_todo": [
        ("POST", "L10/{lead}/todos", {"json": {"title": "Send the offer letter", "accountableUserId": 345690, "details": "Salary band B", "dueDate": DUE}}),
        ("POST", "L10/{lead}/todos", {"json": {"title": "Book the room"}}),
    ],
    "get_meeting_issues": [("GET", "L10/{lead}/issues", {}), ("GET", "L10/{lead}/issues", {"params": {"INCLUDE_RESOLVED": "true"}})],
    "create_meeting_issue": [("POST", "L10/{lead}/issues", {"json": {"title": "Forklift is broken", "ownerId": 345690, "details": "Since Monday"}})],
    "remove_meeting_issue": [("DELETE", "L10/{lead}/issues/{issue}", {})],
    "get_meeting_headlines": [("GET", "L10/{lead}/headlines", {})],
    "create_meeting_headline": [("POST", "L10/{lead}/headlines", {"json": {"title": "Record week on line 3", "notes": "1,200 units"}})],
    "remove_meeting_headline": [("DELETE", "L10/{lead}/headlines/{headline}", {})],
    "get_meeting_user_headlines": [("GET", "L10/{lead}/users/{me}/headlines", {})],
    "get_meeting_user_issues": [("GET", "L10/{lead}/users/{me}/issues", {})],
    "get_meeting_user_measurables": [("GET", "L10/{lead}/users/{me}/measurables", {})],
    "get_meeting_user_rocks": [("GET", "L10/{lead}/users/{me}/rocks", {})],
    "get_meeting_user_todos": [("GET", "L10/{lead}/users/{me}/todos", {})],
    "create_todo": [
        ("POST", "todo/create", {"json": {"title": "Book the offsite venue", "notes": "Room for 20", "dueDate": DUE}}),
        ("POST", "todo/create", {"json": {"title": "Call the bank"}, "headers": {"Include_Permission": "true"}}),
    ],
    "get_todo": [("GET", "todo/{todo}", {}), ("GET", "todo/{todo}", {"headers": {"Include_Permission": "true"}})],
    "update_todo": [("PUT", "todo/{todo}", {"json": {"title": "Send the pricing update", "dueDate": DUE}})],
    "complete_todo": [("POST", "todo/{todo}/complete", {"params": {"status": "true"}}), ("POST", "todo/{todo}/complete", {"params": {"status": "false"}})],
    "get_my_todos": [("GET", "todo/users/mine", {})],
    "get_user_todos": [("GET", "todo/user/{marcus}", {})],
    "get_todo_notes": [("GET", "todo/notes/{todo}", {})],
    "create_meeting_todo_legacy": [("POST", "todo/createmeetingtodo", {"json": {"title": "Ship samples", "meetingid": LEADERSHIP_MEETING_ID, "accountableUserId": 345678, "dueDate": DUE}})],
    "create_issue": [("POST", "issues/create", {"json": {"meetingId": LEADERSHIP_MEETING_ID, "title": "Churn is up", "ownerId": 345690, "notes": "SMB"}})],
    "get_issue": [("GET", "issues/{issue}", {}), ("GET", "issues/{ownerless}", {})],
    "update_issue": [("PUT", "issues/{issue}", {"json": {"title": "Churn is up 4%", "ownerId": 345690, "compartment": "LongTerm"}})],
    "complete_issue": [("POST", "issues/{issue}/complete", {"json": {"complete": True}})],
    "get_my_issues": [("GET", "issues/users/mine", {})],
    "get_user_issues": [("GET", "issues/users/{marcus}", {})],
    "move_issue_to_vto": [("POST", "issues/{issue}/movetovto", {})],
    "move_issue_from_vto": [("POST", "issues/{issue}/movefromvto", {})],
    "move_issue_to_meeting": [("POST", "issues/{issue}/movetomeeting/{sales}", {})],
    "get_issue_notes": [("GET", "issues/notes/{issue}", {})],
    "get_headline": [("GET", "headline/{headline}", {}), ("GET", "headline/{headline}", {"params": {"Include_Origin": "true"}})],
    "update_headline": [("PUT", "headline/{headline}", {"json": {"title": "Maria closed Acme three weeks early"}})],
    "delete_headline": [("DELETE", "headline/{headline}", {})],
    "get_my_headlines": [("GET", "headline/users/mine", {"params": {"Include_Origin": "true"}})],
    "get_user_headlines": [("GET", "headline/users/{marcus}", {})],
    "create_rock": [("POST", "rocks/create", {"json": {"title": "Hire two account executives", "accountableUserId": 345690}})],
    "get_rock": [("GET", "rocks/{rock}", {}), ("GET", "rocks/{rock}", {"params": {"Include_Origin": "true"}, "headers": {"Include_Permission": "true"}})],
    "update_rock": [("PUT", "rocks/{rock}", {"json": {"title": "Launch onboarding v2", "completion": "AtRisk", "accountableUserId": 345678}})],
    "delete_rock": [("DELETE", "rocks/{rock}", {})],
    "archive_rock": [("PUT", "rocks/{rock}/archive", {})],
    "restore_rock": [("PUT", "rocks/{archived_rock}/restore", {})],
    "get_rock_milestones": [("GET", "rocks/{milestone_rock}/milestones", {})],
    "create_rock_milestone": [("POST", "rocks/{rock}/milestones", {"json": {"title": "Vendor selected", "dueDate": DUE}})],
    "get_my_rocks": [("GET", "rocks/user/mine", {"params": {"Include_Origin": "true"}})],
    "get_user_rocks": [("GET", "rocks/user/{marcus}", {})],
    "get_my_archived_rocks": [("GET", "archivedrocks/user/mine", {})],
    "get_user_archived_rocks": [("GET", "archivedrocks/user/{marcus}", {})],
    "get_rock_notes": [("GET", "rocks/notes/{rock}", {"params": {"showControls": "false", "readOnly": "true"}})],
    "get_milestone": [("GET", "milestones/{milestone}", {})],
    "update_milestone": [("PUT", "milestones/{milestone}", {"json": {"title": "Pilot done", "dueDate": DUE, "status": "Done"}})],
    "delete_milestone": [("DELETE", "milestones/{milestone}", {})],
    "create_measurable": [("POST", "measurables/create", {"json": {"name": "Demos booked", "direction": "GreaterThan", "target": 10, "unitType": "None", "accountableUserId": 345678}})],
    "get_measurable": [("GET", "measurables/{measurable}", {"params": {"Include_Origin": "true"}}), ("GET", "measurables/{divider}", {})],
    "update_measurable": [("PUT", "measurables/{measurable}", {"json": {"name": "Weekly revenue", "target": 110000, "direction": "Between", "altTarget": 150000, "unitType": "Dollar"}})],
    "get_measurable_scores": [("GET", "measurables/{measurable}/scores", {})],
    "update_measurable_score": [("PUT", "measurables/{measurable}/week/{week}", {"json": {"value": 95000}}), ("PUT", "measurables/{measurable}/week/{week}", {"json": {"value": None}})],
    "get_my_measurables": [("GET", "measurables/user/mine", {})],
    "get_user_measurables": [("GET", "measurables/user/{marcus}", {"params": {"Include_Origin": "true"}})],
    "get_my_scorecard": [("GET", "scorecard/user/mine", {})],
    "get_user_scorecard": [("GET", "scorecard/user/{marcus}", {})],
    "get_meeting_scorecard": [("GET", "scorecard/meeting/{lead}", {})],
    "get_score": [("GET", "scores/{score}", {}), ("GET", "scores/{empty_score}", {})],
    "update_score": [("PUT", "scores/{score}", {"json": {"value": 101500.5}})],
    "get_current_week": [("GET", "weeks/current", {})],
    "get_seat": [("GET", "seats/{seat}", {}), ("GET", "seats/{open_seat}", {})],
    "delete_seat": [("DELETE", "seats/{open_seat}", {})],
    "get_my_seats": [("GET", "seats/user/mine", {})],
    "get_seats_for_user": [("GET", "seats/user/{marcus}", {})],
    "get_seat_position": [("GET", "seats/{seat}/position", {})],
    "remove_seat_position": [("DELETE", "seats/{seat}/position", {})],
    "set_seat_position": [("POST", "seats/{open_seat}/position/{position}", {})],
    "get_seat_user": [("GET", "seats/{seat}/user", {})],
    "remove_seat_user": [("DELETE", "seats/{seat}/user", {})],
    "set_seat_user": [("POST", "seats/{open_seat}/user/{placeholder}", {})],
    "attach_seat_direct_report": [("POST", "seats/{seat}/directreport/{marcus}", {})],
    "create_position": [("POST", "positions/create", {"json": {"title": "Chief Revenue Officer"}})],
    "get_my_positions": [("GET", "positions/mine", {})],
    "get_position": [("GET", "positions/{position}", {}), ("GET", "positions/{nameless_position}", {})],
    "update_position": [("PUT", "positions/{position}", {"json": {"title": "VP of Revenue"}})],
    "get_position_roles": [("GET", "positions/{position}/roles", {})],
    "create_position_role": [("POST", "positions/{position}/roles", {"json": {"title": "Own the pipeline review"}})],
    "get_role": [("GET", "role/{role}", {})],
    "update_role": [("PUT", "role/{role}", {"json": {"title": "Own the monthly forecast"}})],
    "delete_role": [("DELETE", "role/{role}", {})],
    "create_team": [("POST", "teams/create", {"json": {"title": "Revenue Leadership"}})],
    "get_team": [("GET", "teams/{team}", {}), ("GET", "teams/{all_team}", {})],
    "update_team": [("PUT", "teams/{team}", {"json": {"title": "Executive Team"}})],
    "get_team_members": [("GET", "teams/{team}/members", {})],
    "add_team_member": [("POST", "teams/{team}/member/{report}", {})],
    "remove_team_member": [("DELETE", "teams/{team}/member/{marcus}", {})],
    "create_post_quarter": [("POST", "postquarter/create", {"json": {"name": "Q2 2026", "quarterenddate": "2026-06-30T00:00:00Z", "meetingId": LEADERSHIP_MEETING_ID}})],
}
# fmt: on


def ids(bloom: BloomSandbox) -> dict[str, int]:
    """Ids of seeded objects the cases act on (Jane's where it matters)."""
    org, me = bloom.state.org, bloom.state.me
    lead, sales = LEADERSHIP_MEETING_ID, SALES_MEETING_ID
    rock = next(r for r in org.rocks.values() if r.owner_id == me and not r.archived)
    seat = next(s for s in org.seats.values() if s.user_id == me)
    measurable = next(m for m in org.measurables.values() if m.owner_id == me and sales in m.meetings)
    scores = [s for s in org.scores.values() if s.measurable_id == measurable.id]
    position = org.seats[seat.id].position_id
    assert position is not None
    return {
        "me": me,
        "marcus": 345690,
        "report": next(s.user_id for s in org.seats.values() if s.parent_id == seat.id and s.user_id is not None),
        "placeholder": next(u.id for u in org.users.values() if u.placeholder),
        "nameless": next(
            s.user_id for s in org.seats.values() if s.user_id and org.positions[s.position_id or 0].name is None
        ),
        "lead": lead,
        "sales": sales,
        "ops": next(m.id for m in org.meetings.values() if me not in m.attendees),
        "todo": next(t.id for t in org.todos.values() if t.meeting_id == lead),
        "issue": next(i.id for i in org.issues.values() if i.meeting_id == lead and i.owner_id is not None),
        "ownerless": next(i.id for i in org.issues.values() if i.owner_id is None),
        "headline": next(h.id for h in org.headlines.values() if h.meeting_id == lead and h.closed is None),
        "rock": rock.id,
        "archived_rock": next(r.id for r in org.rocks.values() if r.archived),
        "milestone_rock": next(m.rock_id for m in org.milestones.values()),
        "milestone": next(iter(org.milestones)),
        "measurable": measurable.id,
        "divider": next(m.id for m in org.measurables.values() if m.divider),
        "score": next(s.id for s in scores if s.value is not None),
        "empty_score": next(s.id for s in org.scores.values() if s.value is None),
        "week": bloom.state.current_week() - 1,
        "seat": seat.id,
        "open_seat": next(s.id for s in org.seats.values() if s.user_id is None),
        "position": position,
        "nameless_position": next(p.id for p in org.positions.values() if p.name is None),
        "role": next(r.id for r in org.roles.values() if r.position_id == position),
        "team": next(t.id for t in org.teams.values() if t.team_type == "Standard"),
        "all_team": next(t.id for t in org.teams.values() if t.team_type == "AllMembers"),
    }


def _matches(template: str, path: str) -> bool:
    parts, actual = template.strip("/").split("/"), path.strip("/").split("/")
    return len(parts) == len(actual) and all(p.startswith("{") or p == a for p, a in zip(parts, actual, strict=True))


def test_every_operation_has_a_case(bloom_spec: BloomSpec) -> None:
    assert sorted(CASES) == sorted(bloom_spec.operations())
    assert len(CASES) == 116


def test_the_login_matches_the_spec(bloom: BloomSandbox, bloom_spec: BloomSpec) -> None:
    """`create_access_token` lives at the host root; a good login, then a bad one (both in the spec)."""
    form = {"grant_type": "password", "userName": bloom.username, "password": bloom.password}
    good = httpx.post(f"{bloom.host_url}/Token", data=form)
    bad = httpx.post(f"{bloom.host_url}/Token", data={**form, "password": "nope"})
    assert (good.status_code, bad.status_code) == (200, 400)
    bloom_spec.check(good)
    bloom_spec.check(bad)


@pytest.mark.parametrize("operation_id", sorted(set(CASES) - {"create_access_token"}))
def test_operation_matches_spec(
    operation_id: str, bloom: BloomSandbox, http: httpx.Client, bloom_spec: BloomSpec
) -> None:
    method, template = bloom_spec.operations()[operation_id]
    known = ids(bloom)
    for verb, path, options in CASES[operation_id]:
        response = http.request(verb, path.format(**known), **options)
        assert response.is_success, (response.request.url, response.status_code, response.text)
        assert verb == method and _matches("/api/v1" + template, response.request.url.path)
        bloom_spec.check(response)
