"""The generated low-level client (`bloomy_api`), wired to the shared request path.

Every operation of the V1 API is in `bloomy_api.api.<tag>.<operation>`; given `client.generated`, it runs
with the facade's credentials, retries, logging and typed errors (a non-2xx raises `bloomy.APIError`)
because its httpx transport is the runtime's `RuntimeTransport`. The key itself stays in the runtime's
auth object: the generated client holds none.
"""

from __future__ import annotations

import httpx

from bloomy_api import AuthenticatedClient
from overlay_runtime import DEFAULT_TIMEOUT, NotGiven, Runtime, RuntimeTransport, TimeoutTypes

__all__ = ["generated_client"]


def _timeout(timeout: TimeoutTypes | NotGiven) -> httpx.Timeout:
    if isinstance(timeout, NotGiven):
        return DEFAULT_TIMEOUT
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def generated_client(
    base_url: str, runtime: Runtime, timeout: TimeoutTypes | NotGiven
) -> tuple[AuthenticatedClient, RuntimeTransport]:
    """A `bloomy_api.AuthenticatedClient` whose requests take the runtime's path, and that transport."""
    transport = RuntimeTransport(runtime)
    client = AuthenticatedClient(
        base_url=base_url.rstrip("/"),
        token="",  # replaced on every request by the runtime's auth
        timeout=_timeout(timeout),
        httpx_args={"transport": transport},
    )
    return client, transport
