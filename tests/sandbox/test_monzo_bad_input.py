"""Bad input gets Monzo's 400, never a 500, and nothing the sandbox stores can break a later read."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from monzoh.testing import MonzoSandbox
from monzoh.testing._model import wire_time


def _receipt(monzo: MonzoSandbox, http: httpx.Client, external_id: str) -> dict[str, Any]:
    account = monzo.state.current_account_id
    tx_id = http.get("/transactions", params={"account_id": account, "limit": 1}).json()["transactions"][0]["id"]
    return {"transaction_id": tx_id, "external_id": external_id, "total": 500, "currency": "GBP",
            "items": [{"description": "Tea", "amount": 500, "currency": "GBP"}]}  # fmt: skip


@pytest.mark.parametrize("extra", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_a_receipt_with_a_number_json_has_not_is_a_400_and_stores_nothing(
    monzo: MonzoSandbox, http: httpx.Client, extra: str
) -> None:
    body = _receipt(monzo, http, "r-nan")
    raw = httpx.Request("PUT", "/", json=body).content[:-1] + f', "tip": {extra}}}'.encode()
    answer = http.put("/transaction-receipts", content=raw, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400, answer.text
    assert answer.json()["code"] == "bad_request.bad_json"
    assert http.get("/transaction-receipts", params={"external_id": "r-nan"}).status_code == 404


def test_a_receipt_with_a_lone_surrogate_reads_back(monzo: MonzoSandbox, http: httpx.Client) -> None:
    body = _receipt(monzo, http, "r-surrogate")
    raw = httpx.Request("PUT", "/", json=body).content.replace(b'"Tea"', b'"Tea \\ud800"')
    answer = http.put("/transaction-receipts", content=raw, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    read = http.get("/transaction-receipts", params={"external_id": "r-surrogate"})
    assert read.status_code == 200, read.text
    assert read.json()["receipt"]["items"][0]["description"] == "Tea \ufffd"


@pytest.mark.parametrize(
    ("name", "value"), [("since", "0001-01-01T00:00:00+05:00"), ("before", "9999-12-31T23:59:59-05:00")]
)
def test_a_time_outside_the_calendar_in_utc_is_a_bad_param(
    monzo: MonzoSandbox, http: httpx.Client, name: str, value: str
) -> None:
    answer = http.get("/transactions", params={"account_id": monzo.state.current_account_id, name: value})
    assert answer.status_code == 400, answer.text
    assert answer.json()["code"] == f"bad_request.bad_param.{name}"


def test_times_are_rendered_with_four_digit_years() -> None:
    assert wire_time(datetime(244, 3, 1, 8, 15, 22, 341000, tzinfo=UTC)) == "0244-03-01T08:15:22.341Z"
    assert wire_time(datetime(2024, 3, 2, tzinfo=UTC)) == "2024-03-02T00:00:00.000Z"
