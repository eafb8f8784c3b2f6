"""`RapidProClient` and `AsyncRapidProClient`: a shared-runtime client each, plus a resource per v2 endpoint."""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from overlay_runtime import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    MAX_RETRY_AFTER,
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

from ._constants import (
    API_ROOT_PATH,
    AUTH_SCHEME,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    TOKEN_ENV,
    USER_AGENT,
)
from ._exceptions import ERRORS, TembaConfigurationError

if TYPE_CHECKING:
    from rapidpro_api import AuthenticatedClient
    from rapidpro_api.pydantic_models import ApiRoot

    from .resources.archives import Archives
    from .resources.campaigns import CampaignEvents, Campaigns
    from .resources.contacts import Contacts
    from .resources.fields import Fields, Globals
    from .resources.flows import DefinitionsExport, Flows, FlowStarts, Runs
    from .resources.groups import Groups, Labels
    from .resources.media import MediaFiles
    from .resources.messages import Broadcasts, Messages
    from .resources.resthooks import ResthookEvents, Resthooks, ResthookSubscribers
    from .resources.tickets import Tickets, Topics
    from .resources.workspace import Boundaries, ChannelEvents, Channels, Statistic, Users, WorkspaceInfo

__all__ = [
    "AsyncRapidProClient",
    "RapidProClient",
    "api_root",
    "rapidpro_runtime",
    "resolve_base_url",
    "root_call",
    "user_agent_header",
]


def api_root(url: str) -> str:
    """The API root of a deployment: `example.org`, `https://example.org` or `.../api/v2` -> `https://example.org/api/v2/`."""
    if "://" not in url:
        url = "https://" + url
    root = url.rstrip("/")
    if not root.endswith(API_ROOT_PATH):
        root += API_ROOT_PATH
    return root + "/"


def resolve_base_url(base_url: str | None) -> str:
    return api_root(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)


def rapidpro_runtime(
    token: str | None,
    *,
    max_retries: int = DEFAULT_MAX_RETRIES,
    max_retry_after: float = MAX_RETRY_AFTER,
    rate_limiter: Limiter | None = None,
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
    token: str | None, base_url: str | None, max_retries: int, max_retry_after: float, limiter: Limiter | None
) -> tuple[str, Runtime]:
    token = token or os.environ.get(TOKEN_ENV)
    if not token:
        raise TembaConfigurationError(
            f"No RapidPro API token: pass token=... or set {TOKEN_ENV} (Account > API Tokens)"
        )
    check_credential(token, "The RapidPro API token", TembaConfigurationError)  # before anything is sent
    runtime = rapidpro_runtime(token, max_retries=max_retries, max_retry_after=max_retry_after, rate_limiter=limiter)
    return resolve_base_url(base_url), runtime


def user_agent_header(user_agent: str | None) -> str:
    """The `User-Agent` we send: the caller's product first, when given, then ours."""
    return f"{user_agent} {USER_AGENT}" if user_agent else USER_AGENT


def root_call() -> Call[ApiRoot]:
    """The endpoints of the API by name (the root needs no token, so none is sent)."""
    from rapidpro_api.api.root import get_api_root  # here: the generated package loads on first use
    from rapidpro_api.pydantic_models import ApiRoot

    return Call(get_api_root.build_request(), parse=model(ApiRoot), authenticated=False)


