"""`MonzoClient` and `AsyncMonzoClient`: the entry points, each a shared-runtime client plus resources."""

from __future__ import annotations

import os
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from monzo_api.pydantic_models import WhoAmI
from overlay_runtime import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    AsyncAPIClient,
    BaseAPIClient,
    Call,
    NotGiven,
    RetryPolicy,
    Runtime,
    SyncAPIClient,
    TimeoutTypes,
    TokenAuth,
    get_logger,
    model,
    operation,
)

from ._auth import resolve_auth
from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL, USER_AGENT
from ._exceptions import ERRORS

if TYPE_CHECKING:
    from monzo_api import AuthenticatedClient

    from .oauth import MonzoOAuth
    from .resources.accounts import Accounts
    from .resources.attachments import Attachments
    from .resources.feed import Feed
    from .resources.pots import Pots
    from .resources.receipts import Receipts
    from .resources.transactions import Transactions
    from .resources.webhooks import Webhooks

__all__ = ["AsyncMonzoClient", "MonzoClient"]


def _settings(access_token: str | None, base_url: str | None, max_retries: int) -> tuple[str, Runtime]:
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    runtime = Runtime(
        errors=ERRORS,
        retry=RetryPolicy(max_retries=max_retries),
        auth=resolve_auth(access_token, base_url=url),
        logger=get_logger("monzoh"),
    )
    return url, runtime


class _MonzoAPI(BaseAPIClient):
    """What the sync and async clients share beyond the runtime: the resources, `whoami`, tokens, OAuth."""

    @operation
    def whoami(self) -> Call[WhoAmI]:
        """Who the token belongs to."""
        from monzo_api.api.ping import whoami  # here: the generated modules load on first use

        return Call(whoami.build_request(), parse=model(WhoAmI))

    @cached_property
    def accounts(self) -> Accounts[Self]:
        from .resources.accounts import Accounts

        return Accounts(self)

    @cached_property
    def transactions(self) -> Transactions[Self]:
        from .resources.transactions import Transactions

        return Transactions(self)

    @cached_property
    def pots(self) -> Pots[Self]:
        from .resources.pots import Pots

        return Pots(self)

    @cached_property
    def feed(self) -> Feed[Self]:
        from .resources.feed import Feed

        return Feed(self)

    @cached_property
    def attachments(self) -> Attachments[Self]:
        from .resources.attachments import Attachments

        return Attachments(self)

    @cached_property
    def receipts(self) -> Receipts[Self]:
        from .resources.receipts import Receipts

        return Receipts(self)

    @cached_property
    def webhooks(self) -> Webhooks[Self]:
        from .resources.webhooks import Webhooks

        return Webhooks(self)

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated `monzo_api` client: every operation of spec/monzo.yaml, sent with this client's
        token, retries and typed errors (`monzo_api.api.pots.list_pots.sync(client=client.generated, ...)`)."""
        from monzo_api import AuthenticatedClient

        return self.generated_client(AuthenticatedClient)

    def set_access_token(self, access_token: str) -> None:
        """Use `access_token` from now on (a static token: it is not renewed)."""
        self._settings.runtime = replace(self._settings.runtime, auth=TokenAuth(access_token))
        self._generated = None

    @classmethod
    def create_oauth_client(
        cls, client_id: str, client_secret: str, redirect_uri: str, *, base_url: str | None = None
    ) -> MonzoOAuth:
        """The OAuth helper for this API (authorization URL, code exchange, refresh, logout)."""
        from .oauth import MonzoOAuth

        return MonzoOAuth(client_id, client_secret, redirect_uri, base_url=base_url)


class MonzoClient(_MonzoAPI, SyncAPIClient):
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


class AsyncMonzoClient(_MonzoAPI, AsyncAPIClient):
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
