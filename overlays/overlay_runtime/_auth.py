"""Credentials: a static token, and a token that renews itself once it expires.

Tokens are registered with the log filter (`register_secret`) the moment they are known, and
never appear in a repr.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Generator
from typing import Any

import httpx

from ._flow import Runtime, SendFlow, Sleep
from ._logging import register_secret, release_secret

__all__ = ["RefreshingTokenAuth", "TokenAuth"]


class TokenAuth:
    """Sends `<header>: <scheme> <token>` (Bearer by default; RapidPro uses `Token`)."""

    def __init__(self, token: str, *, scheme: str = "Bearer", header: str = "Authorization") -> None:
        self._token = token
        self.scheme = scheme
        self.header = header
        register_secret(token, owner=self)

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
    """A token that can be renewed: subclasses say how (`renew_flow`) and when (`is_expired`,
    `is_expiry`, `is_superseded`).

    The concurrency is handled here, once for threads and tasks alike. One renewal goes through:

    - *idle*: requests carry the current token.
    - *renewing*: the first request to find the token expired (`is_expired()` before sending, or a
      401 that `is_expiry()` for the token it carried) becomes the leader and runs `renew_flow()`.
      Requests finding it expired meanwhile wait for it (by polling, so that the same code serves
      blocking threads and asyncio tasks).
    - *renewed*: `renew_flow()` calls `install()`, which swaps the new token in under the lock.
      From then on every request carries it, and the waiters replay at once (while the leader may
      still be storing it).
    - *failed*: `renew_flow()` raised. The leader and the waiters of this attempt all get that
      error (the same exception, as `Future.result()` gives it); the next request that finds the
      token expired starts a new attempt.
    - *abandoned*: the leader's flow was stopped half-way (its task cancelled: `CancelledError` or
      `GeneratorExit` thrown into it). Leadership is released in a `finally`, and the first waiter
      to notice takes the renewal over.

    A request refused (401, expired or superseded) with a token other than the current one was
    sent before a renewal: it simply replays with the current token. One refused with the current
    token while a renewal is under way waits for it. One refused as superseded with the current
    token and no renewal under way here was overtaken by another process sharing the token's store:
    if `can_reload()`, `reload_flow()` looks there for the newer token and the request replays once
    with it; if there is none, the 401 is raised as it is, without a replay bound to fail.
    """

    POLL_INTERVAL = 0.01

    def __init__(self, token: str, *, scheme: str = "Bearer", header: str = "Authorization") -> None:
        super().__init__(token, scheme=scheme, header=header)
        # Re-entrant, so that a subclass can swap its own state together with the token
        # (`with self._lock: self._state = ...; self.install(token)`).
        self._lock = threading.RLock()
        self._renewing = False  # a leader is running renew_flow()
        self._attempt = 0  # numbers the renewals started
        self._generation = 0  # numbers the tokens installed
        self._replaced: str | None = None  # the token before this one, still masked (requests may carry it)
        self._failure: tuple[int, Exception] | None = None  # (attempt, error) of the last failed renewal
        # Requests refused as superseded with the current token (and the refusal), to look up elsewhere.
        self._reloads: weakref.WeakKeyDictionary[httpx.Request, httpx.Response] = weakref.WeakKeyDictionary()

    # -- what subclasses provide ------------------------------------------------------------
    def can_renew(self) -> bool:
        raise NotImplementedError

    def is_expired(self) -> bool:
        """Whether the token is known to have expired (checked before each request)."""
        return False

    def is_expiry(self, response: httpx.Response) -> bool:
        """Whether this 401 says the token expired (as opposed to being wrong or revoked)."""
        raise NotImplementedError

    def is_superseded(self, response: httpx.Response) -> bool:
        """Whether this 401 says the token was replaced by a newer one (Monzo: `...evicted`).

        Not a reason to renew: a request refused so is replayed only if it carried an older token
        than the current one, or if a renewal (which may be what replaced it) is under way."""
        return False

    def can_reload(self) -> bool:
        """Whether another process may renew this token (a store shared with it): see `reload_flow`."""
        return False

    def reload_flow(self, runtime: Runtime) -> SendFlow[None]:
        """`install()` the token another process renewed, if its store holds one; else do nothing.

        Runs for a request refused as superseded while it carried the current token, no renewal
        being under way here; never renews (the refused token's renewal is spent). May run in
        several flows at once."""
        return
        yield  # pragma: no cover - makes this a generator

    def renew_flow(self, runtime: Runtime) -> SendFlow[None]:
        """Obtain a new token and `install()` it; store it if there is a store.

        Runs in one flow at a time (the leader's). Install the token as soon as it is known, before
        anything slow: the old one may stop working the moment the new one was issued."""
        raise NotImplementedError

    # -- for subclasses ---------------------------------------------------------------------
    def install(self, token: str) -> None:
        """Make `token` the one every request carries from now on, and release the waiters."""
        register_secret(token, owner=self)
        with self._lock:
            older, self._replaced, self._token = self._replaced, self._token, token
            self._generation += 1
        if older not in (self._replaced, token):
            release_secret(older, owner=self)  # two tokens back: masked now only if something else holds it

    # -- the Auth protocol ------------------------------------------------------------------
    def needs_refresh(self) -> bool:
        return self.can_renew() and self.is_expired()

    def should_refresh(self, response: httpx.Response) -> bool:
        if self.is_expiry(response):
            return self.can_renew()
        if self.is_superseded(response):
            try:
                request = response.request
            except RuntimeError:  # a response built by hand, without its request
                return False
            with self._lock:
                if self._renewing or self._is_stale(request):
                    return True
                if not self.can_reload():
                    return False
                self._reloads[request] = response
                return True
        return False

    def refresh_flow(self, runtime: Runtime, stale: httpx.Request | None) -> Generator[Any, Any, None]:
        if stale is not None and (refused := self._take_reload(stale)) is not None:
            yield from self.reload_flow(runtime)
            with self._lock:
                if not self._is_stale(stale):  # no newer token anywhere: a replay would fail the same way
                    raise runtime.errors.status_error(refused)
            return
        while True:
            with self._lock:
                if stale is not None and self._is_stale(stale):
                    return  # renewed by someone else since this request was sent: just replay
                if stale is None and not self.is_expired():
                    return  # renewed by someone else since this request found it expired
                leader = not self._renewing
                if leader:
                    self._renewing = True
                    self._attempt += 1
                attempt, generation = self._attempt, self._generation
            if leader:
                yield from self._lead(runtime, attempt)
                return
            if (yield from self._wait(attempt, generation)):
                return
            # The leader was stopped before it got a token: go round again, and maybe take over.

    def _lead(self, runtime: Runtime, attempt: int) -> Generator[Any, Any, None]:
        generation = self._generation
        failure: Exception | None = None
        try:
            yield from self.renew_flow(runtime)
            if self._generation == generation:
                raise RuntimeError(f"{type(self).__name__}.renew_flow() ended without installing a token")
        except Exception as exc:
            failure = exc
            raise
        finally:  # also when the flow is closed or cancelled half-way: never leave _renewing stuck
            with self._lock:
                self._failure = (attempt, failure) if failure is not None else None
                self._renewing = False

    def _wait(self, attempt: int, generation: int) -> Generator[Any, Any, bool]:
        """Wait for the leader of `attempt`: True once it installed a token, its error if it failed,
        False if it was stopped without either."""
        while True:
            yield Sleep(self.POLL_INTERVAL)
            with self._lock:
                if self._generation != generation:
                    return True
                if self._renewing and self._attempt == attempt:
                    continue
                failure = self._failure
            if failure is not None and failure[0] == attempt:
                raise failure[1]
            return False

    def _take_reload(self, stale: httpx.Request) -> httpx.Response | None:
        """The refusal of `stale` if it should look for a newer token elsewhere; None: replay it, or wait
        for the renewal under way here."""
        with self._lock:
            refused = self._reloads.pop(stale, None)
            if refused is None or self._renewing or self._is_stale(stale):
                return None
            return refused

    def _is_stale(self, request: httpx.Request) -> bool:
        sent: str | None = request.headers.get(self.header)
        return sent != self._header_value()
