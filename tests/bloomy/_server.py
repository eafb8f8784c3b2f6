"""A local Bloom Growth: FlakyServer with a handler that answers every spec operation with its example.

Requests are routed by method and path (case-insensitively, literal segments before `{params}`, like
the real server) to the operation of spec/bloomy.yaml, and answered with its documented 2xx example;
calls without the expected bearer key get a 401. `on(operation_id, action)` scripts a different answer
(a `Reply`, a `Reset`, a `Hang`... or a function of the request) for one operation.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tests.flaky_server import Action, FlakyServer, Reply, Request
from tests.specs import Operation, load_spec, operations, resolve

API_KEY = "test-key-0123456789abcdefSECRET"
PREFIX = "/api/v1"


def _pattern(path: str) -> re.Pattern[str]:
    regex = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path))
    return re.compile(f"^{regex}/?$", re.IGNORECASE)


def _routes() -> list[tuple[str, re.Pattern[str], Operation]]:
    ops = list(operations("bloomy"))
    # Literal segments win over parameters (`users/mine` before `users/{userId}`), as on the real server.
    ops.sort(key=lambda op: [seg.startswith("{") for seg in op.path.strip("/").split("/")])
    return [(op.method.upper(), _pattern(op.path), op) for op in ops]


ROUTES = _routes()


def find_operation(method: str, path: str) -> Operation | None:
    if path.lower().startswith(PREFIX):
        path = path[len(PREFIX) :]
    elif path.lower() != "/token":
        return None
    return next((op for m, regex, op in ROUTES if m == method and regex.match(path)), None)


def example_of(op: Operation) -> tuple[int, Any]:
    """The operation's documented 2xx status and example body (None when it documents no body)."""
    status, response = op.success_response()
    for media in (response.get("content") or {}).values():
        media = resolve(load_spec("bloomy"), media)
        if "example" in media:
            return status, copy.deepcopy(media["example"])
    return status, None


@dataclass
class BloomHandler:
    delay: float = 0.0
    api_keys: set[str] = field(default_factory=lambda: {API_KEY})
    scripted: dict[str, Action | Callable[[Request], Action]] = field(default_factory=dict)
    seen: list[tuple[str, Request]] = field(default_factory=list)

    def on(self, operation_id: str, action: Action | Callable[[Request], Action]) -> None:
        self.scripted[operation_id] = action

    def operation_ids(self) -> list[str]:
        return [op_id for op_id, _ in self.seen]

    def __call__(self, request: Request) -> Action:
        op = find_operation(request.method, request.path)
        if op is None:
            return Reply(404, {"Message": "No HTTP resource was found that matches the request URI."}, delay=self.delay)
        self.seen.append((op.operation_id, request))
        public = op.operation_id == "create_access_token"
        if not public and request.headers.get("authorization") not in {f"Bearer {k}" for k in self.api_keys}:
            return Reply(401, {"Message": "Authorization has been denied for this request."}, delay=self.delay)
        scripted = self.scripted.get(op.operation_id)
        if scripted is not None:
            return scripted(request) if callable(scripted) else scripted
        return self.example(op.operation_id)

    def example(self, operation_id: str) -> Reply:
        """The documented answer of `operation_id` (for scripted handlers that only sometimes differ)."""
        op = next(op for _, _, op in ROUTES if op.operation_id == operation_id)
        status, body = example_of(op)
        return Reply(200 if status == 204 else status, b"" if body is None else body, delay=self.delay)


@dataclass
class BloomServer:
    server: FlakyServer
    handler: BloomHandler

    @property
    def url(self) -> str:
        """The API base URL (`.../api/v1`)."""
        return self.server.url + PREFIX

    @property
    def requests(self) -> list[Request]:
        return self.server.requests

    def paths(self) -> list[str]:
        return [r.path for r in self.server.requests]

    def reset(self) -> None:
        """Back to the documented answers, with nothing recorded (for a server shared between tests)."""
        self.handler.scripted.clear()
        self.handler.seen.clear()
        self.handler.delay = 0.0
        self.handler.api_keys = {API_KEY}
        self.server.requests.clear()
        self.server.max_in_flight = 0


@contextmanager
def bloom_server(delay: float = 0.0) -> Iterator[BloomServer]:
    handler = BloomHandler(delay=delay)
    with FlakyServer(handler) as server:
        yield BloomServer(server, handler)
