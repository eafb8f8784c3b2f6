"""Monzo's OAuth 2.0 authorization-code flow: the browser URL, the code exchange, refresh and logout.

```python
oauth = MonzoOAuth(client_id, client_secret, "http://localhost:8080/callback")
url = oauth.authorization_url(state)           # send the user there
token = oauth.exchange_code(code)              # the code from the redirect, after checking state
```
`monzoh login` runs the whole flow for you and stores the token where clients find it. monzoh 1.2.0's
names work too: `get_authorization_url()`, `exchange_code_for_token()`, `refresh_token()`, `http_client`.
"""

from __future__ import annotations

import os
import secrets
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import httpx

from overlay_runtime import Call, RetryPolicy, Runtime, SyncAPIClient, get_logger, nothing, register_secret
from overlay_runtime._checks import check_credential, check_text, check_url
from overlay_runtime._errors import decode_body

from ._constants import AUTH_URL_ENV, BASE_URL_ENV, DEFAULT_AUTH_URL, DEFAULT_BASE_URL, DEFAULT_REDIRECT_URI, USER_AGENT
from ._exceptions import ERRORS, MonzoConfigurationError, MonzoValidationError
from ._token_cache import StoredToken, TokenStore, TokenStoreSpec, open_token_store, save_locked

if TYPE_CHECKING:
    from monzo_api.models import AuthorizationCodeGrant, RefreshTokenGrant
    from monzo_api.pydantic_models import OAuthToken

__all__ = ["DEFAULT_AUTH_URL", "DEFAULT_REDIRECT_URI", "MonzoOAuth"]

_CONFIG = MonzoConfigurationError


def _token(response: httpx.Response) -> OAuthToken:
    """The token response, validated strictly, not tolerantly: a token with a wrong field is no token. Its tokens
    are registered as secrets first, so that no error message about the rest of it can quote them."""
    body = decode_body(response)
    if isinstance(body, dict):
        for name in ("access_token", "refresh_token"):
            register_secret(body[name] if isinstance(body.get(name), str) else None)
    from monzo_api.pydantic_models import OAuthToken  # here: the models load on first use

    token = OAuthToken.model_validate_json(response.content)
    if not token.access_token.strip():
        raise ValueError("the token response has an empty access_token")
    return token


class MonzoOAuth:
    """The token endpoint calls, sent through the shared runtime (typed errors, no retries of grants).

    The client secret, codes and tokens are refused over plain `http://` to a host that is not
    loopback (`MonzoConfigurationError`), unless `allow_insecure_http=True` (a proxy that adds TLS).
    `http_client`: your own `httpx.Client` for the token calls (used as is, never closed by us).
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_uri: str = DEFAULT_REDIRECT_URI,
        http_client: httpx.Client | None = None,
        *,
        base_url: str | None = None,
        auth_url: str | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        register_secret(client_secret if isinstance(client_secret, str) else None, owner=self)
        self.client_id = check_text(client_id, "client_id", MonzoConfigurationError)
        self._client_secret = check_credential(client_secret, "client_secret", MonzoConfigurationError)
        self.redirect_uri = check_url(redirect_uri, "redirect_uri", MonzoConfigurationError)
        self.auth_url = check_url(auth_url or os.environ.get(AUTH_URL_ENV) or DEFAULT_AUTH_URL, "auth_url", _CONFIG)
        base_url = check_url(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL, "base_url", _CONFIG)
        # Grants are single-use: a retried exchange or refresh could burn the code or rotate twice.
        runtime = Runtime(errors=ERRORS, retry=RetryPolicy(max_retries=0), logger=get_logger("monzoh"))
        self._http = SyncAPIClient(
            base_url=base_url,
            runtime=runtime,
            http_client=http_client,
            user_agent=USER_AGENT,
            allow_insecure_http=allow_insecure_http,
        )

    def authorization_url(self, state: str) -> str:
        """Where to send the user's browser; Monzo redirects back to `redirect_uri?code=...&state=...`."""
        check_text(state, "state", MonzoValidationError)
        query = urlencode(
            {"client_id": self.client_id, "redirect_uri": self.redirect_uri, "response_type": "code", "state": state}
        )
        return f"{self.auth_url.rstrip('/')}/?{query}"

    def _grant(self, grant: AuthorizationCodeGrant | RefreshTokenGrant) -> OAuthToken:
        from monzo_api.api.oauth import exchange_token  # here: the generated modules load on first use

        call = Call(exchange_token.build_request(body=grant), parse=_token, carries_secret=True)
        return self._http.run(call)

    def exchange_code(self, code: str) -> OAuthToken:
        from monzo_api.models import AuthorizationCodeGrant, AuthorizationCodeGrantType

        register_secret(check_credential(code, "code", MonzoValidationError))  # single-use, but a credential
        return self._grant(
            AuthorizationCodeGrant(
                grant_type=AuthorizationCodeGrantType.AUTHORIZATION_CODE,
                client_id=self.client_id,
                client_secret=self._client_secret,
                redirect_uri=self.redirect_uri,
                code=code,
            )
        )

    def refresh(self, refresh_token: str) -> OAuthToken:
        from monzo_api.models import RefreshTokenGrant, RefreshTokenGrantType

        register_secret(check_credential(refresh_token, "refresh_token", MonzoValidationError))
        return self._grant(
            RefreshTokenGrant(
                grant_type=RefreshTokenGrantType.REFRESH_TOKEN,
                client_id=self.client_id,
                client_secret=self._client_secret,
                refresh_token=refresh_token,
            )
        )

    def logout(self, access_token: str) -> None:
        """Invalidate `access_token` at once (it cannot be refreshed afterwards)."""
        from monzo_api.api.oauth import logout

        register_secret(check_credential(access_token, "access_token", MonzoValidationError))
        request = logout.build_request().with_headers({"Authorization": f"Bearer {access_token}"})
        self._http.run(Call(request, parse=nothing, carries_secret=True))

    def store(self, token: OAuthToken, cache: TokenStoreSpec = None) -> TokenStore:
        """Write `token` where clients read it: `cache` (a `TokenStore`, a path or a redis:// URL), else
        `$MONZOH_TOKEN_STORE`, else the cache file (atomically, mode 0600). Written under the store's
        renewal lock, so a renewal under way in another process cannot overwrite it."""
        from monzo_api.pydantic_models import OAuthToken  # here: the models load on first use

        if not isinstance(token, OAuthToken):
            raise MonzoValidationError(
                f"token must be the OAuthToken exchange_code() returned, not {type(token).__name__}"
            )
        store = open_token_store(cache)
        save_locked(
            store,
            StoredToken.from_grant(
                token.access_token,
                token.refresh_token,
                token.expires_in,
                user_id=token.user_id,
                client_id=token.client_id,
            ),
        )
        return store

    # monzoh 1.2.0's names for the same calls.
    def get_authorization_url(self, state: str | None = None) -> str:
        """`authorization_url(state)`; with no `state`, a random one (which you then cannot check: pass your own)."""
        return self.authorization_url(state or secrets.token_urlsafe(24))

    def exchange_code_for_token(self, authorization_code: str) -> OAuthToken:
        """`exchange_code(authorization_code)`."""
        return self.exchange_code(authorization_code)

    def refresh_token(self, refresh_token: str) -> OAuthToken:
        """`refresh(refresh_token)`."""
        return self.refresh(refresh_token)

    @property
    def http_client(self) -> httpx.Client:
        """The `httpx.Client` the token calls go through (yours, when you passed `http_client`)."""
        return self._http._http  # the runtime client's own, or the one passed in

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> MonzoOAuth:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MonzoOAuth(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"
