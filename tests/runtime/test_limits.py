"""Time and size bounds of a call, against real servers on 127.0.0.1, sync and async.

- a decompression bomb (1 MB of gzip that inflates to 1 GiB) is stopped at `max_response_bytes`
  while decoding: before, it cost 3.4 GB of memory and 9 s, then a validation error;
- `timeout` bounds each attempt's whole exchange: a body dripped a byte a second used to be read
  to its end (21 s for 21 bytes with timeout=3);
- `deadline` bounds the call, attempts and waits included; a wait that would cross it is not taken.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from overlay_runtime import (
    DEFAULT_MAX_RESPONSE_BYTES,
    APIResponseValidationError,
    APITimeoutError,
    AsyncAPIClient,
    ConfigurationError,
    RateLimiter,
    RateLimitError,
    RetryPolicy,
    Runtime,
    RuntimeTransport,
    SyncAPIClient,
)
from tests.flaky_server import Drip, FlakyServer, Reply, gzip_bomb
from tests.runtime.requests import call as Call

KINDS = pytest.mark.parametrize("kind", ["sync", "async"])
GZIP = {"Content-Encoding": "gzip", "Content-Type": "application/json"}


def json_body(response: httpx.Response) -> Any:
    return response.json()


def run(kind: str, url: str, operation: Callable[[], Any], **options: Any) -> Any:
    runtime = options.pop("runtime", Runtime(retry=RetryPolicy(max_retries=options.pop("max_retries", 0))))
    if kind == "sync":
        with SyncAPIClient(base_url=url, runtime=runtime, **options) as client:
            return client.run(operation())

    async def main() -> Any:
        async with AsyncAPIClient(base_url=url, runtime=runtime, **options) as client:
            return await client.run(operation())

    return asyncio.run(main())


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.monotonic()
    try:
        result = fn()
    except Exception as exc:
        result = exc
    return time.monotonic() - started, result


# -- the decoded body's cap ----------------------------------------------------------------------

BOMB_SCRIPT = """
import asyncio, json, sys, time
from overlay_runtime import AsyncAPIClient, RetryPolicy, Runtime, SyncAPIClient
from tests.flaky_server import FlakyServer, Reply, gzip_bomb
from tests.runtime.requests import call

def memory(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith(field))

kind = sys.argv[1]
bomb = gzip_bomb(1 << 30)
headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
with FlakyServer(lambda request: Reply(200, bomb, headers)) as server:
    runtime = Runtime(retry=RetryPolicy(max_retries=2))
    bomb_call = call("GET", "/bomb", parse=lambda response: response.json())
    before = memory("VmRSS:")
    started = time.monotonic()
    try:
        if kind == "sync":
            with SyncAPIClient(base_url=server.url, runtime=runtime) as client:
                client.run(bomb_call)
        else:
            async def main():
                async with AsyncAPIClient(base_url=server.url, runtime=runtime) as client:
                    await client.run(bomb_call)
            asyncio.run(main())
        error = None
    except Exception as exc:
        error = [type(exc).__name__, str(exc)]
    print(json.dumps({"seconds": time.monotonic() - started, "growth": memory("VmHWM:") - before,
                      "error": error, "requests": len(server.requests), "wire": len(bomb)}))
"""


@KINDS
def test_a_gzip_bomb_is_stopped_at_the_default_cap_with_little_memory_and_at_once(kind: str) -> None:
    """1 MB of gzip inflating to 1 GiB: before, 3.4 GB of peak memory and 9.1 s (sync) / 6.7 s (async)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-c", BOMB_SCRIPT, kind], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["wire"] < 2_000_000
    assert outcome["error"] is not None and outcome["error"][0] == "APIResponseValidationError"
    message = outcome["error"][1]
    assert f"max_response_bytes={DEFAULT_MAX_RESPONSE_BYTES}" in message and "64 MiB" in message
    assert "raise the cap" in message and "GET /bomb" in message
    assert outcome["requests"] == 1  # not retried: the same body would come again
    assert outcome["growth"] < 100 * 2**20, f"peak memory grew by {outcome['growth'] / 2**20:.0f} MB"
    assert outcome["seconds"] < 5


