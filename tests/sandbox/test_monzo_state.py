"""The Monzo sandbox is stateful and its seeded data is realistic, consistent and deterministic."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from monzoh.testing import MonzoSandbox, MonzoState

from .conftest import NOW


def _pot(monzo: MonzoSandbox, name: str) -> dict[str, Any]:
    return next(pot for pot in monzo.state.pots() if pot["name"] == name)


def _all_transactions(http: httpx.Client, account_id: str, limit: int = 100) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    params: dict[str, Any] = {"account_id": account_id, "limit": limit}
    while True:
        response = http.get("/transactions", params=params)
        assert response.status_code == 200, response.text
        page = response.json()["transactions"]
        found += page
        if len(page) < limit:
            return found
        params["since"] = page[-1]["id"]


# -- seeded data -----------------------------------------------------------------------------
def test_seeded_accounts_pots_and_transactions_look_real(monzo: MonzoSandbox, http: httpx.Client) -> None:
    accounts = http.get("/accounts").json()["accounts"]
    assert [(a["type"], a["closed"]) for a in accounts] == [
        ("uk_retail", False),
        ("uk_retail_joint", False),
        ("uk_prepaid", True),
    ]
    assert [a["type"] for a in http.get("/accounts", params={"account_type": "uk_retail"}).json()["accounts"]] == [
        "uk_retail"
    ]
    pots = http.get("/pots", params={"current_account_id": monzo.state.current_account_id}).json()["pots"]
    assert any(p["deleted"] for p in pots) and sum(not p["deleted"] for p in pots) >= 3
    txs = _all_transactions(http, monzo.state.current_account_id)
    assert len(txs) >= 300
    assert txs[-1]["created"] > "2026-03" and txs[0]["created"] < "2024-10", "about 18 months of history"
    assert any(t.get("decline_reason") for t in txs)
    assert any(t["settled"] == "" and "decline_reason" not in t for t in txs), "pending transactions"
    assert any(t["counterparty"] == {} for t in txs) and any(t["counterparty"].get("sort_code") for t in txs)
    assert any(t["category"].startswith("category_") for t in txs), "a custom category"
    assert any(t["local_currency"] == "EUR" for t in txs), "spending abroad"
    assert any(t["attachments"] for t in txs) and any(t["notes"] for t in txs)
    assert len({t["merchant"] for t in txs if t["merchant"]}) >= 10
    assert len(_all_transactions(http, monzo.state.joint_account_id)) >= 200


def test_balances_are_consistent_with_transactions_and_pots(monzo: MonzoSandbox, http: httpx.Client) -> None:
    for account_id in (monzo.state.current_account_id, monzo.state.joint_account_id, monzo.state.prepaid_account_id):
        txs = _all_transactions(http, account_id)
        balance = http.get("/balance", params={"account_id": account_id}).json()
        assert balance["balance"] == sum(t["amount"] for t in txs if "decline_reason" not in t)
        assert txs[-1]["account_balance"] == balance["balance"]
        pots = [p for p in monzo.state.pots() if p["current_account_id"] == account_id and not p["deleted"]]
        assert balance["total_balance"] == balance["balance"] + sum(p["balance"] for p in pots)
        for pot in pots:  # a pot holds exactly what was moved into it
            moved = sum(-t["amount"] for t in txs if t["description"] == pot["id"])
            assert moved == pot["balance"], pot["name"]


def test_same_seed_same_data_other_seed_other_data() -> None:
    first, again, other = MonzoState(3, NOW), MonzoState(3, NOW), MonzoState(4, NOW)
    account = first.current_account_id
    assert first.transactions(account, limit=100) == again.transactions(account, limit=100)
    assert first.pots() == again.pots() and first.balance(account) == again.balance(account)
    assert first.transactions(account, limit=100) != other.transactions(account, limit=100)


# -- pots ------------------------------------------------------------------------------------
def test_deposit_moves_money_once_per_dedupe_id(monzo: MonzoSandbox, http: httpx.Client) -> None:
    account, pot = monzo.state.current_account_id, _pot(monzo, "Savings")
    before = monzo.state.balance(account)["balance"]
    form = {"source_account_id": account, "amount": "2500", "dedupe_id": "retry-me"}
    first = http.put(f"/pots/{pot['id']}/deposit", data=form)
    second = http.put(f"/pots/{pot['id']}/deposit", data=form)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json() and first.json()["balance"] == pot["balance"] + 2500
    assert monzo.state.balance(account)["balance"] == before - 2500
    assert monzo.state.pot(pot["id"])["balance"] == pot["balance"] + 2500
    moves = [t for t in _all_transactions(http, account) if t["dedupe_id"] == "retry-me"]
    assert len(moves) == 1 and moves[0]["amount"] == -2500 and moves[0]["description"] == pot["id"]
    third = http.put(f"/pots/{pot['id']}/deposit", data={**form, "dedupe_id": "another"})
    assert third.json()["balance"] == pot["balance"] + 5000


def test_withdraw_moves_money_back_and_honours_dedupe_id(monzo: MonzoSandbox, http: httpx.Client) -> None:
    account, pot = monzo.state.current_account_id, _pot(monzo, "Holiday")
    before = monzo.state.balance(account)["balance"]
    form = {"destination_account_id": account, "amount": "1000", "dedupe_id": "w-1"}
    for _ in range(3):
        assert http.put(f"/pots/{pot['id']}/withdraw", data=form).json()["balance"] == pot["balance"] - 1000
    assert monzo.state.balance(account)["balance"] == before + 1000


@pytest.mark.parametrize(
    ("pot_name", "action", "amount", "status", "code"),
    [
        ("Savings", "deposit", "999999999", 400, "bad_request.insufficient_funds"),
        ("Holiday", "withdraw", "999999999", 400, "bad_request.insufficient_funds"),
        ("Savings", "deposit", "0", 400, "bad_request.bad_param.amount"),
        ("Savings", "deposit", "", 400, "bad_request.bad_param.amount"),
        ("Wedding Fund", "deposit", "100", 400, "bad_request.bad_param.pot_id"),
        ("Rainy day", "withdraw", "100", 403, "forbidden.insufficient_permissions"),
    ],
)
def test_pot_moves_that_fail_change_nothing(
    monzo: MonzoSandbox, http: httpx.Client, pot_name: str, action: str, amount: str, status: int, code: str
) -> None:
    account, pot = monzo.state.current_account_id, _pot(monzo, pot_name)
    before = monzo.state.balance(account)
    field = "source_account_id" if action == "deposit" else "destination_account_id"
    response = http.put(f"/pots/{pot['id']}/{action}", data={field: account, "amount": amount, "dedupe_id": "x"})
    assert (response.status_code, response.json()["code"]) == (status, code)
    assert monzo.state.balance(account) == before and monzo.state.pot(pot["id"]) == pot


def test_pot_fields_sent_as_query_params_fail_like_the_real_api(monzo: MonzoSandbox, http: httpx.Client) -> None:
    pot = _pot(monzo, "Savings")
    params = {"source_account_id": monzo.state.current_account_id, "amount": "100", "dedupe_id": "q"}
    response = http.put(f"/pots/{pot['id']}/deposit", params=params)
    assert (response.status_code, response.json()["code"]) == (400, "bad_request.bad_param.amount")


# -- transactions ----------------------------------------------------------------------------
def test_annotate_is_visible_on_the_next_read(monzo: MonzoSandbox, http: httpx.Client) -> None:
    tx = http.get("/transactions", params={"account_id": monzo.state.current_account_id}).json()["transactions"][3]
    patched = http.patch(
        f"/transactions/{tx['id']}", data={"metadata[notes]": "Team lunch", "metadata[project]": "neverland"}
    )
    assert patched.json()["transaction"]["notes"] == "Team lunch"
    read = http.get(f"/transactions/{tx['id']}").json()["transaction"]
    assert read["notes"] == "Team lunch" and read["metadata"]["project"] == "neverland"
    http.patch(f"/transactions/{tx['id']}", data={"metadata[project]": "", "metadata[notes]": ""})
    read = http.get(f"/transactions/{tx['id']}").json()["transaction"]
    assert "project" not in read["metadata"] and read["notes"] == ""


def test_paging_with_since_covers_every_transaction_once_oldest_first(monzo: MonzoSandbox, http: httpx.Client) -> None:
    account = monzo.state.current_account_id
    expected = [t["id"] for t in monzo.state.all_transactions(account)]
    for limit in (100, 37, 1000 // 9):
        txs = _all_transactions(http, account, min(limit, 100))
        assert [t["id"] for t in txs] == expected
        assert [t["created"] for t in txs] == sorted(t["created"] for t in txs)
    windows: list[str] = []  # the same history walked in 30-day windows of since/before timestamps
    start = datetime.fromisoformat(monzo.state.all_transactions(account)[0]["created"]) - timedelta(seconds=1)
    while start < NOW + timedelta(days=1):
        end = start + timedelta(days=30)
        params: dict[str, str | int] = {
            "account_id": account,
            "since": start.isoformat(),
            "before": end.isoformat(),
            "limit": 100,
        }
        windows += [t["id"] for t in http.get("/transactions", params=params).json()["transactions"]]
        start = end
    assert windows == expected


def test_since_timestamp_is_inclusive_before_is_exclusive(monzo: MonzoSandbox, http: httpx.Client) -> None:
    account = monzo.state.current_account_id
    sample = http.get("/transactions", params={"account_id": account, "limit": 100}).json()["transactions"]
    start, end = sample[10], sample[20]
    page = http.get(
        "/transactions",
        params={"account_id": account, "since": start["created"], "before": end["created"], "limit": 100},
    ).json()["transactions"]
    assert [t["id"] for t in page] == [t["id"] for t in sample[10:20]]
    after = http.get("/transactions", params={"account_id": account, "since": start["id"], "limit": 5}).json()
    assert [t["id"] for t in after["transactions"]] == [t["id"] for t in sample[11:16]]


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"limit": "101"}, "bad_request.bad_param.limit"),
        ({"limit": "0"}, "bad_request.bad_param.limit"),
        ({"limit": "ten"}, "bad_request.bad_param.limit"),
        ({"since": "2024-01-01T00:00:00Z", "before": "2025-01-02T00:00:00Z"}, "bad_request.invalid_time_range"),
        ({"since": "yesterday"}, "bad_request.bad_param.since"),
        ({"since": "tx_00009doesnotexist000000"}, "bad_request.bad_param.since"),
        ({"before": "2024-13-01T00:00:00Z"}, "bad_request.bad_param.before"),
    ],
)
def test_bad_listing_arguments(monzo: MonzoSandbox, http: httpx.Client, params: dict[str, str], code: str) -> None:
    response = http.get("/transactions", params={"account_id": monzo.state.current_account_id, **params})
    assert (response.status_code, response.json()["code"]) == (400, code)


def test_default_page_size_and_expand(monzo: MonzoSandbox, http: httpx.Client) -> None:
    page = http.get("/transactions", params={"account_id": monzo.state.current_account_id}).json()["transactions"]
    assert len(page) == 30
    with_merchant = next(t for t in page if t["merchant"])
    assert isinstance(with_merchant["merchant"], str) and with_merchant["merchant"].startswith("merch_")
    expanded = http.get(f"/transactions/{with_merchant['id']}", params={"expand[]": "merchant"}).json()["transaction"]
    assert expanded["merchant"]["id"] == with_merchant["merchant"] and expanded["merchant"]["name"]


def test_new_card_payment_shows_up_and_moves_the_balance(monzo: MonzoSandbox, http: httpx.Client) -> None:
    account = monzo.state.current_account_id
    before = monzo.state.balance(account)["balance"]
    tx = monzo.state.add_transaction(account, -450, "PRET A MANGER", category="eating_out", pending=True)
    assert tx["settled"] == "" and http.get(f"/transactions/{tx['id']}").json()["transaction"]["amount"] == -450
    assert http.get("/balance", params={"account_id": account}).json()["balance"] == before - 450


def test_sca_window_limits_old_history_five_minutes_after_login() -> None:
    with MonzoSandbox(now=NOW, sca_window=True) as monzo:
        account = monzo.state.current_account_id
        fresh = httpx.get(f"{monzo.url}/transactions", params={"account_id": account}, headers=monzo.auth_headers)
        assert fresh.status_code == 200
        monzo.tokens.clock = lambda: time.time() - 600  # a login ten minutes ago
        headers = {"Authorization": f"Bearer {monzo.mint_access_token()}"}
        monzo.tokens.clock = time.time
        old = httpx.get(f"{monzo.url}/transactions", params={"account_id": account}, headers=headers)
        assert (old.status_code, old.json()["code"]) == (403, "forbidden.verification_required")
        since = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
        recent = httpx.get(f"{monzo.url}/transactions", params={"account_id": account, "since": since}, headers=headers)
        assert recent.status_code == 200


# -- receipts, webhooks, attachments, feed ---------------------------------------------------
def test_receipt_put_updates_get_and_delete(monzo: MonzoSandbox, http: httpx.Client) -> None:
    tx_id = http.get("/transactions", params={"account_id": monzo.state.current_account_id}).json()["transactions"][0][
        "id"
    ]
    body = {"transaction_id": tx_id, "external_id": "r-1", "total": 500, "currency": "GBP",
            "items": [{"description": "Tea", "amount": 500, "currency": "GBP"}]}  # fmt: skip
    first = http.put("/transaction-receipts", json=body).json()["receipt_id"]
    assert http.put("/transaction-receipts", json={**body, "total": 600}).json()["receipt_id"] == first
    assert http.get("/transaction-receipts", params={"external_id": "r-1"}).json()["receipt"]["total"] == 600
    assert http.put("/transaction-receipts", json={**body, "total": 0}).status_code == 400
    assert (
        http.put(
            "/transaction-receipts", content=b"{not json", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    assert http.delete("/transaction-receipts", params={"external_id": "r-1"}).status_code == 200
    assert http.get("/transaction-receipts", params={"external_id": "r-1"}).status_code == 404


def test_webhooks_register_list_delete(monzo: MonzoSandbox, http: httpx.Client) -> None:
    account = monzo.state.current_account_id
    hook = http.post("/webhooks", data={"account_id": account, "url": "https://example.org/h"}).json()["webhook"]
    assert hook in http.get("/webhooks", params={"account_id": account}).json()["webhooks"]
    assert http.delete(f"/webhooks/{hook['id']}").status_code == 200
    assert hook not in http.get("/webhooks", params={"account_id": account}).json()["webhooks"]
    assert http.delete(f"/webhooks/{hook['id']}").status_code == 404


def test_attachment_upload_bytes_register_and_deregister(monzo: MonzoSandbox, http: httpx.Client) -> None:
    tx_id = http.get("/transactions", params={"account_id": monzo.state.current_account_id}).json()["transactions"][5][
        "id"
    ]
    urls = http.post(
        "/attachment/upload", data={"file_name": "a.png", "file_type": "image/png", "content_length": "3"}
    ).json()
    assert httpx.put(urls["upload_url"], content=b"PNG", headers={"Content-Type": "image/png"}).status_code == 200
    assert httpx.get(urls["file_url"]).content == b"PNG"
    attachment = http.post(
        "/attachment/register", data={"external_id": tx_id, "file_url": urls["file_url"], "file_type": "image/png"}
    ).json()["attachment"]
    assert attachment in http.get(f"/transactions/{tx_id}").json()["transaction"]["attachments"]
    assert http.post("/attachment/deregister", data={"id": attachment["id"]}).json() == {}
    assert http.get(f"/transactions/{tx_id}").json()["transaction"]["attachments"] == []
    assert http.post("/attachment/deregister", data={"id": attachment["id"]}).status_code == 404


def test_feed_item_is_stored(monzo: MonzoSandbox, http: httpx.Client) -> None:
    form = {
        "account_id": monzo.state.current_account_id,
        "type": "basic",
        "params[title]": "Hi",
        "params[image_url]": "x",
    }
    assert http.post("/feed", data=form).json() == {}
    assert monzo.state.feed.items[-1]["params"] == {"title": "Hi", "image_url": "x"}
    missing = http.post("/feed", data={**form, "params[title]": ""})
    assert (missing.status_code, missing.json()["code"]) == (400, "bad_request.bad_param.params[title]")


def test_unknown_ids_are_404(monzo: MonzoSandbox, http: httpx.Client) -> None:
    codes = Counter(
        http.get(path, params=params).json()["code"]
        for path, params in (
            ("/transactions/tx_00009nope", {}),
            ("/balance", {"account_id": "acc_00009nope"}),
            ("/pots", {"current_account_id": "acc_00009nope"}),
        )
    )
    assert codes == Counter({"not_found.transaction_not_found": 1, "not_found.account_not_found": 2})
