"""Where a client's API key and base URL come from, and how to get a key from a login.

Key resolution, first non-blank wins: the `api_key` argument, `$BG_API_KEY`, the config file
(`~/.bloomy/config.yaml`, or `$BLOOMY_CONFIG`). Base URL: the `base_url` argument, `$BLOOMY_BASE_URL`,
https://app.bloomgrowth.com/api/v1.

The login (the spec's `create_access_token`) lives at the host root, not under the API's `/api/v1`: its
generated request is sent by a client whose base URL is `host_root()` of the API's, through the shared
request path, with no credentials and its own error map (a refused login is a `LoginError`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from overlay_runtime import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    Call,
    RetryPolicy,
    Runtime,
    SyncAPIClient,
    get_logger,
    httpx_request,
    register_secret,
)
from overlay_runtime._checks import check_credential, check_retries, check_text, check_url

from ._config_file import default_config_path, read_api_key, write_api_key
from ._constants import API_KEY_ENV, API_PATH, BASE_URL_ENV, DEFAULT_BASE_URL, USER_AGENT
from ._exceptions import LOGIN_ERRORS, ConfigurationError, ValidationError

if TYPE_CHECKING:
    from bloomy_api.types import EndpointRequest

__all__ = ["Configuration", "host_root", "resolve_base_url", "token_url"]


def how_to_set_a_key(path: Path) -> str:
    return (
        f"No Bloom Growth API key found. Pass api_key=..., set {API_KEY_ENV}, or store one in {path} "
        "(bloomy.Configuration().configure_api_key(username, password, store_key=True) does that)."
    )


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


def resolve_base_url(base_url: str | None) -> str:
    return _clean(base_url) or _clean(os.environ.get(BASE_URL_ENV)) or DEFAULT_BASE_URL


def host_root(base_url: str) -> str:
    """The host root of an API base URL (`https://host/api/v1` -> `https://host`); a path prefix before the
    API's own path is kept, for proxies."""
    parts = urlsplit(base_url.rstrip("/"))
    path = parts.path
    if path.lower().endswith(API_PATH.lower()):
        path = path[: -len(API_PATH)]
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))


def _login_request(username: str, password: str) -> EndpointRequest:
    from bloomy_api.api.token import create_access_token
    from bloomy_api.models import TokenRequest, TokenRequestGrantType

    body = TokenRequest(grant_type=TokenRequestGrantType.PASSWORD, user_name=username, password=password)
    return create_access_token.build_request(body=body)


def token_url(base_url: str) -> str:
    """Where the login goes for an API base URL: the generated login request's path under `host_root()`."""
    return str(httpx_request(_login_request("", ""), host_root(base_url)).url)


def login_call(username: str, password: str) -> Call[str]:
    from bloomy_api.pydantic_models import TokenResponse

    check_text(username, "username", ValidationError)
    register_secret(check_credential(password, "password", ValidationError))

    def parse(response: httpx.Response) -> str:
        key = TokenResponse.model_validate_json(response.content).access_token
        register_secret(key)
        return key

    # A password grant only issues a token: safe to send again after a timeout or a 5xx. The password
    # is never sent over plain http:// to a host that is not loopback (unless allow_insecure_http).
    return Call(
        _login_request(username, password), parse=parse, authenticated=False, idempotent=True, carries_secret=True
    )


def _login_client(base_url: str | None, max_retries: int, allow_insecure_http: bool = False) -> dict[str, Any]:
    """The settings of the client a login is sent with: at the host root, with the login's error map."""
    base_url = check_url(resolve_base_url(base_url), "base_url", ConfigurationError)
    runtime = Runtime(
        errors=LOGIN_ERRORS,
        retry=RetryPolicy(max_retries=check_retries(max_retries, "max_retries", ConfigurationError)),
        logger=get_logger("bloomy"),
        allow_insecure_http=allow_insecure_http,
    )
    return {"base_url": host_root(resolve_base_url(base_url)), "runtime": runtime, "user_agent": USER_AGENT}


class Configuration:
    """The API key a client uses (`.api_key`, None when none was found), and helpers to get and store one.

    ```python
    from bloomy import Configuration
    Configuration().configure_api_key("jane@acme.example", "secret", store_key=True)   # once
    ```
    """

    def __init__(self, api_key: str | None = None, *, config_path: Path | None = None) -> None:
        if api_key is not None and not isinstance(api_key, str):
            raise ConfigurationError(f"api_key must be a str, not {type(api_key).__name__}")
        if config_path is not None and not isinstance(config_path, str | os.PathLike):
            raise ConfigurationError(f"config_path must be a path, not {type(config_path).__name__}")
        self.config_path = Path(config_path) if config_path else default_config_path()
        self.api_key = _clean(api_key) or _clean(os.environ.get(API_KEY_ENV)) or read_api_key(self.config_path)
        register_secret(self.api_key, owner=self)
        if self.api_key:  # a key that could not be sent in a header: refused now, not by the first request
            check_credential(self.api_key, "The Bloom Growth API key", ConfigurationError)

    def require_api_key(self) -> str:
        if not self.api_key:
            raise ConfigurationError(how_to_set_a_key(self.config_path))
        return self.api_key

    def configure_api_key(
        self,
        username: str,
        password: str,
        store_key: bool = False,
        *,
        base_url: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure_http: bool = False,
    ) -> None:
        """Exchange a login for an API key, keep it in `.api_key`, and store it if asked.

        Raises `LoginError` (an `AuthenticationError`) when the login is refused, and
        `ConfigurationError` rather than send the password over plain `http://` to a host that is not
        loopback (`allow_insecure_http=True` sends it anyway, for a proxy that adds TLS).
        """
        with SyncAPIClient(**_login_client(base_url, max_retries, allow_insecure_http)) as http:
            self._keep(http.run(http.build(login_call, username, password)), store_key)

    async def aconfigure_api_key(
        self,
        username: str,
        password: str,
        store_key: bool = False,
        *,
        base_url: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure_http: bool = False,
    ) -> None:
        """`configure_api_key()` for asyncio code."""
        async with AsyncAPIClient(**_login_client(base_url, max_retries, allow_insecure_http)) as http:
            self._keep(await http.run(http.build(login_call, username, password)), store_key)

    def _keep(self, api_key: str, store_key: bool) -> None:
        self.api_key = api_key
        if store_key:
            self.store_api_key()

    def store_api_key(self) -> Path:
        """Write `.api_key` to the config file (mode 0600, atomically); returns its path."""
        if not self.api_key:
            raise ConfigurationError("API key is None: nothing to store")
        try:
            return write_api_key(self.api_key, self.config_path)
        except OSError as exc:
            raise ConfigurationError(f"Cannot write {self.config_path}: {exc.strerror or exc}") from exc

    def __repr__(self) -> str:
        state = "set" if self.api_key else "missing"
        return f"Configuration(api_key=[{state}], config_path={str(self.config_path)!r})"
