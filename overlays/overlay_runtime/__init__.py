"""The runtime every facade stands on: one request path, typed errors, retries, auth, paging.

It knows HTTP, not Monzo, Bloom Growth or RapidPro. A facade describes its API (its error classes
in an `ErrorMap`, its `Auth`, and resource methods returning `Call`s built by the generated
`build_request()` of each operation, or operation flows of them) and gets sync and async clients
that share every line of behaviour.
"""

from ._auth import RefreshingTokenAuth, TokenAuth
from ._client import AsyncAPIClient, BaseAPIClient, Call, Operation, OperationFlow, Parallel, SyncAPIClient
from ._constants import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    MAX_RETRY_AFTER,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorMap,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
)
from ._flow import Auth, Runtime, Send, SendFlow, Sleep, run_async, run_sync, send_flow
from ._logging import get_logger, redact, register_secret, release_secret
from ._pagination import AsyncPager, Page, PageCall, PaginationLoopError, SyncPager
from ._parsing import field_of, model, nothing, root_list, validate_json, validate_json_list, validate_python
from ._ratelimit import Limiter, RateLimiter
from ._request import ExternalRequest, RequestParts, httpx_request
from ._resource import ClientT, Pages, Resource, operation, paginated
from ._retry import RetryPolicy, parse_retry_after, set_testing
from ._secret_file import write_secret_file
from ._shared_ratelimit import SharedRateLimiter
from ._tolerant import ParsePolicy
from ._transport import RuntimeTransport
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
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
    "Auth",
    "AuthenticationError",
    "BadRequestError",
    "BaseAPIClient",
    "Call",
    "ClientT",
    "ConfigurationError",
    "ConflictError",
    "ErrorMap",
    "ExternalRequest",
    "InternalServerError",
    "Limiter",
    "NotFoundError",
    "NotGiven",
    "Operation",
    "OperationFlow",
    "Page",
    "PageCall",
    "Pages",
    "PaginationLoopError",
    "Parallel",
    "ParsePolicy",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RefreshingTokenAuth",
    "RequestParts",
    "RequestValidationError",
    "Resource",
    "RetryPolicy",
    "Runtime",
    "RuntimeTransport",
    "Send",
    "SendFlow",
    "SharedRateLimiter",
    "Sleep",
    "SyncAPIClient",
    "SyncPager",
    "TimeoutTypes",
    "TokenAuth",
    "UnprocessableEntityError",
    "field_of",
    "get_logger",
    "httpx_request",
    "model",
    "nothing",
    "operation",
    "paginated",
    "parse_retry_after",
    "redact",
    "register_secret",
    "release_secret",
    "root_list",
    "run_async",
    "run_sync",
    "send_flow",
    "set_testing",
    "validate_json",
    "validate_json_list",
    "validate_python",
    "write_secret_file",
]
