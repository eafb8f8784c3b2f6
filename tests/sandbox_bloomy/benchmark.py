"""Requests per second the Bloom Growth sandbox serves (not a test).

    PYTHONPATH=generated:overlays:. python -m tests.sandbox_bloomy.benchmark [seconds]

For `GET users/mine` (a small object) and `GET L10/327249` (the whole meeting, ~40 kB): one keep-alive
httpx.Client one request at a time, and an httpx.AsyncClient with 20 requests in flight, against a
sandbox in a thread of this process (client and server share the GIL, as in tests).
"""

from __future__ import annotations

import asyncio
import sys
import time

import httpx

from bloomy.testing import BloomSandbox


def sync_rps(sandbox: BloomSandbox, path: str, seconds: float) -> float:
    with httpx.Client(base_url=sandbox.url, headers=sandbox.auth_headers) as client:
        client.get(path).raise_for_status()
        count, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            client.get(path).raise_for_status()
            count += 1
        return count / (time.perf_counter() - started)


async def async_rps(sandbox: BloomSandbox, path: str, seconds: float, concurrency: int = 20) -> float:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=sandbox.url, headers=sandbox.auth_headers, limits=limits) as client:
        count = 0
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal count
            while time.perf_counter() < deadline:
                (await client.get(path)).raise_for_status()
                count += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return count / (time.perf_counter() - started)


def main(seconds: float = 3.0) -> None:
    with BloomSandbox() as sandbox:
        for path in ("users/mine", f"L10/{sandbox.state.leadership_meeting_id}"):
            sync = sync_rps(sandbox, path, seconds)
            concurrent = asyncio.run(async_rps(sandbox, path, seconds))
            print(f"GET {path:<14} sync {sync:7.0f} req/s   async x20 {concurrent:7.0f} req/s")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
