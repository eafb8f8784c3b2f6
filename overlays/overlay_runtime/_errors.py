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
facade's classes.

No error carries a credential. Messages are built from the status, the API's own error code and
message, and the method and path of the request (never its headers or query), and every message
is passed through `redact()`; so are the body and headers an error keeps (credential headers such
as `Authorization` and `Set-Cookie` are dropped). An exception chained to one of ours (the httpx
error under a `APIConnectionError`, the pydantic error under a response-validation error) has its
message redacted in place, or is replaced in the chain by a `RedactedException` that names its type.

Every error pickles, and survives Celery's JSON result backend, which stores `exc.args` and rebuilds
with `cls(*args)`: `args` is `(message, status_code, body, code, retry_after, headers)` with the
trailing Nones left out, all JSON values (`headers` as `[name, value]` pairs, so a repeated header
stays repeated), and each class takes them back positionally. The `request` and `response` objects
are not kept (they are None on a copy).

```python
try:
    client.accounts.list()
except RateLimitError as exc:
    time.sleep(exc.retry_after or 1)
```
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Mapping, Sequence
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
    "RedactedException",
    "RequestValidationError",
    "UnprocessableEntityError",
    "decode_body",
    "redact_chain",
]

# Response headers an error never keeps: they carry credentials (echoed back, or set by the server).
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "x-auth-token"}
)
# A body nested deeper than this is kept as (redacted) text: deep enough for any real error body,
# shallow enough that walking, pickling or JSON-encoding it never hits the recursion limit.
MAX_BODY_DEPTH = 32
_NOT_PICKLED = frozenset({"request", "response"})

HeadersLike = httpx.Headers | Mapping[str, str] | Sequence[tuple[str, str]] | Sequence[Sequence[str]]


