"""examples/monzo_fastapi served by a real `uvicorn main:app` process, called over HTTP, against the Monzo sandbox."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from monzoh.testing import MonzoSandbox
from tests.examples._support import EXAMPLES, child_env, uvicorn_app

APP_DIR = EXAMPLES / "monzo_fastapi"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=0, sca_window=True) as monzo:
        yield monzo


def serve(sandbox: MonzoSandbox, tmp: Path, token: str) -> Iterator[httpx.Client]:
    env = child_env(tmp, MONZO_ACCESS_TOKEN=token, MONZO_BASE_URL=sandbox.url)
    with (
        uvicorn_app(APP_DIR, env, tmp / "uvicorn.log") as (url, server),
        httpx.Client(base_url=url, timeout=10) as http,
    ):
        yield http
    assert "Application shutdown complete." in server.log  # the lifespan closed the shared client
    assert server.process.returncode in (0, -signal.SIGTERM), server.log  # uvicorn re-raises the signal


@pytest.fixture(scope="module")
def app(sandbox: MonzoSandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """The example app (one uvicorn process for the module), its token fresh from the sandbox."""
    yield from serve(sandbox, tmp_path_factory.mktemp("monzo_fastapi"), sandbox.access_token)


@pytest.fixture(autouse=True)
def no_faults(sandbox: MonzoSandbox) -> None:
    sandbox.faults.clear()


def recent(sandbox: MonzoSandbox, account_id: str, days: int = 30) -> list[dict[str, Any]]:
    """The account's transactions of the last `days` days, newest first."""
    since = datetime.now(UTC) - timedelta(days=days)
    txs = sandbox.state.all_transactions(account_id)
    return [t for t in reversed(txs) if datetime.fromisoformat(t["created"].replace("Z", "+00:00")) >= since]


def test_accounts(app: httpx.Client, sandbox: MonzoSandbox) -> None:
    response = app.get("/accounts")
    assert response.status_code == 200
    accounts = response.json()
    assert [a["id"] for a in accounts] == [a["id"] for a in sandbox.state.accounts()]
    assert {a["type"] for a in accounts} == {"uk_retail", "uk_retail_joint", "uk_prepaid"}


def test_balance_of_every_account(app: httpx.Client, sandbox: MonzoSandbox) -> None:
    for account in sandbox.state.accounts():
        body = app.get(f"/accounts/{account['id']}/balance").json()
        expected = sandbox.state.balance(account["id"])
        assert (body["balance"], body["total_balance"], body["currency"]) == (
            expected["balance"], expected["total_balance"], "GBP"
        )  # fmt: skip


def test_transactions_with_limit(app: httpx.Client, sandbox: MonzoSandbox) -> None:
    account_id = sandbox.state.current_account_id
    body = app.get(f"/accounts/{account_id}/transactions", params={"limit": 7}).json()
    oldest = sandbox.state.all_transactions(account_id)[:7]  # Monzo lists oldest first
    assert [t["id"] for t in body] == [t["id"] for t in oldest]
    assert [t["amount"] for t in body] == [t["amount"] for t in oldest]


def test_dashboard(app: httpx.Client, sandbox: MonzoSandbox) -> None:
    account_id = sandbox.state.current_account_id
    before = len(sandbox.requests)
    body = app.get(f"/dashboard/{account_id}").json()
    balance = sandbox.state.balance(account_id)
    assert body["balance"] == {
        "current": balance["balance"] / 100, "spend_today": balance["spend_today"] / 100, "currency": "GBP"
    }  # fmt: skip
    newest = recent(sandbox, account_id)[:10]
    assert len(body["recent_transactions"]) == 10
    assert [t["id"] for t in body["recent_transactions"]] == [t["id"] for t in newest]
    assert [t["amount"] for t in body["recent_transactions"]] == [t["amount"] / 100 for t in newest]
    assert body["recent_transactions"][0]["created"][:19] == newest[0]["created"][:19]
    pots = [p for p in sandbox.state.pots(account_id) if not p["deleted"]]
    assert body["pots_summary"] == {"total_pots": len(pots), "total_saved": sum(p["balance"] for p in pots) / 100}
    assert body["pots_summary"]["total_pots"] == 4  # Savings, Holiday, Bills, Rainy day; not the deleted one
    assert len(sandbox.requests) - before == 3  # balance, transactions and pots, concurrently


