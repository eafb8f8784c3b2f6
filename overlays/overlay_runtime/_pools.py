"""The connection pools our clients make for themselves (a pool passed in as `http_client` is left as it is).

- One TLS context per process. httpx builds a new `ssl.SSLContext` for each client, loading the
  whole CA bundle into it: some 25 ms of CPU per client, paid again by every `MonzoClient(...)` made
  in a request handler, a Celery task or a test. A configured context is safe to share between
  connections, pools and threads (httpx already shares one among a pool's connections), so our
  pools share one: httpx's own default (certifi's bundle, or `SSL_CERT_FILE` / `SSL_CERT_DIR` when
  set), built on first use and again only when one of those variables changes.
- No cookies taken from responses. None of these APIs uses cookies, yet httpx reads every response's
  headers for `Set-Cookie` (about a tenth of a small call's time) and would send back whatever a
  server or a proxy on the way set, to every later call. Cookies set by hand on `pool.cookies` are
  still sent.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS

if TYPE_CHECKING:
    import ssl

    from ._types import TimeoutTypes

__all__ = ["AsyncPool", "SyncPool", "default_ssl_context"]


def default_ssl_context() -> ssl.SSLContext:
    """The context httpx would build for `verify=True`, made once per process (per CA setting)."""
    return _context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=4)
def _context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    # The arguments only key the cache: httpx reads the same variables itself.
    return httpx.create_ssl_context(verify=True, trust_env=True)


class _SentOnly(httpx.Cookies):
    """Cookies that are sent as set, and never added to from a response."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _OurPool:
    """What `SyncPool` and `AsyncPool` add to httpx's clients: the shared TLS context (or `verify`), the
    default limits, and `cookies` that are sent as set and never taken from a response."""

    _sent_only: httpx.Cookies

    def __init__(
        self,
        *,
        timeout: TimeoutTypes,
        headers: dict[str, str] | None = None,
        verify: ssl.SSLContext | bool | None = None,
    ) -> None:
        context = default_ssl_context() if verify is None or verify is True else verify
        # The next class in the MRO: httpx.Client or httpx.AsyncClient.
        super().__init__(  # type: ignore[call-arg]
            verify=context, timeout=timeout, limits=DEFAULT_CONNECTION_LIMITS, headers=headers
        )
        self.cookies = None

    @property
    def cookies(self) -> httpx.Cookies:
        return self._sent_only

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._sent_only = _SentOnly(cookies)


class SyncPool(_OurPool, httpx.Client):
    """`httpx.Client` as our clients make it (see `_OurPool`)."""


class AsyncPool(_OurPool, httpx.AsyncClient):
    """`httpx.AsyncClient` as our clients make it (see `_OurPool`)."""
