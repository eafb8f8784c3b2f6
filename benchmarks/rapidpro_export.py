"""Benchmark: export 100,000 RapidPro contacts (400 cursor pages of 250) from a loopback server.

Measures items per second of `rapidpro`'s pager (sync and async, parsed into pydantic `Contact`s)
against raw httpx following `next` with `.json()`, on the same server, and the peak memory
(tracemalloc) of a whole export against that of fetching and parsing a single page.

    python -m benchmarks.rapidpro_export            # prints a Markdown table
    from benchmarks.rapidpro_export import report   # for benchmarks/run.py: report() prints the same

The server (benchmarks/loopback_server.py) runs in its own process (asyncio, keep-alive, every page
pre-rendered), so the client's costs are what is measured.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from benchmarks.loopback_server import serving

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench0123456789abcdef0123456789abcdef0123"
PAGE_SIZE = 250
PAGES = 400


@contextmanager
def export_server(pages: int = PAGES, size: int = PAGE_SIZE) -> Iterator[str]:
    """The URL of a server holding `pages` pages of `size` contacts, until the block ends."""
    with serving({"contacts": [pages, size]}) as url:
        yield url


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
    report()


if __name__ == "__main__":
    main()
