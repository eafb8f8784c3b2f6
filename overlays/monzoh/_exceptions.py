"""Monzo's exception names (as in the monzoh library), on the shared runtime's error tree.

    MonzoError                         every error this package raises
    ├── MonzoConfigurationError        no access token anywhere, or a cached one that cannot be renewed
    ├── MonzoNetworkError              no usable response (also an APIConnectionError)
    │   └── MonzoTimeoutError          timed out, client side (also an APITimeoutError); 504 too
    ├── MonzoValidationError           bad input caught before sending, or a 2xx body we cannot parse
    │   └── WebhookParseError          a webhook body that is not a known event
    ├── MonzoUnboundModelError         `account.get_balance()` on a model without the client it needs
    └── MonzoAPIError                  any non-2xx answer: status_code, code, message, headers
        ├── MonzoBadRequestError           400
        ├── MonzoAuthenticationError       401 (and the parent of 403)
        │   └── MonzoPermissionDeniedError 403 (approve access in the app; SCA window)
        ├── MonzoNotFoundError             404
        ├── MonzoMethodNotAllowedError     405
        ├── MonzoNotAcceptableError        406
        ├── MonzoRateLimitError            429 (retry_after)
        └── MonzoServerError               5xx

Catching `MonzoError` catches everything; the runtime's generic classes (`RateLimitError`,
`APIConnectionError`, ...) work too, since each Monzo class also derives from its generic twin.

Every error pickles, and comes back from a Celery result backend (the JSON serializer included) as
the same class with the same message, `status_code`, `code`, `retry_after`, body and headers; no
credential goes with it (credential headers are dropped, messages and bodies redacted), nor the
live `response`/`request`, which are None on the copy. The positional arguments start as monzoh
1.2.0's did, `MonzoError(message, status_code=None, response_data=None)`, and its keywords work
too (`response_data=` is the body, `original_message` the message).
"""

from __future__ import annotations

from typing import Any

import httpx

from overlay_runtime import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ErrorMap,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from overlay_runtime._errors import HeadersLike

__all__ = [
    "MonzoAPIError",
    "MonzoAuthenticationError",
    "MonzoBadRequestError",
    "MonzoConfigurationError",
    "MonzoError",
    "MonzoMethodNotAllowedError",
    "MonzoNetworkError",
    "MonzoNotAcceptableError",
    "MonzoNotFoundError",
    "MonzoPermissionDeniedError",
    "MonzoRateLimitError",
    "MonzoServerError",
    "MonzoTimeoutError",
    "MonzoUnboundModelError",
    "MonzoValidationError",
    "WebhookParseError",
]


class MonzoError(APIError):
    """Root of every error raised by monzoh.

    `status_code`, `code` and `response_headers` are None for errors that had no response.
    """

    def __init__(
        self,
        message: str = "",
        status_code: int | None = None,
        body: Any = None,
        code: str | None = None,
        retry_after: float | None = None,
        headers: HeadersLike | None = None,
        *,
        response_data: Any = None,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        body = response_data if body is None else body  # monzoh 1.2.0's keyword for the body
        super().__init__(message, status_code, body, code, retry_after, headers, request=request, response=response)

    @property
    def original_message(self) -> str:
        """The message (monzoh 1.2.0's name for it)."""
        return self.message

    @property
    def response_headers(self) -> httpx.Headers | None:
        headers: httpx.Headers | None = getattr(self, "headers", None)
        return headers

    @property
    def response_data(self) -> Any:
        """The parsed error body (monzoh's name for it)."""
        return getattr(self, "body", None)


class MonzoConfigurationError(MonzoError, ConfigurationError):
    """No access token was found, or the cached one expired and cannot be renewed (says how to get one)."""


class MonzoNetworkError(MonzoError, APIConnectionError):
    """The request got no usable response from Monzo."""


class MonzoTimeoutError(MonzoNetworkError, APITimeoutError):
    """The request timed out."""


class MonzoValidationError(MonzoError, ValueError):
    """Bad input refused before any request, or a response body that does not match the API."""


class MonzoUnboundModelError(MonzoError, RuntimeError):
    """A model method (`account.get_balance()`) without the client it needs: the model was not fetched by a
    client (built by hand, parsed from a webhook, unpickled), or by the other kind (sync or async)."""


class _MonzoResponseValidationError(MonzoValidationError, APIResponseValidationError):
    pass


class WebhookParseError(MonzoValidationError):
    """A webhook body that is not JSON or not a known Monzo event."""


class MonzoAPIError(MonzoError, APIStatusError):
    """Monzo answered with an error status."""


class MonzoBadRequestError(MonzoAPIError, BadRequestError):
    """400: a missing or malformed argument (`code` names it, e.g. `bad_request.bad_param.amount`)."""


class MonzoAuthenticationError(MonzoAPIError, AuthenticationError):
    """401: a bad, expired or evicted token; or (as the parent of 403) no permission."""


class MonzoPermissionDeniedError(MonzoAuthenticationError, PermissionDeniedError):
    """403: the user has not approved access in the Monzo app, or the 90-day SCA window closed."""


class MonzoNotFoundError(MonzoAPIError, NotFoundError):
    """404: no such object or endpoint."""


class MonzoMethodNotAllowedError(MonzoAPIError):
    """405: wrong HTTP method for the endpoint."""


class MonzoNotAcceptableError(MonzoAPIError):
    """406: the Accept header does not match."""


class MonzoRateLimitError(MonzoAPIError, RateLimitError):
    """429: too many requests; `retry_after` is the server's wait in seconds, when it sent one."""


class MonzoServerError(MonzoAPIError, InternalServerError):
    """5xx: Monzo failed."""


class _MonzoGatewayTimeoutError(MonzoServerError):
    """504: Monzo's gateway timed out (a server error, retried like one)."""


_HINTS = {
    "forbidden.insufficient_permissions": "open the Monzo app and approve access for this client",
    "forbidden.verification_required": "history older than 90 days needs a fresh login within 5 minutes",
    "unauthorized.bad_access_token.expired": "the access token expired: set MONZO_CLIENT_ID/MONZO_CLIENT_SECRET "
    "to refresh it automatically, or run `monzoh login`",
    "unauthorized.bad_access_token.evicted": "a newer token was issued for this user and client",
    "bad_request.invalid_time_range": "list at most 365 days at a time",
}


def _hint(status: int, code: str | None) -> str | None:
    return _HINTS.get(code or "")


ERRORS = ErrorMap(
    root=MonzoError,
    configuration=MonzoConfigurationError,
    request_validation=MonzoValidationError,
    connection=MonzoNetworkError,
    timeout=MonzoTimeoutError,
    response_validation=_MonzoResponseValidationError,
    by_status={
        400: MonzoBadRequestError,
        401: MonzoAuthenticationError,
        403: MonzoPermissionDeniedError,
        404: MonzoNotFoundError,
        405: MonzoMethodNotAllowedError,
        406: MonzoNotAcceptableError,
        429: MonzoRateLimitError,
        504: _MonzoGatewayTimeoutError,
    },
    server=MonzoServerError,
    other=MonzoAPIError,
    hint=_hint,
)
