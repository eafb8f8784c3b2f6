"""Monzo: a financial overview built with concurrent calls (seed 000's `get_financial_overview`)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from monzoh import AsyncMonzoClient
from monzoh.models import Account

from ._ui import heading, money, table


async def account_summary(client: AsyncMonzoClient, account: Account) -> dict[str, Any]:
    balance, transactions = await asyncio.gather(
        client.accounts.get_balance(account_id=account.id),
        client.transactions.list(account_id=account.id, limit=50),
    )
    return {
        "account": account,
        "balance": balance.balance,
        "currency": balance.currency,
        "spend_today": balance.spend_today,
        "recent_spend": sum(-t.amount for t in transactions if t.amount < 0),
        "transactions": len(transactions),
    }


async def tour(client: AsyncMonzoClient, *, writes: bool) -> None:
    heading("Monzo: financial overview")
    who, accounts = await asyncio.gather(client.whoami(), client.accounts.list())
    print(
        f"Authenticated as {who.user_id}; {len(accounts)} accounts ({sum(a.closed is True for a in accounts)} closed)."
    )
    open_accounts = [a for a in accounts if not a.closed]
    summaries = await asyncio.gather(*(account_summary(client, a) for a in open_accounts))
    table(
        ["account", "type", "balance", "spent today", "spent in last 50 tx"],
        [
            [
                s["account"].id,
                s["account"].type,
                money(s["balance"], s["currency"]),
                money(s["spend_today"]),
                money(s["recent_spend"]),
            ]
            for s in summaries
        ],
        right=(2, 3, 4),
    )
    print(f"Total balance: {money(sum(s['balance'] for s in summaries))}")

    pots = [p for p in await client.pots.list() if not p.deleted]
    heading("Monzo: pots of your current account")
    table(
        ["pot", "name", "balance", "goal"],
        [[p.id, p.name, money(p.balance), money(p.goal_amount or 0)] for p in pots],
        right=(2, 3),
    )

    current = summaries[0]["account"]
    # Monzo lists oldest first and has no "latest" order: ask for the last fortnight.
    since = datetime.now(UTC) - timedelta(days=14)
    recent = await client.transactions.list(account_id=current.id, limit=100, since=since, expand=["merchant"])
    heading("Monzo: latest transactions")
    rows = []
    for t in recent[-8:]:
        merchant = getattr(t.merchant, "name", None) or t.description
        rows.append(
            [
                t.created.strftime("%Y-%m-%d %H:%M"),
                merchant[:32],
                t.category or "",
                money(t.amount),
                "yes" if t.settled else "pending",
            ]
        )
    table(["when", "merchant / description", "category", "amount", "settled"], rows, right=(3,))

    if writes and pots:
        heading("Monzo: a pot deposit that survives a lost response")
        pot = pots[0]
        after = await client.pots.deposit(pot.id, current.id, 500)
        print(
            f"Deposited {money(500)} into {pot.name!r}: {money(pot.balance)} -> {money(after.balance)} (applied once)"
        )
