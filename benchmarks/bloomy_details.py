"""Measurements for the notes (not a test): `python -m benchmarks.bloomy_details` (or `nox -s bench -- bloomy`) from the repository root.

1. Async `meeting.details()` against a server that answers each request after DELAY: its time over the
   time of one request (the slowest of the five, as they all take DELAY). 1.0 would be perfect overlap;
   5.0 what sending them in turn costs.
2. Facade overhead: a simple GET (`user.details()`, parsed into a model) against raw httpx (`get` +
   `.json()`) on the same loopback server, sync and async, many iterations, per call; and once more with
   an in-process transport, which leaves only the client-side cost.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from bloomy import AsyncClient, Client
from tests.bloomy._server import API_KEY, bloom_server

DELAY = 0.1
ROUNDS = 15
ITERATIONS = 2000
HEADERS = {"Authorization": f"Bearer {API_KEY}"}


async def _timed(fn: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await fn()
    return time.perf_counter() - started


def details_ratio() -> tuple[float, float, float]:
    with bloom_server(delay=DELAY) as bloom:

        async def main() -> tuple[list[float], list[float]]:
            async with AsyncClient(API_KEY, base_url=bloom.url) as client:
                await client.meeting.details(1)  # warm the connections
                singles = [await _timed(lambda: client.meeting.attendees(1)) for _ in range(ROUNDS)]
                fives = [await _timed(lambda: client.meeting.details(1)) for _ in range(ROUNDS)]
                return singles, fives

        singles, fives = asyncio.run(main())
    single, details = statistics.median(singles), statistics.median(fives)
    return details, single, details / single


BATCHES = 8  # raw and facade batches alternate; the median batch is reported (the server is noisy)


def _compare(raw: Callable[[], object], facade: Callable[[], object]) -> tuple[float, float]:
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(BATCHES):
        for fn, out in ((raw, times[0]), (facade, times[1])):
            started = time.perf_counter()
            for _ in range(ITERATIONS // BATCHES):
                fn()
            out.append((time.perf_counter() - started) / (ITERATIONS // BATCHES) * 1e6)
    return statistics.median(times[0]), statistics.median(times[1])


async def _acompare(
    raw: Callable[[], Awaitable[object]], facade: Callable[[], Awaitable[object]]
) -> tuple[float, float]:
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(BATCHES):
        for fn, out in ((raw, times[0]), (facade, times[1])):
            started = time.perf_counter()
            for _ in range(ITERATIONS // BATCHES):
                await fn()
            out.append((time.perf_counter() - started) / (ITERATIONS // BATCHES) * 1e6)
    return statistics.median(times[0]), statistics.median(times[1])


def overhead() -> dict[str, tuple[float, float]]:
    with bloom_server() as bloom:
        with (
            httpx.Client(base_url=bloom.url + "/", headers=HEADERS) as raw,
            Client(API_KEY, base_url=bloom.url) as facade,
        ):
            sync = _compare(lambda: raw.get("users/mine").json(), facade.user.details)

        async def main() -> tuple[float, float]:
            async with (
                httpx.AsyncClient(base_url=bloom.url + "/", headers=HEADERS) as raw,
                AsyncClient(API_KEY, base_url=bloom.url) as facade,
            ):

                async def raw_get() -> object:
                    return (await raw.get("users/mine")).json()

                return await _acompare(raw_get, facade.user.details)

        return {"sync": sync, "async": asyncio.run(main())}


def in_process() -> tuple[float, float]:
    """The same sync comparison with no network at all (httpx.MockTransport): client-side cost only."""
    body = b'{"Id": 345678, "Name": "Jane Cooper", "ImageUrl": "https://x/i.png"}'
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    url = "https://bloom.test/api/v1"  # credentials never go over plain http to a non-loopback host
    with (
        httpx.Client(base_url=url + "/", headers=HEADERS, transport=transport) as raw,
        Client(API_KEY, base_url=url, http_client=httpx.Client(transport=transport)) as facade,
    ):
        return _compare(lambda: raw.get("users/mine").json(), facade.user.details)


def main() -> None:
    details, single, ratio = details_ratio()
    print(f"async meeting.details: {details * 1000:.1f} ms; one request: {single * 1000:.1f} ms; ratio {ratio:.2f}")
    for kind, (raw, facade) in overhead().items():
        print(f"{kind}: raw httpx {raw:.0f} us/call, bloomy {facade:.0f} us/call, overhead {facade - raw:+.0f} us")
    raw, facade = in_process()
    print(f"in-process (MockTransport): raw httpx {raw:.0f} us/call, bloomy {facade:.0f} us/call")


if __name__ == "__main__":
    main()