class _RapidProAPI(BaseAPIClient):
    """What the sync and async clients share beyond the runtime: `endpoints()`, a resource per endpoint,
    and the generated low-level client."""

    @operation
    def endpoints(self) -> Call[ApiRoot]:
        """The API root: each endpoint's URL by name."""
        return root_call()

    @cached_property
    def archives(self) -> Archives[Self]:
        from .resources.archives import Archives

        return Archives(self)

    @cached_property
    def boundaries(self) -> Boundaries[Self]:
        from .resources.workspace import Boundaries

        return Boundaries(self)

    @cached_property
    def broadcasts(self) -> Broadcasts[Self]:
        from .resources.messages import Broadcasts

        return Broadcasts(self)

    @cached_property
    def campaign_events(self) -> CampaignEvents[Self]:
        from .resources.campaigns import CampaignEvents

        return CampaignEvents(self)

    @cached_property
    def campaigns(self) -> Campaigns[Self]:
        from .resources.campaigns import Campaigns

        return Campaigns(self)

    @cached_property
    def channel_events(self) -> ChannelEvents[Self]:
        from .resources.workspace import ChannelEvents

        return ChannelEvents(self)

    @cached_property
    def channels(self) -> Channels[Self]:
        from .resources.workspace import Channels

        return Channels(self)

    @cached_property
    def contacts(self) -> Contacts[Self]:
        from .resources.contacts import Contacts

        return Contacts(self)

    @cached_property
    def definitions(self) -> DefinitionsExport[Self]:
        from .resources.flows import DefinitionsExport

        return DefinitionsExport(self)

    @cached_property
    def fields(self) -> Fields[Self]:
        from .resources.fields import Fields

        return Fields(self)

    @cached_property
    def flow_starts(self) -> FlowStarts[Self]:
        from .resources.flows import FlowStarts

        return FlowStarts(self)

    @cached_property
    def flows(self) -> Flows[Self]:
        from .resources.flows import Flows

        return Flows(self)

    @cached_property
    def globals(self) -> Globals[Self]:
        from .resources.fields import Globals

        return Globals(self)

    @cached_property
    def groups(self) -> Groups[Self]:
        from .resources.groups import Groups

        return Groups(self)

    @cached_property
    def labels(self) -> Labels[Self]:
        from .resources.groups import Labels

        return Labels(self)

    @cached_property
    def media(self) -> MediaFiles[Self]:
        from .resources.media import MediaFiles

        return MediaFiles(self)

    @cached_property
    def messages(self) -> Messages[Self]:
        from .resources.messages import Messages

        return Messages(self)

    @cached_property
    def resthook_events(self) -> ResthookEvents[Self]:
        from .resources.resthooks import ResthookEvents

        return ResthookEvents(self)

    @cached_property
    def resthook_subscribers(self) -> ResthookSubscribers[Self]:
        from .resources.resthooks import ResthookSubscribers

        return ResthookSubscribers(self)

    @cached_property
    def resthooks(self) -> Resthooks[Self]:
        from .resources.resthooks import Resthooks

        return Resthooks(self)

    @cached_property
    def runs(self) -> Runs[Self]:
        from .resources.flows import Runs

        return Runs(self)

    @cached_property
    def statistics(self) -> Statistic[Self]:
        from .resources.workspace import Statistic

        return Statistic(self)

    @cached_property
    def tickets(self) -> Tickets[Self]:
        from .resources.tickets import Tickets

        return Tickets(self)

    @cached_property
    def topics(self) -> Topics[Self]:
        from .resources.tickets import Topics

        return Topics(self)

    @cached_property
    def users(self) -> Users[Self]:
        from .resources.workspace import Users

        return Users(self)

    @cached_property
    def workspace(self) -> WorkspaceInfo[Self]:
        from .resources.workspace import WorkspaceInfo

        return WorkspaceInfo(self)

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated `rapidpro_api` client: every operation of spec/rapidpro.yaml, sent with this client's
        token, retries, rate limiter and typed errors (`list_flows.sync(client=client.generated)`)."""
        from rapidpro_api import AuthenticatedClient

        return self.generated_client(AuthenticatedClient)


class RapidProClient(_RapidProAPI, SyncAPIClient):
    """A blocking RapidPro (API v2) client.

    ```python
    with RapidProClient() as client:                  # token from RAPIDPRO_API_TOKEN
        for contact in client.contacts.list(group="Farmers"):
            print(contact.uuid, contact.name)         # every page, fetched as you go
    ```

    - `token`: else `$RAPIDPRO_API_TOKEN`. Sent as `Authorization: Token <token>`, never logged.
    - `base_url`: else `$RAPIDPRO_BASE_URL`, else https://app.rapidpro.io/api/v2/; a bare host works too.
    - `http_client`: your own `httpx.Client` (private CA, proxies ...; used as is, never closed by us).
    - `timeout`: seconds or `httpx.Timeout` (default 30 s, 10 s to connect); it bounds each
      attempt as a whole, body included: a server dripping its answer meets the timeout error that soon.
    - `deadline`: seconds one call (one page of a list) may take in all, every attempt, retry wait and
      rate-limiter wait included (default 180; None: no bound); a wait that would cross it is not taken,
      so a long `max_retry_after` needs a longer deadline. Per call: `client.with_options(deadline=600)`.
    - `max_response_bytes`: the largest response body accepted once decompressed (default 64 MiB, far above
      any real answer; None: no cap); past it reading stops and `TembaSerializationException` names the cap.
    - `allow_insecure_http`: the token is refused over plain `http://` to a host that is not loopback
      (`ConfigurationError` at once); True sends it anyway, for a proxy on the way that adds TLS.
    - `max_retries`: retries of reads (and DELETEs) on connection errors, timeouts, 429 and 5xx (default 4,
      so 5 attempts as in TembaClient); a 429 waits `Retry-After`. POSTs are never sent twice.
    - `max_retry_after`: the longest `Retry-After` to wait for (default 60 s); longer raises
      `TembaRateExceededError` at once, and the pager's `cursor` resumes the export later.
    - `rate_limiter`: any `Limiter`, to stay under the server's limits instead of hitting them:
      `scoped_rate_limiter(3600)` for this process, `scoped_rate_limiter(3600, store="redis://...")` for
      every worker of a workspace together (a 429 that one meets then pauses them all for its `Retry-After`).
    - `user_agent`: your application's name and version, sent before ours in the `User-Agent` header
      (`"myapp/1.2 rapidpro (overlay-clients)"`), as TembaClient's `user_agent=` is.
    - `strict`: refuse a whole response (`TembaSerializationException`) for one value the spec does not allow.
      By default such a value (an old server's `"fields": {"age": 34}`, a campaign event's plain-string
      `message`) is kept as received in its field, a missing required field is None, and each odd field
      path is logged once as a WARNING on the `rapidpro` logger: a 50,000-contact export does not stop.
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
        rate_limiter: Limiter | None = None,
        strict: bool = False,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
        user_agent: str | None = None,
    ) -> None:
        url, runtime = _settings(token, base_url, max_retries, max_retry_after, rate_limiter)
        super().__init__(
            base_url=url,
            runtime=runtime,
            http_client=http_client,
            timeout=timeout,
            user_agent=user_agent_header(user_agent),
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
            strict=strict,
        )


class AsyncRapidProClient(_RapidProAPI, AsyncAPIClient):
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
        rate_limiter: Limiter | None = None,
        strict: bool = False,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
        user_agent: str | None = None,
    ) -> None:
        url, runtime = _settings(token, base_url, max_retries, max_retry_after, rate_limiter)
        super().__init__(
            base_url=url,
            runtime=runtime,
            http_client=http_client,
            timeout=timeout,
            user_agent=user_agent_header(user_agent),
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
            strict=strict,
        )
