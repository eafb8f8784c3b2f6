"""The code samples of seed 000 (monzoh's async guide), as written there, re-indented.

Each block keeps the seed's own code; only the layout lost in the seed's text was restored. Where
a sample has a bug of its own, the closest correct form is used and the change is marked `SEED FIX`.
The tests point them at a local Monzo sandbox through MONZO_ACCESS_TOKEN and MONZO_BASE_URL.
"""
# ruff: noqa: UP006, UP035, B008, B904, B905

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from typing import Any, Dict, List

import httpx

from monzoh import AsyncMonzoClient, MonzoClient, MonzoError, MonzoNetworkError, MonzoRateLimitError

logger = logging.getLogger(__name__)


# --- Native async client ------------------------------------------------------------------
async def get_accounts_async():
    """Get accounts using native async client."""
    async with AsyncMonzoClient() as client:
        accounts = await client.accounts.list()
        return accounts


async def get_account_balance_async(account_id: str):
    """Get account balance using native async client."""
    async with AsyncMonzoClient() as client:
        balance = await client.accounts.get_balance(account_id=account_id)
        return balance


async def native_main():
    accounts = await get_accounts_async()
    print(f"Found {len(accounts)} accounts")
    if accounts:
        balance = await get_account_balance_async(accounts[0].id)
        print(f"Balance: £{balance.balance / 100:.2f}")


# --- Context manager usage ----------------------------------------------------------------
async def context_manager_main():
    async with AsyncMonzoClient() as client:
        # Get basic info
        whoami = await client.whoami()
        print(f"Authenticated as: {whoami.user_id}")
        # Get accounts
        accounts = await client.accounts.list()
        print(f"Found {len(accounts)} accounts")
        # Get transactions for first account
        if accounts:
            transactions = await client.transactions.list(account_id=accounts[0].id, limit=10)
            print(f"Recent transactions: {len(transactions)}")


# --- Custom async context managers --------------------------------------------------------
@asynccontextmanager
async def monzo_client_with_custom_timeout(timeout: float = 60.0):
    """Async context manager for Monzo client with custom timeout."""
    async with httpx.AsyncClient(timeout=timeout) as http_client:
        async with AsyncMonzoClient(http_client=http_client) as client:
            yield client


async def get_account_summary():
    async with monzo_client_with_custom_timeout(timeout=120.0) as client:
        accounts = await client.accounts.list()
        summaries = []
        for account in accounts:
            balance = await client.accounts.get_balance(account_id=account.id)
            summaries.append({"account": account.description, "balance": balance.balance / 100})
        return summaries


# --- Concurrent API calls -----------------------------------------------------------------
async def process_account_concurrently(client: AsyncMonzoClient, account_id: str) -> Dict[str, Any]:
    """Process a single account's data concurrently."""
    # Make multiple calls for this account concurrently
    balance, transactions = await asyncio.gather(
        client.accounts.get_balance(account_id=account_id),
        client.transactions.list(account_id=account_id, limit=50),
    )
    # Calculate spending statistics
    spending_today = balance.spend_today / 100
    total_spent = sum(abs(t.amount) for t in transactions if t.amount < 0) / 100
    return {
        "account_id": account_id,
        "balance": balance.balance / 100,
        "spending_today": spending_today,
        "total_spent_recent": total_spent,
        "transaction_count": len(transactions),
    }


async def get_financial_overview():
    """Get overview of all accounts concurrently."""
    async with AsyncMonzoClient() as client:
        # Get all accounts first
        accounts = await client.accounts.list()
        # Process all accounts concurrently
        tasks = [process_account_concurrently(client, account.id) for account in accounts]
        account_summaries = await asyncio.gather(*tasks)
        # Aggregate data
        total_balance = sum(summary["balance"] for summary in account_summaries)
        total_spending = sum(summary["spending_today"] for summary in account_summaries)
        return {
            "overview": {
                "total_balance": total_balance,
                "total_spending_today": total_spending,
                "account_count": len(accounts),
            },
            "accounts": account_summaries,
        }


async def overview_main():
    overview = await get_financial_overview()
    print(f"Total balance: £{overview['overview']['total_balance']:.2f}")
    print(f"Spending today: £{overview['overview']['total_spending_today']:.2f}")


