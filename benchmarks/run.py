"""Benchmarks: `nox -s bench` (or `python -m benchmarks.run [SECTION ...]`).

Every figure is reported next to a baseline measured in the same run, as a ratio:
- generate: wall time of the whole spec -> generated/ pipeline, per API and all together;
- imports: cold import time of each package in a fresh interpreter, against `import httpx`;
- monzoh: a facade call against the same call made with raw httpx on the same loopback server;
- bloomy: async `meeting.details` (five requests) against one request, and the facade's overhead;
- sandbox: requests per second the Monzo sandbox serves for a simple GET (is the server the bottleneck?);
- rapidpro: a 100,000-contact export through the pager against raw httpx paging, and its peak memory
  against one page's;
- parsing: tolerant parsing of a matching page against pydantic's one-pass parse, the repair of pages
  with odd values, and a tolerant export against a `strict=True` one;
- secrets: what masking costs a process that made 1,000 to 50,000 clients with their own token
  (`redact()` of one log line, and memory held) against the same process before them;
- peers (only when named: it builds the peers' venvs under .peers/ on first use): ours against
  monzoh 1.2.0, pymonzo, bloomy-python and rapidpro-python, every row a ratio in one run
  (benchmarks/peers/; `nox -s bench -- peers --readme` also rewrites the README's table).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
SECTIONS: dict[str, Callable[[], None]] = {}


def section(fn: Callable[[], None]) -> Callable[[], None]:
    SECTIONS[fn.__name__] = fn
    return fn


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


@section
def generate() -> None:
    from tools import generate as gen

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        total = time.perf_counter()
        for api in gen.APIS:
            started = time.perf_counter()
            gen.generate_api(api, Path(tmp))
            rows.append([api.name, f"{time.perf_counter() - started:.2f} s"])
        started = time.perf_counter()
        gen._format(Path(tmp))
        rows.append(["format (ruff, all three)", f"{time.perf_counter() - started:.2f} s"])
        rows.append(["**total**", f"{time.perf_counter() - total:.2f} s"])
    table("Generation (openapi-python-client + datamodel-codegen + ruff)", ["step", "time"], rows)


def _cold_import(module: str, runs: int = 7) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    samples = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(runs)]
    return statistics.median(samples)


@section
def imports() -> None:
    baseline = _cold_import("httpx")
    rows = [["httpx (baseline)", f"{baseline * 1000:.0f} ms", "1.00"]]
    modules = [
        "monzo_api",
        "monzo_api.pydantic_models",
        "bloomy_api",
        "bloomy_api.pydantic_models",
        "rapidpro_api",
        "rapidpro_api.pydantic_models",
        "overlay_runtime",
        "monzoh",
    ]
    for name in modules:
        seconds = _cold_import(name)
        rows.append([name, f"{seconds * 1000:.0f} ms", f"{seconds / baseline:.2f}"])
    table("Cold import (median of 7 fresh interpreters)", ["module", "time", "x httpx"], rows)


def loopback(routes: dict[str, Any]) -> AbstractContextManager[str]:
    from benchmarks.loopback_server import serving

    return serving({"routes": routes})


ROUNDS = 5


def compare(baseline: Callable[[], Any], candidate: Callable[[], Any], n: int) -> tuple[float, float]:
    """Seconds per call of each, median over ROUNDS alternating rounds of n calls (warm-up first)."""
    times: tuple[list[float], list[float]] = ([], [])
    for fn in (baseline, candidate):
        for _ in range(50):
            fn()
    for _ in range(ROUNDS):
        for fn, bucket in zip((baseline, candidate), times, strict=True):
            started = time.perf_counter()
            for _ in range(n):
                fn()
            bucket.append((time.perf_counter() - started) / n)
    return statistics.median(times[0]), statistics.median(times[1])


async def compare_async(baseline: Callable[[], Any], candidate: Callable[[], Any], n: int) -> tuple[float, float]:
    """`compare` for coroutine functions."""
    times: tuple[list[float], list[float]] = ([], [])
    for fn in (baseline, candidate):
        for _ in range(50):
            await fn()
    for _ in range(ROUNDS):
        for fn, bucket in zip((baseline, candidate), times, strict=True):
            started = time.perf_counter()
            for _ in range(n):
                await fn()
            bucket.append((time.perf_counter() - started) / n)
    return statistics.median(times[0]), statistics.median(times[1])


MONZO_ACCOUNTS = {
    "accounts": [
        {
            "id": f"acc_{i:020d}",
            "description": "user_0001",
            "created": "2020-01-01T02:55:36.497Z",
            "type": "uk_retail",
            "closed": False,
            "currency": "GBP",
            "country_code": "GB",
            "owners": [{"user_id": "user_0001", "preferred_name": "Ada", "preferred_first_name": "Ada"}],
        }
        for i in range(3)
    ]
}


def overhead_rows(label: str, raw: float, facade: float) -> list[str]:
    return [
        label,
        f"{raw * 1e6:.0f} µs",
        f"{facade * 1e6:.0f} µs",
        f"{(facade - raw) * 1e6:+.0f} µs",
        f"{facade / raw:.2f}",
    ]


@section
def monzoh() -> None:
    from monzoh import AsyncMonzoClient, MonzoClient

    n = 400
    token = "bench-token-0123456789"
    headers = {"Authorization": f"Bearer {token}"}
    with loopback({"/accounts": MONZO_ACCOUNTS}) as url:
        with httpx.Client(base_url=url, headers=headers) as raw, MonzoClient(token, base_url=url) as client:
            raw_sync, facade_sync = compare(lambda: raw.get("/accounts").json()["accounts"], client.accounts.list, n)

        async def run_async() -> tuple[float, float]:
            async with (
                httpx.AsyncClient(base_url=url, headers=headers) as raw,
                AsyncMonzoClient(token, base_url=url) as client,
            ):

                async def raw_call() -> Any:
                    return (await raw.get("/accounts")).json()["accounts"]

                return await compare_async(raw_call, client.accounts.list, n)

        raw_async, facade_async = asyncio.run(run_async())
    table(
        f"monzoh `accounts.list()` vs raw httpx GET + .json() (median of {ROUNDS} x {n} sequential calls, loopback)",
        ["client", "raw httpx", "monzoh", "overhead", "ratio"],
        [overhead_rows("sync", raw_sync, facade_sync), overhead_rows("async", raw_async, facade_async)],
    )


@section
def bloomy() -> None:
    from benchmarks import bloomy_details

    bloomy_details.main()


@section
def sandbox() -> None:
    from benchmarks import sandbox_throughput

    sandbox_throughput.main(3.0)


@section
def rapidpro() -> None:
    from benchmarks import rapidpro_export

    rapidpro_export.report()


@section
def parsing() -> None:
    from benchmarks import tolerant_parsing

    tolerant_parsing.report()


@section
def secrets() -> None:
    from benchmarks import secret_registry

    secret_registry.report()


def main(argv: list[str]) -> None:
    if argv[:1] == ["peers"]:  # its own options follow: --rounds N, --markdown FILE, --readme
        from benchmarks import peers

        print(f"Python {sys.version.split()[0]}, httpx {httpx.__version__}")
        peers.main(argv[1:])
        return
    chosen = argv or list(SECTIONS)
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:
        raise SystemExit(
            f"unknown section(s) {unknown}; choose from {list(SECTIONS)}, or `peers [--rounds N] [--readme]` alone"
        )
    print(f"Python {sys.version.split()[0]}, httpx {httpx.__version__}")
    for name in chosen:
        SECTIONS[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
