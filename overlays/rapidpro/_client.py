"""`RapidProClient` and `AsyncRapidProClient`: a shared-runtime client each, plus a resource per v2 endpoint."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import httpx

from overlay_runtime import (
    MAX_RETRY_AFTER,
    NOT_GIVEN,
    AsyncAPIClient,
    Call,
    LazyResource,
    NotGiven,
    RateLimiter,
    RetryPolicy,
    Runtime,
    SyncAPIClient,
    TimeoutTypes,
    TokenAuth,
    get_logger,
    model,
)
from rapidpro_api.pydantic_models import ApiRoot

from ._constants import AUTH_SCHEME, BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, TOKEN_ENV, USER_AGENT
from ._exceptions import ERRORS, TembaException

if TYPE_CHECKING:
    from .resources.archives import Archives, AsyncArchives
    from .resources.campaigns import AsyncCampaignEvents, AsyncCampaigns, CampaignEvents, Campaigns
    from .resources.contacts import AsyncContacts, Contacts
    from .resources.fields import AsyncFields, AsyncGlobals, Fields, Globals
    from .resources.flows import (
        AsyncDefinitionsExport,
        AsyncFlows,
        AsyncFlowStarts,
        AsyncRuns,
        DefinitionsExport,
        Flows,
        FlowStarts,
        Runs,
    )
    from .resources.groups import AsyncGroups, AsyncLabels, Groups, Labels
    from .resources.media import AsyncMediaFiles, MediaFiles
    from .resources.messages import AsyncBroadcasts, AsyncMessages, Broadcasts, Messages
    from .resources.resthooks import (
        AsyncResthookEvents,
        AsyncResthooks,
        AsyncResthookSubscribers,
        ResthookEvents,
        Resthooks,
        ResthookSubscribers,
    )
    from .resources.tickets import AsyncTickets, AsyncTopics, Tickets, Topics
    from .resources.workspace import (
        AsyncBoundaries,
        AsyncChannelEvents,
        AsyncChannels,
        AsyncStatistic,
        AsyncUsers,
        AsyncWorkspaceInfo,
        Boundaries,
        ChannelEvents,
        Channels,
        Statistic,
        Users,
        WorkspaceInfo,
    )

__all__ = ["AsyncRapidProClient", "RapidProClient", "api_root", "rapidpro_runtime", "resolve_base_url", "root_call"]


def api_root(url: str) -> str:
    """The API root of a deployment: `example.org`, `https://example.org` or `.../api/v2` -> `https://example.org/api/v2/`."""
    if "://" not in url:
        url = "https://" + url
    root = url.rstrip("/")
    if not root.endswith("/api/v2"):
        root += "/api/v2"
    return root + "/"


def resolve_base_url(base_url: str | None) -> str:
    return api_root(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)


def rapidpro_runtime(
    token: str | None,
    *,
    max_retries: int = DEFAULT_MAX_RETRIES,
    max_retry_after: float = MAX_RETRY_AFTER,
    rate_limiter: RateLimiter | None = None,
) -> Runtime:
    """RapidPro's request path: `Authorization: Token ...` (none when `token` is empty), its errors, retries."""
    return Runtime(
        errors=ERRORS,
        retry=RetryPolicy(max_retries=max_retries, max_retry_after=max_retry_after),
        auth=TokenAuth(token, scheme=AUTH_SCHEME) if token else None,
        limiter=rate_limiter,
        logger=get_logger("rapidpro"),
    )


def _settings(
    token: str | None, base_url: str | None, max_retries: int, max_retry_after: float, limiter: RateLimiter | None
) -> tuple[str, Runtime]:
    token = token or os.environ.get(TOKEN_ENV)
    if not token:
        raise TembaException(f"No RapidPro API token: pass token=... or set {TOKEN_ENV} (Account > API Tokens)")
    runtime = rapidpro_runtime(token, max_retries=max_retries, max_retry_after=max_retry_after, rate_limiter=limiter)
    return resolve_base_url(base_url), runtime


