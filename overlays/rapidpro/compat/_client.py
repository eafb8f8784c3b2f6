"""`TembaClient`: rapidpro-python's client (`temba_client.v2.TembaClient`), on the facade and its runtime."""

from __future__ import annotations

import os
import ssl
from types import TracebackType
from typing import Self

import httpx

from overlay_runtime import DEFAULT_TIMEOUT
from overlay_runtime._pools import SyncPool

from .._client import RapidProClient, api_root
from .._constants import DEFAULT_MAX_RETRIES
from ._base import Transformer
from ._reads import Reads
from ._writes import Writes

__all__ = ["RATE_WAIT_CAP", "TembaClient"]

# The longest Retry-After a `retry_on_rate_exceed=True` read waits for: a RapidPro throttle window is an hour.
RATE_WAIT_CAP = 3600.0


class TembaClient(Reads, Writes):
    """A drop-in for rapidpro-python's `TembaClient`: the same constructor, methods, arguments, query
    objects and exception names, sending every request through the facade's runtime (one connection
    pool, typed errors, tolerant parsing, loop-proof paging).

    ```python
    from rapidpro.compat import TembaClient        # was: from temba_client.v2 import TembaClient

    client = TembaClient("rapidpro.io", "your-api-token")
    for contact_batch in client.get_contacts(group="Reporters").iterfetches(retry_on_rate_exceed=True):
        for contact in contact_batch:
            print(contact.name)
    ```

    - `host`: a host name (`"rapidpro.io"`, reached over https) or a URL (`"http://127.0.0.1:8000"`);
      the API root `/api/v2` is added unless the URL already ends with it.
    - `token`: the API token, sent as `Authorization: Token ...`; refused over plain http to a host that
      is not loopback (`TembaConfigurationError`), and never logged.
    - `user_agent`: put before ours in the `User-Agent` header.
    - `verify_ssl`: None or True (verify against the system's CAs), False (do not verify), or the path of a
      CA bundle file or directory.
    - `transformer(clazz, item)`: rewrites each listed item (a dict) before it is parsed into `clazz`.

    Retries are TembaClient's: none, except that a read with `retry_on_rate_exceed=True` waits out 429s
    (5 attempts in all); such a read also rides out connection errors and 5xx. `close()` (or `with`)
    closes the connection pool; TembaClient had none to close.
    """

    def __init__(
        self,
        host: str,
        token: str,
        user_agent: str | None = None,
        verify_ssl: bool | str | None = None,
        transformer: Transformer | None = None,
    ) -> None:
        self.root_url = api_root(host).rstrip("/")
        self.verify_ssl = verify_ssl
        self.transformer = transformer
        self._pool = None if verify_ssl is None else _pool(verify_ssl)
        self._eager = RapidProClient(
            token,
            base_url=host,
            http_client=self._pool,
            user_agent=user_agent,
            max_retries=0,
            max_retry_after=RATE_WAIT_CAP,
        )
        self._patient = self._eager.with_options(max_retries=DEFAULT_MAX_RETRIES, deadline=None)

    def close(self) -> None:
        """Close the connection pool."""
        self._eager.close()
        if self._pool is not None:
            self._pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"TembaClient({self.root_url!r})"


def _pool(verify_ssl: bool | str) -> httpx.Client:
    """A connection pool that verifies certificates as `verify_ssl` says (requests' `verify=`)."""
    verify: bool | ssl.SSLContext = verify_ssl if isinstance(verify_ssl, bool) else _trusting(verify_ssl)
    return SyncPool(verify=verify, timeout=DEFAULT_TIMEOUT)


def _trusting(bundle: str) -> ssl.SSLContext:
    if os.path.isdir(bundle):
        return ssl.create_default_context(capath=bundle)
    return ssl.create_default_context(cafile=bundle)
