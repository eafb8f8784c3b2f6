"""Monzo's OAuth as the sandbox plays it: clients, codes, rotating refresh tokens, one live token.

Rules kept from the real API: an access token lives 6 hours; issuing a new one for the same user
and client evicts the old one (401 `unauthorized.bad_access_token.evicted`); a refresh returns a
new refresh token and the old one stops working; logout revokes the token and its refresh token;
an authorization code works once and only with the redirect URI it was made for.
"""

from __future__ import annotations

import base64
import json
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import ErrorReply, bad_param, forbidden, missing_param, unauthorized

__all__ = ["AccessToken", "TokenStore"]

TOKEN_LIFETIME = 21600
CODE_LIFETIME = 600
_JWT_HEAD = base64.urlsafe_b64encode(b'{"alg":"ES256","typ":"JWT"}').decode().rstrip("=")


@dataclass
class AccessToken:
    value: str
    client_id: str
    user_id: str
    expires_at: float
    authenticated_at: float
    approved: bool = True
    refresh_token: str | None = None
    revoked: str | None = None  # "evicted" or "logged_out"


@dataclass
class _Grant:
    client_id: str
    user_id: str
    redirect_uri: str
    expires_at: float
    used: bool = False


class TokenStore:
    def __init__(
        self,
        rng: random.Random,
        user_id: str,
        clients: Mapping[str, str],
        redirect_uri: str,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._rng = rng
        self._lock = threading.RLock()
        self.user_id = user_id
        self.clients = dict(clients)
        self.redirect_uri = redirect_uri
        self.clock = clock
        self._access: dict[str, AccessToken] = {}
        self._refresh: dict[str, tuple[str, bool]] = {}  # refresh token -> (access token, still valid)
        self._codes: dict[str, _Grant] = {}

    # -- issuing ---------------------------------------------------------------------------
    def issue(
        self,
        client_id: str,
        *,
        expires_in: int = TOKEN_LIFETIME,
        approved: bool = True,
        evict: bool = True,
        refresh: bool = True,
    ) -> AccessToken:
        with self._lock:
            now = self.clock()
            if evict:
                for token in self._access.values():
                    if token.client_id == client_id and token.revoked is None:
                        token.revoked = "evicted"
                        self._revoke_refresh(token)
            token = AccessToken(self._token("access"), client_id, self.user_id, now + expires_in, now, approved)
            if refresh:
                token.refresh_token = self._token("refresh")
                self._refresh[token.refresh_token] = (token.value, True)
            self._access[token.value] = token
            return token

    def current(self, client_id: str) -> AccessToken | None:
        """The newest token of `client_id` that is neither revoked nor expired."""
        with self._lock:
            now = self.clock()
            live = [
                t
                for t in self._access.values()
                if t.client_id == client_id and t.revoked is None and t.expires_at > now
            ]
            return live[-1] if live else None

    def mint_code(self, client_id: str, redirect_uri: str | None = None) -> str:
        with self._lock:
            code = self._token("code")
            self._codes[code] = _Grant(
                client_id, self.user_id, redirect_uri or self.redirect_uri, self.clock() + CODE_LIFETIME
            )
            return code

    # -- checking --------------------------------------------------------------------------
    def authenticate(self, authorization: str | None) -> AccessToken:
        """The token of an `Authorization: Bearer …` header, or the 401 Monzo would send."""
        scheme, _, value = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise unauthorized("unauthorized.bad_access_token", "Access token is missing or malformed")
        with self._lock:
            token = self._access.get(value.strip())
            if token is None:
                raise unauthorized("unauthorized.bad_access_token", "Access token is invalid")
            if token.revoked == "evicted":
                raise unauthorized("unauthorized.bad_access_token.evicted", "Access token has been evicted")
            if token.revoked is not None:
                raise unauthorized("unauthorized.bad_access_token", "Access token has been revoked")
            if token.expires_at <= self.clock():
                raise unauthorized("unauthorized.bad_access_token.expired", "Access token has expired")
            return token

    @staticmethod
    def require_approval(token: AccessToken) -> None:
        if not token.approved:
            raise forbidden("forbidden.insufficient_permissions", "Access forbidden due to insufficient permissions")

    def approve(self, value: str) -> None:
        with self._lock:
            self._access[value].approved = True

    def logout(self, token: AccessToken) -> None:
        with self._lock:
            token.revoked = "logged_out"
            self._revoke_refresh(token)

    # -- POST /oauth2/token ----------------------------------------------------------------
    def exchange(self, form: Mapping[str, str]) -> dict[str, Any]:
        grant_type = form.get("grant_type", "")
        if grant_type not in ("authorization_code", "refresh_token"):
            raise bad_param("grant_type", "must be authorization_code or refresh_token", grant_type)
        for name in ("client_id", "client_secret"):
            if not form.get(name):
                raise missing_param(name)
        client_id = form["client_id"]
        if self.clients.get(client_id) != form["client_secret"]:
            raise ErrorReply(
                400,
                "bad_request.could_not_authenticate",
                "Could not authenticate with the client credentials",
                error="invalid_client",
            )
        with self._lock:
            token = self._code_grant(form) if grant_type == "authorization_code" else self._refresh_grant(form)
        body: dict[str, Any] = {
            "access_token": token.value,
            "client_id": token.client_id,
            "expires_in": max(0, round(token.expires_at - self.clock())),
            "token_type": "Bearer",
            "user_id": token.user_id,
        }
        if token.refresh_token is not None:
            body["refresh_token"] = token.refresh_token
        return body

    def _code_grant(self, form: Mapping[str, str]) -> AccessToken:
        for name in ("redirect_uri", "code"):
            if not form.get(name):
                raise missing_param(name)
        grant = self._codes.get(form["code"])
        if grant is None or grant.used or grant.expires_at <= self.clock() or grant.client_id != form["client_id"]:
            raise ErrorReply(
                400,
                "bad_request.authorization_code.invalid",
                "Authorization code has been used or has expired",
                error="invalid_grant",
            )
        if grant.redirect_uri != form["redirect_uri"]:
            raise bad_param("redirect_uri", "does not match the authorisation request", form["redirect_uri"])
        grant.used = True
        return self.issue(grant.client_id)

    def _refresh_grant(self, form: Mapping[str, str]) -> AccessToken:
        if not form.get("refresh_token"):
            raise missing_param("refresh_token")
        entry = self._refresh.get(form["refresh_token"])
        if entry is None:
            raise unauthorized("unauthorized.bad_refresh_token", "Refresh token is invalid", error="invalid_grant")
        access_value, valid = entry
        old = self._access[access_value]
        if not valid:
            raise unauthorized(
                "unauthorized.bad_refresh_token.evicted",
                "Refresh token has already been used or revoked",
                error="invalid_grant",
            )
        if old.client_id != form["client_id"]:
            raise unauthorized(
                "unauthorized.bad_refresh_token", "Refresh token belongs to another client", error="invalid_grant"
            )
        return self.issue(old.client_id, approved=old.approved)

    # -- helpers ---------------------------------------------------------------------------
    def _revoke_refresh(self, token: AccessToken) -> None:
        if token.refresh_token is not None and token.refresh_token in self._refresh:
            self._refresh[token.refresh_token] = (token.value, False)

    def _token(self, kind: str) -> str:
        if kind == "code":
            claims = {"code": self._rng.getrandbits(64).to_bytes(8, "big").hex()}
        else:
            claims = {"eb": self._rng.getrandbits(96).to_bytes(12, "big").hex(), "typ": kind[0] + "t"}
        payload = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
        signature = base64.urlsafe_b64encode(self._rng.getrandbits(256).to_bytes(32, "big")).decode().rstrip("=")
        return f"{_JWT_HEAD}.{payload}.{signature}"
