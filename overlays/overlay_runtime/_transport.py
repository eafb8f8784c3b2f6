"""An httpx transport that puts the runtime's request path under any httpx client.

The generated low-level clients (`monzo_api`, `bloomy_api`, `rapidpro_api`) build their own
httpx clients; giving them `httpx_args={"transport": RuntimeTransport(runtime)}` makes their
requests take the same path as the facades': credentials, retries, rate limits, logging, the
call deadline, the per-attempt timeout and the body size cap, and the API's typed errors for every
non-2xx status and transport failure.
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
        self._owns_async_transport = async_transport is None
        self._loop: object | None = None  # the event loop our own async transport's connections belong to
        self._idempotent = idempotent

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.HTTPTransport()
        inner = self._transport

        def send(req: httpx.Request) -> httpx.Response:  # the driver reads the body, within the deadline and cap
            response = inner.handle_request(req)
            response.request = req
            return response

        return run_sync(send_flow(self.runtime, request, idempotent=self._idempotent(request)), send)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import anyio.lowlevel  # here: asyncio and anyio load on first async use

        loop = anyio.lowlevel.current_token().native_token
        if self._async_transport is None or (self._owns_async_transport and loop is not self._loop):
            # Our pool's connections belong to the loop that opened them: a new loop gets a new pool.
            self._async_transport = httpx.AsyncHTTPTransport()
        self._loop = loop
        inner = self._async_transport

        async def send(req: httpx.Request) -> httpx.Response:  # the driver reads the body, within the deadline and cap
            response = await inner.handle_async_request(req)
            response.request = req
            return response

        return await run_async(send_flow(self.runtime, request, idempotent=self._idempotent(request)), send)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()
