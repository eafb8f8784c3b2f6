"""Bearer tokens as Bloom Growth issues them: the password grant at `POST /Token`, two weeks of life.

Any number of tokens stay valid at once (a new login does not evict older ones); an unknown, expired or
revoked token gets the same 401 `{"Message": "Authorization has been denied for this request."}`.
"""

from __future__ import annotations

import base64
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from ._errors import ErrorReply, unauthorized

__all__ = ["TOKEN_LIFETIME", "Token", "TokenStore"]

TOKEN_LIFETIME = 1209599
"""Seconds a token lives (two weeks, less the second the real server loses)."""


@dataclass
class Token:
    value: str
    user_id: int
    issued: float
    expires: float
    revoked: bool = False


class TokenStore:
    def __init__(self, rng: random.Random, clock: Callable[[], float] = time.time) -> None:
        self._rng = rng
        self._lock = threading.Lock()
        self.clock = clock
        self._tokens: dict[str, Token] = {}

    def issue(self, user_id: int, value: str | None = None, lifetime: float = TOKEN_LIFETIME) -> Token:
        """A new token for `user_id` (or accept `value` as one, e.g. a fixed key a test passes)."""
        with self._lock:
            value = value or base64.urlsafe_b64encode(self._rng.randbytes(96)).decode().rstrip("=")
            now = self.clock()
            token = Token(value, user_id, now, now + lifetime)
            self._tokens[value] = token
            return token

    def expire(self, value: str) -> None:
        with self._lock:
            token = self._tokens[value]
            token.expires = min(token.expires, self.clock() - 1)

    def revoke(self, value: str) -> None:
        with self._lock:
            self._tokens[value].revoked = True

    def authenticate(self, header: str | None) -> Token:
        """The live token of an `Authorization: Bearer <token>` header, else the 401."""
        scheme, _, value = (header or "").strip().partition(" ")
        with self._lock:
            token = self._tokens.get(value.strip()) if scheme.lower() == "bearer" else None
            if token is None or token.revoked or token.expires <= self.clock():
                raise unauthorized()
            return token

    def exchange(self, form: Mapping[str, str], login: Callable[[str, str], int | None]) -> dict[str, Any]:
        """`POST /Token`: the password grant, with OWIN's OAuth error bodies (form keys in any case)."""
        fields = {key.lower(): value for key, value in form.items()}
        if fields.get("grant_type") != "password":
            raise ErrorReply(400, {"error": "unsupported_grant_type"})
        username, password = fields.get("username", ""), fields.get("password", "")
        user_id = login(username, password) if username and password else None
        if user_id is None:
            body = {"error": "invalid_grant", "error_description": "The user name or password is incorrect."}
            raise ErrorReply(400, body)
        token = self.issue(user_id)
        return {
            "access_token": token.value,
            "token_type": "bearer",
            "expires_in": TOKEN_LIFETIME,
            "userName": username,
            ".issued": _http_date(token.issued),
            ".expires": _http_date(token.expires),
        }


def _http_date(moment: float) -> str:
    return format_datetime(datetime.fromtimestamp(int(moment), UTC), usegmt=True)
