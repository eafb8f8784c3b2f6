"""TembaClient's exception names, on the shared runtime's error tree.

    TembaException                     every error this package raises
    ├── TembaConfigurationError        no token given or in the environment (also a ConfigurationError)
    ├── TembaValidationError           bad arguments, refused before sending (also a ValueError)
    ├── TembaConnectionError           no usable response (also an APIConnectionError)
    │   └── TembaTimeoutError          timed out, client side (also an APITimeoutError)
    ├── TembaSerializationException    a 2xx body that does not parse as documented
    ├── TembaBadRequestError           400: `errors` keeps the body's field errors as a dict
    ├── TembaTokenError                403: bad token, or no permission (RapidPro never sends 401)
    ├── TembaNoSuchObjectError         404: the lookup (uuid, urn, key, id) matched nothing
    ├── TembaRateExceededError         429: `retry_after` seconds (waited for on reads, up to a cap)
    └── TembaHttpError                 any other non-2xx, as in TembaClient
        ├── TembaConflictError             409: the workspace reached its limit of this object
        └── TembaServerError               5xx (the body is plain text)

Every response error also carries `status_code`, `body`, `headers` and `response`; each class
derives from its generic runtime twin too (`BadRequestError`, `RateLimitError`, ...). Messages
name the method and path, never the query string or the token. Every error pickles, and comes
back from a Celery result backend (JSON included) as the same class with the same message,
status, `retry_after`, `errors`, body and headers, and no token (the live `response` is not kept);
each takes its message first, as TembaClient's do. Three also take what TembaClient's took instead of a
message, so code (and test doubles) written for TembaClient keep working: `TembaBadRequestError(errors)`,
`TembaRateExceededError(retry_after)`, `TembaHttpError(caused_by)` (and `.caused_by` on every `TembaHttpError`).

```python
try:
    client.contacts.create(urns=["tel:+250788123123"])
except TembaBadRequestError as exc:
    print(exc)          # 400 Bad Request from POST <the contacts endpoint>: urns[0]: URN is in use ...
    print(exc.errors)   # {"urns": {"0": ["URN is in use by another contact."]}}
```
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from overlay_runtime import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorMap,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    redact,
)

__all__ = [
    "ERRORS",
    "TembaBadRequestError",
    "TembaConfigurationError",
    "TembaConflictError",
    "TembaConnectionError",
    "TembaException",
    "TembaHttpError",
    "TembaNoSuchObjectError",
    "TembaRateExceededError",
    "TembaSerializationException",
    "TembaServerError",
    "TembaTimeoutError",
    "TembaTokenError",
    "TembaValidationError",
    "flatten_errors",
]


class TembaException(APIError):
    """Root of every error raised by rapidpro."""


class TembaConfigurationError(TembaException, ConfigurationError):
    """No API token was given or found in the environment (the message says where to get one)."""


class TembaValidationError(TembaException, RequestValidationError):
    """Arguments refused before any request was sent (a missing lookup, a filter the API does not have).

    Also a `ValueError`, as TembaClient's own argument errors are.
    """


class TembaConnectionError(TembaException, APIConnectionError):
    """Unable to connect to the host: refused, reset, DNS, or bytes that are not HTTP."""


class TembaTimeoutError(TembaConnectionError, APITimeoutError):
    """The request timed out (connect, read, write, or waiting for a pooled connection)."""


class TembaSerializationException(TembaException, APIResponseValidationError):
    """A successful response whose body does not parse as the API documents it."""


class TembaBadRequestError(TembaException, BadRequestError):
    """400: the server refused the request's values; do not retry them unchanged.

    - `errors`: the body as a dict, nested errors included: `{"name": ["..."]}`,
      `{"non_field_errors": ["..."]}`, `{"urns": {"0": ["..."]}}`, `{"detail": "..."}` (bad query
      parameter). A non-JSON body becomes `{"details": [text]}`, as in TembaClient.
    - `field_errors`: the same, flattened to `{"urns[0]": ["..."], ...}`.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if args and not isinstance(args[0], str):  # TembaClient's form: TembaBadRequestError(errors)
            kwargs.setdefault("body", args[0])
            args = (_joined(_as_errors(args[0])), *args[1:])
        super().__init__(*args, **kwargs)
        self.errors: dict[str, Any] = _as_errors(self.body)

    @property
    def field_errors(self) -> dict[str, list[str]]:
        return flatten_errors(self.errors)


