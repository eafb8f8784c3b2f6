"""Where a Monzo client gets its access token, and how it renews it.

Resolution order: the `access_token` argument, then the `token_store` argument, then
`$MONZO_ACCESS_TOKEN`, then the token store written by `monzoh login` (`$MONZOH_TOKEN_STORE`, else
the cache file). A stored token renews itself with the `refresh_token` grant when it has expired
(before a request) or when Monzo answers 401 `unauthorized.bad_access_token.expired` (once, then
the request is replayed), using `$MONZO_CLIENT_ID` / `$MONZO_CLIENT_SECRET`. Monzo rotates refresh
tokens and evicts the previous access token as soon as a new one is issued, so the new tokens are
put in use at once and then written back to the store; a request that was in flight with the old
token and comes back 401 `...evicted` is replayed with the new one.

Several processes (and machines, with Redis) share one store, and each refresh token works once:
renewals run under the store's lock, and a process that finds the store renewed by another one
adopts those tokens instead of renewing (see `CachedTokenAuth.renew_flow`).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Generator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from overlay_runtime import (
    RefreshingTokenAuth,
    Runtime,
    TokenAuth,
    httpx_request,
    register_secret,
    release_secret,
    send_flow,
)
from overlay_runtime._errors import decode_body

from ._constants import ACCESS_TOKEN_ENV, CLIENT_ID_ENV, CLIENT_SECRET_ENV
from ._exceptions import MonzoConfigurationError
from ._token_cache import (
    MonzoTokenCacheWarning,
    StoredToken,
    TokenStore,
    TokenStoreSpec,
    hold_lock,
    open_token_store,
)

if TYPE_CHECKING:
    from monzo_api.pydantic_models import OAuthToken

__all__ = ["CachedTokenAuth", "resolve_auth"]

HOW_TO_GET_A_TOKEN = (
    "No Monzo access token found. Pass access_token=..., set MONZO_ACCESS_TOKEN (the API playground at "
    "developers.monzo.com hands one out), or run `monzoh login` with MONZO_CLIENT_ID and MONZO_CLIENT_SECRET "
    "set to store a token that renews itself."
)


def _error_code(response: httpx.Response) -> str:
    body = decode_body(response)
    return str(body.get("code", "")) if isinstance(body, dict) else ""


def _register_token_secrets(response: httpx.Response) -> None:
    """Register the tokens of a token endpoint answer as secrets before anything parses it, so that
    no error or log about a malformed answer can quote them."""
    body = decode_body(response)
    if isinstance(body, dict):
        for name in ("access_token", "refresh_token"):
            value = body.get(name)
            if isinstance(value, str):
                register_secret(value)


class CachedTokenAuth(RefreshingTokenAuth):
    """A token from a token store, renewed with the refresh-token grant and written back."""

    def __init__(
        self,
        stored: StoredToken,
        cache: TokenStore,
        *,
        base_url: str,
        client_id: str | None = None,
        client_secret: str | None = None,
    ) -> None:
        super().__init__(stored.access_token)
        self._stored = stored  # swapped together with the token, under the lock
        self._cache = cache
        # The access token the store held when this process last read or wrote it: a different one
        # there now was put there by another process, so it is newer than ours.
        self._synced = stored.access_token
        self._base_url = base_url
        self._client_id = client_id or stored.client_id
        self._client_secret = client_secret
        self._unsaved = False  # the last write to the cache failed (and was warned about)
        self._held_refresh_token: str | None = None
        self._hold_refresh_token()
        register_secret(client_secret, owner=self)

    def install(self, token: str) -> None:
        self._hold_refresh_token()  # `_stored` was swapped just before: its refresh token may be new
        super().install(token)

    def _hold_refresh_token(self) -> None:
        """Mask the refresh token in use for as long as this object holds it (a spent one is let go)."""
        current = self._stored.refresh_token
        if current != self._held_refresh_token:
            register_secret(current, owner=self)
            release_secret(self._held_refresh_token, owner=self)
            self._held_refresh_token = current

    def can_renew(self) -> bool:
        return bool(self._stored.refresh_token and self._client_id and self._client_secret)

    def is_expired(self) -> bool:
        return self._stored.expired()

    def is_expiry(self, response: httpx.Response) -> bool:
        return _error_code(response).endswith(".expired")

    def is_superseded(self, response: httpx.Response) -> bool:
        return _error_code(response).endswith(".evicted")

    def can_reload(self) -> bool:
        return True  # another process sharing the store may have renewed

    def renew_flow(self, runtime: Runtime) -> Generator[Any, Any, None]:
        """Read the store, renew, write the store, under the store's lock: the one place the tokens change.

        0. lock: wait for the store's renewal lock (polled: `Sleep` steps), so that one process at a
           time renews; a process that waited usually finds the work done;
        1. read: if the store holds tokens another process put there (not the ones it held when we
           last read or wrote it) that have not expired, adopt them and stop. Otherwise renew the
           newest refresh token known: the store's if another process put it there, else ours;
        2. renew: the refresh-token grant; from the moment Monzo answers, the old refresh token and
           access token are dead, so the new ones go in use at once, in memory;
        3. write: back to the store, still under the lock. A failure (read-only folder, full disk,
           Redis gone) warns once and keeps the tokens in memory, the new refresh token too, so this
           process goes on working.

        This runs in one flow at a time in this process (the leader's, see RefreshingTokenAuth).
        """
        if self._adopt_if_renewed(self._read(), fresh_only=True):  # before waiting: often done already
            return
        lock = self._cache.renewal_lock()
        yield from hold_lock(lock)
        try:
            stored = self._read()
            if self._adopt_if_renewed(stored, fresh_only=True):
                return
            current = stored if stored is not None and stored.access_token != self._synced else self._stored
            token = yield from self._refresh_grant(runtime, current)
            renewed = StoredToken.from_grant(
                token.access_token,
                token.refresh_token or current.refresh_token,
                token.expires_in,
                user_id=token.user_id,
                client_id=token.client_id,
            )
            with self._lock:  # requests see the new token and its expiry change together
                self._stored = renewed
                self.install(renewed.access_token)
            self._write(renewed)
        finally:
            lock.release()

    def reload_flow(self, runtime: Runtime) -> Generator[Any, Any, None]:
        """A request with the current token was refused as evicted: adopt the tokens another process
        renewed. Not there yet? That process may be writing them: wait for the lock, and look again."""
        if self._adopt_if_renewed(self._read(), fresh_only=False):
            return
        lock = self._cache.renewal_lock()
        yield from hold_lock(lock)
        try:
            self._adopt_if_renewed(self._read(), fresh_only=False)
        finally:
            lock.release()

    def _read(self) -> StoredToken | None:
        """The store's tokens; None when there are none or they cannot be read (the write replaces them)."""
        try:
            return self._cache.load()
        except MonzoConfigurationError:
            return None

    def _adopt_if_renewed(self, stored: StoredToken | None, *, fresh_only: bool) -> bool:
        """Put `stored` in use if another process put it in the store (and, if `fresh_only`, it has not
        expired); True if so. An expired one still carries the live refresh token."""
        with self._lock:
            if stored is None or stored.access_token in (self._synced, self._stored.access_token):
                return False
            if fresh_only and stored.expired():
                return False
            self._stored = stored
            self._synced = stored.access_token
            self._unsaved = False
            self.install(stored.access_token)
            return True

    def _refresh_grant(self, runtime: Runtime, current: StoredToken) -> Generator[Any, Any, OAuthToken]:
        from monzo_api.api.oauth import exchange_token  # here: the generated modules load on first use
        from monzo_api.models import RefreshTokenGrant, RefreshTokenGrantType

        grant = RefreshTokenGrant(
            grant_type=RefreshTokenGrantType.REFRESH_TOKEN,
            client_id=self._client_id or "",
            client_secret=self._client_secret or "",
            refresh_token=current.refresh_token or "",
        )
        request = httpx_request(
            exchange_token.build_request(body=grant), self._base_url, headers={"Accept": "application/json"}
        )
        # The client's settings, without auth or rate limiter. Not retried (a POST: only a 429, which
        # did nothing, is sent again). Once sent, it completes even if the caller is cancelled: its
        # answer is the only copy of the new tokens.
        response = yield from send_flow(replace(runtime, auth=None, limiter=None), request, must_complete=True)
        _register_token_secrets(response)  # first, so that no message or log can quote them
        from monzo_api.pydantic_models import OAuthToken  # here: the models load on first use

        try:
            token = OAuthToken.model_validate_json(response.content)
        except ValueError:  # pydantic's ValidationError (its text would quote the tokens)
            raise runtime.errors.validation_error(response, "not an OAuth token") from None
        if not token.access_token.strip():
            raise runtime.errors.validation_error(response, "an empty access_token")
        return token

    def _write(self, renewed: StoredToken) -> None:
        try:
            self._cache.save(renewed)
        except OSError as exc:
            if not self._unsaved:  # once, not at every renewal while the disk stays unwritable
                self._unsaved = True
                warnings.warn(
                    MonzoTokenCacheWarning(
                        f"Could not write the renewed Monzo tokens to the token store {self._cache.location} "
                        f"({exc.strerror or type(exc).__name__}). They stay in use in this process, but the store "
                        "lacks the new refresh token (Monzo no longer accepts the old one): make it writable "
                        "(permissions, free space, Redis up), or `monzoh login` will be needed once this process ends."
                    ),
                    stacklevel=1,
                )
            return
        with self._lock:
            self._unsaved = False
            self._synced = renewed.access_token


def resolve_auth(access_token: str | None, *, base_url: str, token_store: TokenStoreSpec = None) -> TokenAuth:
    """The credentials a client should use, by the resolution order above."""
    if access_token and token_store is not None:
        raise MonzoConfigurationError("Pass access_token (a fixed token) or token_store (renewed tokens), not both.")
    if access_token:
        return TokenAuth(access_token)
    from_env = os.environ.get(ACCESS_TOKEN_ENV)
    if from_env and token_store is None:
        return TokenAuth(from_env)
    store = open_token_store(token_store)
    stored = store.load()  # MonzoConfigurationError (naming the file) if it is there but unusable
    if stored is None:
        raise MonzoConfigurationError(HOW_TO_GET_A_TOKEN)
    auth = CachedTokenAuth(
        stored,
        store,
        base_url=base_url,
        client_id=os.environ.get(CLIENT_ID_ENV),
        client_secret=os.environ.get(CLIENT_SECRET_ENV),
    )
    if stored.expired() and not auth.can_renew():
        raise MonzoConfigurationError(
            f"The cached Monzo token ({store.location}) has expired and cannot be renewed: set MONZO_CLIENT_ID and "
            "MONZO_CLIENT_SECRET, or run `monzoh login` again."
        )
    return auth
