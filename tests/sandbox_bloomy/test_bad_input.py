"""Bad input gets Bloom's 400, never a 500, and nothing the sandbox stores can break a later read.

Each test is a case schemathesis found (tests/sandbox_schemathesis): the write, then the reads that
used to fail after it, through the wire and through the bloomy facade.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from bloomy import Client
from bloomy.testing import LEADERSHIP_MEETING_ID, BloomSandbox

LEAD = LEADERSHIP_MEETING_ID
INVALID = "The request is invalid."


def _measurable(http: httpx.Client) -> dict[str, Any]:
    """One of Jane's measurables that is on the leadership scorecard."""
    found: dict[str, Any] = next(
        m for m in http.get("measurables/user/mine", params={"Include_Origin": "true"}).json()
        if LEAD in [o["Id"] for o in m["Origins"]]
    )  # fmt: skip
    return found


def _scorecard_reads(http: httpx.Client, measurable_id: int) -> list[httpx.Response]:
    return [
        http.get("scorecard/user/mine"),
        http.get("scorecard/user/345678"),
        http.get(f"scorecard/meeting/{LEAD}"),
        http.get(f"measurables/{measurable_id}/scores"),
        http.get(f"L10/{LEAD}"),
    ]


@pytest.mark.parametrize("week", [418985, 10**12, 2**63 - 1, 10**30])
def test_a_week_out_of_range_is_a_400_and_scorecards_still_read(
    http: httpx.Client, bloom: BloomSandbox, week: int
) -> None:
    measurable = _measurable(http)
    before = http.get("scorecard/user/mine").json()
    answer = http.put(f"measurables/{measurable['Id']}/week/{week}", json={"value": 42})
    assert answer.status_code == 400, answer.text
    assert answer.json()["Message"] == INVALID and str(week) in answer.json()["MessageDetail"]
    for read in _scorecard_reads(http, measurable["Id"]):
        assert read.status_code == 200, (read.request.url, read.text)
    assert http.get("scorecard/user/mine").json() == before, "nothing was stored"
    with Client(api_key=bloom.api_key, base_url=bloom.url) as client:
        assert client.scorecard.list(show_empty=True)
        assert client.scorecard.list(meeting_id=LEAD, show_empty=True)


def test_the_last_week_net_can_hold_is_written_and_read(http: httpx.Client, bloom: BloomSandbox) -> None:
    measurable = _measurable(http)
    answer = http.put(f"measurables/{measurable['Id']}/week/418984", json={"value": 7})
    assert answer.status_code == 204, answer.text
    reads = _scorecard_reads(http, measurable["Id"])
    assert [r.status_code for r in reads] == [200] * len(reads)
    [score] = [s for s in http.get(f"measurables/{measurable['Id']}/scores").json() if s["ForWeek"] == 418984]
    assert score["Week"] == "9999-12-26T00:00:00Z" and score["Measured"] == 7
    latest = http.get("scorecard/user/mine").json()
    assert any(s["Week"] == "9999-W51" and s["Measured"] == 7 for s in latest["Scores"])
    with Client(api_key=bloom.api_key, base_url=bloom.url) as client:
        assert any(item.week == "9999-W51" for item in client.scorecard.list())


def test_the_state_holds_the_same_range_as_the_api(bloom: BloomSandbox) -> None:
    """Week numbers below 0 have no route (`\\d+`), but the state itself refuses weeks before year 1 too."""
    from bloomy.testing import ErrorReply

    measurable = next(iter(bloom.state.org.measurables))
    bloom.state.set_week_score(measurable, -102737, 1.0)  # the week of 0001-01-01
    with pytest.raises(ErrorReply) as refused:
        bloom.state.set_week_score(measurable, -102738, 1.0)
    assert refused.value.status == 400
    assert bloom.state.measurable_scores(measurable)[0]["Week"] == "0001-01-07T00:00:00Z"


