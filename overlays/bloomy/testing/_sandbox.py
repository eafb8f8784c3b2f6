"""`BloomSandbox`: a stateful Bloom Growth API on 127.0.0.1 for tests, demos and rehearsing failures."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from api_sandbox import ErrorKind, Faults, Sandbox, parse_form

from ._auth import TOKEN_LIFETIME, TokenStore
from ._errors import ErrorReply, render_error
from ._router import API_PREFIX, Router, json_response
from ._routes import add_routes
from ._seed import DEFAULT_PASSWORD
from ._state import BloomState

__all__ = ["BloomSandbox"]

METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]


class BloomSandbox(Sandbox):
    """Acme Manufacturing on Bloom Growth, as Jane Cooper (the key's user) sees it, behind the v1 API.

        with BloomSandbox(seed=1) as bloom:
            client = bloomy.Client(api_key=bloom.api_key, base_url=bloom.url)

    `url` is the `/api/v1` base the clients use, `host_url` the root where `POST /Token` lives;
    `username`/`password` log in there. `api_key` is a live token (pass `api_key=` to choose it, e.g. the
    `"your-api-key"` of the docs). `state` holds the data, `faults` the injected failures, `requests`
    the log. `meeting_delay` adds that many seconds to every `L10/...` request, so the concurrency of
    `meeting.details()` shows (the async client takes one delay, the sync one five).
    """

    name = "bloomy"

    def __init__(
        self,
        *,
        seed: int = 0,
        now: datetime | None = None,
        faults: Faults | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str | None = None,
        api_key: str | None = None,
        password: str = DEFAULT_PASSWORD,
        meeting_delay: float = 0.0,
    ) -> None:
        super().__init__(seed=seed, faults=faults, host=host, port=port, log_level=log_level)
        self.state = BloomState(seed, now)
        self.tokens = TokenStore(random.Random(f"bloomy-sandbox-auth:{seed}"))
        self.api_key = self.tokens.issue(self.state.me, api_key).value
        self.username = self.state.set_password(self.state.me, password)
        self.password = password
        if meeting_delay:
            for prefix in ("L10", "l10"):
                self.faults.latency(meeting_delay, path=f"{API_PREFIX}/{prefix}/*")

    # -- credentials -----------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The API base (`http://127.0.0.1:<port>/api/v1`), as `base_url` of the clients."""
        return self.server.url + API_PREFIX

    @property
    def host_url(self) -> str:
        """The host root, where `POST /Token` lives."""
        return self.server.url

    @property
    def user_id(self) -> int:
        return self.state.me

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def mint_token(
        self, user_id: int | None = None, *, value: str | None = None, lifetime: float = TOKEN_LIFETIME
    ) -> str:
        """Another live token, for `user_id` (default: Jane); `value` fixes its text (e.g. `"your-api-key"`)."""
        if user_id is not None:
            self.state.user(user_id)  # 404s for a stranger
        return self.tokens.issue(self.state.me if user_id is None else user_id, value, lifetime).value

    def expire_token(self, token: str | None = None) -> None:
        """Make a token (default: `api_key`) expire now: it gets the 401 from then on."""
        self.tokens.expire(token or self.api_key)

    def revoke_token(self, token: str) -> None:
        self.tokens.revoke(token)

    def banner(self) -> dict[str, str]:
        return {
            "api key": self.api_key,
            "login": f"{self.username} / {self.password} (POST {self.host_url}/Token)",
            "meetings": f"{self.state.leadership_meeting_id} (Leadership Team), {self.state.sales_meeting_id} (Sales)",
            "try": f"curl -H 'Authorization: Bearer {self.api_key}' {self.url}/users/mine",
            "bloomy": f"BLOOMY_BASE_URL={self.url} BG_API_KEY={self.api_key}",
        }

    # -- the API ---------------------------------------------------------------------------
    def routes(self) -> Sequence[BaseRoute]:
        router = Router(self.tokens, self._token)
        add_routes(router, self.state)
        return [Route("/{path:path}", router.dispatch, methods=METHODS)]

    def render_error(self, status: int, kind: ErrorKind, method: str, path: str) -> Mapping[str, Any]:
        return render_error(status, kind, method, path)

    async def _token(self, request: Request) -> Response:
        form = parse_form(await request.body()) if "form" in request.headers.get("content-type", "") else {}
        try:
            return json_response(self.tokens.exchange(form, self.state.login))
        except ErrorReply as exc:
            return json_response(exc.body, exc.status, exc.headers)
