"""One TLS context for every connection pool this process makes.

httpx builds a new `ssl.SSLContext` for each client, loading the whole CA bundle into it: some
30 ms of CPU per client, paid again by every `MonzoClient(...)` made in a request handler, a Celery
task or a test. A configured context is safe to share between connections, pools and threads (httpx
already shares one among a pool's connections), so the pools we make share one: httpx's own default
(certifi's bundle, or `SSL_CERT_FILE` / `SSL_CERT_DIR` when set), built on first use and again only
when one of those variables changes. A pool the caller passes in (`http_client=`) keeps its own.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ssl

__all__ = ["default_ssl_context"]


def default_ssl_context() -> ssl.SSLContext:
    """The context httpx would build for `verify=True`, made once per process (per CA setting)."""
    return _context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=4)
def _context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    # The arguments only key the cache: httpx reads the same variables itself.
    import httpx

    return httpx.create_ssl_context(verify=True, trust_env=True)
