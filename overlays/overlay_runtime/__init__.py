"""The runtime every facade stands on: one request path, typed errors, retries, auth, paging.

It knows HTTP, not Monzo, Bloom Growth or RapidPro. A facade describes its API (its error classes
in an `ErrorMap`, its `Auth`, its `Call`s and operation flows) and gets sync and async clients
that share every line of behaviour.
"""

from ._client import AsyncAPIClient, Call, Operation, Parallel, SyncAPIClient
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, MAX_RETRY_AFTER
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
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
from ._ratelimit import RateLimiter
from ._resource import Resource
from ._retry import RetryPolicy, parse_retry_after
from ._transport import RuntimeTransport
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRY_AFTER",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "AsyncAPIClient",
    "Auth",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "ConflictError",
    "ErrorMap",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Operation",
    "Parallel",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "Resource",
    "RetryPolicy",
    "Runtime",
    "RuntimeTransport",
    "Send",
    "Sleep",
    "SyncAPIClient",
    "TimeoutTypes",
    "UnprocessableEntityError",
    "get_logger",
    "parse_retry_after",
    "redact",
    "register_secret",
    "run_async",
    "run_sync",
    "send_flow",
]
