"""`MonzoClient` and `AsyncMonzoClient`: the entry points, each a shared-runtime client plus resources."""

from __future__ import annotations

import os
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from overlay_runtime import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    AsyncAPIClient,
    BaseAPIClient,
    Call,
    Limiter,
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
from overlay_runtime._checks import check_credential

from ._auth import resolve_auth
from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL, USER_AGENT
from ._exceptions import ERRORS, MonzoConfigurationError
from ._token_cache import TokenStoreSpec

if TYPE_CHECKING:
    from monzo_api import AuthenticatedClient
    from monzo_api.pydantic_models import WhoAmI

    from .oauth import MonzoOAuth
    from .resources.accounts import Accounts
    from .resources.attachments import Attachments
    from .resources.feed import Feed
    from .resources.pots import Pots
    from .resources.receipts import Receipts
    from .resources.transactions import Transactions
    from .resources.webhooks import Webhooks

__all__ = ["AsyncMonzoClient", "MonzoClient"]


def _settings(
    access_token: str | None,
    base_url: str | None,
    max_retries: int,
    token_store: TokenStoreSpec,
    rate_limiter: Limiter | None,
) -> tuple[str, Runtime]:
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    auth = resolve_auth(access_token, base_url=url, token_store=token_store)
    check_credential(auth.token, "The Monzo access token", MonzoConfigurationError)  # before anything is sent
    runtime = Runtime(
        errors=ERRORS,
        retry=RetryPolicy(max_retries=max_retries),
        auth=auth,
        limiter=rate_limiter,
        logger=get_logger("monzoh"),
    )
    return url, runtime


class _MonzoAPI(BaseAPIClient):
    """What the sync and async clients share beyond the runtime: the resources, `whoami`, tokens, OAuth."""

    @operation
    def whoami(self) -> Call[WhoAmI]:
        """Who the token belongs to."""
        from monzo_api.api.ping import whoami  # here: the generated modules load on first use
        from monzo_api.pydantic_models import WhoAmI

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
        check_credential(access_token, "access_token", MonzoConfigurationError)
        self._settings.runtime = replace(self._settings.runtime, auth=TokenAuth(access_token))
        self._generated = None

    @classmethod
    def create_oauth_client(
        cls,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        *,
        base_url: str | None = None,
    ) -> MonzoOAuth:
        """The OAuth helper for this API (authorization URL, code exchange, refresh, logout). Its calls block:
        an `httpx.Client` is used for them, an `httpx.AsyncClient` is not (as in monzoh 1.2.0)."""
        from .oauth import MonzoOAuth

        sync_client = http_client if isinstance(http_client, httpx.Client) else None
        return MonzoOAuth(client_id, client_secret, redirect_uri, sync_client, base_url=base_url)


class MonzoClient(_MonzoAPI, SyncAPIClient):
    """A blocking Monzo client.

    ```python
    with MonzoClient() as client:            # token from MONZO_ACCESS_TOKEN or `monzoh login`
        for account in client.accounts.list():
            print(account.id, client.accounts.get_balance(account.id).balance / 100)
    ```

    - `access_token`: else `$MONZO_ACCESS_TOKEN`, else the `monzoh login` cache (renewed automatically).
    - `token_store`: where renewed tokens are kept and shared (instead of `access_token`): a file path,
      a `redis://` or `rediss://` URL (processes on several machines), or a `TokenStore`; else
      `$MONZOH_TOKEN_STORE`, else the cache file. Processes sharing a store refresh once per expiry.
    - `base_url`: else `$MONZO_BASE_URL`, else https://api.monzo.com.
    - `http_client`: your own `httpx.Client` (used as is, never closed by us).
    - `timeout`: seconds or `httpx.Timeout` (default 30 s, 10 s to connect); it bounds each
      attempt as a whole, body included: a server dripping its answer meets the timeout error that soon.
    - `deadline`: seconds one call may take in all, every attempt and retry wait included (default 180;
      None: no bound); a wait that would cross it is not taken. Per call: `client.with_options(deadline=10)`.
    - `max_response_bytes`: the largest response body accepted once decompressed (default 64 MiB, far above
      any real answer; None: no cap); past it reading stops and `MonzoValidationError` names the cap.
    - `allow_insecure_http`: the token is refused over plain `http://` to a host that is not loopback
      (`ConfigurationError` at once); True sends it anyway, for a proxy on the way that adds TLS.
    - `max_retries`: retries of safe requests on connection errors, timeouts, 408, 429, 5xx (default 2);
      per call: `client.with_options(max_retries=5).accounts.list()`.
    - `rate_limiter`: a `overlay_runtime.Limiter` to stay under a rate instead of hitting it: `RateLimiter(...)`
      for this process, `SharedRateLimiter(..., store="redis://...")` for every process and machine using the account.
    - `strict`: refuse a whole response (`MonzoValidationError`) for one value the spec does not allow. By
      default such a value is kept as received in its field (a missing required field is None) and each
      odd field path is logged once as a WARNING on the `monzoh` logger, so `iter_all` does not stop.
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict: bool = False,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
        token_store: TokenStoreSpec = None,
        rate_limiter: Limiter | None = None,
    ) -> None:
        url, runtime = _settings(access_token, base_url, max_retries, token_store, rate_limiter)
        super().__init__(
            base_url=url,
            runtime=runtime,
            http_client=http_client,
            timeout=timeout,
            user_agent=USER_AGENT,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
            strict=strict,
        )


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
        strict: bool = False,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
        token_store: TokenStoreSpec = None,
        rate_limiter: Limiter | None = None,
    ) -> None:
        url, runtime = _settings(access_token, base_url, max_retries, token_store, rate_limiter)
        super().__init__(
            base_url=url,
            runtime=runtime,
            http_client=http_client,
            timeout=timeout,
            user_agent=USER_AGENT,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
            strict=strict,
        )
