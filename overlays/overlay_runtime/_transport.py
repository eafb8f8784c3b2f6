"""An httpx transport that puts the runtime's request path under any httpx client.

The generated low-level clients (`monzo_api`, `bloomy_api`, `rapidpro_api`) build their own
httpx clients; giving them `httpx_args={"transport": RuntimeTransport(runtime)}` makes their
requests take the same path as the facades': credentials, retries, rate limits, logging, and the
API's typed errors for every non-2xx status and transport failure.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from ._flow import Runtime, run_async, run_sync, send_flow

__all__ = ["RuntimeTransport"]


class RuntimeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a real transport (by default httpx's own) with `send_flow()`."""

    def __init__(
        self,
        runtime: Runtime,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        idempotent: Callable[[httpx.Request], bool] = lambda request: False,
    ) -> None:
        self.runtime = runtime
        self._transport = transport
        self._async_transport = async_transport
        self._idempotent = idempotent

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.HTTPTransport()
        inner = self._transport

        def send(req: httpx.Request) -> httpx.Response:
            response = inner.handle_request(req)
            response.request = req
            response.read()
            return response

        return run_sync(send_flow(self.runtime, request, idempotent=self._idempotent(request)), send)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        inner = self._async_transport

        async def send(req: httpx.Request) -> httpx.Response:
            response = await inner.handle_async_request(req)
            response.request = req
            await response.aread()
            return response

        return await run_async(send_flow(self.runtime, request, idempotent=self._idempotent(request)), send)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()