def root_call() -> Call[ApiRoot]:
    """The endpoints of the API by name (the root needs no token, so none is sent)."""
    return Call("GET", ".json", parse=model(ApiRoot), authenticated=False)


class RapidProClient(SyncAPIClient):
    """A blocking RapidPro (API v2) client.

    ```python
    with RapidProClient() as client:                  # token from RAPIDPRO_API_TOKEN
        for contact in client.contacts.list(group="Farmers"):
            print(contact.uuid, contact.name)         # every page, fetched as you go
    ```

    - `token`: else `$RAPIDPRO_API_TOKEN`. Sent as `Authorization: Token <token>`, never logged.
    - `base_url`: else `$RAPIDPRO_BASE_URL`, else https://app.rapidpro.io/api/v2/; a bare host works too.
    - `http_client`: your own `httpx.Client` (private CA, proxies ...; used as is, never closed by us).
    - `timeout`: seconds or `httpx.Timeout` (default 30 s, 10 s to connect).
    - `max_retries`: retries of reads (and DELETEs) on connection errors, timeouts, 429 and 5xx (default 4,
      so 5 attempts as in TembaClient); a 429 waits `Retry-After`. POSTs are never sent twice.
    - `max_retry_after`: the longest `Retry-After` to wait for (default 60 s); longer raises
      `TembaRateExceededError` at once, and the pager's `cursor` resumes the export later.
    - `rate_limiter`: e.g. `scoped_rate_limiter(3600)`, to stay under the server's limits instead of hitting them.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_after: float = MAX_RETRY_AFTER,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        url, runtime = _settings(token, base_url, max_retries, max_retry_after, rate_limiter)
        super().__init__(base_url=url, runtime=runtime, http_client=http_client, timeout=timeout, user_agent=USER_AGENT)

    def endpoints(self) -> ApiRoot:
        """The API root: each endpoint's URL by name."""
        return self.run(root_call())

    archives: LazyResource[Archives] = LazyResource("archives", "Archives")
    boundaries: LazyResource[Boundaries] = LazyResource("workspace", "Boundaries")
    broadcasts: LazyResource[Broadcasts] = LazyResource("messages", "Broadcasts")
    campaign_events: LazyResource[CampaignEvents] = LazyResource("campaigns", "CampaignEvents")
    campaigns: LazyResource[Campaigns] = LazyResource("campaigns", "Campaigns")
    channel_events: LazyResource[ChannelEvents] = LazyResource("workspace", "ChannelEvents")
    channels: LazyResource[Channels] = LazyResource("workspace", "Channels")
    contacts: LazyResource[Contacts] = LazyResource("contacts", "Contacts")
    definitions: LazyResource[DefinitionsExport] = LazyResource("flows", "DefinitionsExport")
    fields: LazyResource[Fields] = LazyResource("fields", "Fields")
    flow_starts: LazyResource[FlowStarts] = LazyResource("flows", "FlowStarts")
    flows: LazyResource[Flows] = LazyResource("flows", "Flows")
    globals: LazyResource[Globals] = LazyResource("fields", "Globals")
    groups: LazyResource[Groups] = LazyResource("groups", "Groups")
    labels: LazyResource[Labels] = LazyResource("groups", "Labels")
    media: LazyResource[MediaFiles] = LazyResource("media", "MediaFiles")
    messages: LazyResource[Messages] = LazyResource("messages", "Messages")
    resthook_events: LazyResource[ResthookEvents] = LazyResource("resthooks", "ResthookEvents")
    resthook_subscribers: LazyResource[ResthookSubscribers] = LazyResource("resthooks", "ResthookSubscribers")
    resthooks: LazyResource[Resthooks] = LazyResource("resthooks", "Resthooks")
    runs: LazyResource[Runs] = LazyResource("flows", "Runs")
    statistics: LazyResource[Statistic] = LazyResource("workspace", "Statistic")
    tickets: LazyResource[Tickets] = LazyResource("tickets", "Tickets")
    topics: LazyResource[Topics] = LazyResource("tickets", "Topics")
    users: LazyResource[Users] = LazyResource("workspace", "Users")
    workspace: LazyResource[WorkspaceInfo] = LazyResource("workspace", "WorkspaceInfo")


