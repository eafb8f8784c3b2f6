"""The runtime every facade stands on: one request path, typed errors, retries, auth, paging.

It knows HTTP, not Monzo, Bloom Growth or RapidPro. A facade describes its API (its error classes
in an `ErrorMap`, its `Auth`, its `Call`s and operation flows) and gets sync and async clients
that share every line of behaviour.
"""

from ._auth import RefreshingTokenAuth, TokenAuth
from ._client import AsyncAPIClient, Call, Operation, Parallel, SyncAPIClient
from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, MAX_RETRY_AFTER
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorMap,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._flow import Auth, Runtime, Send, Sleep, run_async, run_sync, send_flow
from ._logging import get_logger, redact, register_secret
from ._pagination import AsyncPager, Page, SyncPager
from ._parsing import field_of, model, nothing, root_list
from ._ratelimit import RateLimiter
from ._resource import AsyncResource, LazyResource, Resource, SyncResource
from ._retry import RetryPolicy, parse_retry_after, set_testing
from ._transport import RuntimeTransport
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRY_AFTER",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncPager",
    "AsyncResource",
    "Auth",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "ConflictError",
    "ErrorMap",
    "InternalServerError",
    "LazyResource",
    "NotFoundError",
    "NotGiven",
    "Operation",
    "Page",
    "Parallel",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RefreshingTokenAuth",
    "Resource",
    "RetryPolicy",
    "Runtime",
    "RuntimeTransport",
    "Send",
    "Sleep",
    "SyncAPIClient",
    "SyncPager",
    "SyncResource",
    "TimeoutTypes",
    "TokenAuth",
    "UnprocessableEntityError",
    "field_of",
    "get_logger",
    "model",
    "nothing",
    "parse_retry_after",
    "redact",
    "register_secret",
    "root_list",
    "run_async",
    "run_sync",
    "send_flow",
    "set_testing",
]
