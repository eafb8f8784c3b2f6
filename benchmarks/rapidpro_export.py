"""Benchmark: export 100,000 RapidPro contacts (400 cursor pages of 250) from a loopback server.

Measures items per second of `rapidpro`'s pager (sync and async, parsed into pydantic `Contact`s)
against raw httpx following `next` with `.json()`, on the same server, and the peak memory
(tracemalloc) of a whole export against that of fetching and parsing a single page.

    python -m benchmarks.rapidpro_export            # prints a Markdown table
    from benchmarks.rapidpro_export import report   # for benchmarks/run.py: report() prints the same

The server runs in its own process (asyncio, keep-alive, every page pre-rendered), so the client's
costs are what is measured, as in benchmarks/loopback_server.py.
"""

from __future__ import annotations

import asyncio
import base64
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench0123456789abcdef0123456789abcdef0123"
PAGE_SIZE = 250
PAGES = 400


# -- the server (its own process) ---------------------------------------------------------------


def _contact(i: int) -> dict[str, Any]:
    stamp = f"2026-03-01T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}.{i % 1000000:06d}Z"
    return {
        "uuid": str(uuid.UUID(int=i + 1)),
        "name": f"Contact {i}",
        "status": "active",
        "language": "eng",
        "urns": [f"tel:+250788{i:06d}"],
        "groups": [{"uuid": "5a4eb79e-1b1f-4ae3-8700-09384cca385f", "name": "Farmers"}],
        "notes": [],
        "fields": {"age": str(20 + i % 50), "district": "Gasabo", "registered": stamp},
        "flow": None,
        "created_on": stamp,
        "modified_on": stamp,
        "last_seen_on": stamp,
        "blocked": False,
        "stopped": False,
    }


def _cursor(page: int) -> str:
    return base64.urlsafe_b64encode(f"p={page}".encode()).decode()


def _pages(port: int, pages: int, size: int) -> dict[str, bytes]:
    """Every page's full HTTP response, keyed by its cursor ("" for the first)."""
    base = f"http://127.0.0.1:{port}/api/v2/contacts.json"
    rendered: dict[str, bytes] = {}
    for page in range(pages):
        body = {
            "next": f"{base}?cursor={_cursor(page + 1)}" if page + 1 < pages else None,
            "previous": f"{base}?cursor={_cursor(page - 1)}" if page else None,
            "results": [_contact(page * size + i) for i in range(size)],
        }
        data = json.dumps(body).encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
        rendered["" if page == 0 else _cursor(page)] = head.encode() + data
    return rendered


async def _serve(pages: int, size: int) -> None:
    rendered: dict[str, bytes] = {}
    missing = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                cursor = httpx.URL(target).params.get("cursor", "")
                writer.write(rendered.get(cursor, missing))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    rendered.update(_pages(port, pages, size))
    print(port, flush=True)
    async with server:
        await server.serve_forever()


@contextmanager
def export_server(pages: int = PAGES, size: int = PAGE_SIZE) -> Iterator[str]:
    """The URL of a server holding `pages` pages of `size` contacts, until the block ends."""
    command = [sys.executable, "-m", "benchmarks.rapidpro_export", "--serve", str(pages), str(size)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None
        yield f"http://127.0.0.1:{proc.stdout.readline().strip()}"
    finally:
        proc.kill()
        proc.wait()


# -- the clients ----------------------------------------------------------------------------------

HEADERS = {"Authorization": f"Token {TOKEN}"}


def raw_sync(url: str, limit_pages: int | None = None) -> int:
    count, pages, following = 0, 0, f"{url}/api/v2/contacts.json"
    with httpx.Client(headers=HEADERS) as client:
        while following and (limit_pages is None or pages < limit_pages):
            page = client.get(following).json()
            for _item in page["results"]:
                count += 1
            following, pages = page["next"], pages + 1
    return count


async def raw_async(url: str) -> int:
    count, following = 0, f"{url}/api/v2/contacts.json"
    async with httpx.AsyncClient(headers=HEADERS) as client:
        while following:
            page = (await client.get(following)).json()
            for _item in page["results"]:
                count += 1
            following = page["next"]
    return count


def facade_sync(url: str, limit_pages: int | None = None) -> int:
    from rapidpro import RapidProClient

    count = 0
    with RapidProClient(TOKEN, base_url=url) as client:
        if limit_pages is not None:
            pages = client.contacts.list().pages()
            for _ in range(limit_pages):
                count += len(next(pages).items)
            return count
        for _contact in client.contacts.list():
            count += 1
    return count


async def facade_async(url: str) -> int:
    from rapidpro import AsyncRapidProClient

    count = 0
    async with AsyncRapidProClient(TOKEN, base_url=url) as client:
        async for _contact in client.contacts.list():
            count += 1
    return count


def _rate(run: Callable[[], int], rounds: int) -> float:
    """Items per second, median of `rounds` whole exports (after one warm-up)."""
    expected = run()
    rates = []
    for _ in range(rounds):
        started = time.perf_counter()
        assert run() == expected
        rates.append(expected / (time.perf_counter() - started))
    return statistics.median(rates)


def _peak(run: Callable[[], int]) -> float:
    """Peak traced memory (bytes) while `run` runs."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        run()
        return float(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()


def measure(pages: int = PAGES, size: int = PAGE_SIZE, rounds: int = 3) -> dict[str, float]:
    """Items/s of each client over the whole export, and peak memory of an export against one page."""
    with export_server(pages, size) as url:
        figures = {
            "items": float(pages * size),
            "raw_sync": _rate(lambda: raw_sync(url), rounds),
            "facade_sync": _rate(lambda: facade_sync(url), rounds),
            "raw_async": _rate(lambda: asyncio.run(raw_async(url)), rounds),
            "facade_async": _rate(lambda: asyncio.run(facade_async(url)), rounds),
            "peak_facade_export": _peak(lambda: facade_sync(url)),
            "peak_facade_one_page": _peak(lambda: facade_sync(url, limit_pages=1)),
            "peak_raw_export": _peak(lambda: raw_sync(url)),
            "peak_raw_one_page": _peak(lambda: raw_sync(url, limit_pages=1)),
        }
    return figures


def report(pages: int = PAGES, size: int = PAGE_SIZE, rounds: int = 3) -> dict[str, float]:
    f = measure(pages, size, rounds)
    mb = 1024 * 1024
    print(f"\n### rapidpro: export {int(f['items']):,} contacts ({pages} pages of {size}), loopback\n")
    print("| client | raw httpx (items/s) | rapidpro pager (items/s) | ratio |")
    print("|---|---|---|---|")
    for kind in ("sync", "async"):
        raw, facade = f[f"raw_{kind}"], f[f"facade_{kind}"]
        print(f"| {kind} | {raw:,.0f} | {facade:,.0f} | {facade / raw:.2f} |")
    print("\n| peak memory (tracemalloc) | whole export | one page | ratio |")
    print("|---|---|---|---|")
    for who in ("facade", "raw"):
        export, one = f[f"peak_{who}_export"], f[f"peak_{who}_one_page"]
        label = "rapidpro pager" if who == "facade" else "raw httpx"
        print(f"| {label} | {export / mb:.1f} MB | {one / mb:.1f} MB | {export / one:.2f} |")
    return f


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--serve":
        asyncio.run(_serve(int(sys.argv[2]), int(sys.argv[3])))
        return
    report()


if __name__ == "__main__":
    main()
