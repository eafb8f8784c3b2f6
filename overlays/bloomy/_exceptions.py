"""bloomy's exception names (those of bloomy-python, plus typed statuses) on the shared runtime's error tree.

    BloomyError                        every error this package raises
    ├── ConfigurationError             no API key found, or a config file that cannot be written
    ├── AuthenticationError            login or key refused (also raised by `configure_api_key`)
    ├── ValidationError                bad arguments, refused before any request (also a ValueError)
    │   └── ResponseValidationError    a 2xx whose body is not what the API documents
    ├── NetworkError                   no usable response: refused, reset, DNS, bad protocol
    │   └── RequestTimeoutError        connect, read, write or pool timeout
    └── APIError                       any non-2xx answer: status_code, message, body, headers
        ├── BadRequestError            400
        ├── UnauthorizedError          401 (also an AuthenticationError)
        ├── PermissionDeniedError      403 (also an AuthenticationError)
        ├── NotFoundError              404
        ├── RateLimitError             429 (retry_after: seconds, or None)
        ├── ServerError                5xx
        └── LoginError                 the login refused the username or password (also an AuthenticationError)

Each class also derives from its generic twin in `overlay_runtime` (`ConfigurationError`,
`RequestValidationError`, `APIStatusError`, `RateLimitError`, `APIConnectionError`, ...), so code written
against the runtime catches bloomy's errors too. Bad arguments are always a `ValidationError`, never a bare
ValueError or TypeError.

Every error pickles, and comes back from a Celery result backend (JSON included) as the same class with the
same message, `status_code`, `retry_after`, body and headers, and no credential (the live `response` is not
kept). The positional arguments are bloomy-python's: `APIError(message, status_code=None)`.

```python
from bloomy import APIError, BloomyError, Client

try:
    Client().user.details()
except APIError as exc:          # the API answered with an error status
    print(exc.status_code, exc.message, exc.body)
except BloomyError as exc:       # anything else bloomy raises (no key, network down, ...)
    print(exc)
```
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import overlay_runtime as rt

__all__ = [
    "ERRORS",
    "LOGIN_ERRORS",
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "BloomyError",
    "ConfigurationError",
    "LoginError",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseValidationError",
    "ServerError",
    "UnauthorizedError",
    "ValidationError",
]


class BloomyError(rt.APIError):
    """Root of every error raised by bloomy; `message` is the text, `request` the failed request if any."""


class ConfigurationError(BloomyError, rt.ConfigurationError):
    """No API key could be found (argument, `BG_API_KEY`, config file), or the config file cannot be written."""


class AuthenticationError(BloomyError):
    """Credentials were refused: a wrong login (`configure_api_key`), or a bad or expired key (401/403)."""


class ValidationError(BloomyError, rt.RequestValidationError):
    """An argument bloomy refuses before sending anything (a missing title, both user_id and meeting_id...)."""


class ResponseValidationError(ValidationError, rt.APIResponseValidationError):
    """A successful response whose body bloomy cannot read; `body` holds its text, `status_code` the status."""


class NetworkError(BloomyError, rt.APIConnectionError):
    """The request got no usable response from Bloom Growth."""


class RequestTimeoutError(NetworkError, rt.APITimeoutError):
    """The request timed out."""


class APIError(BloomyError, rt.APIStatusError):
    """Bloom Growth answered with a non-2xx status.

    `status_code` is the HTTP status, `message` the text (status, request line and the API's own message),
    `body` the decoded JSON body (or the raw text when it is not JSON), `headers` the response headers.
    """


class BadRequestError(APIError, rt.BadRequestError):
    """400: the request was malformed or failed the API's validation."""


class UnauthorizedError(APIError, AuthenticationError, rt.AuthenticationError):
    """401: the API key is missing, wrong or expired (keys last about two weeks)."""


class PermissionDeniedError(APIError, AuthenticationError, rt.PermissionDeniedError):
    """403: the key is valid but may not see or change this object."""


class NotFoundError(APIError, rt.NotFoundError):
    """404: no such object (or no such route)."""


class RateLimitError(APIError, rt.RateLimitError):
    """429: too many requests; `retry_after` is the server's wait in seconds, when it sent one."""


class ServerError(APIError, rt.InternalServerError):
    """5xx: Bloom Growth failed."""


class LoginError(APIError, AuthenticationError):
    """The login was refused (`invalid_grant`: wrong username or password)."""


def _describe(body: Any) -> tuple[str | None, str | None]:
    """(code, message) of Bloom's two error shapes: `{"Message", "MessageDetail"}` and OAuth's `{"error", ...}`."""
    if not isinstance(body, dict):
        return None, None
    code = body.get("error")
    message = body.get("Message") or body.get("error_description") or body.get("message")
    detail = body.get("MessageDetail") or body.get("ExceptionMessage")
    if message and detail:
        message = f"{message} {detail}"
    return (str(code) if code else None, str(message or detail) if message or detail else None)


_HINTS = {
    401: "check the API key (argument, BG_API_KEY or ~/.bloomy/config.yaml); keys expire after about two weeks",
    403: "the key's user may not see or change this object",
}


def _hint(status: int, code: str | None) -> str | None:
    if code == "invalid_grant":
        return "check the username (the login e-mail) and the password"
    return _HINTS.get(status)


ERRORS = rt.ErrorMap(
    root=BloomyError,
    configuration=ConfigurationError,
    request_validation=ValidationError,
    connection=NetworkError,
    timeout=RequestTimeoutError,
    response_validation=ResponseValidationError,
    by_status={
        400: BadRequestError,
        401: UnauthorizedError,
        403: PermissionDeniedError,
        404: NotFoundError,
        429: RateLimitError,
    },
    server=ServerError,
    other=APIError,
    describe=_describe,
    hint=_hint,
)

# At the login every 4xx but 429 means the username or password was refused.
LOGIN_ERRORS = replace(ERRORS, by_status={429: RateLimitError}, other=LoginError)
