"""`RapidProAPI`: the tutorial's asynchronous API-handler class (seed 002), on the shared runtime.

As the tutorial designs it, each method sends one request and returns the `httpx.Response`, whatever
its status: callers look at `response.is_success` / `status_code` and read `response.json()`.
Unlike the tutorial's sketch it keeps one connection pool per instance (close it with `aclose()` or
`async with`), retries what is safe to retry (timeouts, 5xx, 429 after `Retry-After`), and checks
the token against an endpoint that needs one (the workspace's): the API root answers 200 to
anyone, so the sketch's `get_connection_status()` would call an empty token valid.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from overlay_runtime import (
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    APIStatusError,
    AsyncAPIClient,
    Call,
    NotGiven,
    TimeoutTypes,
)
from overlay_runtime._checks import check_credential, check_retries, check_text, check_url
from overlay_runtime._pools import AsyncPool
from rapidpro_api.api.flows import list_flows
from rapidpro_api.api.workspace import get_workspace

from ._client import api_root, rapidpro_runtime
from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, USER_AGENT
from ._exceptions import TembaConfigurationError, TembaValidationError

if TYPE_CHECKING:
    import asyncio

__all__ = ["RapidProAPI", "connection_status_call", "flows_call", "raw_response"]


def _response(response: httpx.Response) -> httpx.Response:
    return response


def connection_status_call() -> Call[httpx.Response]:
    """A cheap request that needs a valid token: the workspace of the token."""
    return Call(get_workspace.build_request(), parse=_response)


def flows_call(uuid: str = "", before: str = "", after: str = "", cursor: str | None = None) -> Call[httpx.Response]:
    """A page of flows with the given filters (empty ones are left out, not sent as `uuid=`)."""
    for name, value in (("uuid", uuid), ("before_date", before), ("after_date", after)):
        check_text(value, name, TembaValidationError, allow_empty=True)
    request = list_flows.build_request(
        uuid=uuid or None, before=before or None, after=after or None, cursor=cursor or None
    )
    return Call(request, parse=_response)


def raw_response(call: Call[httpx.Response]) -> Generator[Call[httpx.Response], Any, httpx.Response]:
    """Run `call` through the runtime (retries and all) but hand back an error status's response, not raise it."""
    try:
        response: httpx.Response = yield call
    except APIStatusError as exc:
        if exc.response is None:  # never for an error just raised: only a pickled copy lacks it
            raise
        return exc.response
    return response


class RapidProAPI:
    """Sends requests to the RapidPro API v2 and returns the responses (the tutorial's `RapidProAPI`).

    ```python
    async with RapidProAPI(token) as api:
        response = await api.get_flows(uuid="9a8b...")
        if response.is_success:
            flows = response.json()["results"]
    ```

    - `token`: sent as `Authorization: Token <token>`; an empty token sends no credentials.
    - `API_URL`: the API root, `https://app.rapidpro.io/api/v2/` unless `api_url=` or `$RAPIDPRO_BASE_URL`
      says otherwise; may be reassigned at any time (a bare host gets `/api/v2/` added).
    - `timeout`: seconds or an `httpx.Timeout` (default 30 s, 10 s to connect).
    """

    def __init__(
        self,
        token: str = "",
        *,
        api_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TembaConfigurationError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        self._token = check_credential(token, "The RapidPro API token", TembaConfigurationError, allow_empty=True)
        self.API_URL = _checked_root(api_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)
        self._timeout = timeout
        self._max_retries = check_retries(max_retries, "max_retries", TembaConfigurationError)
        self._http = http_client
        self._owns_http = http_client is None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: tuple[tuple[str, str], AsyncAPIClient] | None = None

    def set_api_token(self, token: str) -> None:
        """Use `token` for the requests from now on."""
        self._token = check_credential(token, "The RapidPro API token", TembaConfigurationError, allow_empty=True)

    def settings(self) -> tuple[str, str]:
        """(API root, token) as they stand now: what `RapidProInterface` builds its blocking client from."""
        return _checked_root(self.API_URL), self._token

    async def get_connection_status(self) -> httpx.Response:
        """The response to a request that needs a valid token: 2xx valid, 403 invalid."""
        return await self._client().run(raw_response(connection_status_call()))

    async def get_flows(self, uuid: str = "", before_date: str = "", after_date: str = "") -> httpx.Response:
        """The first page of flows (all of them, or the one with `uuid`; `before`/`after` on modified_on)."""
        return await self._client().run(raw_response(flows_call(uuid, before_date, after_date)))

    def _client(self) -> AsyncAPIClient:
        """The runtime client for the current API_URL and token, on this instance's pool."""
        import asyncio  # here: asyncio and anyio load on first async use

        loop = asyncio.get_running_loop()
        if self._http is None or (self._owns_http and self._loop is not loop):
            # A pool belongs to the event loop that opened its connections: a new loop (each
            # `asyncio.run`, as the tutorial's interface does) gets a fresh pool.
            self._http = AsyncPool(timeout=DEFAULT_TIMEOUT)
            self._runner, self._loop = None, loop
        key = self.settings()
        if self._runner is None or self._runner[0] != key:
            runtime = rapidpro_runtime(key[1], max_retries=self._max_retries)
            client = AsyncAPIClient(
                base_url=key[0], runtime=runtime, http_client=self._http, timeout=self._timeout, user_agent=USER_AGENT
            )
            self._runner = (key, client)
        return self._runner[1]

    async def aclose(self) -> None:
        """Close the connection pool (a later request opens a new one)."""
        if self._owns_http and self._http is not None:
            await self._http.aclose()
            self._http, self._runner = None, None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"RapidProAPI(API_URL={self.API_URL!r})"


def _checked_root(url: object) -> str:
    """The API root of `url` (a deployment's host or URL, as `API_URL` may be set to), or TembaConfigurationError."""
    return check_url(api_root(check_text(url, "API_URL", TembaConfigurationError)), "API_URL", TembaConfigurationError)
