"""RapidPro's error bodies (Django REST Framework's): `{"detail": ...}` and field-error dicts.

- 400 from a body: `{"<field>": ["msg"], "non_field_errors": ["msg"]}`, nested by index or key
  (`{"urns": {"0": ["URN is in use by another contact."]}}`); from a query parameter: `{"detail": ...}`.
- 403 `{"detail": "Invalid token"}` and friends (401 is never used), 404 `{"detail": "Not found."}`,
  405 `{"detail": "Method \\"PUT\\" not allowed."}`, 409 at a workspace limit, 429 with the throttle text.
- 500 is Django's plain-text page, not JSON.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from api_sandbox import ErrorKind

__all__ = [
    "NOT_FOUND",
    "SERVER_ERROR_TEXT",
    "ErrorReply",
    "FieldErrors",
    "bad_query",
    "forbidden",
    "limit_reached",
    "not_found",
    "render_error",
    "throttled_detail",
]

NOT_FOUND = "Not found."
SERVER_ERROR_TEXT = "Server Error. Site administrators have been notified."
NO_PERMISSION = "You do not have permission to perform this action."


class ErrorReply(Exception):
    """Raised by the emulator's logic; the dispatcher turns it into the JSON error response."""

    def __init__(self, status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = dict(body)
        self.headers = dict(headers or {})


def not_found(text: str = NOT_FOUND) -> ErrorReply:
    return ErrorReply(404, {"detail": text})


def bad_query(text: str) -> ErrorReply:
    return ErrorReply(400, {"detail": text})


def forbidden(text: str = NO_PERMISSION) -> ErrorReply:
    return ErrorReply(403, {"detail": text})


def limit_reached() -> ErrorReply:
    return ErrorReply(409, {"detail": "Cannot create object because workspace has reached limit."})


def throttled_detail(wait: float | None) -> str:
    """DRF's `Throttled` text: `Request was throttled. Expected available in 12 seconds.`."""
    if wait is None:
        return "Request was throttled."
    seconds = max(0, math.ceil(wait))
    unit = "second" if seconds == 1 else "seconds"
    return f"Request was throttled. Expected available in {seconds} {unit}."


class FieldErrors:
    """Collects a serializer's field errors; `check()` raises them as one 400."""

    def __init__(self) -> None:
        self.errors: dict[str, Any] = {}

    def add(self, field: str, message: str) -> None:
        found = self.errors.setdefault(field, [])
        if isinstance(found, list):
            found.append(message)

    def add_nested(self, field: str, key: str | int, message: str) -> None:
        nested = self.errors.setdefault(field, {})
        if isinstance(nested, dict):
            nested.setdefault(str(key), []).append(message)

    def general(self, message: str) -> None:
        self.add("non_field_errors", message)

    def __bool__(self) -> bool:
        return bool(self.errors)

    def __contains__(self, field: str) -> bool:
        return field in self.errors

    def check(self) -> None:
        if self.errors:
            raise ErrorReply(400, self.errors)


def render_error(status: int, kind: ErrorKind, method: str, path: str) -> dict[str, Any]:
    """The body of an error the sandbox itself produces (routing, faults, rate limit)."""
    if kind == "not_found":
        return {"detail": NOT_FOUND}
    if kind == "method_not_allowed":
        return {"detail": f'Method "{method}" not allowed.'}
    if kind == "too_many_requests":
        return {"detail": throttled_detail(None)}
    return {"detail": SERVER_ERROR_TEXT}
