"""Where a client's API key and base URL come from, and how to get a key from a login.

Key resolution, first non-blank wins: the `api_key` argument, `$BG_API_KEY`, the config file
(`~/.bloomy/config.yaml`, or `$BLOOMY_CONFIG`). Base URL: the `base_url` argument, `$BLOOMY_BASE_URL`,
https://app.bloomgrowth.com/api/v1.

`POST /Token` lives at the host root, not under `/api/v1`: `token_url()` derives it from the base URL
(`https://host/api/v1` -> `https://host/Token`), and the login is sent through the shared request path
with no credentials and its own error map (a refused login is a `LoginError`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from bloomy_api.pydantic_models import TokenResponse
from overlay_runtime import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    Call,
    RetryPolicy,
    Runtime,
    SyncAPIClient,
    get_logger,
    register_secret,
)

from ._config_file import default_config_path, read_api_key, write_api_key
from ._exceptions import LOGIN_ERRORS, ConfigurationError

__all__ = ["DEFAULT_BASE_URL", "Configuration", "resolve_base_url", "token_url"]

DEFAULT_BASE_URL = "https://app.bloomgrowth.com/api/v1"
API_KEY_ENV = "BG_API_KEY"
BASE_URL_ENV = "BLOOMY_BASE_URL"
USER_AGENT = "bloomy (overlay-clients)"


def how_to_set_a_key(path: Path) -> str:
    return (
        f"No Bloom Growth API key found. Pass api_key=..., set {API_KEY_ENV}, or store one in {path} "
        "(bloomy.Configuration().configure_api_key(username, password, store_key=True) does that)."
    )


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


def resolve_base_url(base_url: str | None) -> str:
    return _clean(base_url) or _clean(os.environ.get(BASE_URL_ENV)) or DEFAULT_BASE_URL


def token_url(base_url: str) -> str:
    """`<host root>/Token` for an API base URL (a path prefix before `/api/v1` is kept, for proxies)."""
    parts = urlsplit(base_url.rstrip("/"))
    path = parts.path
    if path.lower().endswith("/api/v1"):
        path = path[: -len("/api/v1")]
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/") + "/Token", "", ""))


def login_call(username: str, password: str, url: str) -> Call[str]:
    register_secret(password)
    form = {"grant_type": "password", "userName": username, "password": password}

    def parse(response: Any) -> str:
        key = TokenResponse.model_validate_json(response.content).access_token
        register_secret(key)
        return key

    # A password grant only issues a token: safe to send again after a timeout or a 5xx.
    return Call("POST", url, data=form, parse=parse, authenticated=False, idempotent=True)


def _login_runtime(max_retries: int) -> Runtime:
    return Runtime(errors=LOGIN_ERRORS, retry=RetryPolicy(max_retries=max_retries), logger=get_logger("bloomy"))


class Configuration:
    """The API key a client uses (`.api_key`, None when none was found), and helpers to get and store one.

    ```python
    from bloomy import Configuration
    Configuration().configure_api_key("jane@acme.example", "secret", store_key=True)   # once
    ```
    """

    def __init__(self, api_key: str | None = None, *, config_path: Path | None = None) -> None:
        self.config_path = config_path or default_config_path()
        self.api_key = _clean(api_key) or _clean(os.environ.get(API_KEY_ENV)) or read_api_key(self.config_path)
        register_secret(self.api_key)

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
    ) -> None:
        """Exchange a login for an API key (`POST /Token`), keep it in `.api_key`, and store it if asked.

        Raises `LoginError` (an `AuthenticationError`) when the login is refused.
        """
        url = token_url(resolve_base_url(base_url))
        with SyncAPIClient(base_url=url, runtime=_login_runtime(max_retries), user_agent=USER_AGENT) as http:
            self.api_key = http.run(login_call(username, password, url))
        if store_key:
            self.store_api_key()

    async def aconfigure_api_key(
        self,
        username: str,
        password: str,
        store_key: bool = False,
        *,
        base_url: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        """`configure_api_key()` for asyncio code."""
        url = token_url(resolve_base_url(base_url))
        async with AsyncAPIClient(base_url=url, runtime=_login_runtime(max_retries), user_agent=USER_AGENT) as http:
            self.api_key = await http.run(login_call(username, password, url))
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
