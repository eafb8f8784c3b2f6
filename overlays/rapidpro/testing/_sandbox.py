"""`RapidProSandbox`: a stateful RapidPro API v2 workspace on 127.0.0.1 for tests, demos and benchmarks."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from api_sandbox import ErrorKind, Faults, Sandbox, build_app

from ._ctx import Ctx
from ._errors import render_error
from ._http import Endpoint, dispatcher, json_response, plain_fault_bodies
from ._model import User
from ._routes_contacts import contact_endpoints
from ._routes_flows import flow_endpoints
from ._routes_messaging import messaging_endpoints
from ._routes_workspace import workspace_endpoints
from ._state import RapidProState
from ._throttle import ScopedThrottle

__all__ = ["PAGE_SIZE", "RapidProSandbox"]

PAGE_SIZE = 250
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
LISTED = (
    "archives", "broadcasts", "campaigns", "campaign_events", "channels", "contacts", "contact_actions", "fields",
    "flow_starts", "flows", "globals", "groups", "labels", "media", "messages", "message_actions", "resthooks",
    "resthook_events", "resthook_subscribers", "runs", "tickets", "ticket_actions", "topics", "users", "workspace",
)  # fmt: skip


class RapidProSandbox(Sandbox):
    """A RapidPro workspace with thousands of contacts, messages and runs, behind RapidPro's API v2.

        with RapidProSandbox(seed=1, contacts=20_000) as rapidpro:
            client = RapidProClient(rapidpro.token, base_url=rapidpro.url)

    - `url` is the API root (`http://127.0.0.1:<port>/api/v2`), `token` an administrator's key
      (`agent_token` an agent's: it may only read `workspace`, `org` and `users`).
    - `state` holds the data (`state.contacts`, `state.messages`, `state.runs`, `state.world`...);
      every write through the API changes it, and reads see the change at once.
    - `faults` injects latency, 429 bursts (answered with RapidPro's throttle text), 5xx (Django's
      plain-text page) and dropped connections; `throttle` limits each scope like the real server
      (`rates={"v2.contacts": "5/second"}`, or `throttle.set(...)` while running).
    - `page_size` is 250 as on the real server; smaller values make pagination tests quick.
    - `limits` holds the workspace limits (fields, groups, labels, globals: 250; topics: 50).
    """

    name = "rapidpro"

    def __init__(
        self,
        *,
        seed: int = 0,
        now: datetime | None = None,
        contacts: int = 5_000,
        messages: int | None = None,
        runs: int | None = None,
        page_size: int = PAGE_SIZE,
        rates: Mapping[str, str] | None = None,
        faults: Faults | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str | None = None,
    ) -> None:
        super().__init__(seed=seed, faults=faults, host=host, port=port, log_level=log_level)
        if page_size < 1:
            raise ValueError("page_size must be positive")
        self.state = RapidProState(seed, now, contacts=contacts, messages=messages, runs=runs)
        self.throttle = ScopedThrottle(rates)
        self.ctx = Ctx.of(self.state, page_size)
        self.limits = self.ctx.admin.limits
        self._tokens: dict[str, User] = {u.token: u for u in self.state.world.users}

    # -- credentials ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The API root, as `base_url` of a client: `http://127.0.0.1:<port>/api/v2`."""
        return f"{self.server.url}/api/v2"

    @property
    def root_url(self) -> str:
        return self.server.url

    @property
    def token(self) -> str:
        """The API token of the workspace's administrator."""
        return self.user("administrator").token

    @property
    def agent_token(self) -> str:
        return self.user("agent").token

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self.token}"}

    def user(self, role: str) -> User:
        return next(u for u in self.state.world.users if u.role == role)

    def revoke(self, token: str) -> None:
        """Make `token` invalid (as when it is regenerated in the UI): its requests get 403 `Invalid token`."""
        self._tokens.pop(token, None)

    def mint_token(self, role: str = "administrator") -> str:
        """Another valid token for the first user with `role`."""
        token = self.state.ids.token()
        self._tokens[token] = self.user(role)
        return token

    def banner(self) -> dict[str, str]:
        workspace = self.state.world.workspace
        return {
            "api root": self.url,
            "token": self.token,
            "workspace": f"{workspace.name} ({workspace.uuid})",
            "contacts": f"{self.state.contacts.count:,}",
            "try": f"curl -H 'Authorization: Token {self.token}' {self.url}/contacts.json",
        }

    # -- the API ----------------------------------------------------------------------------
    @functools.cached_property
    def app(self) -> ASGIApp:
        inner = build_app(self.routes(), faults=self.faults, log=self.requests, render_error=self.render_error)
        return plain_fault_bodies(inner)

    def endpoints(self) -> list[Endpoint]:
        ctx = self.ctx
        return [*contact_endpoints(ctx), *messaging_endpoints(ctx), *flow_endpoints(ctx), *workspace_endpoints(ctx)]

    def routes(self) -> Sequence[BaseRoute]:
        workspace = self.state.world.workspace.uuid
        routes: list[BaseRoute] = [
            Route(
                f"/api/v2/{e.name}.json", dispatcher(e, lambda: self._tokens, self.throttle, workspace), methods=METHODS
            )
            for e in self.endpoints()
        ]
        names = {e.name for e in self.endpoints()}
        return [
            *routes,
            Route("/api/v2.json", self._root, methods=METHODS),
            Route("/api/v2/.json", self._root, methods=METHODS),
            Route("/api/v2/", self._docs_index),
            Route("/api/v2/{name}", functools.partial(self._docs, names)),
            Route("/api/", lambda request: RedirectResponse("/api/v2/", status_code=302)),
            Route("/_sandbox/media/{uuid}/{filename:path}", self._media),
        ]

    def render_error(self, status: int, kind: ErrorKind, method: str, path: str) -> Mapping[str, Any]:
        return render_error(status, kind, method, path)

    async def _root(self, request: Request) -> Response:
        if request.method not in ("GET", "HEAD"):
            return json_response(
                405, {"detail": f'Method "{request.method}" not allowed.'}, {"Allow": "GET, HEAD, OPTIONS"}
            )
        base = str(request.base_url).rstrip("/")
        return json_response(200, {name: f"{base}/api/v2/{name}" for name in LISTED})

    async def _docs_index(self, request: Request) -> Response:
        items = "".join(f'<li><a href="/api/v2/{n}">{n}</a></li>' for n in LISTED)
        return HTMLResponse(
            f"<html><head><title>API v2</title></head><body><h1>API v2</h1><ul>{items}</ul></body></html>"
        )

    async def _docs(self, names: set[str], request: Request) -> Response:
        """Without `.json` RapidPro answers with its HTML documentation (and no data)."""
        name = request.path_params["name"]
        if name not in names:
            return json_response(404, {"detail": "Not found."})
        title = name.replace("_", " ").title()
        return HTMLResponse(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                            f"<p>Add <code>.json</code> to the URL for data.</p></body></html>")  # fmt: skip

    async def _media(self, request: Request) -> Response:
        media = self.state.media.get(request.path_params["uuid"])
        if media is None:
            return Response("Not found", status_code=404, media_type="text/plain")
        return Response(media.data, media_type=media.content_type)
