"""The one request path (send_flow + drivers) against a real flaky server on 127.0.0.1, sync and async."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from overlay_runtime import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncAPIClient,
    BadRequestError,
    InternalServerError,
    Parallel,
    RateLimiter,
    RateLimitError,
    RetryPolicy,
    Runtime,
    SyncAPIClient,
)
from overlay_runtime._errors import APITimeoutError
from tests.flaky_server import FlakyServer, Garbage, Hang, Reply, Request, Reset, sequence
from tests.runtime.requests import call as Call

FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)


def json_body(response: httpx.Response) -> Any:
    return response.json()


def run(kind: str, url: str, operation_factory: Callable[[], Any], **options: Any) -> Any:
    """Run one operation on a fresh sync or async client pointed at `url`."""
    runtime = options.pop("runtime", Runtime(retry=FAST))
    timeout = options.pop("timeout", 2.0)
    if kind == "sync":
        with SyncAPIClient(base_url=url, runtime=runtime, timeout=timeout, **options) as client:
            return client.run(operation_factory())

    async def main() -> Any:
        async with AsyncAPIClient(base_url=url, runtime=runtime, timeout=timeout, **options) as client:
            return await client.run(operation_factory())

    return asyncio.run(main())


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@KINDS
def test_success_is_parsed_once(kind: str) -> None:
    calls = []

    def parse(response: httpx.Response) -> Any:
        calls.append(response)
        return response.json()["value"]

    with FlakyServer(lambda req: Reply(200, {"value": 42})) as server:
        assert run(kind, server.url, lambda: Call("GET", "/thing", parse=parse)) == 42
    assert len(calls) == 1


@KINDS
@pytest.mark.parametrize(
    "fault",
    [
        Reset(),
        Garbage(),
        Reply(500, "oops"),
        Reply(502, "<html>bad gateway</html>"),
        Reply(503, ""),
        Reply(529, {"error": "overloaded"}),
        Reply(408, ""),
    ],
)
def test_transient_faults_are_retried_until_success(kind: str, fault: Any) -> None:
    with FlakyServer(sequence(fault, fault, Reply(200, {"ok": True}))) as server:
        assert run(kind, server.url, lambda: Call("GET", "/x", parse=json_body)) == {"ok": True}
        assert len(server.requests) == 3


@KINDS
def test_read_timeout_is_retried_then_raised_as_timeout_error(kind: str) -> None:
    with FlakyServer(lambda req: Hang(3)) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            run(kind, server.url, lambda: Call("GET", "/slow", parse=json_body), timeout=0.2)
        assert time.monotonic() - started < 2.5
        assert server.requests_seen(3) == 3
    assert "GET /slow" in str(info.value)
    assert isinstance(info.value, APIConnectionError)


@KINDS
def test_connection_refused_is_a_connection_error(kind: str) -> None:
    with FlakyServer(lambda req: Reply(200)) as server:
        url = server.url
    with pytest.raises(APIConnectionError) as info:
        run(kind, url, lambda: Call("GET", "/x", parse=json_body))
    assert isinstance(info.value.__cause__, httpx.TransportError)


@KINDS
def test_429_waits_for_retry_after(kind: str) -> None:
    replies = sequence(Reply(429, {"detail": "slow down"}, {"Retry-After": "0.3"}), Reply(200, {"ok": 1}))
    with FlakyServer(replies) as server:
        assert run(kind, server.url, lambda: Call("GET", "/x", parse=json_body)) == {"ok": 1}
        gap = server.requests[1].received_at - server.requests[0].received_at
    assert gap >= 0.29


@KINDS
def test_429_with_a_retry_after_beyond_the_cap_is_raised_with_retry_after(kind: str) -> None:
    with FlakyServer(lambda req: Reply(429, {"detail": "wait an hour"}, {"Retry-After": "3600"})) as server:
        with pytest.raises(RateLimitError) as info:
            run(kind, server.url, lambda: Call("GET", "/x", parse=json_body))
        assert len(server.requests) == 1
    assert info.value.retry_after == 3600.0
    assert info.value.status_code == 429


@KINDS
def test_post_without_idempotency_key_is_never_sent_twice(kind: str) -> None:
    with FlakyServer(lambda req: Reset()) as server:
        with pytest.raises(APIConnectionError):
            run(kind, server.url, lambda: Call("POST", "/transfers", data={"amount": "5"}, parse=json_body))
        assert len(server.requests) == 1


@KINDS
def test_idempotent_post_is_retried_with_the_same_body(kind: str) -> None:
    with FlakyServer(sequence(Reply(503), Reply(200, {"done": True}))) as server:
        call = Call("POST", "/transfers", data={"amount": "5", "dedupe_id": "abc"}, parse=json_body, idempotent=True)
        assert run(kind, server.url, lambda: call) == {"done": True}
        assert [r.body for r in server.requests] == [b"amount=5&dedupe_id=abc"] * 2


@KINDS
@pytest.mark.parametrize(
    ("status", "error"),
    [(400, BadRequestError), (500, InternalServerError), (499, APIStatusError), (520, InternalServerError)],
)
def test_final_status_becomes_typed_error(kind: str, status: int, error: type[APIStatusError]) -> None:
    with FlakyServer(
        lambda req: Reply(status, {"code": "bad_request.bad_param.amount", "message": "too small"})
    ) as server:
        with pytest.raises(error) as info:
            run(kind, server.url, lambda: Call("POST", "/pay", parse=json_body))
    assert info.value.status_code == status
    assert info.value.code == "bad_request.bad_param.amount"
    assert "too small" in str(info.value) and "POST /pay" in str(info.value)


@KINDS
def test_html_error_page_keeps_its_text(kind: str) -> None:
    with FlakyServer(
        lambda req: Reply(502, "<html><body>Bad gateway</body></html>", {"Content-Type": "text/html"})
    ) as server:
        with pytest.raises(InternalServerError) as info:
            run(
                kind,
                server.url,
                lambda: Call("GET", "/x", parse=json_body),
                runtime=Runtime(retry=RetryPolicy(max_retries=0)),
            )
    assert info.value.body.startswith("<html>")
    assert "Bad gateway" in str(info.value)


@KINDS
def test_malformed_json_on_success_is_a_validation_error(kind: str) -> None:
    with FlakyServer(lambda req: Reply(200, '{"value": ', {"Content-Type": "application/json"})) as server:
        with pytest.raises(APIResponseValidationError) as info:
            run(kind, server.url, lambda: Call("GET", "/x", parse=json_body))
    assert info.value.status_code == 200
    assert '{"value":' in info.value.body


@KINDS
def test_parallel_calls_run_concurrently_only_in_the_async_client(kind: str) -> None:
    def flow() -> Any:
        results = yield Parallel([Call("GET", f"/item/{i}", parse=json_body) for i in range(4)])
        return results

    with FlakyServer(lambda req: Reply(200, {"path": req.path}, delay=0.2)) as server:
        results = run(kind, server.url, flow)
        assert [r["path"] for r in results] == [f"/item/{i}" for i in range(4)]
        assert server.max_in_flight == (4 if kind == "async" else 1)


@KINDS
def test_parallel_can_return_exceptions_in_place(kind: str) -> None:
    def flow() -> Any:
        return (yield Parallel([Call("GET", p, parse=json_body) for p in ("/ok", "/missing")], return_exceptions=True))

    with FlakyServer(lambda req: Reply(200, {}) if req.path == "/ok" else Reply(404, {"message": "nope"})) as server:
        ok, missing = run(kind, server.url, flow)
    assert ok == {}
    assert isinstance(missing, APIStatusError) and missing.status_code == 404


@KINDS
def test_rate_limiter_spaces_requests(kind: str) -> None:
    limiter = RateLimiter(10, per=1.0, burst=1)
    runtime = Runtime(retry=FAST, limiter=limiter)

    def flow() -> Any:
        for i in range(3):
            yield Call("GET", f"/{i}", parse=json_body)

    with FlakyServer(lambda req: Reply(200, {})) as server:
        run(kind, server.url, flow, runtime=runtime)
        times = [r.received_at for r in server.requests]
    assert times[2] - times[0] >= 0.18


@KINDS
def test_logs_name_method_path_status_attempt_and_no_secret(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    secret = "sk_live_0123456789abcdefSECRET"
    with FlakyServer(sequence(Reply(500), Reply(200, {}))) as server, caplog.at_level(logging.DEBUG):
        run(
            kind,
            server.url,
            lambda: Call(
                "GET", "/accounts", params={"q": "x"}, parse=json_body, headers={"Authorization": f"Bearer {secret}"}
            ),
        )
        assert server.requests[0].headers["authorization"] == f"Bearer {secret}"
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /accounts -> 500 (attempt 1" in text
    assert "GET /accounts -> 200 (attempt 2" in text
    assert secret not in caplog.text


def test_user_http_client_is_used_and_not_closed() -> None:
    with FlakyServer(lambda req: Reply(200, {"ua": req.headers.get("user-agent")})) as server:
        http = httpx.Client(timeout=5)
        with SyncAPIClient(base_url=server.url, runtime=Runtime(), http_client=http, user_agent="test-agent") as client:
            assert client.run(Call("GET", "/", parse=json_body)) == {"ua": "test-agent"}
        assert not http.is_closed
        http.close()


def test_with_options_shares_the_pool_and_changes_retries() -> None:
    with FlakyServer(lambda req: Reply(503)) as server:
        client = SyncAPIClient(base_url=server.url, runtime=Runtime(retry=FAST))
        quiet = client.with_options(max_retries=0)
        with pytest.raises(InternalServerError):
            quiet.run(Call("GET", "/", parse=json_body))
        assert len(server.requests) == 1
        assert quiet._http is client._http
        quiet.close()
        assert not client.is_closed
        client.close()
        assert client.is_closed


def test_request_records_are_complete() -> None:
    seen: list[Request] = []

    def handler(req: Request) -> Reply:
        seen.append(req)
        return Reply(200, {})

    with FlakyServer(handler) as server:
        run("sync", server.url, lambda: Call("GET", "/a", params=[("expand[]", "merchant")], parse=json_body))
    assert seen[0].query == {"expand[]": ["merchant"]}


@KINDS
def test_an_undecodable_body_is_a_connection_error_not_a_raw_httpx_one(kind: str) -> None:
    with FlakyServer(lambda req: Reply(200, b"\x00not gzip", {"Content-Encoding": "gzip"})) as server:
        with pytest.raises(APIConnectionError) as info:
            run(kind, server.url, lambda: Call("GET", "/x", parse=json_body))
        assert len(server.requests) == 1
    assert isinstance(info.value.__cause__, httpx.DecodingError)


@KINDS
def test_a_write_refused_with_429_is_sent_again_but_a_503_is_not(kind: str) -> None:
    """429 means the server did nothing, so even a POST is repeated after Retry-After; a 503 may hide a done write."""
    with FlakyServer(sequence(Reply(429, {}, {"Retry-After": "0"}), Reply(201, {"id": 1}))) as server:
        assert run(kind, server.url, lambda: Call("POST", "/things", json={"a": 1}, parse=json_body)) == {"id": 1}
        assert len(server.requests) == 2
    with FlakyServer(sequence(Reply(503), Reply(201, {"id": 1}))) as server:
        with pytest.raises(InternalServerError):
            run(kind, server.url, lambda: Call("POST", "/things", json={"a": 1}, parse=json_body))
        assert len(server.requests) == 1


def test_error_messages_never_echo_a_registered_secret() -> None:
    from overlay_runtime import register_secret

    secret = "echoed-secret-value-0123456789"
    register_secret(secret)
    with FlakyServer(lambda req: Reply(400, {"message": f"bad token {secret}"})) as server:
        with pytest.raises(BadRequestError) as info:
            run("sync", server.url, lambda: Call("GET", "/x", parse=json_body))
    assert secret not in str(info.value) and "[redacted]" in str(info.value)
