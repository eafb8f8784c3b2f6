"""Where a Monzo client gets its access token, and how it renews it.

Resolution order: the `access_token` argument, then `$MONZO_ACCESS_TOKEN`, then the token cache
file written by `monzoh login`. A cached token renews itself with the `refresh_token` grant when
it has expired (before a request) or when Monzo answers 401 `unauthorized.bad_access_token.expired`
(once, then the request is replayed), using `$MONZO_CLIENT_ID` / `$MONZO_CLIENT_SECRET`; the new
access and refresh tokens are written back to the cache at once, since Monzo rotates refresh
tokens and the old one stops working.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import httpx

from monzo_api.pydantic_models import OAuthToken
from overlay_runtime import RefreshingTokenAuth, Runtime, TokenAuth, httpx_request, register_secret, send_flow
from overlay_runtime._errors import decode_body

from ._constants import ACCESS_TOKEN_ENV, CLIENT_ID_ENV, CLIENT_SECRET_ENV
from ._exceptions import MonzoConfigurationError
from ._token_cache import StoredToken, TokenCache

__all__ = ["CachedTokenAuth", "resolve_auth"]

HOW_TO_GET_A_TOKEN = (
    "No Monzo access token found. Pass access_token=..., set MONZO_ACCESS_TOKEN (the API playground at "
    "developers.monzo.com hands one out), or run `monzoh login` with MONZO_CLIENT_ID and MONZO_CLIENT_SECRET "
    "set to store a token that renews itself."
)


class CachedTokenAuth(RefreshingTokenAuth):
    """A token from the cache file, renewed with the refresh-token grant and written back."""

    def __init__(
        self,
        stored: StoredToken,
        cache: TokenCache,
        *,
        base_url: str,
        client_id: str | None = None,
        client_secret: str | None = None,
    ) -> None:
        super().__init__(stored.access_token)
        self._stored = stored
        self._cache = cache
        self._base_url = base_url
        self._client_id = client_id or stored.client_id
        self._client_secret = client_secret
        register_secret(stored.refresh_token)
        register_secret(client_secret)

    def can_renew(self) -> bool:
        return bool(self._stored.refresh_token and self._client_id and self._client_secret)

    def is_expired(self) -> bool:
        return self._stored.expired()

    def is_expiry(self, response: httpx.Response) -> bool:
        body = decode_body(response)
        code = body.get("code", "") if isinstance(body, dict) else ""
        return str(code).endswith(".expired")

    def renew_flow(self, runtime: Runtime) -> Generator[Any, Any, str]:
        from monzo_api.api.oauth import exchange_token  # here: the generated modules load on first use
        from monzo_api.models import RefreshTokenGrant, RefreshTokenGrantType

        grant = RefreshTokenGrant(
            grant_type=RefreshTokenGrantType.REFRESH_TOKEN,
            client_id=self._client_id or "",
            client_secret=self._client_secret or "",
            refresh_token=self._stored.refresh_token or "",
        )
        request = httpx_request(
            exchange_token.build_request(body=grant), self._base_url, headers={"Accept": "application/json"}
        )
        # No auth on the token endpoint, and never retried: a refresh that reached Monzo rotated the token.
        response = yield from send_flow(
            Runtime(errors=runtime.errors, logger=runtime.logger, retry=runtime.retry), request
        )
        token = OAuthToken.model_validate_json(response.content)
        self._stored = StoredToken.from_grant(
            token.access_token,
            token.refresh_token or self._stored.refresh_token,
            token.expires_in,
            user_id=token.user_id,
            client_id=token.client_id,
        )
        self._cache.save(self._stored)
        register_secret(token.refresh_token)
        return token.access_token


def resolve_auth(access_token: str | None, *, base_url: str, cache: TokenCache | None = None) -> TokenAuth:
    """The credentials a client should use, by the resolution order above."""
    if access_token:
        return TokenAuth(access_token)
    from_env = os.environ.get(ACCESS_TOKEN_ENV)
    if from_env:
        return TokenAuth(from_env)
    cache = cache or TokenCache()
    stored = cache.load()
    if stored is None:
        raise MonzoConfigurationError(HOW_TO_GET_A_TOKEN)
    auth = CachedTokenAuth(
        stored,
        cache,
        base_url=base_url,
        client_id=os.environ.get(CLIENT_ID_ENV),
        client_secret=os.environ.get(CLIENT_SECRET_ENV),
    )
    if stored.expired() and not auth.can_renew():
        raise MonzoConfigurationError(
            f"The cached Monzo token ({cache.path}) has expired and cannot be renewed: set MONZO_CLIENT_ID and "
            "MONZO_CLIENT_SECRET, or run `monzoh login` again."
        )
    return auth