@pytest.mark.parametrize("due", ["0244-03-01T00:00:00Z", "0244-03-01", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"])
def test_a_due_date_in_any_year_net_can_hold_is_rendered_with_four_digits(
    http: httpx.Client, bloom: BloomSandbox, due: str
) -> None:
    created = http.post(f"L10/{LEAD}/todos", json={"title": "Ancient history", "dueDate": due})
    assert created.status_code == 200, created.text
    expected = due if "T" in due else f"{due}T00:00:00Z"
    assert created.json()["DueDate"] == expected
    listed = next(t for t in http.get(f"L10/{LEAD}/todos").json() if t["Id"] == created.json()["Id"])
    assert listed["DueDate"] == expected
    with Client(api_key=bloom.api_key, base_url=bloom.url) as client:
        todo = next(t for t in client.todo.list(meeting_id=LEAD) if t.id == created.json()["Id"])
        assert todo.due_date == datetime.fromisoformat(expected)
        assert any(t.id == todo.id for t in client.meeting.details(LEAD).todos or [])


def test_milestone_dates_keep_four_digit_years(http: httpx.Client) -> None:
    rock = http.post(f"L10/{LEAD}/rocks", json={"title": "Dig the foundations"}).json()
    milestone = http.post(
        f"rocks/{rock['Id']}/milestones", json={"title": "Plan", "dueDate": "0389-06-03T16:18:50.72Z"}
    )
    assert milestone.status_code == 200, milestone.text
    assert milestone.json()["DueDate"] == "0389-06-03T16:18:50.72Z"
    assert http.get(f"milestones/{milestone.json()['Id']}").json()["DueDate"] == "0389-06-03T16:18:50.72Z"
    assert http.get(f"L10/{LEAD}").status_code == 200


@pytest.mark.parametrize(
    "due", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-01:00", "0000-01-01", "244-03-01", "2024-02-30"]
)
def test_a_due_date_net_cannot_hold_is_a_400(http: httpx.Client, due: str) -> None:
    todo = http.get(f"L10/{LEAD}/todos").json()[0]
    for answer in (
        http.post("todo/create", json={"title": "Never", "dueDate": due}),
        http.put(f"todo/{todo['Id']}", json={"dueDate": due}),
    ):
        assert answer.status_code == 400, answer.text
        assert answer.json() == {"Message": INVALID, "MessageDetail": f"dueDate: '{due}' is not a valid date."}
    assert http.get(f"todo/{todo['Id']}").json()["DueDate"] == todo["DueDate"]
    assert http.get("todo/users/mine").status_code == 200


@pytest.mark.parametrize("body", ['{"target": NaN}', '{"target": Infinity}', '{"target": -1e999}'])
def test_numbers_beyond_a_double_are_not_json_and_change_nothing(http: httpx.Client, body: str) -> None:
    measurable = _measurable(http)
    answer = http.put(f"measurables/{measurable['Id']}", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400, answer.text
    assert answer.json() == {"Message": INVALID, "MessageDetail": "The request body is not valid JSON."}
    assert http.get(f"measurables/{measurable['Id']}").json()["Target"] == measurable["Target"]


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-inf", "1e999"])
def test_numeric_strings_beyond_a_double_are_a_400(http: httpx.Client, value: str) -> None:
    measurable = _measurable(http)
    answer = http.put(f"measurables/{measurable['Id']}", json={"target": value})
    assert answer.status_code == 400, answer.text
    created = http.post("measurables/create", json={"name": "Broken", "target": value})
    assert created.status_code == 400, created.text
    assert http.get("measurables/user/mine").status_code == 200
    assert http.get(f"measurables/{measurable['Id']}").json()["Target"] == measurable["Target"]


@pytest.mark.parametrize("owner", ["\uff11\uff12", "\u00b2", "--5", "9" * 5000, 2**63, -(2**63) - 1])
def test_ids_that_are_not_64_bit_integers_are_a_400(http: httpx.Client, owner: object) -> None:
    answer = http.post("todo/create", json={"title": "Whose?", "accountableUserId": owner})
    assert answer.status_code == 400, answer.text
    assert answer.json()["Message"] == INVALID


def test_a_lone_surrogate_is_stored_as_a_replacement_character(http: httpx.Client, bloom: BloomSandbox) -> None:
    body = b'{"title": "Fix the \\ud83d boiler", "notes": "\\udc00"}'
    created = http.post("todo/create", content=body, headers={"Content-Type": "application/json"})
    assert created.status_code == 200, created.text
    assert created.json()["Name"] == "Fix the \ufffd boiler"
    assert any(t["Name"] == "Fix the \ufffd boiler" for t in http.get("todo/users/mine").json())
    assert http.get(f"todo/{created.json()['Id']}").status_code == 200
    with Client(api_key=bloom.api_key, base_url=bloom.url) as client:
        assert any(t.name == "Fix the \ufffd boiler" for t in client.todo.list())


def test_valid_surrogate_pairs_still_read_back(http: httpx.Client) -> None:
    body = b'{"title": "Ship it \\ud83d\\ude80"}'
    created = http.post("todo/create", content=body, headers={"Content-Type": "application/json"})
    assert created.json()["Name"] == "Ship it \U0001f680"


def test_a_body_nested_beyond_reason_is_a_400(http: httpx.Client) -> None:
    body = b'{"title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    answer = http.post("todo/create", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400, answer.text


def test_no_stored_date_renders_a_short_year() -> None:
    from bloomy.testing._wire import iso_week_label, wire_time

    assert wire_time(datetime(244, 3, 1, tzinfo=UTC)) == "0244-03-01T00:00:00Z"
    assert wire_time(datetime(9, 1, 2, 3, 4, 5, 250000, tzinfo=UTC)) == "0009-01-02T03:04:05.25Z"
    assert iso_week_label(-90000) == "0245-W07"
