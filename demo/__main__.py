"""`nox -s demo`: a guided tour of monzoh, bloomy and rapidpro.

With no credentials, each tour runs against the built-in local sandbox of its API (on 127.0.0.1),
with a few injected faults so the retries show. With `MONZO_ACCESS_TOKEN`, `BG_API_KEY` or
`RAPIDPRO_API_TOKEN` set, that service's tour runs read-only against the real API.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from ._stats import ServiceStats, counting
from ._ui import heading, table


@dataclass
class Outcome:
    service: str
    target: str
    seconds: float
    stats: ServiceStats
    error: str | None = None


def run_monzo() -> str:
    from monzoh import AsyncMonzoClient

    from .monzo_tour import tour

    if os.environ.get("MONZO_ACCESS_TOKEN"):

        async def real() -> None:
            async with AsyncMonzoClient() as client:
                await tour(client, writes=False)

        asyncio.run(real())
        return "api.monzo.com (read-only)"

    from monzoh.testing import MonzoSandbox

    with MonzoSandbox(seed=7) as monzo:
        # Rehearse failures: a 503 on a balance, a 429 burst on /pots, and a deposit whose answer is lost.
        monzo.faults.server_errors(times=1, status=503, path="/balance")
        monzo.faults.rate_limit_burst(times=1, retry_after=0.5, path="/pots")
        monzo.faults.drop_connections(times=1, path="/pots/*/deposit")

        async def sandbox() -> None:
            async with AsyncMonzoClient(monzo.access_token, base_url=monzo.url) as client:
                await tour(client, writes=True)

        asyncio.run(sandbox())
        return f"sandbox {monzo.url}"


def run_bloomy() -> str:
    from bloomy import AsyncClient

    from .bloomy_tour import tour

    if os.environ.get("BG_API_KEY"):

        async def real() -> None:
            async with AsyncClient() as client:
                await tour(client, writes=False)

        asyncio.run(real())
        return "app.bloomgrowth.com (read-only)"

    from bloomy.testing import BloomSandbox

    with BloomSandbox(seed=7, meeting_delay=0.05) as bloom:
        bloom.faults.server_errors(times=1, status=502, path="*/L10/*/todos")

        async def sandbox() -> None:
            async with AsyncClient(api_key=bloom.api_key, base_url=bloom.url) as client:
                await tour(client, writes=True)

        asyncio.run(sandbox())
        return f"sandbox {bloom.url}"


def run_rapidpro() -> str:
    from rapidpro import AsyncRapidProClient

    from .rapidpro_tour import tour

    if os.environ.get("RAPIDPRO_API_TOKEN"):

        async def real() -> None:
            async with AsyncRapidProClient() as client:
                await tour(client, writes=False)

        asyncio.run(real())
        return "RapidPro (read-only)"

    from rapidpro.testing import RapidProSandbox

    with RapidProSandbox(seed=7, contacts=20_000) as sandbox:
        # A throttled moment in the middle of the export: the pager waits and resumes from the same page.
        sandbox.faults.rate_limit_burst(times=1, retry_after=1.0, path="*/contacts.json")

        async def local() -> None:
            async with AsyncRapidProClient(sandbox.token, base_url=sandbox.url) as client:
                await tour(client, writes=True)

        asyncio.run(local())
        return f"sandbox {sandbox.url}"


SERVICES: dict[str, tuple[str, str, Callable[[], str]]] = {
    "monzo": ("Monzo", "monzoh", run_monzo),
    "bloomy": ("Bloom Growth", "bloomy", run_bloomy),
    "rapidpro": ("RapidPro", "rapidpro", run_rapidpro),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("services", nargs="*", help=f"which tours to run (default: all of {', '.join(SERVICES)})")
    args = parser.parse_args(argv)
    unknown = [s for s in args.services if s not in SERVICES]
    if unknown:
        parser.error(f"unknown service(s) {unknown}; choose from {list(SERVICES)}")
    outcomes: list[Outcome] = []
    for key in args.services or list(SERVICES):
        name, logger, run = SERVICES[key]
        started = time.monotonic()
        with counting(logger) as stats:
            try:
                target = run()
                error = None
            except Exception as exc:  # the tour reports it and goes on with the next service
                target, error = "-", f"{type(exc).__name__}: {exc}"
        outcomes.append(
            Outcome(name, target, time.monotonic() - started, stats.by_logger.get(logger, ServiceStats()), error)
        )
    heading("Summary")
    table(
        ["service", "against", "requests", "retries", "elapsed", "result"],
        [
            [o.service, o.target, o.stats.requests, o.stats.retries, f"{o.seconds:.2f}s", o.error or "ok"]
            for o in outcomes
        ],
        right=(2, 3, 4),
    )
    return 1 if any(o.error for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