class AsyncRapidProClient(AsyncAPIClient):
    """An asyncio RapidPro client; the same arguments as `RapidProClient` (`http_client` is an `httpx.AsyncClient`).

    ```python
    async with AsyncRapidProClient() as client:
        async for run in client.runs.list(flow=flow_uuid, paths=False):
            ...
    ```

    Safe to share between tasks; `asyncio.gather` over several lists runs them concurrently.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_after: float = MAX_RETRY_AFTER,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        url, runtime = _settings(token, base_url, max_retries, max_retry_after, rate_limiter)
        super().__init__(base_url=url, runtime=runtime, http_client=http_client, timeout=timeout, user_agent=USER_AGENT)

    async def endpoints(self) -> ApiRoot:
        """The API root: each endpoint's URL by name."""
        return await self.run(root_call())

    archives: LazyResource[AsyncArchives] = LazyResource("archives", "AsyncArchives")
    boundaries: LazyResource[AsyncBoundaries] = LazyResource("workspace", "AsyncBoundaries")
    broadcasts: LazyResource[AsyncBroadcasts] = LazyResource("messages", "AsyncBroadcasts")
    campaign_events: LazyResource[AsyncCampaignEvents] = LazyResource("campaigns", "AsyncCampaignEvents")
    campaigns: LazyResource[AsyncCampaigns] = LazyResource("campaigns", "AsyncCampaigns")
    channel_events: LazyResource[AsyncChannelEvents] = LazyResource("workspace", "AsyncChannelEvents")
    channels: LazyResource[AsyncChannels] = LazyResource("workspace", "AsyncChannels")
    contacts: LazyResource[AsyncContacts] = LazyResource("contacts", "AsyncContacts")
    definitions: LazyResource[AsyncDefinitionsExport] = LazyResource("flows", "AsyncDefinitionsExport")
    fields: LazyResource[AsyncFields] = LazyResource("fields", "AsyncFields")
    flow_starts: LazyResource[AsyncFlowStarts] = LazyResource("flows", "AsyncFlowStarts")
    flows: LazyResource[AsyncFlows] = LazyResource("flows", "AsyncFlows")
    globals: LazyResource[AsyncGlobals] = LazyResource("fields", "AsyncGlobals")
    groups: LazyResource[AsyncGroups] = LazyResource("groups", "AsyncGroups")
    labels: LazyResource[AsyncLabels] = LazyResource("groups", "AsyncLabels")
    media: LazyResource[AsyncMediaFiles] = LazyResource("media", "AsyncMediaFiles")
    messages: LazyResource[AsyncMessages] = LazyResource("messages", "AsyncMessages")
    resthook_events: LazyResource[AsyncResthookEvents] = LazyResource("resthooks", "AsyncResthookEvents")
    resthook_subscribers: LazyResource[AsyncResthookSubscribers] = LazyResource("resthooks", "AsyncResthookSubscribers")
    resthooks: LazyResource[AsyncResthooks] = LazyResource("resthooks", "AsyncResthooks")
    runs: LazyResource[AsyncRuns] = LazyResource("flows", "AsyncRuns")
    statistics: LazyResource[AsyncStatistic] = LazyResource("workspace", "AsyncStatistic")
    tickets: LazyResource[AsyncTickets] = LazyResource("tickets", "AsyncTickets")
    topics: LazyResource[AsyncTopics] = LazyResource("tickets", "AsyncTopics")
    users: LazyResource[AsyncUsers] = LazyResource("workspace", "AsyncUsers")
    workspace: LazyResource[AsyncWorkspaceInfo] = LazyResource("workspace", "AsyncWorkspaceInfo")
