"""`Client` and `AsyncClient`: a shared-runtime client each, plus bloomy-python's resources."""

from __future__ import annotations

from dataclasses import dataclass
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
    Limiter,
    NotGiven,
    RetryPolicy,
    Runtime,
    SyncAPIClient,
    TimeoutTypes,
    TokenAuth,
    get_logger,
)

from ._config import Configuration, resolve_base_url
from ._constants import USER_AGENT
from ._exceptions import ERRORS

if TYPE_CHECKING:
    from bloomy_api import AuthenticatedClient

    from .resources.goals import Goals
    from .resources.headlines import Headlines
    from .resources.issues import Issues
    from .resources.meetings import Meetings
    from .resources.scorecard import Scorecard
    from .resources.todos import Todos
    from .resources.users import Users

__all__ = ["AsyncClient", "Client", "CurrentUser"]


@dataclass
class CurrentUser:
    """The id of the key's user, once a resource has looked it up: one per client, shared by its resources
    (and by its `with_options()` copies, which use the same key)."""

    id: int | None = None


def _settings(
    api_key: str | None, base_url: str | None, max_retries: int, rate_limiter: Limiter | None
) -> tuple[Configuration, str, Runtime]:
    configuration = Configuration(api_key)
    runtime = Runtime(
        errors=ERRORS,
        retry=RetryPolicy(max_retries=max_retries),
        auth=TokenAuth(configuration.require_api_key()),
        limiter=rate_limiter,
        logger=get_logger("bloomy"),
    )
    return configuration, resolve_base_url(base_url), runtime


class _BloomyAPI(BaseAPIClient):
    """What the sync and async clients share beyond the runtime: the key's configuration, the resources
    (each made on first use), and the generated client."""

    configuration: Configuration
    _me: CurrentUser

    @cached_property
    def user(self) -> Users[Self]:
        from .resources.users import Users

        return Users(self, self._me)

    @cached_property
    def meeting(self) -> Meetings[Self]:
        from .resources.meetings import Meetings

        return Meetings(self, self._me)

    @cached_property
    def todo(self) -> Todos[Self]:
        from .resources.todos import Todos

        return Todos(self, self._me)

    @cached_property
    def goal(self) -> Goals[Self]:
        from .resources.goals import Goals

        return Goals(self, self._me)

    @cached_property
    def headline(self) -> Headlines[Self]:
        from .resources.headlines import Headlines

        return Headlines(self, self._me)

    @cached_property
    def issue(self) -> Issues[Self]:
        from .resources.issues import Issues

        return Issues(self, self._me)

    @cached_property
    def scorecard(self) -> Scorecard[Self]:
        from .resources.scorecard import Scorecard

        return Scorecard(self, self._me)

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated `bloomy_api` client: every operation of spec/bloomy.yaml, sent with this client's key,
        retries, logging and typed errors (`get_rock_milestones.sync(rock_id, client=client.generated)`;
        the `asyncio()` functions with an `AsyncClient`). Closed with this client."""
        from bloomy_api import AuthenticatedClient

        return self.generated_client(AuthenticatedClient)


class Client(_BloomyAPI, SyncAPIClient):
    """A blocking Bloom Growth client.

    ```python
    with Client() as client:                 # key from BG_API_KEY or ~/.bloomy/config.yaml
        print(client.user.details().name)
    ```

    - `api_key`: else `$BG_API_KEY`, else `api_key` in `~/.bloomy/config.yaml` (`$BLOOMY_CONFIG`);
      with none, `ConfigurationError`.
    - `base_url`: else `$BLOOMY_BASE_URL`, else https://app.bloomgrowth.com/api/v1.
    - `timeout`: seconds or `httpx.Timeout` (default 30 s, 10 s to connect; None for no timeout);
      it bounds each attempt as a whole, body included: a server dripping its answer meets the timeout
      error that soon.
    - `deadline`: seconds one call may take in all, every attempt and retry wait included (default 180;
      None: no bound); a wait that would cross it is not taken. Per call: `client.with_options(deadline=10)`.
    - `max_response_bytes`: the largest response body accepted once decompressed (default 64 MiB, far above
      any real answer; None: no cap); past it reading stops and `ResponseValidationError` names the cap.
    - `allow_insecure_http`: the key is refused over plain `http://` to a host that is not loopback
      (`ConfigurationError` at once); True sends it anyway, for a proxy on the way that adds TLS.
    - `max_retries`: retries of safe requests on connection errors, timeouts, 408, 429, 5xx (default 2).
    - `rate_limiter`: a `overlay_runtime.Limiter` to stay under a rate instead of hitting it: `RateLimiter(...)`
      for this process, `SharedRateLimiter(..., store="redis://...")` for every process and machine using the key.
    - `http_client`: your own `httpx.Client` (used as is, never closed by us).
    - `strict`: refuse a whole response (`ResponseValidationError`) for one value the models cannot read.
      By default such a value is kept as received in its field (a missing required field is None) and
      each odd field path is logged once as a WARNING on the `bloomy` logger.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        strict: bool = False,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
        rate_limiter: Limiter | None = None,
    ) -> None:
        self.configuration, url, runtime = _settings(api_key, base_url, max_retries, rate_limiter)
        self._me = CurrentUser()
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


class AsyncClient(_BloomyAPI, AsyncAPIClient):
    """An asyncio Bloom Growth client; same arguments as `Client` (`http_client` is an `httpx.AsyncClient`).

    Safe to share between tasks. Methods that make several requests (`meeting.details()`, the bulk
    methods) send them concurrently. Close it with `async with`, `await client.close()` or `aclose()`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
        rate_limiter: Limiter | None = None,
    ) -> None:
        self.configuration, url, runtime = _settings(api_key, base_url, max_retries, rate_limiter)
        self._me = CurrentUser()
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

    async def close(self) -> None:
        """bloomy-python's name for `aclose()`."""
        await self.aclose()