def test_dashboard_follows_the_sandbox_state(app: httpx.Client, sandbox: MonzoSandbox) -> None:
    account_id = sandbox.state.current_account_id
    first = app.get(f"/dashboard/{account_id}").json()
    pot = next(p for p in sandbox.state.pots(account_id) if not p["deleted"])
    sandbox.state.deposit(pot["id"], account_id, 2500, f"examples-{time.time_ns()}")
    tx = sandbox.state.add_transaction(account_id, -1234, "PRET A MANGER", category="eating_out")
    second = app.get(f"/dashboard/{account_id}").json()
    assert second["pots_summary"]["total_saved"] == pytest.approx(first["pots_summary"]["total_saved"] + 25)
    assert second["balance"]["current"] == pytest.approx(first["balance"]["current"] - 25 - 12.34)
    assert second["recent_transactions"][0] == {
        "id": tx["id"], "description": "PRET A MANGER", "amount": -12.34, "created": second["recent_transactions"][0]["created"]
    }  # fmt: skip


def test_dashboard_of_the_joint_account_shows_its_own_pots(app: httpx.Client, sandbox: MonzoSandbox) -> None:
    joint = sandbox.state.joint_account_id
    body = app.get(f"/dashboard/{joint}").json()
    pots = sandbox.state.pots(joint)
    assert [p["name"] for p in pots] == ["House deposit"]
    assert body["pots_summary"] == {"total_pots": 1, "total_saved": pots[0]["balance"] / 100}
    assert [t["id"] for t in body["recent_transactions"]] == [t["id"] for t in recent(sandbox, joint)[:10]]


def test_unknown_account_is_a_400(app: httpx.Client) -> None:
    for path in ("/accounts/acc_nope/balance", "/accounts/acc_nope/transactions", "/dashboard/acc_nope"):
        response = app.get(path)
        assert response.status_code == 400, path
        assert "404 Not Found" in response.json()["detail"], path


def test_monzo_failures_become_400s(app: httpx.Client, sandbox: MonzoSandbox) -> None:
    """A 429 whose Retry-After is longer than the client waits reaches the route as a MonzoError."""
    sandbox.faults.rate_limit_burst(1, retry_after=3600, path="/pots")
    response = app.get(f"/dashboard/{sandbox.state.current_account_id}")
    assert response.status_code == 400 and "429" in response.json()["detail"]


def test_dashboard_with_a_login_older_than_five_minutes(sandbox: MonzoSandbox, tmp_path: Path) -> None:
    """Five minutes after a login Monzo only lists the last 90 days (strong customer authentication). The
    dashboard asks for 30 days and keeps working; the seed's list without `since` got a 403 (a 400 here).
    The /transactions route is the seed's, a plain proxy: it shows that 403 as a 400."""
    sandbox.tokens.clock = lambda: time.time() - 600  # a login ten minutes ago
    try:
        aged = sandbox.mint_access_token()
    finally:
        sandbox.tokens.clock = time.time
    for http in serve(sandbox, tmp_path, aged):
        account_id = sandbox.state.current_account_id
        dashboard = http.get(f"/dashboard/{account_id}")
        assert dashboard.status_code == 200
        assert len(dashboard.json()["recent_transactions"]) == 10
        proxied = http.get(f"/accounts/{account_id}/transactions", params={"limit": 5})
        assert proxied.status_code == 400 and "verification_required" in proxied.json()["detail"]
