"""Bloom Growth's error bodies: ASP.NET Web API `{"Message", "MessageDetail"}`, and OAuth's at `POST /Token`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from api_sandbox import ErrorKind

__all__ = [
    "DENIED",
    "ErrorReply",
    "bad_request",
    "forbidden",
    "method_not_allowed",
    "no_route",
    "not_found",
    "render_error",
    "unauthorized",
]

DENIED = "Authorization has been denied for this request."
INVALID = "The request is invalid."
PUBLIC_HOST = "https://app.bloomgrowth.com"


class ErrorReply(Exception):
    """Raised by the emulator's logic; the router turns it into a JSON error response."""

    def __init__(self, status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{status} {dict(body)}")
        self.status = status
        self.body = dict(body)
        self.headers = dict(headers or {})


def bad_request(detail: str) -> ErrorReply:
    """400 as Web API reports a binding or validation failure."""
    return ErrorReply(400, {"Message": INVALID, "MessageDetail": detail})


def unauthorized() -> ErrorReply:
    """401 for a missing, unknown or expired bearer token (the body never says which)."""
    return ErrorReply(401, {"Message": DENIED}, {"WWW-Authenticate": "Bearer"})


def forbidden(what: str = "edit this item") -> ErrorReply:
    return ErrorReply(403, {"Message": f"You don't have permission to {what}."})


def not_found(kind: str, ident: int) -> ErrorReply:
    return ErrorReply(404, {"Message": f"{kind} does not exist.", "MessageDetail": f"{kind} {ident} was not found."})


def no_route(path: str, query: str = "") -> ErrorReply:
    """404 for a URL no controller answers, quoting it on the public host as the real API does."""
    uri = f"{PUBLIC_HOST}{path}" + (f"?{query}" if query else "")
    return ErrorReply(404, {"Message": f"No HTTP resource was found that matches the request URI '{uri}'."})


def method_not_allowed(method: str, allowed: list[str]) -> ErrorReply:
    body = {"Message": f"The requested resource does not support http method '{method}'."}
    return ErrorReply(405, body, {"Allow": ", ".join(allowed)})


_FAULT_BODIES: Mapping[int, dict[str, Any]] = {
    429: {"Message": "Too many requests."},
    500: {
        "Message": "An error has occurred.",
        "ExceptionMessage": "Object reference not set to an instance of an object.",
        "ExceptionType": "System.NullReferenceException",
        "StackTrace": None,
    },
    502: {"Message": "The server returned an invalid or unrecognized response."},
    503: {"Message": "The service is unavailable."},
    504: {"Message": "The operation has timed out."},
}


def render_error(status: int, kind: ErrorKind, method: str, path: str) -> dict[str, Any]:
    """The body of an error the sandbox itself produces (routing, faults, rate limit)."""
    if kind == "not_found":
        return no_route(path).body
    if kind == "method_not_allowed":
        return {"Message": f"The requested resource does not support http method '{method}'."}
    return dict(_FAULT_BODIES.get(status, {"Message": "An error has occurred."}))
