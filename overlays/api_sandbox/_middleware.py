"""The ASGI layer in front of every sandbox app: logs each request and applies the faults."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from typing import Any, Literal

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._faults import Decision, Faults, format_seconds
from ._log import RequestLog

__all__ = ["DROP_EXTENSION", "ConnectionDropped", "ErrorKind", "ErrorRenderer", "SandboxMiddleware"]

logger = logging.getLogger("api_sandbox")

ErrorKind = Literal["not_found", "method_not_allowed", "too_many_requests", "server_error", "internal_error"]
ErrorRenderer = Callable[[int, ErrorKind, str, str], Mapping[str, Any]]
"""`(status, kind, method, path) -> JSON body` in the API's own error format."""

DROP_EXTENSION = "api_sandbox.drop_connection"
"""Scope extension set by `SandboxServer`: a callable `(reset: bool) -> bool` that aborts the socket."""


class ConnectionDropped(Exception):
    """Raised to the caller of an in-process app (no `SandboxServer`) where a connection would drop."""


class SandboxMiddleware:
    def __init__(self, app: ASGIApp, *, faults: Faults, log: RequestLog, render_error: ErrorRenderer) -> None:
        self.app = app
        self.faults = faults
        self.log = log
        self.render_error = render_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        client = scope.get("client")
        record = self.log.begin(method, path, scope.get("query_string", b"").decode("latin-1"), _client(client))
        started = False

        async def send_logged(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                record.status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                self.log.end(record)  # before the client can see the end of the response
            await send(message)

        try:
            decision = self.faults.decide(method, path)
            if decision.delay > 0:
                record.delay = decision.delay
                await asyncio.sleep(decision.delay)
            if decision.action == "drop":
                record.fault = "drop"
                self.log.end(record)
                await _drop(scope, receive, decision.reset)
            elif decision.action != "pass":
                record.fault = decision.action
                await self._answer_fault(decision, scope, receive, send_logged)
            else:
                await self.app(scope, receive, send_logged)
        except ConnectionDropped:
            raise
        except Exception:
            if started:  # the response is on its way: log instead of letting the server close the socket
                logger.exception("error in sandbox app after the response started: %s %s", method, path)
            else:
                raise
        finally:
            self.log.end(record)

    async def _answer_fault(self, decision: Decision, scope: Scope, receive: Receive, send: Send) -> None:
        kind: ErrorKind = "too_many_requests" if decision.action == "too_many_requests" else "server_error"
        headers = {}
        if decision.retry_after is not None:
            headers["Retry-After"] = format_seconds(decision.retry_after)
        body = self.render_error(decision.status, kind, scope["method"], scope["path"])
        await JSONResponse(dict(body), decision.status, headers)(scope, receive, send)


async def _drop(scope: Scope, receive: Receive, reset: bool) -> None:
    drop = (scope.get("extensions") or {}).get(DROP_EXTENSION)
    if drop is None or not drop(reset):
        raise ConnectionDropped(f"{scope['method']} {scope['path']}: connection dropped by fault injection")
    # Wait until the server has seen the socket go, so that it does not try to answer 500.
    try:
        async with asyncio.timeout(2.0):
            while (await receive())["type"] != "http.disconnect":
                pass
    except TimeoutError:  # pragma: no cover - the transport is already aborted
        pass


def _client(client: Any) -> tuple[str, int] | None:
    if client is None:
        return None
    host, port = client
    return (str(host), int(port))