# --- Error handling in async context ------------------------------------------------------
async def robust_api_call(client_coro, max_retries=3):
    """Make a robust async API call with retries."""
    for attempt in range(max_retries):
        try:
            result = await client_coro
            return result
        except MonzoRateLimitError as e:
            if attempt < max_retries - 1:
                delay = (2**attempt) * 60  # Exponential backoff in minutes
                logger.warning(f"Rate limited, retrying in {delay}s: {e}")
                await asyncio.sleep(delay)
            else:
                logger.error(f"Rate limit exceeded after {max_retries} attempts")
                raise
        except MonzoNetworkError as e:
            if attempt < max_retries - 1:
                delay = 2**attempt  # Exponential backoff in seconds
                logger.warning(f"Network error, retrying in {delay}s: {e}")
                await asyncio.sleep(delay)
            else:
                logger.error(f"Network error after {max_retries} attempts")
                raise
        except MonzoError as e:
            logger.error(f"Non-retryable Monzo error: {e}")
            raise


async def safe_get_accounts():
    """Safely get accounts with error handling."""
    try:
        async with AsyncMonzoClient() as client:
            accounts = await robust_api_call(client.accounts.list())
            return accounts
    except MonzoError as e:
        logger.error(f"Failed to get accounts: {e}")
        return []


async def error_handling_main():
    accounts = await safe_get_accounts()
    if accounts:
        print(f"Successfully retrieved {len(accounts)} accounts")
    else:
        print("Failed to retrieve accounts or no accounts found")


# --- Connection pooling -------------------------------------------------------------------
async def create_optimized_client():
    """Create async client with optimized connection pooling."""
    # Custom HTTP client with connection pooling
    http_client = httpx.AsyncClient(limits=httpx.Limits(max_connections=20, max_keepalive_connections=10), timeout=30.0)
    return AsyncMonzoClient(http_client=http_client)


async def batch_process_accounts():
    """Process accounts in batches for better performance."""
    # SEED FIX: the seed writes `async with create_optimized_client() as client`, but that function is a
    # coroutine, and a coroutine is not an async context manager; the closest correct form awaits it first.
    async with await create_optimized_client() as client:
        # Get accounts
        accounts = await client.accounts.list()
        # Process accounts in batches to avoid overwhelming the API
        batch_size = 5
        for i in range(0, len(accounts), batch_size):
            batch = accounts[i : i + batch_size]
            # Process batch concurrently
            tasks = [client.accounts.get_balance(account_id=account.id) for account in batch]
            balances = await asyncio.gather(*tasks)
            for account, balance in zip(batch, balances):
                print(f"{account.description}: £{balance.balance / 100:.2f}")
            # Optional: small delay between batches to be API-friendly
            if i + batch_size < len(accounts):
                await asyncio.sleep(0.1)


# --- Migration from sync to async ---------------------------------------------------------
def migration_before_sync():
    client = MonzoClient()
    accounts = client.accounts.list()
    balance = client.accounts.get_balance(account_id=accounts[0].id)
    return balance


async def migration_after_async():
    async with AsyncMonzoClient() as client:
        accounts = await client.accounts.list()
        balance = await client.accounts.get_balance(account_id=accounts[0].id)
        return balance


def fastapi_app() -> Any:
    """The seed's FastAPI app, built in a function so importing this module needs no FastAPI.

    SEED FIX: the seed's FastAPI block calls `asyncio.gather` without importing asyncio; this module
    imports it at the top.
    """
    from fastapi import Depends, FastAPI, HTTPException

    from monzoh.models import Account, Balance, Transaction

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
                client.transactions.list(account_id=account_id, limit=20),
                client.pots.list(),
                return_exceptions=True,
            )
            # Handle any exceptions
            if isinstance(balance, Exception):
                raise balance
            if isinstance(transactions, Exception):
                raise transactions
            if isinstance(pots, Exception):
                raise pots
            return {
                "balance": {
                    "current": balance.balance / 100,
                    "spend_today": balance.spend_today / 100,
                    "currency": balance.currency,
                },
                "recent_transactions": [
                    {"id": t.id, "description": t.description, "amount": t.amount / 100, "created": t.created}
                    for t in transactions[:10]
                ],
                "pots_summary": {"total_pots": len(pots), "total_saved": sum(p.balance for p in pots) / 100},
            }
        except MonzoError as e:
            raise HTTPException(status_code=400, detail=str(e))

    return app