@KINDS
def test_a_body_past_a_small_cap_is_refused_and_one_at_the_cap_is_read(kind: str) -> None:
    inflated = json.dumps({"blob": "x" * 5000}).encode()
    packed = gzip.compress(inflated)
    with FlakyServer(lambda request: Reply(200, packed, GZIP)) as server:
        limit = len(inflated)
        ok = run(kind, server.url, lambda: Call("GET", "/x", parse=json_body), max_response_bytes=limit)
        assert ok == {"blob": "x" * 5000}
        with pytest.raises(APIResponseValidationError) as info:
            run(kind, server.url, lambda: Call("GET", "/x", parse=json_body), max_response_bytes=limit - 1)
    assert info.value.status_code == 200
    assert f"max_response_bytes={limit - 1}" in str(info.value)


@KINDS
def test_the_cap_applies_to_error_bodies_and_plain_bodies_too(kind: str) -> None:
    with FlakyServer(lambda request: Reply(500, "e" * 10_000)) as server:
        with pytest.raises(APIResponseValidationError) as info:
            run(kind, server.url, lambda: Call("GET", "/x", parse=json_body), max_response_bytes=1000)
    assert info.value.status_code == 500


@KINDS
def test_deflate_raw_and_zlib_wrapped_bodies_are_decoded(kind: str) -> None:
    import zlib

    body = json.dumps({"ok": list(range(100))}).encode()
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    bodies = [zlib.compress(body), raw.compress(body) + raw.flush()]
    for packed in bodies:
        with FlakyServer(lambda request, packed=packed: Reply(200, packed, {"Content-Encoding": "deflate"})) as server:
            assert run(kind, server.url, lambda: Call("GET", "/x", parse=json_body)) == {"ok": list(range(100))}
            assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


def test_the_generated_clients_transport_caps_bodies_too() -> None:
    with FlakyServer(lambda request: Reply(200, gzip_bomb(64 << 20), GZIP)) as server:
        runtime = Runtime(max_response_bytes=1 << 20)
        with httpx.Client(transport=RuntimeTransport(runtime), base_url=server.url) as http:
            with pytest.raises(APIResponseValidationError):
                http.get("/bomb")

        async def main() -> None:
            async with httpx.AsyncClient(transport=RuntimeTransport(runtime), base_url=server.url) as http:
                await http.get("/bomb")

        with pytest.raises(APIResponseValidationError):
            asyncio.run(main())


def test_bad_limits_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        SyncAPIClient(base_url="http://127.0.0.1:9", runtime=Runtime(), max_response_bytes=0)
    with pytest.raises(ConfigurationError):
        SyncAPIClient(base_url="http://127.0.0.1:9", runtime=Runtime(), deadline=-1)


# -- the timeout bounds each attempt, body included ----------------------------------------------


@KINDS
def test_a_dripping_body_meets_the_timeout_error_about_timeout_seconds_in(kind: str) -> None:
    """21 bytes at one a second, timeout=3: before, read to the end in 21.2 s (no error at all)."""
    with FlakyServer(lambda request: Drip(Reply(200, {"v": "x" * 12}), interval=1.0)) as server:
        elapsed, outcome = timed(
            lambda: run(kind, server.url, lambda: Call("GET", "/drip", parse=json_body), timeout=3)
        )
        assert len(server.requests) == 1
    assert isinstance(outcome, APITimeoutError), outcome
    assert "GET /drip" in str(outcome)
    assert 2.5 < elapsed < 5.5


@KINDS
def test_a_dripping_body_is_cut_at_each_attempts_timeout_and_retried(kind: str) -> None:
    with FlakyServer(lambda request: Drip(Reply(200, {"v": "x" * 12}), interval=0.5)) as server:
        elapsed, outcome = timed(
            lambda: run(kind, server.url, lambda: Call("GET", "/drip", parse=json_body), timeout=1, max_retries=2)
        )
        assert len(server.requests) == 3
    assert isinstance(outcome, APITimeoutError), outcome
    assert 2.5 < elapsed < 6


