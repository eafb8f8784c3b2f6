"""Writes in a Parallel, deletes whose answer was lost, event loops, trio, and where credentials may go.

Before: a Parallel of 5 writes whose first failed sent 1 request sync and 5 async; a DELETE whose
answer was lost and whose retry met 404 raised NotFoundError; an async client reused across two
`asyncio.run()` raised `RuntimeError: Event loop is closed`; tokens went over plain http to any host.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import trio

from overlay_runtime import (
    APIStatusError,
    APITimeoutError,
    AsyncAPIClient,
    BadRequestError,
    ConfigurationError,
    NotFoundError,
    Parallel,
    RetryPolicy,
    Runtime,
    RuntimeTransport,
    SyncAPIClient,
    TokenAuth,
)
from tests.flaky_server import Drip, FlakyServer, Reply, Request, Reset, sequence
from tests.runtime.requests import call as Call

KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


def json_body(response: httpx.Response) -> Any:
    return response.json() if response.content else None


def run(kind: str, url: str, operation: Callable[[], Any], **options: Any) -> Any:
    runtime = options.pop("runtime", Runtime(retry=RetryPolicy(max_retries=options.pop("max_retries", 0))))
    if kind == "sync":
        with SyncAPIClient(base_url=url, runtime=runtime, **options) as client:
            return client.run(operation())

    async def main() -> Any:
        async with AsyncAPIClient(base_url=url, runtime=runtime, **options) as client:
            return await client.run(operation())

    return asyncio.run(main())


# -- a Parallel of writes: one rule for both clients ---------------------------------------------


def writes(count: int, **options: Any) -> Callable[[], Any]:
    def flow() -> Any:
        return (yield Parallel([Call("POST", f"/w/{i}", json={}, parse=json_body) for i in range(count)], **options))

    return flow


def failing_at(*paths: str, delay: float = 0.05) -> Callable[[Request], Reply]:
    return lambda request: Reply(400, {"message": "no"}) if request.path in paths else Reply(201, {}, delay=delay)


@KINDS
def test_a_parallel_of_writes_whose_first_fails_sends_one_request_in_both_clients(kind: str) -> None:
    """Before: 1 request sync, 5 async."""
    with FlakyServer(failing_at("/w/0")) as server:
        with pytest.raises(BadRequestError):
            run(kind, server.url, writes(5))
        assert server.paths() == ["/w/0"]


@KINDS
def test_a_later_failure_stops_the_calls_not_yet_sent(kind: str) -> None:
    """limit=1: the same two requests in both clients (the third and later are never sent)."""
    with FlakyServer(failing_at("/w/1")) as server:
        with pytest.raises(BadRequestError):
            run(kind, server.url, writes(5, limit=1))
        assert server.paths() == ["/w/0", "/w/1"]


def test_async_writes_in_flight_when_one_fails_finish_and_the_rest_are_dropped() -> None:
    """limit=2: after the probe, /w/1 fails while /w/2 is in flight; /w/2 finishes, /w/3 and /w/4 never start."""
    with FlakyServer(failing_at("/w/1", delay=0.3)) as server:
        started = time.monotonic()
        with pytest.raises(BadRequestError):
            run("async", server.url, writes(5, limit=2))
        assert sorted(server.paths()) == ["/w/0", "/w/1", "/w/2"]
    assert time.monotonic() - started >= 0.6  # the probe, then /w/2 was waited for, not abandoned


@KINDS
def test_with_return_exceptions_every_write_is_sent_in_both_clients(kind: str) -> None:
    with FlakyServer(failing_at("/w/0", "/w/3")) as server:
        results = run(kind, server.url, writes(5, return_exceptions=True))
        assert len(server.requests) == 5
    assert [type(r).__name__ for r in results] == ["BadRequestError", "dict", "dict", "BadRequestError", "dict"]


def test_reads_still_run_all_at_once_in_the_async_client() -> None:
    def flow() -> Any:
        return (yield Parallel([Call("GET", f"/r/{i}", parse=json_body) for i in range(4)]))

    with FlakyServer(lambda request: Reply(200, {"p": request.path}, delay=0.2)) as server:
        assert [r["p"] for r in run("async", server.url, flow)] == [f"/r/{i}" for i in range(4)]
        assert server.max_in_flight == 4


# -- a DELETE whose answer was lost --------------------------------------------------------------


@KINDS
@pytest.mark.parametrize("lost", [Reset(), Reply(502, "bad gateway")], ids=["reset", "502"])
def test_a_404_on_a_retried_delete_means_it_was_deleted(kind: str, lost: Any) -> None:
    """Before: NotFoundError although the first attempt had deleted the thing."""
    with FlakyServer(sequence(lost, Reply(404, {"message": "no such thing"}))) as server:
        assert run(kind, server.url, lambda: Call("DELETE", "/things/1", parse=json_body), max_retries=2) is None
        assert len(server.requests) == 2


@KINDS
def test_a_404_on_the_first_attempt_of_a_delete_stays_an_error(kind: str) -> None:
    with FlakyServer(lambda request: Reply(404, {"message": "no such thing"})) as server:
        with pytest.raises(NotFoundError):
            run(kind, server.url, lambda: Call("DELETE", "/things/1", parse=json_body), max_retries=2)
        assert len(server.requests) == 1


@KINDS
def test_a_404_after_a_429_stays_an_error(kind: str) -> None:
    """A 429 is a refusal: nothing was deleted then, so the 404 is the answer."""
    with FlakyServer(sequence(Reply(429, {}, {"Retry-After": "0"}), Reply(404, {}))) as server:
        with pytest.raises(NotFoundError):
            run(kind, server.url, lambda: Call("DELETE", "/things/1", parse=json_body), max_retries=2)


@KINDS
def test_a_404_on_a_retried_get_stays_an_error(kind: str) -> None:
    with FlakyServer(sequence(Reset(), Reply(404, {}))) as server:
        with pytest.raises(APIStatusError) as info:
            run(kind, server.url, lambda: Call("GET", "/things/1", parse=json_body), max_retries=2)
    assert info.value.status_code == 404


# -- event loops and trio ------------------------------------------------------------------------


def test_an_async_client_can_be_reused_across_event_loops() -> None:
    """Before: the second `asyncio.run()` raised `RuntimeError: Event loop is closed`."""
    with FlakyServer(lambda request: Reply(200, {"n": len(server.requests)})) as server:
        client = AsyncAPIClient(base_url=server.url, runtime=Runtime())
        first = asyncio.run(client.run(Call("GET", "/a", parse=json_body)))
        second = asyncio.run(client.run(Call("GET", "/b", parse=json_body)))
        copy = client.with_options(max_retries=0)
        third = asyncio.run(copy.run(Call("GET", "/c", parse=json_body)))
        assert (first, second, third) == ({"n": 1}, {"n": 2}, {"n": 3})
        asyncio.run(client.aclose())
        assert client.is_closed


def test_a_given_async_http_client_used_across_loops_is_a_configuration_error_saying_what_to_do() -> None:
    with FlakyServer(lambda request: Reply(200, {})) as server:
        http = httpx.AsyncClient()
        client = AsyncAPIClient(base_url=server.url, runtime=Runtime(), http_client=http)
        asyncio.run(client.run(Call("GET", "/a", parse=json_body)))
        with pytest.raises(ConfigurationError) as info:
            asyncio.run(client.run(Call("GET", "/b", parse=json_body)))
    assert "another event loop" in str(info.value) and "http_client" in str(info.value)


def test_the_generated_clients_transport_survives_a_new_event_loop() -> None:
    with FlakyServer(lambda request: Reply(200, {"ok": True})) as server:
        http = httpx.AsyncClient(transport=RuntimeTransport(Runtime()), base_url=server.url)
        assert asyncio.run(http.get("/a")).json() == {"ok": True}
        assert asyncio.run(http.get("/b")).json() == {"ok": True}


def test_the_async_client_runs_under_trio() -> None:
    """Calls, a Parallel of reads and a retry wait (anyio's sleep), all in a trio run."""
    replies = sequence(Reply(503), *[Reply(200, {"ok": i}) for i in range(4)])

    def flow() -> Any:
        first = yield Call("GET", "/first", parse=json_body)
        rest = yield Parallel([Call("GET", f"/r/{i}", parse=json_body) for i in range(3)])
        return [first, *rest]

    with FlakyServer(replies) as server:

        async def main() -> Any:
            async with AsyncAPIClient(base_url=server.url, runtime=Runtime(), timeout=5) as client:
                return await client.run(flow())

        results = trio.run(main)
        assert len(server.requests) == 5
    assert results[0] == {"ok": 0} and len(results) == 4


def test_a_dripping_body_is_cut_at_the_timeout_under_trio() -> None:
    with FlakyServer(lambda request: Drip(Reply(200, {"v": "x" * 12}), interval=0.5)) as server:

        async def main() -> Any:
            async with AsyncAPIClient(base_url=server.url, runtime=Runtime(retry=RetryPolicy(max_retries=0))) as client:
                return await client.with_options(timeout=1).run(Call("GET", "/drip", parse=json_body))

        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            trio.run(main)
        assert time.monotonic() - started < 3


# -- credentials never go over plain http to another machine --------------------------------------


@pytest.mark.parametrize("url", ["http://api.example.com", "http://10.0.0.5:8080/api", "http://[2001:db8::1]/"])
def test_credentials_over_plain_http_to_a_remote_host_are_refused_when_the_client_is_made(url: str) -> None:
    runtime = Runtime(auth=TokenAuth("tok_0123456789abcdef"))
    with pytest.raises(ConfigurationError) as info:
        SyncAPIClient(base_url=url, runtime=runtime)
    message = str(info.value)
    assert httpx.URL(url).host in message and "allow_insecure_http=True" in message
    assert "tok_0123456789abcdef" not in message


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000", "https://x.com"]
)
def test_loopback_and_https_are_allowed(url: str) -> None:
    SyncAPIClient(base_url=url, runtime=Runtime(auth=TokenAuth("tok_0123456789abcdef"))).close()


def test_the_opt_in_allows_a_proxy() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = SyncAPIClient(
        base_url="http://proxy.internal",
        runtime=Runtime(auth=TokenAuth("tok_0123456789abcdef")),
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        allow_insecure_http=True,
    )
    client.run(Call("GET", "/x", parse=json_body))
    assert seen[0].headers["authorization"] == "Bearer tok_0123456789abcdef"


def test_no_credentials_no_check() -> None:
    SyncAPIClient(base_url="http://api.example.com", runtime=Runtime()).close()


def test_a_call_carrying_a_secret_is_refused_over_plain_http_even_without_auth() -> None:
    from dataclasses import replace

    client = SyncAPIClient(base_url="http://login.example.com", runtime=Runtime())
    login = replace(Call("POST", "/token", data={"password": "hunter2"}, parse=json_body), carries_secret=True)
    with pytest.raises(ConfigurationError):
        client.run(login)


def test_the_generated_clients_transport_refuses_plain_http_with_credentials() -> None:
    transport = RuntimeTransport(Runtime(auth=TokenAuth("tok_0123456789abcdef")))
    with httpx.Client(transport=transport) as http, pytest.raises(ConfigurationError):
        http.get("http://api.example.com/x")