class APIError(Exception):
    """Root of every error raised by the clients.

    `message` is the human-readable text. Errors that carry a response also set `status_code`,
    the API's own error `code`, `body` (the decoded JSON, or the text), `headers` (the response's,
    without credentials) and `retry_after` (the server's `Retry-After`, in seconds); they are None
    otherwise, so any error can be inspected the same way.

    `request` and `response` are the live httpx objects when there were any. They are not pickled:
    an error that went through `pickle` or a Celery result backend has them as None, and keeps
    everything else (class, message, status, code, body, headers, retry_after).

    The positional arguments are those of `args`, so `type(exc)(*exc.args)` is an equal copy:
    `APIError(message, status_code=None, body=None, code=None, retry_after=None, headers=None)`.
    """

    message: str
    request: httpx.Request | None = None
    response: httpx.Response | None = None
    status_code: int | None = None
    code: str | None = None
    body: Any = None
    retry_after: float | None = None
    headers: httpx.Headers | None = None

    def __init__(
        self,
        message: str = "",
        status_code: int | None = None,
        body: Any = None,
        code: str | None = None,
        retry_after: float | None = None,
        headers: HeadersLike | None = None,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        message = redact(str(message))
        code = None if code is None else redact(str(code))
        if response is not None:
            if request is None and _has_request(response):
                request = response.request
            status_code = response.status_code if status_code is None else status_code
            headers = response.headers if headers is None else headers
            if retry_after is None:
                from ._retry import parse_retry_after  # local: _retry imports nothing from here at module load

                retry_after = parse_retry_after(response.headers)
        kept_headers = safe_headers(headers) if headers is not None else None
        body = safe_body(body)
        pairs = None if kept_headers is None else [[name, value] for name, value in kept_headers.multi_items()]
        fields = [message, status_code, body, code, retry_after, pairs]
        while len(fields) > 1 and fields[-1] is None:
            fields.pop()
        super().__init__(*fields)
        self.message = message
        self.request = request
        self.response = response
        self.status_code = status_code
        self.code = code
        self.body = body
        self.retry_after = retry_after
        self.headers = kept_headers

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        details = "".join(
            f", {name}={value!r}" for name, value in (("status_code", self.status_code), ("code", self.code)) if value
        )
        return f"{type(self).__name__}({self.message!r}{details})"

    def __reduce__(self) -> tuple[Any, ...]:
        # `cls(*args)` rebuilds it (as Celery's JSON backend does); other attributes ride along, but not the
        # request and response: they hold the credentials and cannot be rebuilt anyway.
        state = {name: value for name, value in vars(self).items() if name not in _NOT_PICKLED}
        return (type(self), self.args, state)


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

    `body` holds the raw text (truncated, redacted), `status_code` the status.
    """


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    - `status_code`: the HTTP status (any int, 499 and 529 included).
    - `code`: the API's own error code when its body carries one (Monzo's
      `forbidden.insufficient_permissions`), else None.
    - `body`: the decoded JSON body, or the raw text when it is not JSON (an HTML error page).
    - `headers`: the response headers, without credential headers.
    - `retry_after`: the server's `Retry-After` in seconds, when it sent one.
    """


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


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class RedactedException(Exception):
    """Stands in, in the chain of one of our errors, for an exception whose message carried a credential
    and could not be rewritten (a pydantic `ValidationError`, say): its message is the original's type and
    redacted message, its traceback and chain those of the original. `original_type` names the type."""

    def __init__(self, message: str, original_type: str = "") -> None:
        super().__init__(message, original_type)
        self.original_type = original_type

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    @classmethod
    def of(cls, exc: BaseException) -> RedactedException:
        kind = f"{type(exc).__module__}.{type(exc).__qualname__}"
        stand_in = cls(f"{kind}: {redact(_text(str, exc))}", kind)
        stand_in.__cause__, stand_in.__context__ = exc.__cause__, exc.__context__
        stand_in.__suppress_context__ = exc.__suppress_context__
        return stand_in.with_traceback(exc.__traceback__)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response was built without one
    except RuntimeError:
        return False
    return True


def safe_headers(headers: HeadersLike) -> httpx.Headers:
    """`headers` without the credential headers, every value redacted."""
    if isinstance(headers, httpx.Headers):
        items = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = [(str(k), str(v)) for k, v in headers.items()]
    else:  # pairs, as `args` holds them (lists, once they went through JSON)
        items = [(str(k), str(v)) for k, v in headers]
    return httpx.Headers([(k, redact(v)) for k, v in items if k.lower() not in CREDENTIAL_HEADERS])


class _TooDeep(Exception):
    pass


def safe_body(body: Any, text: str | None = None) -> Any:
    """`body` with every string value in it redacted. A body nested deeper than MAX_BODY_DEPTH becomes `text`
    (shortened, redacted), or a note saying so."""
    try:
        return _redacted(body, 0)
    except _TooDeep:
        return redact(_snippet(text, 2000)) if text else f"(a body nested more than {MAX_BODY_DEPTH} levels deep)"


def _redacted(value: Any, depth: int) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping | list | tuple) and depth >= MAX_BODY_DEPTH:
        raise _TooDeep
    if isinstance(value, Mapping):
        return {k: _redacted(v, depth + 1) for k, v in value.items()}  # keys are field names, not values
    if isinstance(value, list | tuple):
        return [_redacted(v, depth + 1) for v in value]
    return value


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
        """The facade's validation error for a bad argument (a ValueError or TypeError from building a call).

        The messages of `exc` and of its chain are redacted in place (it becomes the error's cause)."""
        redact_chain(exc)
        return self.request_validation(_text(str, exc) or type(exc).__name__)

    def status_error(self, response: httpx.Response) -> APIStatusError:
        """The typed error for a non-2xx `response` (its body must have been read)."""
        body = safe_body(decode_body(response), _text_of(response))
        try:
            code, api_message = self.describe(body)
        except Exception:  # a body shape the describer did not expect: the status line still says it all
            code, api_message = None, None
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
        return cls(redact(message), code=code, body=body, response=response)

    def transport_error(self, exc: Exception, request: httpx.Request | None) -> APIConnectionError:
        """The typed error for an httpx request failure (timeouts get their own class).

        `exc` becomes the error's cause: its message and its chain's (httpcore's, h11's, which may quote
        a header line) are redacted in place."""
        redact_chain(exc)
        where = f" on {request.method} {request.url.path}" if request is not None else ""
        if isinstance(exc, httpx.TimeoutException):
            return self.timeout(f"Request timed out ({type(exc).__name__}){where}", request=request)
        detail = _text(str, exc) or type(exc).__name__
        return self.connection(f"Connection failed{where}: {detail}", request=request)

    def validation_error(self, response: httpx.Response, problem: str) -> APIResponseValidationError:
        """The typed error for a 2xx whose body is not what the API documents (`problem` says how)."""
        return self.response_validation(
            f"Unexpected response body from {response.request.method} {response.request.url.path} "
            f"({response.status_code}): {redact(problem)}",
            body=redact(_snippet(_text_of(response), 2000)),
            response=response,
        )

    def parse_error(self, response: httpx.Response, exc: BaseException) -> APIResponseValidationError:
        """`validation_error()` for the exception a parser raised, chained to it (redacted).

        Raise it outside the `except` block that caught `exc`, so that `exc` itself (whose message may
        quote the body, and a credential echoed in it) does not become its `__context__` too."""
        lines = _text(str, exc).splitlines()
        error = self.validation_error(response, "; ".join(line.strip() for line in lines[:6]) or type(exc).__name__)
        error.__cause__ = redact_chain(exc)
        return error


