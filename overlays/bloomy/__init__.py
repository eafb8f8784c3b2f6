"""bloomy: typed sync and async clients for the Bloom Growth (Traction Tools) API v1.

The names and arguments of bloomy-python, on the shared runtime (one request path: retries, typed
errors, redacted logging).

```python
from bloomy import Client

with Client() as client:                     # key from BG_API_KEY or ~/.bloomy/config.yaml
    me = client.user.details()
    for meeting in client.meeting.list():
        details = client.meeting.details(meeting.id)
        print(meeting.name, len(details.todos or []), "to-dos")
```

`AsyncClient` has the same resources with `async` methods; multi-request methods (`meeting.details()`,
`user.details(include_all=True)`, the bulk `create_many()`/`get_many()`) send their requests concurrently.

Getting a key once from a login: `Configuration().configure_api_key(username, password, store_key=True)`.

## Code written for bloomy-python 0.22

It runs unchanged: the same names in `bloomy`, `bloomy.models` and `bloomy.exceptions`, the same
resources, methods and arguments, each resource's `user_id` (and `await resource.get_user_id()` on the
async client). What differs: an error status raises `bloomy.APIError` (or a subclass: `NotFoundError`,
`UnauthorizedError`, which is also an `AuthenticationError`...), where bloomy-python let httpx's
`HTTPStatusError` through; a timeout is `RequestTimeoutError`, not httpx's `TimeoutException`; and
`base_url`/`timeout` are keyword arguments of the clients.

## Everything else of the V1 API: `client.generated`

Rocks' milestones, measurables, seats, positions, roles, teams, search, weeks, notes links... every one of
the spec's 116 operations is a function of the generated package `bloomy_api.api.<tag>.<operation>`.
`client.generated` is a `bloomy_api.AuthenticatedClient` whose requests go through this client's
runtime (its `RuntimeTransport`): same key, retries, logging, and a non-2xx raises `bloomy.APIError`.

```python
from bloomy_api.api.rocks import get_rock_milestones
from bloomy_api.api.seats import get_my_seats

milestones = get_rock_milestones.sync(1234567, client=client.generated)          # list[Milestone]
seats = await get_my_seats.asyncio(client=async_client.generated)                # with AsyncClient
raw = get_rock_milestones.sync_detailed(1234567, client=client.generated)        # status, headers, bytes
```

`.sync()`/`.asyncio()` return the attrs models of `bloomy_api.models`; for pydantic models, validate
the bytes of a `*_detailed` response with `bloomy_api.pydantic_models` (e.g.
`TypeAdapter(list[Milestone]).validate_json(raw.content)`). The login (`create_access_token`) is not
reachable that way, as it lives at the host root: use `Configuration.configure_api_key()`.
"""

import typing as _typing

from overlay_runtime._lazy import lazy_exports as _lazy_exports

from ._client import AsyncClient, Client
from ._config import Configuration
from ._constants import DEFAULT_BASE_URL
from .exceptions import (
    APIError,
    AuthenticationError,
    BadRequestError,
    BloomyError,
    ConfigurationError,
    LoginError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseValidationError,
    ServerError,
    UnauthorizedError,
    ValidationError,
)

if _typing.TYPE_CHECKING:
    from .models import (
        ArchivedGoalInfo,
        BulkCreateError,
        BulkCreateResult,
        CreatedGoalInfo,
        CreatedIssue,
        CurrentWeek,
        DirectReport,
        Goal,
        GoalInfo,
        GoalListResponse,
        GoalStatus,
        Headline,
        HeadlineDetails,
        HeadlineInfo,
        HeadlineListItem,
        Issue,
        IssueDetails,
        IssueListItem,
        Meeting,
        MeetingAttendee,
        MeetingDetails,
        MeetingInfo,
        MeetingListItem,
        OwnerDetails,
        Position,
        ScorecardItem,
        ScorecardMetric,
        ScorecardWeek,
        Todo,
        UserDetails,
        UserListItem,
        UserSearchResult,
    )

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "APIError",
    "ArchivedGoalInfo",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "BloomyError",
    "BulkCreateError",
    "BulkCreateResult",
    "Client",
    "Configuration",
    "ConfigurationError",
    "CreatedGoalInfo",
    "CreatedIssue",
    "CurrentWeek",
    "DirectReport",
    "Goal",
    "GoalInfo",
    "GoalListResponse",
    "GoalStatus",
    "Headline",
    "HeadlineDetails",
    "HeadlineInfo",
    "HeadlineListItem",
    "Issue",
    "IssueDetails",
    "IssueListItem",
    "LoginError",
    "Meeting",
    "MeetingAttendee",
    "MeetingDetails",
    "MeetingInfo",
    "MeetingListItem",
    "NetworkError",
    "NotFoundError",
    "OwnerDetails",
    "PermissionDeniedError",
    "Position",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseValidationError",
    "ScorecardItem",
    "ScorecardMetric",
    "ScorecardWeek",
    "ServerError",
    "Todo",
    "UnauthorizedError",
    "UserDetails",
    "UserListItem",
    "UserSearchResult",
    "ValidationError",
]

# The models load on first use (`bloomy.models`): `import bloomy` does not build their pydantic schemas.
_MODELS = (
    "ArchivedGoalInfo",
    "BulkCreateError",
    "BulkCreateResult",
    "CreatedGoalInfo",
    "CreatedIssue",
    "CurrentWeek",
    "DirectReport",
    "Goal",
    "GoalInfo",
    "GoalListResponse",
    "GoalStatus",
    "Headline",
    "HeadlineDetails",
    "HeadlineInfo",
    "HeadlineListItem",
    "Issue",
    "IssueDetails",
    "IssueListItem",
    "Meeting",
    "MeetingAttendee",
    "MeetingDetails",
    "MeetingInfo",
    "MeetingListItem",
    "OwnerDetails",
    "Position",
    "ScorecardItem",
    "ScorecardMetric",
    "ScorecardWeek",
    "Todo",
    "UserDetails",
    "UserListItem",
    "UserSearchResult",
)
if not _typing.TYPE_CHECKING:  # (type checkers see the imports above, and flag a misspelt name)
    __getattr__, __dir__ = _lazy_exports(__name__, globals(), dict.fromkeys(_MODELS, ".models"), ["models"])
