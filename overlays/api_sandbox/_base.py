"""What every API sandbox shares: a Starlette app behind the log and faults, served on demand.

An API's sandbox subclasses `Sandbox` and supplies its routes and its error body:

    class PetSandbox(Sandbox):
        name = "pets"

        def routes(self) -> list[BaseRoute]:
            return [Route("/pets", list_pets)]

        def render_error(self, status, kind, method, path):
            return {"error": kind}

    with PetSandbox(faults=Faults(latency=0.01)) as sandbox:
        httpx.get(sandbox.url + "/pets")
        assert sandbox.requests.count(path="/pets") == 1
"""

from __future__ import annotations

import functools
import json
import math
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, ClassVar, Self
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from ._faults import Faults
from ._log import RequestLog
from ._middleware import ErrorKind, ErrorRenderer, SandboxMiddleware
from ._server import SandboxServer

__all__ = ["Sandbox", "build_app", "parse_form", "parse_json"]


def build_app(routes: Sequence[BaseRoute], *, faults: Faults, log: RequestLog, render_error: ErrorRenderer) -> ASGIApp:
    """A Starlette app for `routes` whose 404/405/500 use the API's error body, behind the log and faults."""

    def error(request: Request, status: int, kind: ErrorKind, headers: Mapping[str, str] | None = None) -> Response:
        body = render_error(status, kind, request.method, request.url.path)
        return JSONResponse(dict(body), status, dict(headers or {}))

    async def on_http_exception(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        kinds: dict[int, ErrorKind] = {404: "not_found", 405: "method_not_allowed"}
        return error(request, exc.status_code, kinds.get(exc.status_code, "internal_error"), exc.headers)

    async def on_exception(request: Request, exc: Exception) -> Response:
        return error(request, 500, "internal_error")

    app = Starlette(routes=list(routes), exception_handlers={HTTPException: on_http_exception, Exception: on_exception})
    return SandboxMiddleware(app, faults=faults, log=log, render_error=render_error)


def parse_form(body: bytes) -> dict[str, str]:
    """An `application/x-www-form-urlencoded` body as a dict (last value wins; blank values kept)."""
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def parse_json(body: bytes) -> Any:
    """A JSON body as a strict parser reads it, into values that can always be sent back out.

    Raises `ValueError` for a body that is not JSON: bytes that are not UTF-8, `NaN` and `Infinity`
    (not JSON, though Python's parser takes them), a number too large for a double (`1e999`) or with
    thousands of digits, nesting too deep to walk. An escaped surrogate without its other half
    (`"\\ud800"`) becomes U+FFFD, as a UTF-8 store keeps it: stored and rendered again later, the
    value still encodes (a lone surrogate would make every later read that includes it fail).
    """
    try:
        return _without_lone_surrogates(
            json.loads(body.decode("utf-8"), parse_constant=_no_constant, parse_float=_finite)
        )
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"Out of range float values are not JSON compliant: {name!r}")  # DRF's words


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"Out of range float values are not JSON compliant: {text!r}")
    return value


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if _has_surrogate(value) else value
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
    return value


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


class Sandbox(ABC):
    """Base of an API emulator: state and routes from the subclass; log, faults and server from here.

    Use it as a context manager (or `start()`/`stop()`): `url` is then a real `http://127.0.0.1:<port>`.
    `app` is the plain ASGI app, usable in-process with `httpx.ASGITransport` without a server.
    """

    name: ClassVar[str] = "sandbox"

    def __init__(
        self,
        *,
        seed: int = 0,
        faults: Faults | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str | None = None,
    ) -> None:
        self.seed = seed
        self.faults = faults if faults is not None else Faults(seed=seed)
        self.requests = RequestLog()
        verbose = log_level in ("info", "debug", "trace")
        self.server = SandboxServer(self._asgi, host=host, port=port, log_level=log_level, access_log=verbose)

    @abstractmethod
    def routes(self) -> Sequence[BaseRoute]:
        """The API's endpoints."""

    @abstractmethod
    def render_error(self, status: int, kind: ErrorKind, method: str, path: str) -> Mapping[str, Any]:
        """The API's JSON error body for a status the sandbox itself produces (404, 405, 429, 5xx)."""

    def banner(self) -> dict[str, str]:
        """What the command-line server prints under the URL (tokens to use and the like)."""
        return {}

    @functools.cached_property
    def app(self) -> ASGIApp:
        return build_app(self.routes(), faults=self.faults, log=self.requests, render_error=self.render_error)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def running(self) -> bool:
        return self.server.running

    def start(self) -> Self:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self.running else "not running"
        return f"<{type(self).__name__} {where}>"

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)
