"""Run any ASGI app under uvicorn on 127.0.0.1 in a background thread.

    with SandboxServer(app) as server:
        httpx.get(server.url + "/ping")

The listening socket is bound before the thread starts (port 0 picks a free port), so `url` is
known at once; `start()` returns when uvicorn accepts connections and `stop()` closes every socket
and joins the thread. Logging is left alone unless `log_level` is given (then uvicorn's own
logging setup applies, as on the command line).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import socket
import struct
import threading
import time
from collections.abc import Coroutine
from types import TracebackType
from typing import Any, Self, TypeVar

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.config import LOGGING_CONFIG

from ._middleware import DROP_EXTENSION

__all__ = ["SandboxServer"]

T = TypeVar("T")

# How often a stopping server looks whether its connections and tasks are gone. uvicorn waits in
# steps of 0.1 s (fine for a service stopped once), which made each sandbox stop cost ~0.2 s: the
# test suite starts and stops hundreds.
STOP_POLL = 0.002


class _QuickStopServer(uvicorn.Server):
    """uvicorn, woken at once by `stop()` and shut down without its fixed 0.1 s waits."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._stop_requested: asyncio.Event | None = None

    def request_stop(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """From any thread: exit the main loop now rather than at its next tick."""
        self.should_exit = True
        event = self._stop_requested
        if loop is not None and event is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between: it has stopped anyway
                loop.call_soon_threadsafe(event.set)

    async def main_loop(self) -> None:
        self._stop_requested = event = asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):  # on_tick: date header, should_exit, request limits
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()  # idle keep-alive connections close, busy ones finish their response
        state = self.server_state
        try:
            async with asyncio.timeout(self.config.timeout_graceful_shutdown):
                while (state.connections or state.tasks) and not self.force_exit:
                    await asyncio.sleep(STOP_POLL)
        except TimeoutError:
            for task in state.tasks:
                task.cancel(msg="the sandbox server is stopping")
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()


class SandboxServer:
    def __init__(
        self,
        app: ASGIApp,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str | None = None,
        access_log: bool = False,
        startup_timeout: float = 10.0,
        shutdown_timeout: float = 5.0,
    ) -> None:
        self.app = app
        self.host = host
        self.port = port
        self._requested_port = port
        self.log_level = log_level
        self.access_log = access_log
        self.startup_timeout = startup_timeout
        self.shutdown_timeout = shutdown_timeout
        self._server: _QuickStopServer | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        if self._socket is None:
            raise RuntimeError("the server is not running; call start() or use it as a context manager")
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """The server's event loop while it runs (to schedule work with `submit`)."""
        return self._loop if self.running else None

    def start(self) -> Self:
        if self._thread is not None:
            raise RuntimeError("the server is already started")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP proto: asyncio sets TCP_NODELAY
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self._requested_port))
            sock.listen(2048)
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._with_extensions,
            lifespan="off",
            interface="asgi3",
            proxy_headers=False,
            log_config=LOGGING_CONFIG if self.log_level is not None else None,
            log_level=self.log_level,
            access_log=self.access_log,
            timeout_graceful_shutdown=max(1, int(self.shutdown_timeout / 2)),
            server_header=False,
        )
        self._server = _QuickStopServer(config)
        self._error = None
        self._thread = threading.Thread(target=self._run, name=f"api-sandbox:{self.port}", daemon=True)
        self._thread.start()
        self._wait_started()
        return self

    def stop(self) -> None:
        """Stop accepting, close the connections, join the thread. Safe to call twice."""
        thread, server = self._thread, self._server
        if thread is not None and server is not None:
            server.request_stop(self._loop)
            thread.join(self.shutdown_timeout)
            if thread.is_alive():  # a request that will not finish: stop waiting for it
                server.force_exit = True
                thread.join(self.shutdown_timeout)
        if self._socket is not None:
            self._socket.close()
        self._thread = self._server = self._socket = self._loop = None

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run `coro` on the server's loop (from any thread) and return its future."""
        loop = self.loop
        if loop is None:
            coro.close()
            raise RuntimeError("the server is not running")
        return asyncio.run_coroutine_threadsafe(coro, loop)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = self.url if self.running else "stopped"
        return f"<SandboxServer {state}>"

    # -- internals ---------------------------------------------------------------------------
    def _run(self) -> None:
        assert self._server is not None and self._socket is not None
        try:
            asyncio.run(self._serve(self._server, self._socket))
        except BaseException as exc:  # reported to start() or kept for inspection
            self._error = exc

    async def _serve(self, server: _QuickStopServer, sock: socket.socket) -> None:
        self._loop = asyncio.get_running_loop()
        await server.serve(sockets=[sock])

    def _wait_started(self) -> None:
        assert self._thread is not None and self._server is not None
        deadline = time.monotonic() + self.startup_timeout
        while not self._server.started:
            if not self._thread.is_alive():
                error = self._error
                self.stop()
                raise RuntimeError(f"the sandbox server failed to start: {error!r}") from error
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"the sandbox server did not start within {self.startup_timeout} s")
            time.sleep(0.002)

    async def _with_extensions(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            client = scope.get("client")
            extensions = dict(scope.get("extensions") or {})
            extensions[DROP_EXTENSION] = lambda reset: self._drop(client, reset)
            scope = {**scope, "extensions": extensions}
        await self.app(scope, receive, send)

    def _drop(self, client: Any, reset: bool) -> bool:
        """Abort the connection of `client` without a response (called on the server loop)."""
        server = self._server
        if server is None or client is None:
            return False
        for connection in list(server.server_state.connections):
            if tuple(getattr(connection, "client", None) or ()) != tuple(client):
                continue
            transport: Any = getattr(connection, "transport", None)
            if transport is None:
                return False
            if reset:
                raw = transport.get_extra_info("socket")
                if raw is not None:
                    raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
            return True
        return False
