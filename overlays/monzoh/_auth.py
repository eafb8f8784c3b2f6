"""Where a Monzo client gets its access token, and how it renews it.

Resolution order: the `access_token` argument, then `$MONZO_ACCESS_TOKEN`, then the token cache
file written by `monzoh login`. A cached token renews itself with the `refresh_token` grant when
it has expired (before a request) or when Monzo answers 401 `unauthorized.bad_access_token.expired`
(once, then the request is replayed), using `$MONZO_CLIENT_ID` / `$MONZO_CLIENT_SECRET`. Monzo
rotates refresh tokens and evicts the previous access token as soon as a new one is issued, so the
new tokens are put in use at once and then written back to the cache; a request that was in
flight with the old token and comes back 401 `...evicted` is replayed with the new one.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Generator
from dataclasses import replace
from typing import Any

import httpx

from monzo_api.pydantic_models import OAuthToken
from overlay_runtime import RefreshingTokenAuth, Runtime, TokenAuth, httpx_request, register_secret, send_flow
from overlay_runtime._errors import decode_body

from ._constants import ACCESS_TOKEN_ENV, CLIENT_ID_ENV, CLIENT_SECRET_ENV
from ._exceptions import MonzoConfigurationError
from ._token_cache import MonzoTokenCacheWarning, StoredToken, TokenCache, TokenStore

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
    """A token from the cache file, renewed with the refresh-token grant and written back."""

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
        self._base_url = base_url
        self._client_id = client_id or stored.client_id
        self._client_secret = client_secret
        self._unsaved = False  # the last write to the cache failed (and was warned about)
        register_secret(stored.refresh_token)
        register_secret(client_secret)

    def can_renew(self) -> bool:
        return bool(self._stored.refresh_token and self._client_id and self._client_secret)

    def is_expired(self) -> bool:
        return self._stored.expired()

    def is_expiry(self, response: httpx.Response) -> bool:
        return _error_code(response).endswith(".expired")

    def is_superseded(self, response: httpx.Response) -> bool:
        return _error_code(response).endswith(".evicted")

    def renew_flow(self, runtime: Runtime) -> Generator[Any, Any, None]:
        """Read the store, renew, write the store: the one place the tokens change.

        1. read: the tokens this process holds (the cache as loaded, or as last renewed here);
        2. renew: the refresh-token grant; from the moment Monzo answers, the old refresh token and
           access token are dead, so the new ones go in use at once, in memory;
        3. write: back to the cache. A failure (read-only folder, full disk) warns once and keeps
           the tokens in memory, the new refresh token too, so this process goes on working.

        This runs in one flow at a time (the leader's, see RefreshingTokenAuth). The seam for a
        store shared by several processes (a file lock, Redis) is here: hold its lock over the three
        steps, and in step 1 re-read it and adopt tokens another process renewed instead of renewing.
        """
        current = self._stored
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
                        f"Could not write the renewed Monzo tokens to the token cache {self._cache.location} "
                        f"({exc.strerror or type(exc).__name__}). They stay in use in this process, but the cache "
                        "lacks the new refresh token (Monzo no longer accepts the old one): make it writable "
                        "(permissions, free space), or `monzoh login` will be needed once this process ends."
                    ),
                    stacklevel=1,
                )
            return
        self._unsaved = False


def resolve_auth(access_token: str | None, *, base_url: str, cache: TokenStore | None = None) -> TokenAuth:
    """The credentials a client should use, by the resolution order above."""
    if access_token:
        return TokenAuth(access_token)
    from_env = os.environ.get(ACCESS_TOKEN_ENV)
    if from_env:
        return TokenAuth(from_env)
    store: TokenStore = cache or TokenCache()
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
