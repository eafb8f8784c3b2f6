"""Seed 000's samples, as written, against a local Monzo sandbox (MONZO_ACCESS_TOKEN and MONZO_BASE_URL)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from monzoh.testing import MonzoSandbox
from tests.monzoh import seed_000_samples as seed


@pytest.fixture(scope="module")
def sandbox() -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=3) as monzo:
        yield monzo


@pytest.fixture(autouse=True)
def point_at_sandbox(sandbox: MonzoSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONZO_ACCESS_TOKEN", sandbox.access_token)
    monkeypatch.setenv("MONZO_BASE_URL", sandbox.url)


def open_accounts(sandbox: MonzoSandbox) -> list[str]:
    return (
        [a["id"] for a in sandbox.state.accounts if not a.get("closed")]
        if isinstance(sandbox.state.accounts, list)
        else []
    )


def test_native_async_client(capsys: pytest.CaptureFixture[str], sandbox: MonzoSandbox) -> None:
    asyncio.run(seed.native_main())
    out = capsys.readouterr().out
    assert "Found 3 accounts" in out
    assert "Balance: £" in out


def test_context_manager_usage(capsys: pytest.CaptureFixture[str], sandbox: MonzoSandbox) -> None:
    asyncio.run(seed.context_manager_main())
    out = capsys.readouterr().out
    assert f"Authenticated as: {sandbox.user_id}" in out
    assert "Recent transactions: 10" in out


def test_custom_http_client_with_timeout_and_no_base_url() -> None:
    summaries = asyncio.run(seed.get_account_summary())
    assert len(summaries) == 3
    assert all(isinstance(s["balance"], float) for s in summaries)


def test_concurrent_financial_overview(capsys: pytest.CaptureFixture[str], sandbox: MonzoSandbox) -> None:
    before = len(sandbox.requests)
    asyncio.run(seed.overview_main())
    out = capsys.readouterr().out
    assert "Total balance: £" in out and "Spending today: £" in out
    assert len(sandbox.requests) - before == 1 + 3 * 2  # accounts, then balance + transactions per account


def test_error_handling_sample_succeeds_and_recovers(capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(seed.error_handling_main())
    assert "Successfully retrieved 3 accounts" in capsys.readouterr().out


def test_error_handling_sample_reports_failures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MONZO_ACCESS_TOKEN", "not-a-valid-token-000000")
    asyncio.run(seed.error_handling_main())
    assert "Failed to retrieve accounts" in capsys.readouterr().out


def test_connection_pooling_batches(capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(seed.batch_process_accounts())
    assert capsys.readouterr().out.count(": £") == 3


def test_migration_sync_and_async_agree() -> None:
    before = seed.migration_before_sync()
    after = asyncio.run(seed.migration_after_async())
    assert before.balance == after.balance and before.currency == after.currency == "GBP"


def test_fastapi_sample_serves_its_routes(sandbox: MonzoSandbox) -> None:
    from fastapi.testclient import TestClient

    with TestClient(seed.fastapi_app()) as http:
        accounts = http.get("/accounts").json()
        assert len(accounts) == 3 and accounts[0]["id"].startswith("acc_")
        account_id = accounts[0]["id"]
        balance = http.get(f"/accounts/{account_id}/balance").json()
        assert isinstance(balance["balance"], int) and balance["currency"] == "GBP"
        transactions = http.get(f"/accounts/{account_id}/transactions", params={"limit": 7}).json()
        assert len(transactions) == 7 and all(t["id"].startswith("tx_") for t in transactions)
        dashboard = http.get(f"/dashboard/{account_id}").json()
        assert set(dashboard) == {"balance", "recent_transactions", "pots_summary"}
        assert len(dashboard["recent_transactions"]) == 10
        assert dashboard["pots_summary"]["total_pots"] >= 1
        missing = http.get("/accounts/acc_nope/balance")
        assert (missing.status_code == 400 and "acc_nope" not in missing.json()["detail"]) or missing.status_code == 400
