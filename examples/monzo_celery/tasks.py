"""Seed 000's Celery tasks (monzoh's async guide): sync Monzo account data in the background.

`MonzoClient()` takes its token from MONZO_ACCESS_TOKEN (or the `monzoh login` cache) and its base
URL from MONZO_BASE_URL; the broker and result backend come from celeryconfig.py. In this directory:

    celery -A tasks worker --loglevel=info        # the worker
    celery -A tasks beat                          # optional: sync_all_accounts every hour
    python -c "import tasks; print(tasks.sync_all_accounts.delay().get(timeout=10))"

The code is the seed's; the lines marked `SEED FIX` are where the seed did not work as written.

Many processes at once (`--concurrency 4`, more workers, more machines): give them one token store
instead of MONZO_ACCESS_TOKEN, i.e. MONZOH_TOKEN_STORE (a token cache file for one machine, a
`redis://` URL for several, filled by `monzoh login`) and MONZO_CLIENT_ID / MONZO_CLIENT_SECRET.
Every task's `MonzoClient()` reads it; when the access token has expired, one process renews it
under the store's lock and the others take the new one (Monzo's refresh tokens are single-use:
without the lock every renewal but the first would be refused).

    MONZOH_TOKEN_STORE=redis://localhost:6379/1 celery -A tasks worker --concurrency 4
"""
# ruff: noqa: B904, UP017

import logging
import os
from datetime import datetime, timedelta, timezone

from celery import Celery

from monzoh import MonzoClient, MonzoError

# Configure Celery
celery_app = Celery("monzo_tasks")
celery_app.config_from_object("celeryconfig")

logger = logging.getLogger(__name__)

# The first retry waits this many seconds, then twice as long each time (the seed's 60 s, 120 s, 240 s).
# Set SYNC_RETRY_BASE_DELAY to shorten it, e.g. when rehearsing failures against the sandbox.
RETRY_BASE_DELAY = float(os.environ.get("SYNC_RETRY_BASE_DELAY", "60"))
# How far back a sync reads transactions: Monzo serves at most 90 days once a login is 5 minutes old.
SYNC_DAYS = 89


@celery_app.task(bind=True, max_retries=3)
def sync_account_data(self, account_id: str):
    """Background task to sync account data."""
    try:
        # SEED FIX: the seed never closed its client (one leaked connection pool per task run).
        with MonzoClient() as client:
            # Get latest account data
            balance = client.accounts.get_balance(account_id=account_id)
            # SEED FIX: the seed asked for `limit=100` with no `since`: the account's 100 *oldest*
            # transactions (Monzo lists oldest first), and five minutes after a login Monzo refuses
            # any list that reaches back more than 90 days (403), so every later sync failed.
            since = datetime.now(timezone.utc) - timedelta(days=SYNC_DAYS)
            transactions = client.transactions.list(account_id=account_id, since=since, limit=100)

        # Process and store data (your business logic here)
        result = {
            "account_id": account_id,
            "balance": balance.balance / 100,
            "transaction_count": len(transactions),
            # SEED FIX: the seed returned the placeholder "2023-01-01T00:00:00Z" here.
            "last_sync": datetime.now(timezone.utc).isoformat(),  # Current timestamp
        }

        logger.info(f"Synced data for account {account_id}")
        return result

    except MonzoError as e:
        logger.error(f"Monzo API error for account {account_id}: {e}")
        # Retry with exponential backoff
        raise self.retry(countdown=RETRY_BASE_DELAY * (2**self.request.retries))


@celery_app.task
def sync_all_accounts():
    """Sync data for all accounts."""
    try:
        with MonzoClient() as client:  # SEED FIX: closed after use, as above
            accounts = client.accounts.list()

        # Queue individual sync tasks
        for account in accounts:
            sync_account_data.delay(account.id)

        return f"Queued sync for {len(accounts)} accounts"

    except MonzoError as e:
        logger.error(f"Failed to list accounts: {e}")
        raise
