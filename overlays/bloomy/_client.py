"""`Client` and `AsyncClient`: a shared-runtime client each, plus bloomy-python's resources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from bloomy_api import AuthenticatedClient
from overlay_runtime import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    AsyncAPIClient,
    LazyResource,
    NotGiven,
    RetryPolicy,
    Runtime,
    RuntimeTransport,
    SyncAPIClient,
    TimeoutTypes,
    TokenAuth,
    get_logger,
)

from ._config import USER_AGENT, Configuration, resolve_base_url
from ._exceptions import ERRORS
from ._generated import generated_client

if TYPE_CHECKING:
    from .resources.goals import AsyncGoals, Goals
    from .resources.headlines import AsyncHeadlines, Headlines
    from .resources.issues import AsyncIssues, Issues
    from .resources.meetings import AsyncMeetings, Meetings
    from .resources.scorecard import AsyncScorecard, Scorecard
    from .resources.todos import AsyncTodos, Todos
    from .resources.users import AsyncUsers, Users

__all__ = ["AsyncClient", "Client"]


def _settings(api_key: str | None, base_url: str | None, max_retries: int) -> tuple[Configuration, str, Runtime]:
    configuration = Configuration(api_key)
    runtime = Runtime(
        errors=ERRORS,
        retry=RetryPolicy(max_retries=max_retries),
        auth=TokenAuth(configuration.require_api_key()),
        logger=get_logger("bloomy"),
    )
    return configuration, resolve_base_url(base_url), runtime


class _Generated:
    """Owns the generated client of one facade client, and closes its connections with it."""

    _generated: tuple[AuthenticatedClient, RuntimeTransport] | None = None

    def _generated_client(
        self, base_url: str, runtime: Runtime, timeout: TimeoutTypes | NotGiven
    ) -> AuthenticatedClient:
        if self._generated is None:
            self._generated = generated_client(base_url, runtime, timeout)
        return self._generated[0]

    def _copied_from(self, original: Any) -> None:
        super()._copied_from(original)  # type: ignore[misc]
        self._generated = None  # a copy with other options gets its own, on first use

    def _close_generated(self) -> None:
        if self._generated is not None:
            self._generated[1].close()

    async def _aclose_generated(self) -> None:
        if self._generated is not None:
            self._generated[1].close()
            await self._generated[1].aclose()


class Client(_Generated, SyncAPIClient):
    """A blocking Bloom Growth client.

    ```python
    with Client() as client:                 # key from BG_API_KEY or ~/.bloomy/config.yaml
        print(client.user.details().name)
    ```

    - `api_key`: else `$BG_API_KEY`, else `api_key` in `~/.bloomy/config.yaml` (`$BLOOMY_CONFIG`);
      with none, `ConfigurationError`.
    - `base_url`: else `$BLOOMY_BASE_URL`, else https://app.bloomgrowth.com/api/v1.
    - `timeout`: seconds or `httpx.Timeout` (default 30 s, 10 s to connect); None for no timeout.
    - `max_retries`: retries of safe requests on connection errors, timeouts, 408, 429, 5xx (default 2).
    - `http_client`: your own `httpx.Client` (used as is, never closed by us).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.configuration, url, runtime = _settings(api_key, base_url, max_retries)
        self._timeout = timeout
        super().__init__(base_url=url, runtime=runtime, http_client=http_client, timeout=timeout, user_agent=USER_AGENT)

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated client for every V1 operation, on this client's auth, retries and errors."""
        return self._generated_client(self.base_url, self.runtime, self._timeout)

    def close(self) -> None:
        """Close the connections this client opened (safe to call twice)."""
        self._close_generated()
        super().close()

    user: LazyResource[Users] = LazyResource("users", "Users")
    meeting: LazyResource[Meetings] = LazyResource("meetings", "Meetings")
    todo: LazyResource[Todos] = LazyResource("todos", "Todos")
    goal: LazyResource[Goals] = LazyResource("goals", "Goals")
    headline: LazyResource[Headlines] = LazyResource("headlines", "Headlines")
    issue: LazyResource[Issues] = LazyResource("issues", "Issues")
    scorecard: LazyResource[Scorecard] = LazyResource("scorecard", "Scorecard")


class AsyncClient(_Generated, AsyncAPIClient):
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
    ) -> None:
        self.configuration, url, runtime = _settings(api_key, base_url, max_retries)
        self._timeout = timeout
        super().__init__(base_url=url, runtime=runtime, http_client=http_client, timeout=timeout, user_agent=USER_AGENT)

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated client for every V1 operation (`asyncio()` functions), on this client's runtime."""
        return self._generated_client(self.base_url, self.runtime, self._timeout)

    async def aclose(self) -> None:
        """Close the connections this client opened (safe to call twice)."""
        await self._aclose_generated()
        await super().aclose()

    async def close(self) -> None:
        """bloomy-python's name for `aclose()`."""
        await self.aclose()

    user: LazyResource[AsyncUsers] = LazyResource("users", "AsyncUsers")
    meeting: LazyResource[AsyncMeetings] = LazyResource("meetings", "AsyncMeetings")
    todo: LazyResource[AsyncTodos] = LazyResource("todos", "AsyncTodos")
    goal: LazyResource[AsyncGoals] = LazyResource("goals", "AsyncGoals")
    headline: LazyResource[AsyncHeadlines] = LazyResource("headlines", "AsyncHeadlines")
    issue: LazyResource[AsyncIssues] = LazyResource("issues", "AsyncIssues")
    scorecard: LazyResource[AsyncScorecard] = LazyResource("scorecard", "AsyncScorecard")