class TembaTokenError(TembaException, PermissionDeniedError):
    """403: the token is invalid or inactive, or its user may not do this (RapidPro never sends 401)."""


class TembaNoSuchObjectError(TembaException, NotFoundError):
    """404: no object matches the lookup parameter."""


class TembaRateExceededError(TembaException, RateLimitError):
    """429: the workspace used up this scope's requests; `retry_after` is the server's wait in seconds."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if args and isinstance(args[0], int | float) and not isinstance(args[0], bool):  # TembaClient's form
            kwargs.setdefault("retry_after", args[0])
            args = (_RATE_EXCEEDED % args[0], *args[1:])
        super().__init__(*args, **kwargs)


class TembaHttpError(TembaException, APIStatusError):
    """Any other error status (405, 409, 5xx ...).

    `caused_by` is TembaClient's name for the HTTP failure: this error itself, which has the `response`
    (`exc.caused_by.response.status_code`), unless one was given (`TembaHttpError(caused_by)`).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cause = args[0] if args and isinstance(args[0], BaseException) else None
        if cause is not None:  # TembaClient's form: TembaHttpError(caused_by)
            args = (str(cause), *args[1:])
        super().__init__(*args, **kwargs)
        if cause is not None:
            self._caused_by = cause

    @property
    def caused_by(self) -> BaseException:
        given: BaseException = self.__dict__.get("_caused_by", self)
        return given


class TembaConflictError(TembaHttpError, ConflictError):
    """409: the workspace has reached its limit for this kind of object."""


class TembaServerError(TembaHttpError, InternalServerError):
    """5xx: the server failed (retried on reads, with backoff)."""


_RATE_EXCEEDED = (
    "You have exceeded the number of requests allowed per org in a given time window. "
    "Please wait %d seconds before making further requests"
)


def _joined(errors: Mapping[str, Any]) -> str:
    """TembaClient's message for its field errors: every message, joined by ". "."""
    return ". ".join(message for messages in flatten_errors(errors).values() for message in messages)


def _as_errors(body: Any) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, list):
        return {"non_field_errors": [str(item) for item in body]}
    if isinstance(body, str) and body.strip():
        return {"details": [body]}
    return {}


def flatten_errors(errors: Any, path: str = "") -> dict[str, list[str]]:
    """`{"urns": {"0": ["taken"]}}` -> `{"urns[0]": ["taken"]}`, at any depth; lists of messages kept."""
    flat: dict[str, list[str]] = {}
    if isinstance(errors, Mapping):
        for key, value in errors.items():
            flat.update(flatten_errors(value, f"{path}[{key}]" if path else str(key)))
    elif isinstance(errors, list | tuple):
        for item in errors:
            if isinstance(item, Mapping | list | tuple):
                flat.update(flatten_errors(item, path))
            else:
                flat.setdefault(path, []).append(str(item))
    elif errors is not None:
        flat.setdefault(path, []).append(str(errors))
    return flat


_UNLABELLED = frozenset({"detail", "non_field_errors", "details", ""})


def _describe(body: Any) -> tuple[str | None, str | None]:
    """(code, message) of a RapidPro error body: every message, each field's named, in body order."""
    if isinstance(body, str):
        return None, None  # plain text (a 500 page): the runtime shows a snippet of it
    parts = []
    for path, messages in flatten_errors(_as_errors(body)).items():
        text = " ".join(m if m.endswith((".", "!", "?")) else m + "." for m in messages)
        parts.append(text if path in _UNLABELLED else f"{path}: {text}")
    # A server that echoes the request's credentials back must not put them in a message or a log line.
    return None, redact("; ".join(parts)) or None


_HINTS = {
    403: "RapidPro answers 403 to a bad token and to a missing permission alike; tokens of agents are refused",
    429: "wait Retry-After seconds; a client-side RateLimiter keeps long exports under the limit",
}


ERRORS = ErrorMap(
    root=TembaException,
    configuration=TembaConfigurationError,
    request_validation=TembaValidationError,
    connection=TembaConnectionError,
    timeout=TembaTimeoutError,
    response_validation=TembaSerializationException,
    by_status={
        400: TembaBadRequestError,
        403: TembaTokenError,
        404: TembaNoSuchObjectError,
        409: TembaConflictError,
        429: TembaRateExceededError,
    },
    server=TembaServerError,
    other=TembaHttpError,
    describe=_describe,
    hint=lambda status, code: _HINTS.get(status),
)
