"""`MonzoClient` and `AsyncMonzoClient`: the entry points, each a shared-runtime client plus resources."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from monzo_api.pydantic_models import WhoAmI
from overlay_runtime import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    AsyncAPIClient,
    Call,
    LazyResource,
    NotGiven,
    RetryPolicy,
    Runtime,
    SyncAPIClient,
    TimeoutTypes,
    TokenAuth,
    get_logger,
    model,
)

from ._auth import resolve_auth
from ._exceptions import ERRORS

if TYPE_CHECKING:
    from .oauth import MonzoOAuth
    from .resources.accounts import Accounts, AsyncAccounts
    from .resources.attachments import AsyncAttachments, Attachments
    from .resources.feed import AsyncFeed, Feed
    from .resources.pots import AsyncPots, Pots
    from .resources.receipts import AsyncReceipts, Receipts
    from .resources.transactions import AsyncTransactions, Transactions
    from .resources.webhooks import AsyncWebhooks, Webhooks

__all__ = ["DEFAULT_BASE_URL", "AsyncMonzoClient", "MonzoClient"]

DEFAULT_BASE_URL = "https://api.monzo.com"
USER_AGENT = "monzoh (overlay-clients)"


def _settings(access_token: str | None, base_url: str | None, max_retries: int) -> tuple[str, Runtime]:
    url = base_url or os.environ.get("MONZO_BASE_URL") or DEFAULT_BASE_URL
    runtime = Runtime(
        errors=ERRORS,
        retry=RetryPolicy(max_retries=max_retries),
        auth=resolve_auth(access_token, base_url=url),
        logger=get_logger("monzoh"),
    )
    return url, runtime


def whoami_call() -> Call[WhoAmI]:
    return Call("GET", "/ping/whoami", parse=model(WhoAmI))


class _MonzoClientMixin:
    """What the sync and async clients share beyond the runtime: token replacement and OAuth."""

    _settings: Any

    def set_access_token(self, access_token: str) -> None:
        """Use `access_token` from now on (a static token: it is not renewed)."""
        self._settings.runtime = replace(self._settings.runtime, auth=TokenAuth(access_token))

    @classmethod
    def create_oauth_client(
        cls, client_id: str, client_secret: str, redirect_uri: str, *, base_url: str | None = None
    ) -> MonzoOAuth:
        """The OAuth helper for this API (authorization URL, code exchange, refresh, logout)."""
        from .oauth import MonzoOAuth

        return MonzoOAuth(client_id, client_secret, redirect_uri, base_url=base_url)


class MonzoClient(_MonzoClientMixin, SyncAPIClient):
    """A blocking Monzo client.

    ```python
    with MonzoClient() as client:            # token from MONZO_ACCESS_TOKEN or `monzoh login`
        for account in client.accounts.list():
            print(account.id, client.accounts.get_balance(account.id).balance / 100)
    ```

    - `access_token`: else `$MONZO_ACCESS_TOKEN`, else the `monzoh login` cache (renewed automatically).
    - `base_url`: else `$MONZO_BASE_URL`, else https://api.monzo.com.
    - `http_client`: your own `httpx.Client` (used as is, never closed by us).
    - `timeout`: seconds or `httpx.Timeout` (default 30 s, 10 s to connect).
    - `max_retries`: retries of safe requests on connection errors, timeouts, 408, 429, 5xx (default 2);
      per call: `client.with_options(max_retries=5).accounts.list()`.
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        url, runtime = _settings(access_token, base_url, max_retries)
        super().__init__(base_url=url, runtime=runtime, http_client=http_client, timeout=timeout, user_agent=USER_AGENT)

    def whoami(self) -> WhoAmI:
        """Who the token belongs to."""
        return self.run(whoami_call())

    accounts: LazyResource[Accounts] = LazyResource("accounts", "Accounts")
    transactions: LazyResource[Transactions] = LazyResource("transactions", "Transactions")
    pots: LazyResource[Pots] = LazyResource("pots", "Pots")
    feed: LazyResource[Feed] = LazyResource("feed", "Feed")
    attachments: LazyResource[Attachments] = LazyResource("attachments", "Attachments")
    receipts: LazyResource[Receipts] = LazyResource("receipts", "Receipts")
    webhooks: LazyResource[Webhooks] = LazyResource("webhooks", "Webhooks")


class AsyncMonzoClient(_MonzoClientMixin, AsyncAPIClient):
    """An asyncio Monzo client; same arguments as `MonzoClient` (`http_client` is an `httpx.AsyncClient`).

    Safe to share between tasks: `await asyncio.gather(client.accounts.list(), client.pots.list())`.
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        url, runtime = _settings(access_token, base_url, max_retries)
        super().__init__(base_url=url, runtime=runtime, http_client=http_client, timeout=timeout, user_agent=USER_AGENT)

    async def whoami(self) -> WhoAmI:
        """Who the token belongs to."""
        return await self.run(whoami_call())

    accounts: LazyResource[AsyncAccounts] = LazyResource("accounts", "AsyncAccounts")
    transactions: LazyResource[AsyncTransactions] = LazyResource("transactions", "AsyncTransactions")
    pots: LazyResource[AsyncPots] = LazyResource("pots", "AsyncPots")
    feed: LazyResource[AsyncFeed] = LazyResource("feed", "AsyncFeed")
    attachments: LazyResource[AsyncAttachments] = LazyResource("attachments", "AsyncAttachments")
    receipts: LazyResource[AsyncReceipts] = LazyResource("receipts", "AsyncReceipts")
    webhooks: LazyResource[AsyncWebhooks] = LazyResource("webhooks", "AsyncWebhooks")
