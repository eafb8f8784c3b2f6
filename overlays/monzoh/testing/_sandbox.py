"""`MonzoSandbox`: a stateful Monzo API on 127.0.0.1 for tests, demos and rehearsing failures."""

from __future__ import annotations

import random
from collections.abc import Coroutine, Mapping, Sequence
from concurrent.futures import Future
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from api_sandbox import ErrorKind, Faults, Sandbox

from ._auth import TOKEN_LIFETIME, AccessToken, TokenStore
from ._errors import render_error
from ._routes import build_routes
from ._state import MonzoState
from ._webhooks import WebhookDispatcher

__all__ = ["CLIENT_ID", "REDIRECT_URI", "MonzoSandbox"]

CLIENT_ID = "oauth2client_00009Jx7Y5kAbBwcMvZxRq"
REDIRECT_URI = "http://localhost:8080/callback"
SCA_WINDOW = timedelta(minutes=5)
SCA_HISTORY = timedelta(days=90)


class MonzoSandbox(Sandbox):
    """A Monzo user with three accounts, pots and ~18 months of transactions, behind Monzo's API.

        with MonzoSandbox(seed=1) as monzo:
            httpx.get(f"{monzo.url}/accounts", headers=monzo.auth_headers)

    `state` holds the data (and `state.add_transaction` books a new card payment), `faults` the
    injected failures, `requests` the log. `sca_window=True` applies the rule that, five minutes
    after a token was issued, only the last 90 days of transactions can be read.
    """

    name = "monzo"

    def __init__(
        self,
        *,
        seed: int = 0,
        now: datetime | None = None,
        faults: Faults | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str | None = None,
        client_id: str = CLIENT_ID,
        client_secret: str | None = None,
        redirect_uri: str = REDIRECT_URI,
        sca_window: bool = False,
    ) -> None:
        super().__init__(seed=seed, faults=faults, host=host, port=port, log_level=log_level)
        self.state = MonzoState(seed, now)
        rng = random.Random(f"monzo-sandbox-auth:{seed}")
        self.client_id = client_id
        self.client_secret = client_secret or f"mnzconf.{rng.getrandbits(256):064x}"
        self.redirect_uri = redirect_uri
        self.sca_window = sca_window
        self.tokens = TokenStore(rng, self.state.user_id, {client_id: self.client_secret}, redirect_uri)
        self.tokens.issue(client_id)
        self.webhooks = WebhookDispatcher(self.state.webhooks, self._submit)
        self.state.on_transaction(self.webhooks)

    # -- credentials -----------------------------------------------------------------------
    @property
    def user_id(self) -> str:
        return self.state.user_id

    @property
    def access_token(self) -> str:
        """The live access token of the sandbox's client (it changes after a refresh or a new login)."""
        return self._current().value

    @property
    def refresh_token(self) -> str:
        token = self._current().refresh_token
        assert token is not None
        return token

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}

    @property
    def authorize_url(self) -> str:
        """Stands in for `https://auth.monzo.com/`: redirects straight back with a code and the state."""
        return f"{self.url}/_sandbox/oauth/authorize"

    def mint_access_token(self, *, expires_in: int = TOKEN_LIFETIME, approved: bool = True, evict: bool = False) -> str:
        """A new access token; `evict=True` makes it the client's only live token, as a real login does."""
        return self.tokens.issue(
            self.client_id, expires_in=expires_in, approved=approved, evict=evict, refresh=evict
        ).value

    def mint_expired_token(self) -> str:
        return self.tokens.issue(self.client_id, expires_in=-1, evict=False, refresh=False).value

    def mint_authorization_code(self, redirect_uri: str | None = None) -> str:
        """A one-time code as the callback would receive it, for `grant_type=authorization_code`."""
        return self.tokens.mint_code(self.client_id, redirect_uri)

    def approve(self, access_token: str) -> None:
        """What the user does in the Monzo app: a token minted with `approved=False` gets its permissions."""
        self.tokens.approve(access_token)

    def webhook_deliveries(self, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Every webhook delivery so far, after waiting for those under way."""
        return self.webhooks.flush(timeout)

    def banner(self) -> dict[str, str]:
        return {
            "access token": self.access_token,
            "refresh token": self.refresh_token,
            "client id": self.client_id,
            "client secret": self.client_secret,
            "redirect uri": self.redirect_uri,
            "current account": self.state.current_account_id,
            "joint account": self.state.joint_account_id,
            "try": f"curl -H 'Authorization: Bearer {self.access_token}' {self.url}/accounts",
        }

    # -- the API ---------------------------------------------------------------------------
    def routes(self) -> Sequence[BaseRoute]:
        return [
            *build_routes(self.state, self.tokens, self._history_floor),
            Route("/_sandbox/oauth/authorize", self._authorize),
        ]

    def render_error(self, status: int, kind: ErrorKind, method: str, path: str) -> Mapping[str, Any]:
        return render_error(status, kind, method, path)

    # -- internals -------------------------------------------------------------------------
    def _current(self) -> AccessToken:
        token = self.tokens.current(self.client_id)
        if token is None:
            raise RuntimeError("the sandbox client has no live access token (logged out?); mint one")
        return token

    def _history_floor(self, token: AccessToken) -> datetime | None:
        if not self.sca_window:
            return None
        if self.tokens.clock() - token.authenticated_at <= SCA_WINDOW.total_seconds():
            return None
        return self.state.clock() - SCA_HISTORY

    def _submit(self, coro: Coroutine[Any, Any, None]) -> Future[None] | None:
        if not self.running:
            coro.close()
            return None
        return self.server.submit(coro)

    async def _authorize(self, request: Request) -> Response:
        query = request.query_params
        if (
            query.get("client_id") != self.client_id
            or query.get("response_type") != "code"
            or not query.get("redirect_uri")
        ):
            return JSONResponse(
                {
                    "code": "bad_request.bad_param",
                    "message": "client_id, redirect_uri and response_type=code are required",
                },
                400,
            )
        code = self.mint_authorization_code(query["redirect_uri"])
        params = {"code": code, **({"state": query["state"]} if "state" in query else {})}
        separator = "&" if "?" in query["redirect_uri"] else "?"
        return RedirectResponse(f"{query['redirect_uri']}{separator}{urlencode(params)}", status_code=302)
