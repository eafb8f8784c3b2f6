"""Seed 000's FastAPI app (monzoh's async guide): a Monzo API proxy with a shared AsyncMonzoClient.

`AsyncMonzoClient()` takes its token from MONZO_ACCESS_TOKEN (or the `monzoh login` cache) and its
base URL from MONZO_BASE_URL (default https://api.monzo.com). Against the local sandbox:

    python -m api_sandbox monzo                 # shell 1: prints the access token, serves on :8000
    export MONZO_ACCESS_TOKEN=<printed token> MONZO_BASE_URL=http://127.0.0.1:8000
    uvicorn main:app --port 8080                # shell 2, in this directory
    curl http://127.0.0.1:8080/accounts

The code is the seed's; the lines marked `SEED FIX` are where the seed did not work as written.
"""
# ruff: noqa: UP006, UP017, UP035, B008, B904

import asyncio  # SEED FIX: the seed uses asyncio.gather below without importing asyncio (NameError)
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from typing import List

from fastapi import Depends, FastAPI, HTTPException

from monzoh import AsyncMonzoClient, MonzoError
from monzoh.models import Account, Balance, Transaction

# How far back /dashboard looks for its recent transactions (see the SEED FIX there).
RECENT_DAYS = 30


# Create a shared client for the application
@asynccontextmanager
async def lifespan(app: FastAPI):
    # Create shared async client
    app.state.monzo_client = AsyncMonzoClient()
    yield
    # Clean up
    await app.state.monzo_client.__aexit__(None, None, None)


app = FastAPI(title="Monzo API Proxy", version="1.0.0", lifespan=lifespan)


def get_monzo_client() -> AsyncMonzoClient:
    return app.state.monzo_client


@app.get("/accounts", response_model=List[Account])
async def get_accounts(client: AsyncMonzoClient = Depends(get_monzo_client)):
    """Get all accounts."""
    try:
        accounts = await client.accounts.list()
        return accounts
    except MonzoError as e:
        raise HTTPException(status_code=400, detail=str(e))


@app.get("/accounts/{account_id}/balance", response_model=Balance)
async def get_account_balance(account_id: str, client: AsyncMonzoClient = Depends(get_monzo_client)):
    """Get account balance."""
    try:
        balance = await client.accounts.get_balance(account_id=account_id)
        return balance
    except MonzoError as e:
        raise HTTPException(status_code=400, detail=str(e))


@app.get("/accounts/{account_id}/transactions", response_model=List[Transaction])
async def get_transactions(account_id: str, limit: int = 100, client: AsyncMonzoClient = Depends(get_monzo_client)):
    """Get account transactions."""
    try:
        transactions = await client.transactions.list(account_id=account_id, limit=limit)
        return transactions
    except MonzoError as e:
        raise HTTPException(status_code=400, detail=str(e))


@app.get("/dashboard/{account_id}")
async def get_dashboard_data(account_id: str, client: AsyncMonzoClient = Depends(get_monzo_client)):
    """Get dashboard data with concurrent API calls."""
    try:
        # Make multiple API calls concurrently using native async client
        balance, transactions, pots = await asyncio.gather(
            client.accounts.get_balance(account_id=account_id),
            # SEED FIX: the seed asks for `limit=20` with no `since`. Monzo lists transactions oldest
            # first, so that returned the account's 20 *oldest* transactions (years old), and after the
            # first five minutes of a token Monzo refuses to list anything older than 90 days (403).
            # Ask for the last RECENT_DAYS days instead; the newest come last.
            client.transactions.list(
                account_id=account_id, since=datetime.now(timezone.utc) - timedelta(days=RECENT_DAYS), limit=100
            ),
            # SEED FIX: the seed calls `client.pots.list()`, i.e. the pots of the user's personal current
            # account whatever account the dashboard shows; ask for the pots of this account.
            client.pots.list(current_account_id=account_id),
            return_exceptions=True,
        )
        # Handle any exceptions
        if isinstance(balance, Exception):
            raise balance
        if isinstance(transactions, Exception):
            raise transactions
        if isinstance(pots, Exception):
            raise pots
        # SEED FIX: Monzo keeps deleted pots in the list (`deleted: true`); the seed counted them.
        pots = [p for p in pots if not p.deleted]
        return {
            "balance": {
                "current": balance.balance / 100,
                "spend_today": balance.spend_today / 100,
                "currency": balance.currency,
            },
            "recent_transactions": [
                {"id": t.id, "description": t.description, "amount": t.amount / 100, "created": t.created}
                for t in transactions[::-1][:10]  # SEED FIX: newest first (the seed took the first 10)
            ],
            "pots_summary": {"total_pots": len(pots), "total_saved": sum(p.balance for p in pots) / 100},
        }
    except MonzoError as e:
        raise HTTPException(status_code=400, detail=str(e))


# Run with: uvicorn main:app --reload
