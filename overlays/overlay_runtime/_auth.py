"""Credentials: a static token, and a token that renews itself once it expires.

Tokens are registered with the log filter (`register_secret`) the moment they are known, and
never appear in a repr.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from typing import Any

import httpx

from ._flow import Runtime, SendFlow, Sleep
from ._logging import register_secret

__all__ = ["RefreshingTokenAuth", "TokenAuth"]


class TokenAuth:
    """Sends `<header>: <scheme> <token>` (Bearer by default; RapidPro uses `Token`)."""

    def __init__(self, token: str, *, scheme: str = "Bearer", header: str = "Authorization") -> None:
        self._token = token
        self.scheme = scheme
        self.header = header
        register_secret(token)

    @property
    def token(self) -> str:
        return self._token

    def _header_value(self) -> str:
        return f"{self.scheme} {self._token}" if self.scheme else self._token

    def apply(self, request: httpx.Request) -> None:
        request.headers[self.header] = self._header_value()

    def needs_refresh(self) -> bool:
        return False

    def should_refresh(self, response: httpx.Response) -> bool:
        return False

    def refresh_flow(self, runtime: Runtime, stale: httpx.Request | None) -> SendFlow[None]:
        return
        yield  # pragma: no cover - makes this a generator

    def __repr__(self) -> str:
        return f"{type(self).__name__}(scheme={self.scheme!r}, token=[redacted])"


class RefreshingTokenAuth(TokenAuth):
    """A token that can be renewed: subclasses say how (`renew_flow`) and when (`is_expired`, `is_expiry`).

    Handles the concurrency once for everyone: when several requests (threads or tasks) find the
    token expired together, one renews it and the others wait, then all replay with the new token;
    a request refused with a token that was renewed meanwhile just replays.
    """

    POLL_INTERVAL = 0.02

    def __init__(self, token: str, *, scheme: str = "Bearer", header: str = "Authorization") -> None:
        super().__init__(token, scheme=scheme, header=header)
        self._lock = threading.Lock()
        self._renewing = False

    # -- what subclasses provide ------------------------------------------------------------
    def can_renew(self) -> bool:
        raise NotImplementedError

    def is_expired(self) -> bool:
        """Whether the token is known to have expired (checked before each request)."""
        return False

    def is_expiry(self, response: httpx.Response) -> bool:
        """Whether this 401 says the token expired (as opposed to being wrong or revoked)."""
        raise NotImplementedError

    def renew_flow(self, runtime: Runtime) -> SendFlow[str]:
        """Obtain and store a new token; return it."""
        raise NotImplementedError

    # -- the Auth protocol ------------------------------------------------------------------
    def needs_refresh(self) -> bool:
        return self.can_renew() and self.is_expired()

    def should_refresh(self, response: httpx.Response) -> bool:
        return self.can_renew() and self.is_expiry(response)

    def refresh_flow(self, runtime: Runtime, stale: httpx.Request | None) -> Generator[Any, Any, None]:
        if stale is not None and stale.headers.get(self.header) != self._header_value():
            return  # renewed by someone else since this request was sent: just replay
        with self._lock:
            leader = not self._renewing
            self._renewing = True
        if not leader:
            while self._renewing:
                yield Sleep(self.POLL_INTERVAL)
            return
        try:
            new_token = yield from self.renew_flow(runtime)
            self._token = new_token
            register_secret(new_token)
        finally:
            with self._lock:
                self._renewing = False
