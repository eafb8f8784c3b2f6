"""The examples of monzoh 1.2.0's README, in its call pattern, against the sandbox, sync and async.

They run unchanged but for one line: `pot.deposit(10.00)` is refused (a float could be pounds or
pence here, where amounts are pence), and `pot.deposit(Decimal("10.00"))` moves exactly £10.00.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from monzoh import AsyncMonzoClient, MonzoClient, MonzoPenceWarning, MonzoValidationError
from monzoh.testing import MonzoSandbox

NOTE = "#large_expense"


@pytest.fixture
def image_in_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0 a small jpeg")
    (tmp_path / "receipt.jpg").write_bytes(b"\xff\xd8\xff\xe0 a receipt")
    return tmp_path


def savings_balance(sandbox: MonzoSandbox, account_id: str) -> int:
    return next(p["balance"] for p in sandbox.state.pots(account_id) if p["name"] == "Savings")


def test_readme_sync_example(peer_env: MonzoSandbox, image_in_cwd: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's blocking example: balance, annotations, an attachment, and a deposit into Savings."""
    with pytest.warns(MonzoPenceWarning) as shown:
        client = MonzoClient()  # the token and URL come from the environment, as a cached login would

        account = client.accounts.list()[0]
        balance = account.get_balance()
        print(f"Balance: £{balance.balance}")
        printed = peer_env.state.balance(account.id)["balance"]

        transactions = account.list_transactions(limit=10)
        for transaction in transactions:
            if transaction.amount < -50:
                transaction.annotate({"notes": NOTE})

        attachment = transactions[0].upload_attachment("image.jpg")

        pots = account.list_pots()
        start = savings_balance(peer_env, account.id)
        for pot in pots:
            if pot.name == "Savings":
                with pytest.raises(MonzoValidationError, match=r"Decimal\('10.00'\)"):
                    pot.deposit(10.00)
                moved = pot.deposit(Decimal("10.00"))
                break

    assert len([w for w in shown if w.category is MonzoPenceWarning]) == 1
    assert capsys.readouterr().out == f"Balance: £{printed}p\n"
    annotated = [t.id for t in transactions if t.amount < -50]
    assert annotated and all(client.transactions.retrieve(i).notes == NOTE for i in annotated)
    assert attachment.external_id == transactions[0].id and attachment.file_type == "image/jpeg"
    assert savings_balance(peer_env, account.id) == start + 1000 == moved.balance


def test_readme_async_example(peer_env: MonzoSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's asyncio example, with the `a`-prefixed model methods."""

    async def main() -> tuple[Any, ...]:
        async with AsyncMonzoClient() as client:
            account = (await client.accounts.list())[0]

            balance = await account.aget_balance()
            print(f"Balance: £{balance.balance}")

            transactions = await account.alist_transactions(limit=10)
            for transaction in transactions:
                if transaction.amount < -50:
                    await transaction.aannotate({"notes": NOTE})

            pots = await account.alist_pots()
            start = savings_balance(peer_env, account.id)
            for pot in pots:
                if pot.name == "Savings":
                    with pytest.raises(MonzoValidationError, match="could mean pounds or pence"):
                        await pot.adeposit(10.00)
                    moved = await pot.adeposit(Decimal("10.00"))
                    break
            return account, balance, transactions, start, moved

    with pytest.warns(MonzoPenceWarning):
        account, balance, transactions, start, moved = asyncio.run(main())

    assert capsys.readouterr().out == f"Balance: £{int(balance.balance)}p\n"
    annotated = [t.id for t in transactions if t.amount < -50]
    with MonzoClient() as client:
        assert annotated and all(client.transactions.retrieve(i).notes == NOTE for i in annotated)
    assert savings_balance(peer_env, account.id) == start + 1000 == moved.balance


def test_readme_attachment_example(peer_env: MonzoSandbox, image_in_cwd: Path) -> None:
    """'With monzoh': one transaction, one file, attached in one call."""
    with pytest.warns(MonzoPenceWarning):
        client = MonzoClient()
        account = client.accounts.list()[0]
        transaction = account.list_transactions(limit=1)[0]
        attachment = transaction.upload_attachment("receipt.jpg")
    assert attachment.external_id == transaction.id and attachment.file_url
