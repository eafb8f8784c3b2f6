"""Requests per second the Monzo sandbox serves for `GET /ping/whoami` (not a test).

    python -m benchmarks.sandbox_throughput [seconds]   (or `nox -s bench -- sandbox`)

Sync: one keep-alive httpx.Client, one request at a time. Async: an httpx.AsyncClient with 20
requests in flight. Raw: minimal asyncio HTTP/1.1 clients, to show the server's own capacity
(the httpx async pool is the bottleneck long before the server is). Measured twice: against a sandbox in a thread of this process (as tests use
it: client and server then share the GIL) and against `python -m api_sandbox` in its own process.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from typing import Any

import httpx

from monzoh.testing import MonzoSandbox


def sync_rps(sandbox: Any, seconds: float) -> float:
    with httpx.Client(base_url=sandbox.url, headers=sandbox.auth_headers) as client:
        client.get("/ping/whoami")
        count, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            client.get("/ping/whoami").raise_for_status()
            count += 1
        return count / (time.perf_counter() - started)


async def async_rps(sandbox: Any, seconds: float, concurrency: int = 20) -> float:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=sandbox.url, headers=sandbox.auth_headers, limits=limits) as client:
        count = 0
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal count
            while time.perf_counter() < deadline:
                (await client.get("/ping/whoami")).raise_for_status()
                count += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return count / (time.perf_counter() - started)


async def raw_rps(sandbox: Any, seconds: float, concurrency: int = 20) -> float:
    """The server's capacity: minimal keep-alive HTTP/1.1 clients on raw asyncio streams."""
    host, port = sandbox.url.removeprefix("http://").split(":")
    auth = sandbox.auth_headers["Authorization"]
    request = f"GET /ping/whoami HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: {auth}\r\n\r\n".encode()
    count = 0
    deadline = time.perf_counter() + seconds

    async def connection() -> None:
        nonlocal count
        reader, writer = await asyncio.open_connection(host, int(port))
        while time.perf_counter() < deadline:
            writer.write(request)
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
            assert head.startswith("http/1.1 200")
            length = int(head.split("content-length:")[1].split("\r\n")[0])
            await reader.readexactly(length)
            count += 1
        writer.close()
        await writer.wait_closed()

    started = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(concurrency)))
    return count / (time.perf_counter() - started)


class _Remote:
    """Just enough of a sandbox to point the clients at a server in another process."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.auth_headers = {"Authorization": f"Bearer {token}"}


def _report(where: str, sandbox: Any, seconds: float) -> None:
    print(f"{where:<22} sync, keep-alive:    {sync_rps(sandbox, seconds):7.0f} requests/s")
    print(f"{where:<22} async, 20 in flight: {asyncio.run(async_rps(sandbox, seconds)):7.0f} requests/s")
    print(f"{where:<22} raw asyncio, 1 conn: {asyncio.run(raw_rps(sandbox, seconds, 1)):7.0f} requests/s")
    print(f"{where:<22} raw asyncio, 20:     {asyncio.run(raw_rps(sandbox, seconds, 20)):7.0f} requests/s")


def main(seconds: float | None = None) -> None:
    if seconds is None:
        seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    with MonzoSandbox() as sandbox:
        _report("thread in this process", sandbox, seconds)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "api_sandbox", "monzo", "--port", "0", "--log-level", "warning"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as process:
        assert process.stdout is not None
        url = process.stdout.readline().split(" running at ")[1].strip()
        token = process.stdout.readline().split("access token: ")[1].strip()
        try:
            _report("separate process", _Remote(url, token), seconds)
        finally:
            process.send_signal(signal.SIGINT)
            process.communicate()


if __name__ == "__main__":
    main()
