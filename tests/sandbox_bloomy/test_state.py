"""The Bloom Growth sandbox is stateful, and its seeded data is realistic, consistent and deterministic."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import httpx

from bloomy.testing import LEADERSHIP_MEETING_ID, SALES_MEETING_ID, BloomSandbox, BloomState

from .conftest import NOW

LEAD, SALES = LEADERSHIP_MEETING_ID, SALES_MEETING_ID


def _ids(items: list[dict[str, Any]]) -> list[int]:
    return [item["Id"] for item in items]


# -- seeded data -------------------------------------------------------------------------------
def test_the_organisation(http: httpx.Client) -> None:
    everyone = http.get("search/all", params={"term": "%"}).json()
    users = [r for r in everyone if r["ResultType"] == "User"]
    placeholders = [u for u in users if u["Email"] == ""]
    assert len(users) == 17 and len(placeholders) == 2
    assert all(u["ImageUrl"] == "/i/userplaceholder" for u in placeholders)
    assert {r["ResultType"] for r in everyone} == {"User", "Team", "Position"}
    assert any(u["ImageUrl"] is None for u in users), "someone without a picture"
    me = http.get("users/mine").json()
    assert (me["Id"], me["Name"], me["Key"]) == (345678, "Jane Cooper", "TinyUser_345678")
    reports = http.get("users/minedirectreports").json()
    assert len(reports) == 4 and reports == http.get("users/345678/directreports").json()
    assert len(http.get("users/mineviewable").json()) == 17
    [seat] = http.get("users/345678/seats").json()
    assert seat == {"Group": {"Position": {"Id": seat["Group"]["Position"]["Id"], "Name": "VP of Sales"}}}
    names = [s["Group"]["Position"]["Name"] for r in reports for s in http.get(f"users/{r['Id']}/seats").json()]
    assert None in names and "Account Executive" in names, "a position without a name"


def test_the_meetings(http: httpx.Client) -> None:
    assert [(m["Id"], m["Name"]) for m in http.get("L10/list").json()] == [
        (LEAD, "Leadership Team L10"),
        (SALES, "Sales Weekly L10"),
    ]
    meeting = http.get(f"L10/{LEAD}").json()
    assert meeting["Basics"]["Name"] == "Leadership Team L10" and meeting["OrganizationId"] == 51234
    assert len(meeting["Attendees"]) == 7 and meeting["StartDateUtc"] is None
    assert meeting["Todos"] and meeting["Rocks"] and meeting["IssuesList"]["Issues"] and meeting["Headlines"]
    assert {p["Type"] for p in meeting["Pages"]} >= {"Segue", "IDS", "Conclude"}
    others = [m for m in httpx.get(f"{http.base_url}L10/345690/list", headers=http.headers).json()]
    running = [http.get(f"L10/{m['Id']}").json()["StartDateUtc"] for m in others]
    assert any(running), "a meeting under way"


def test_todos_open_overdue_complete_and_closed(http: httpx.Client) -> None:
    for meeting in (LEAD, SALES):
        todos = http.get(f"L10/{meeting}/todos").json()
        every = http.get(f"L10/{meeting}/todos", params={"INCLUDE_CLOSED": "true"}).json()
        assert len(every) > len(todos) >= 5
        assert all(t["CloseTime"] is None for t in todos) and any(t["CloseTime"] for t in every)
        assert any(t["Complete"] for t in todos), "completed since the last meeting"
        overdue = [t for t in todos if not t["Complete"] and t["DueDate"] < NOW.strftime("%Y-%m-%d")]
        assert any(t["Owner"]["Id"] == 345678 for t in overdue)
        assert all(t["DueDate"].endswith("T00:00:00Z") for t in every)
    mine = http.get("todo/users/mine").json()
    assert {t["TodoType"] for t in mine} == {"L10", "Personal"}
    assert any(t["OriginId"] is None and t["Origin"] is None for t in mine)


def test_issues_headlines_rocks_and_quirks(http: httpx.Client) -> None:
    issues = http.get(f"L10/{LEAD}/issues").json()
    assert any(i["Owner"] is None for i in issues), "an issue whose owner has left"
    assert len(http.get(f"L10/{LEAD}/issues", params={"INCLUDE_RESOLVED": "true"}).json()) > len(issues)
    assert http.get(f"L10/{LEAD}/headlines").json()
    rocks = http.get("rocks/user/mine", params={"Include_Origin": "true"}).json()
    assert len(rocks) >= 2 and all(r["Origins"] for r in rocks)
    assert "Origins" not in http.get("rocks/user/mine").json()[0]
    assert http.get("archivedrocks/user/mine").json()[0]["Archived"] is True
    assert sum(len(http.get(f"rocks/{r['Id']}/milestones").json()) for r in http.get(f"L10/{LEAD}/rocks").json()) > 0


def test_measurables_and_thirteen_weeks_of_scores(http: httpx.Client, bloom: BloomSandbox) -> None:
    week = http.get("weeks/current").json()
    monday = date.fromisoformat(week["LocalDate"]["Date"][:10])
    assert monday.weekday() == 0 and monday <= NOW.date() < monday + timedelta(days=7)
    assert week["ForWeekNumber"] == (date.fromisoformat(week["ForWeek"][:10]) - date(1970, 1, 4)).days // 7
    card = http.get("scorecard/user/mine").json()
    assert len(card["Weeks"]) == 13 and card["Weeks"][-1]["IsCurrentWeek"]
    revenue = next(m for m in card["Measurables"] if m["Name"] == "Weekly sales revenue")
    assert revenue["Modifiers"] == "Dollar" and {o["Id"] for o in revenue["Origins"]} == {LEAD, SALES}
    scores = [s for s in card["Scores"] if s["MeasurableId"] == revenue["Id"]]
    assert len(scores) == 13 and scores[-2]["Measured"] is not None and scores[0]["Week"].count("-W") == 1
    meeting = http.get(f"L10/{LEAD}/measurables").json()
    assert any(m["IsDivider"] and m["Name"] == "" for m in meeting), "a divider row"
    everything = [m for mid in bloom.state.org.meetings for m in http.get(f"L10/{mid}/measurables").json()]
    assert any(m["Target"] is None and not m["IsDivider"] for m in everything), "a measurable without a goal"


def test_same_seed_same_data_other_seed_other_data() -> None:
    first, again, other = BloomState(0, NOW), BloomState(0, NOW), BloomState(1, NOW)
    assert first.meeting(LEAD) == again.meeting(LEAD) and first.search("%") == again.search("%")
    assert first.meeting_todos(LEAD) != other.meeting_todos(LEAD)
    assert first.user(345678) == other.user(345678) and first.meetings_of(345678) == other.meetings_of(345678)


# -- changes are visible on the next read ------------------------------------------------------
def test_created_todo_shows_up_in_the_meeting_and_the_owners_list(http: httpx.Client) -> None:
    body = {"title": "Review async code", "accountableUserId": 345690, "dueDate": "2026-03-20"}
    todo = http.post(f"L10/{LEAD}/todos", json=body).json()
    assert (todo["Origin"], todo["OriginId"], todo["DueDate"]) == ("Leadership Team L10", LEAD, "2026-03-20T00:00:00Z")
    assert todo["Id"] in _ids(http.get(f"L10/{LEAD}/todos").json())
    assert todo["Id"] in _ids(http.get("todo/user/345690").json())
    assert todo["Id"] in _ids(http.get(f"L10/{LEAD}/users/345690/todos").json())
    assert todo["Id"] not in _ids(http.get("todo/users/mine").json())
    personal = http.post("todo/create", json={"title": "Call the bank"}).json()
    due = datetime.fromisoformat(personal["DueDate"]) - datetime.fromisoformat(personal["CreateTime"])
    assert personal["TodoType"] == "Personal" and timedelta(days=6) < due <= timedelta(days=7)
    assert personal["Id"] in _ids(http.get("todo/users/mine").json())


def test_complete_update_and_reopen_a_todo(http: httpx.Client) -> None:
    todo_id = http.get(f"L10/{LEAD}/todos").json()[0]["Id"]
    assert http.post(f"todo/{todo_id}/complete", params={"status": "true"}).json() is True
    done = http.get(f"todo/{todo_id}").json()
    assert done["Complete"] is True and done["CompleteTime"] is not None
    assert (
        http.put(f"todo/{todo_id}", json={"title": "Renamed", "dueDate": "2026-04-01T09:00:00+02:00"}).status_code
        == 204
    )
    renamed = http.get(f"todo/{todo_id}").json()
    assert (renamed["Name"], renamed["DueDate"], renamed["CompleteTime"]) == (
        "Renamed",
        "2026-04-01T07:00:00Z",
        done["CompleteTime"],
    )
    http.post(f"todo/{todo_id}/complete", params={"status": "false"})
    assert http.get(f"todo/{todo_id}").json()["Complete"] is False


def test_issue_lifecycle(http: httpx.Client) -> None:
    issue = http.post("issues/create", json={"meetingId": LEAD, "title": "Server slow", "notes": "Since Monday"}).json()
    iid = issue["Id"]
    assert iid in _ids(http.get(f"L10/{LEAD}/issues").json()) and iid in _ids(http.get("issues/users/mine").json())
    http.post(f"issues/{iid}/complete", json={"complete": True})
    assert iid not in _ids(http.get(f"L10/{LEAD}/issues").json())
    assert http.get(f"issues/{iid}").json()["CloseTime"] is not None
    http.post(f"issues/{iid}/complete", json={"complete": False})
    http.post(f"issues/{iid}/movetovto")
    assert iid not in _ids(http.get(f"L10/{LEAD}/issues").json()) and iid in _ids(http.get("issues/users/mine").json())
    http.post(f"issues/{iid}/movetomeeting/{SALES}")
    assert iid in _ids(http.get(f"L10/{SALES}/issues").json())
    http.put(f"issues/{iid}", json={"title": "Server very slow", "ownerId": 345690})
    assert http.get(f"issues/{iid}").json()["Owner"]["Name"] == "Marcus Lee"
    assert http.delete(f"L10/{SALES}/issues/{iid}").status_code == 204
    gone = http.get(f"issues/{iid}").json()
    assert gone["Archived"] is True and iid not in _ids(
        http.get(f"L10/{SALES}/issues", params={"INCLUDE_RESOLVED": "true"}).json()
    )


def test_headline_rename_and_delete(http: httpx.Client, bloom: BloomSandbox) -> None:
    headline = http.post(f"L10/{SALES}/headlines", json={"title": "Record week", "notes": "1,200 units"}).json()
    assert bloom.state.notes("headline", headline["Id"]) == "1,200 units"
    http.put(f"headline/{headline['Id']}", json={"title": "Best week ever"})
    assert http.get(f"headline/{headline['Id']}", params={"Include_Origin": "true"}).json()["OriginId"] == SALES
    assert headline["Id"] in _ids(http.get("headline/users/mine").json())
    http.delete(f"headline/{headline['Id']}")
    assert http.get(f"headline/{headline['Id']}").status_code == 404
    assert headline["Id"] not in _ids(http.get(f"L10/{SALES}/headlines").json())


def test_rock_archive_restore_attach_and_delete(http: httpx.Client) -> None:
    rock = http.post(f"L10/{SALES}/rocks", json={"title": "Complete Q1 objectives"}).json()
    rid = rock["Id"]
    assert rock["Origins"] == [{"Id": SALES, "Name": "Sales Weekly L10"}] and rock["Completion"] == "OnTrack"
    http.put(f"rocks/{rid}", json={"completion": "Complete"})
    assert http.get(f"rocks/{rid}").json()["Complete"] is True
    http.put(f"rocks/{rid}/archive")
    assert rid in _ids(http.get("archivedrocks/user/mine").json()) and rid not in _ids(
        http.get("rocks/user/mine").json()
    )
    assert rid not in _ids(http.get(f"L10/{SALES}/rocks").json())
    assert rid in _ids(http.get(f"L10/{SALES}/rocks", params={"INCLUDE_ARCHIVE": "true"}).json())
    http.put(f"rocks/{rid}/restore")
    assert rid in _ids(http.get("rocks/user/mine").json())
    http.post(f"L10/{LEAD}/rocks/{rid}")
    assert rid in _ids(http.get(f"L10/{LEAD}/rocks").json())
    http.delete(f"L10/{LEAD}/rocks/{rid}")
    assert rid not in _ids(http.get(f"L10/{LEAD}/rocks").json())
    milestone = http.post(f"rocks/{rid}/milestones", json={"title": "Vendor picked", "dueDate": "2026-03-25"}).json()
    http.put(f"milestones/{milestone['Id']}", json={"status": "Done"})
    assert http.get(f"milestones/{milestone['Id']}").json()["Status"] == "Done"
    http.delete(f"rocks/{rid}")
    assert http.get(f"rocks/{rid}").status_code == 404 and http.get(f"milestones/{milestone['Id']}").status_code == 404


def test_scores_written_show_in_the_scorecard(http: httpx.Client) -> None:
    week = http.get("weeks/current").json()["ForWeekNumber"]
    revenue = next(m for m in http.get("measurables/user/mine").json() if m["Name"] == "Weekly sales revenue")
    assert http.put(f"measurables/{revenue['Id']}/week/{week}", json={"value": 123456.5}).status_code == 204
    card = http.get(f"scorecard/meeting/{SALES}").json()
    score = next(s for s in card["Scores"] if s["MeasurableId"] == revenue["Id"] and s["ForWeek"] == week)
    assert score["Measured"] == 123456.5 and score["DateEntered"] is not None
    http.put(f"scores/{score['Id']}", json={"value": 99000})
    assert http.get(f"scores/{score['Id']}").json()["Measured"] == 99000
    http.put(f"measurables/{revenue['Id']}/week/{week}", json={"value": None})
    assert http.get(f"scores/{score['Id']}").json()["Measured"] is None
    http.put(f"measurables/{revenue['Id']}/week/{week + 1}", json={"value": 1})
    assert http.get("scorecard/user/mine").json()["Weeks"][-1]["ForWeekNumber"] == week + 1


def test_meeting_create_attend_rename_delete(http: httpx.Client) -> None:
    mid = http.post("L10/create", json={"title": "Board Prep", "addSelf": True}).json()["meetingId"]
    assert mid in _ids(http.get("L10/list").json())
    http.post(f"L10/{mid}/attendees/345690")
    assert _ids(http.get(f"L10/{mid}/attendees").json()) == [345678, 345690]
    assert mid in _ids(http.get("L10/345690/list").json())
    http.put(f"L10/{mid}", json={"title": "Board Prep L10"})
    assert http.get(f"L10/{mid}").json()["Basics"]["Name"] == "Board Prep L10"
    assert http.delete(f"L10/{mid}").status_code == 204
    assert http.get(f"L10/{mid}").status_code == 404 and mid not in _ids(http.get("L10/list").json())
    other = next(m["Id"] for m in http.get("L10/345690/list").json() if m["Id"] not in (LEAD, SALES))
    refused = http.delete(f"L10/{other}")
    assert refused.status_code == 403 and refused.json() == {
        "Message": "You don't have permission to edit this meeting."
    }


def test_chart_positions_roles_teams_and_quarter(http: httpx.Client, bloom: BloomSandbox) -> None:
    seat = http.get("seats/user/mine").json()[0]
    assert seat["User"]["Id"] == 345678 and len(seat["Children"]) == 5
    new = http.post(f"seats/{seat['Id']}/directreport/345690").json()
    assert 345690 in _ids(http.get("users/minedirectreports").json())
    position = http.post("positions/create", json={"title": "Chief Revenue Officer"}).json()
    http.post(f"seats/{new['Id']}/position/{position['Id']}")
    assert http.get(f"seats/{new['Id']}/position").json()["Name"] == "Chief Revenue Officer"
    role = http.post(f"positions/{position['Id']}/roles", json={"title": "Own revenue"}).json()
    assert _ids(http.get(f"positions/{position['Id']}/roles").json()) == [role["Id"]]
    http.delete(f"role/{role['Id']}")
    assert http.get(f"role/{role['Id']}").status_code == 404
    http.delete(f"seats/{new['Id']}/user")
    assert http.get(f"seats/{new['Id']}/user").status_code == 404
    team = http.post("teams/create", json={"title": "Revenue"}).json()
    assert team["ManagedBy"] == 345678 and http.post(f"teams/{team['Id']}/member/345690").json() is True
    assert _ids(http.get(f"teams/{team['Id']}/members").json()) == [345678, 345690]
    done = [r["Id"] for r in http.get(f"L10/{LEAD}/rocks").json() if r["Complete"]]
    quarter = http.post("postquarter/create", json={"name": "Q1", "quarterenddate": "2026-03-31", "meetingId": LEAD})
    assert isinstance(quarter.json(), int) and not set(done) & set(_ids(http.get(f"L10/{LEAD}/rocks").json()))


def test_bad_bodies_are_400(http: httpx.Client) -> None:
    cases = [
        ("POST", f"L10/{LEAD}/todos", {"notes": "no title"}, "title is required."),
        ("PUT", "todo/9876543", {"dueDate": "next week"}, "dueDate: 'next week' is not a valid date."),
        ("PUT", "rocks/1234567", {"completion": "Done"}, "completion: 'Done' is not a valid value."),
        ("POST", "issues/create", {"title": "No meeting"}, "meetingId is required."),
    ]
    for method, path, body, detail in cases:
        response = http.request(method, path, json=body)
        assert (response.status_code, response.json()) == (
            400,
            {"Message": "The request is invalid.", "MessageDetail": detail},
        )
    assert (
        http.post(f"L10/{LEAD}/todos", content=b"{not json", headers={"content-type": "application/json"}).status_code
        == 400
    )


def test_lists_are_whole_no_pagination(http: httpx.Client) -> None:
    """v1 has no paging: every list comes back whole, however long, in a stable order."""
    created = [http.post(f"L10/{SALES}/todos", json={"title": f"Task {n}"}).json()["Id"] for n in range(60)]
    todos = _ids(http.get(f"L10/{SALES}/todos").json())
    assert todos[-60:] == created and len(todos) == len(set(todos)) > 60
    assert _ids(http.get(f"L10/{SALES}/todos", params={"page": 2, "take": 5}).json()) == todos
    counts = Counter(r["ResultType"] for r in http.get("search/all", params={"term": "%"}).json())
    assert counts["User"] == 17


def test_meeting_delay_shows_concurrency() -> None:
    with BloomSandbox(now=NOW, meeting_delay=0.2) as bloom:
        response = httpx.get(f"{bloom.url}/L10/{LEAD}/attendees", headers=bloom.auth_headers)
        assert response.status_code == 200 and bloom.requests[-1].delay == 0.2
        assert httpx.get(f"{bloom.url}/users/mine", headers=bloom.auth_headers).status_code == 200
        assert bloom.requests[-1].delay == 0
