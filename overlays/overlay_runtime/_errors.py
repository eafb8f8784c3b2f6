"""Every error the clients raise, and the one place where responses become errors.

    APIError                      anything this library raises on purpose
    ├── ConfigurationError        no credentials or settings to build a client with
    ├── RequestValidationError    bad caller input, refused before any request (also a ValueError)
    ├── APIConnectionError        no usable response: refused, reset, DNS, protocol garbage
    │   └── APITimeoutError       connect, read, write or pool timeout
    ├── APIResponseValidationError  a 2xx whose body is not what the API documents
    └── APIStatusError            a non-2xx response: status_code, code, message, headers, body
        ├── BadRequestError            400
        ├── AuthenticationError        401
        ├── PermissionDeniedError      403
        ├── NotFoundError              404
        ├── ConflictError              409
        ├── UnprocessableEntityError   422
        ├── RateLimitError             429 (retry_after: seconds, or None)
        └── InternalServerError        5xx

Each facade subclasses these under its own root (`MonzoError`, bloomy's `BloomyError`, ...) and
describes the mapping with an `ErrorMap`; `status_error()` and `transport_error()` build the
facade's classes. Messages never contain credentials: they are built from the status, the API's
own error code and message, and the method and path of the request (never its headers or query).

```python
try:
    client.accounts.list()
except RateLimitError as exc:
    time.sleep(exc.retry_after or 1)
```
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._logging import redact

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorMap",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
]


class APIError(Exception):
    """Root of every error raised by the clients.

    `message` is the human-readable text; `request` the request that failed (None when the
    error happened before one was built). `status_code` and `code` are set on errors that carry
    a response (None otherwise), so any error can be inspected the same way.
    """

    message: str
    request: httpx.Request | None
    status_code: int | None = None
    code: str | None = None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    def __str__(self) -> str:
        return self.message


class ConfigurationError(APIError):
    """The client cannot be built as asked: no credentials found, or a setting that makes no sense."""


class RequestValidationError(APIError, ValueError):
    """The caller's arguments were refused before any request was sent (a wrong type, an empty id...)."""


class APIConnectionError(APIError):
    """The request got no usable response (connection refused or reset, DNS, bad protocol)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class APIResponseValidationError(APIError):
    """A successful response whose body does not match what the API documents.

    `body` holds the raw text (truncated), `status_code` the status.
    """

    def __init__(self, message: str, *, request: httpx.Request | None, status_code: int, body: str) -> None:
        super().__init__(message, request=request)
        self.status_code = status_code
        self.body = body


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    - `status_code`: the HTTP status (any int, 499 and 529 included).
    - `code`: the API's own error code when its body carries one (Monzo's
      `forbidden.insufficient_permissions`), else None.
    - `body`: the decoded JSON body, or the raw text when it is not JSON (an HTML error page).
    - `headers`: the response headers.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.body = body
        self.headers: httpx.Headers = response.headers


class BadRequestError(APIStatusError):
    """400: the request was malformed or missed an argument."""


class AuthenticationError(APIStatusError):
    """401: missing, bad, expired or revoked credentials."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no such object or endpoint."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the server's wait in seconds, or None."""

    def __init__(self, message: str, *, response: httpx.Response, code: str | None = None, body: Any = None) -> None:
        super().__init__(message, response=response, code=code, body=body)
        from ._retry import parse_retry_after  # local: _retry imports nothing from here at module load

        self.retry_after: float | None = parse_retry_after(response.headers)


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response was built without one
    except RuntimeError:
        return False
    return True


def _default_describe(body: Any) -> tuple[str | None, str | None]:
    """(code, message) from the common error body shapes."""
    if isinstance(body, Mapping):
        code = body.get("code") or body.get("error")
        message = body.get("message") or body.get("Message") or body.get("detail") or body.get("error_description")
        return (str(code) if code else None, str(message) if message else None)
    return None, None


@dataclass(frozen=True)
class ErrorMap:
    """How one API's failures become that API's exception classes."""

    root: type[APIError] = APIError
    configuration: type[APIError] = ConfigurationError
    request_validation: type[APIError] = RequestValidationError
    connection: type[APIConnectionError] = APIConnectionError
    timeout: type[APITimeoutError] = APITimeoutError
    response_validation: type[APIResponseValidationError] = APIResponseValidationError
    by_status: Mapping[int, type[APIStatusError]] = field(
        default_factory=lambda: {
            400: BadRequestError,
            401: AuthenticationError,
            403: PermissionDeniedError,
            404: NotFoundError,
            409: ConflictError,
            422: UnprocessableEntityError,
            429: RateLimitError,
        }
    )
    server: type[APIStatusError] = InternalServerError
    other: type[APIStatusError] = APIStatusError
    # body -> (the API's error code, the API's message)
    describe: Callable[[Any], tuple[str | None, str | None]] = _default_describe
    # What the message says after the status line, e.g. a hint for a known code.
    hint: Callable[[int, str | None], str | None] = lambda status, code: None

    def invalid_input(self, exc: Exception) -> APIError:
        """The facade's validation error for a bad argument (a ValueError or TypeError from building a call)."""
        return self.request_validation(redact(str(exc)) or type(exc).__name__)

    def status_error(self, response: httpx.Response) -> APIStatusError:
        """The typed error for a non-2xx `response` (its body must have been read)."""
        body = decode_body(response)
        code, api_message = self.describe(body)
        status = response.status_code
        cls = self.by_status.get(status) or (self.server if status >= 500 else self.other)
        where = _where(response)
        message = f"{status} {_reason(response)}{where}"
        if code:
            message += f" [{code}]"
        if api_message:
            message += f": {api_message}"
        elif isinstance(body, str) and body.strip():
            message += f": {_snippet(body)}"
        hint = self.hint(status, code)
        if hint:
            message += f" ({hint})"
        # A server may echo credentials back in its error text; the message never carries them.
        return cls(redact(message), response=response, code=code, body=body)

    def transport_error(self, exc: Exception, request: httpx.Request | None) -> APIConnectionError:
        """The typed error for an httpx request failure (timeouts get their own class)."""
        where = f" on {request.method} {request.url.path}" if request is not None else ""
        if isinstance(exc, httpx.TimeoutException):
            return self.timeout(f"Request timed out ({type(exc).__name__}){where}", request=request)
        detail = str(exc) or type(exc).__name__
        return self.connection(f"Connection failed{where}: {detail}", request=request)

    def validation_error(self, response: httpx.Response, problem: str) -> APIResponseValidationError:
        return self.response_validation(
            f"Unexpected response body from {response.request.method} {response.request.url.path} "
            f"({response.status_code}): {problem}",
            request=response.request,
            status_code=response.status_code,
            body=_snippet(response.text, 2000),
        )


def decode_body(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON, or None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def _reason(response: httpx.Response) -> str:
    return response.reason_phrase or "Error"


def _where(response: httpx.Response) -> str:
    if not _has_request(response):
        return ""
    return f" from {response.request.method} {response.request.url.path}"


def _snippet(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
