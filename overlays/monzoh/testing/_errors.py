"""Monzo's error bodies: a dotted `code`, a `message`, OAuth fields on auth errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api_sandbox import ErrorKind

__all__ = ["ErrorReply", "bad_param", "forbidden", "missing_param", "not_found", "render_error", "unauthorized"]


class ErrorReply(Exception):
    """An error the sandbox answers with: raised by its logic, turned into a JSON error response by the routes."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, **self.extra}


def bad_param(name: str, problem: str, value: str | None = None) -> ErrorReply:
    params = {name: value} if value is not None else {}
    extra: dict[str, Any] = {"params": params} if params else {}
    return ErrorReply(400, f"bad_request.bad_param.{name}", f"Bad parameter: {name} {problem}", **extra)


def missing_param(name: str) -> ErrorReply:
    return ErrorReply(400, f"bad_request.bad_param.{name}", f"Bad parameter: {name} is required")


def not_found(kind: str, ident: str) -> ErrorReply:
    return ErrorReply(404, f"not_found.{kind}_not_found", f"{kind.capitalize()} not found", params={"id": ident})


def unauthorized(code: str, message: str, error: str = "invalid_token") -> ErrorReply:
    return ErrorReply(401, code, message, error=error, error_description=message)


def forbidden(code: str, message: str) -> ErrorReply:
    return ErrorReply(403, code, message)


_FAULT_BODIES: Mapping[int, tuple[str, str]] = {
    429: ("rate_limited", "Too many requests, please slow down"),
    500: ("internal_service.request_failed", "Internal server error"),
    502: ("bad_response", "Bad response from an upstream service"),
    503: ("internal_service.unavailable", "Service unavailable"),
    504: ("timeout", "Request timed out"),
}


def render_error(status: int, kind: ErrorKind, method: str, path: str) -> dict[str, Any]:
    """The body of an error the sandbox itself produces (routing, faults, rate limit)."""
    if kind == "not_found":
        return {
            "code": "not_found.no_handler",
            "message": f"No handler for {method} {path}",
            "retryable": {},
            "marshal_count": 2,
            "unexpected": {},
        }
    if kind == "method_not_allowed":
        return {"code": "method_not_allowed", "message": "Method not allowed"}
    code, message = _FAULT_BODIES.get(status, ("internal_service", "Internal server error"))
    return {"code": code, "message": message}