def redact_chain(exc: BaseException) -> BaseException:
    """Redact the message of `exc` and of every exception chained to it (`__cause__`, `__context__`).

    Messages held in `args` are rewritten in place. A chained exception whose text cannot be rewritten
    that way is replaced in the chain by a `RedactedException`; so is `exc` itself, in what is returned
    (which is `exc` when it could be cleaned in place)."""
    head = _clean(exc)
    seen: set[int] = set()
    pending = [head]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        suppress = node.__suppress_context__
        for link_name in ("__cause__", "__context__"):
            link = getattr(node, link_name)
            if link is None:
                continue
            cleaned = _clean(link)
            if cleaned is not link:
                setattr(node, link_name, cleaned)
            pending.append(cleaned)
        node.__suppress_context__ = suppress  # setting __cause__ turns it on
    return head


def _clean(exc: BaseException) -> BaseException:
    """`exc` with its message redacted in place, or a RedactedException standing in for it."""
    if _is_clean(exc):
        return exc
    with contextlib.suppress(Exception):  # a type that refuses new args gets a stand-in below
        exc.args = tuple(_redacted_arg(arg) for arg in exc.args)
    return exc if _is_clean(exc) else RedactedException.of(exc)


def _is_clean(exc: BaseException) -> bool:
    shown = (_text(str, exc), _text(repr, exc), *getattr(exc, "__notes__", ()))
    return all(redact(text) == text for text in shown if isinstance(text, str))


def _redacted_arg(arg: Any) -> Any:
    if isinstance(arg, str):
        return redact(arg)
    if isinstance(arg, bytes | bytearray):
        return type(arg)(redact(arg.decode("latin-1")).encode("latin-1", "replace"))
    if isinstance(arg, tuple | list):
        return type(arg)(_redacted_arg(item) for item in arg)
    return arg


def _text(show: Callable[[Any], str], value: Any) -> str:
    try:
        return show(value)
    except Exception:  # a __str__ that fails: show the type instead
        return f"<{type(value).__name__}>"


def decode_body(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON (or nested too deeply to decode), or None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        return _text_of(response)


def _text_of(response: httpx.Response) -> str:
    try:
        return response.text
    except (UnicodeDecodeError, LookupError):  # a charset that does not decode the bytes, or an unknown one
        return response.content.decode("utf-8", "replace")


def _reason(response: httpx.Response) -> str:
    return response.reason_phrase or "Error"


def _where(response: httpx.Response) -> str:
    if not _has_request(response):
        return ""
    return f" from {response.request.method} {response.request.url.path}"


def _snippet(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