@KINDS
def test_a_slow_but_steady_body_within_the_timeout_is_read(kind: str) -> None:
    with FlakyServer(lambda request: Drip(Reply(200, {"v": 1}), interval=0.02, chunk=2)) as server:
        assert run(kind, server.url, lambda: Call("GET", "/slow", parse=json_body), timeout=3) == {"v": 1}


# -- the call deadline ---------------------------------------------------------------------------


@KINDS
def test_the_deadline_bounds_all_attempts_together(kind: str) -> None:
    """timeout=2 per attempt, 5 retries, deadline=3: the call ends about 3 s in (before: 6 attempts)."""
    with FlakyServer(lambda request: Drip(Reply(200, {"v": "x" * 12}), interval=0.5)) as server:
        elapsed, outcome = timed(
            lambda: run(
                kind, server.url, lambda: Call("GET", "/drip", parse=json_body), timeout=2, max_retries=5, deadline=3
            )
        )
        assert len(server.requests) == 2
    assert isinstance(outcome, APITimeoutError), outcome
    assert "deadline of 3s" in str(outcome) and "with_options(deadline=" in str(outcome)
    assert 2.5 < elapsed < 4.5


@KINDS
def test_a_retry_wait_that_would_cross_the_deadline_is_not_taken(kind: str) -> None:
    """A 503 asking for 5 s, deadline 2 s: the error at once (before: a 5 s sleep, then the retry)."""
    with FlakyServer(lambda request: Reply(503, {"message": "busy"}, {"Retry-After": "5"})) as server:
        elapsed, outcome = timed(
            lambda: run(kind, server.url, lambda: Call("GET", "/x", parse=json_body), max_retries=3, deadline=2)
        )
        assert len(server.requests) == 1
    assert getattr(outcome, "status_code", None) == 503
    assert elapsed < 1


@KINDS
def test_a_rate_limiter_wait_past_the_deadline_is_a_timeout_error(kind: str) -> None:
    limiter = RateLimiter(1, per=10, burst=1)
    runtime = Runtime(limiter=limiter, deadline=1)

    def flow() -> Any:
        yield Call("GET", "/a", parse=json_body)
        yield Call("GET", "/b", parse=json_body)

    with FlakyServer(lambda request: Reply(200, {})) as server:
        elapsed, outcome = timed(lambda: run(kind, server.url, flow, runtime=runtime))
        assert server.paths() == ["/a"]
    assert isinstance(outcome, APITimeoutError) and "rate limiter" in str(outcome)
    assert elapsed < 1


@KINDS
def test_with_options_sets_the_deadline_per_call(kind: str) -> None:
    """A 429 asking for 1 s: a copy with deadline=0.5 raises at once; the original (180 s) waits and retries."""
    with FlakyServer(lambda request: Reply(429, {}, {"Retry-After": "1"})) as server:
        runtime = Runtime(retry=RetryPolicy(max_retries=1))
        if kind == "sync":
            with SyncAPIClient(base_url=server.url, runtime=runtime) as client:
                hurried = client.with_options(deadline=0.5)
                assert (hurried.deadline, client.deadline) == (0.5, 180)
                elapsed, outcome = timed(lambda: hurried.run(Call("GET", "/x", parse=json_body)))
                assert len(server.requests) == 1
        else:

            async def main() -> tuple[float, Any]:
                async with AsyncAPIClient(base_url=server.url, runtime=runtime) as client:
                    started = time.monotonic()
                    try:
                        await client.with_options(deadline=0.5).run(Call("GET", "/x", parse=json_body))
                    except RateLimitError as exc:
                        return time.monotonic() - started, exc
                    raise AssertionError("no error")

            elapsed, outcome = asyncio.run(main())
            assert len(server.requests) == 1
        assert isinstance(outcome, RateLimitError) and elapsed < 0.5
        # the original client keeps its deadline: it waits the second and tries again
        started = time.monotonic()
        with pytest.raises(RateLimitError):
            run(kind, server.url, lambda: Call("GET", "/x", parse=json_body), runtime=runtime)
        assert len(server.requests) == 3 and time.monotonic() - started >= 0.9
