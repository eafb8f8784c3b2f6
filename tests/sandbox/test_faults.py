"""Fault injection and the rate limit: 429 bursts, 5xx, dropped connections, latency, token bucket."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from api_sandbox import ConnectionDropped, Faults, TokenBucket
from monzoh.testing import MonzoSandbox

from ._openapi import SpecChecker


def test_burst_of_429_with_retry_after_then_normal(
    monzo: MonzoSandbox, http: httpx.Client, monzo_spec: SpecChecker
) -> None:
    rule = monzo.faults.rate_limit_burst(3, retry_after=2)
    responses = [http.get("/accounts") for _ in range(4)]
    assert [r.status_code for r in responses] == [429, 429, 429, 200]
    for response in responses[:3]:
        assert response.headers["Retry-After"] == "2"
        assert response.json() == {"code": "rate_limited", "message": "Too many requests, please slow down"}
        monzo_spec.check(response)
    assert rule.hits == 3 and rule.exhausted
    assert [r.fault for r in monzo.requests] == ["too_many_requests"] * 3 + [None]


def test_server_errors_for_the_next_requests_and_only_on_a_path(
    monzo: MonzoSandbox, http: httpx.Client, monzo_spec: SpecChecker
) -> None:
    monzo.faults.server_errors(times=2, status=504, path="/balance")
    account = {"account_id": monzo.state.current_account_id}
    assert http.get("/accounts").status_code == 200
    responses = [http.get("/balance", params=account) for _ in range(3)]
    assert [r.status_code for r in responses] == [504, 504, 200]
    assert responses[0].json()["code"] == "timeout"
    monzo_spec.check(responses[0])
    monzo.faults.server_errors(status=500, method="PUT")
    assert http.get("/accounts").status_code == 200
    failed = http.put("/pots/pot_x/deposit", data={"amount": "1"})
    assert (failed.status_code, failed.json()["code"]) == (500, "internal_service.request_failed")


def test_random_server_errors_are_deterministic_with_a_seed(monzo: MonzoSandbox, http: httpx.Client) -> None:
    def run(seed: int) -> list[int]:
        monzo.faults.clear()
        monzo.faults.seed(seed)
        monzo.faults.server_errors(probability=0.3)
        return [http.get("/ping/whoami").status_code for _ in range(40)]

    first, again, other = run(7), run(7), run(8)
    assert first == again != other
    assert 4 <= first.count(500) <= 20


def test_dropped_connection_closes_the_socket_without_a_response(monzo: MonzoSandbox, http: httpx.Client) -> None:
    monzo.faults.drop_connections(times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/accounts")
    assert http.get("/accounts").status_code == 200, "the server keeps serving"
    monzo.faults.drop_connections(reset=True)
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        http.get("/accounts")
    records = monzo.requests.records
    assert [(r.status, r.fault) for r in records] == [(None, "drop"), (200, None), (None, "drop")]


def test_dropped_connection_in_process_raises(monzo: MonzoSandbox) -> None:
    monzo.faults.drop_connections()

    async def call() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=monzo.app), base_url="http://sandbox") as client:
            await client.get("/ping/whoami", headers=monzo.auth_headers)

    with pytest.raises(ConnectionDropped):
        asyncio.run(call())


def test_latency_fixed_range_and_per_path(monzo: MonzoSandbox, http: httpx.Client) -> None:
    http.get("/ping/whoami")  # warm the connection
    monzo.faults.latency(0.2, path="/accounts")
    started = time.monotonic()
    http.get("/accounts")
    assert time.monotonic() - started >= 0.2
    started = time.monotonic()
    http.get("/ping/whoami")
    assert time.monotonic() - started < 0.15
    monzo.faults.clear()
    monzo.faults.latency((0.05, 0.1))
    http.get("/ping/whoami")
    assert 0.05 <= monzo.requests[-1].delay <= 0.1
    assert monzo.requests[-1].duration is not None and monzo.requests[-1].duration >= 0.05


def test_latency_keeps_requests_concurrent(monzo: MonzoSandbox) -> None:
    monzo.faults.latency(0.3)

    async def burst() -> list[int]:
        async with httpx.AsyncClient(base_url=monzo.url, headers=monzo.auth_headers) as client:
            responses = await asyncio.gather(*(client.get("/ping/whoami") for _ in range(10)))
            return [r.status_code for r in responses]

    started = time.monotonic()
    assert asyncio.run(burst()) == [200] * 10
    assert time.monotonic() - started < 1.5
    assert monzo.requests.max_in_flight == 10


def test_token_bucket_limits_and_refills() -> None:
    now = [0.0]
    bucket = TokenBucket(2, burst=3, clock=lambda: now[0])
    assert [bucket.take() for _ in range(4)] == [0, 0, 0, 0.5]
    now[0] = 0.5
    assert bucket.take() == 0 and bucket.take() == 0.5


def test_rate_limit_answers_the_real_429_with_retry_after(monzo_spec: SpecChecker) -> None:
    now = [100.0]
    faults = Faults(seed=1, clock=lambda: now[0])
    faults.rate_limit(5, burst=2)
    with MonzoSandbox(faults=faults) as monzo, httpx.Client(base_url=monzo.url, headers=monzo.auth_headers) as http:
        statuses = [http.get("/ping/whoami") for _ in range(3)]
        assert [r.status_code for r in statuses] == [200, 200, 429]
        assert statuses[2].headers["Retry-After"] == "1"
        assert statuses[2].json()["code"] == "rate_limited"
        monzo_spec.check(statuses[2])
        now[0] += 0.2
        assert http.get("/ping/whoami").status_code == 200
        faults.rate_limit(5, burst=1, integer_retry_after=False)
        http.get("/ping/whoami")
        assert http.get("/ping/whoami").headers["Retry-After"] == "0.2"
        faults.rate_limit(None)
        assert all(http.get("/ping/whoami").status_code == 200 for _ in range(10))


def test_rate_limit_in_real_time_keeps_the_rate() -> None:
    with (
        MonzoSandbox(faults=Faults(rate_limit=20, burst=1)) as monzo,
        httpx.Client(base_url=monzo.url, headers=monzo.auth_headers) as http,
    ):
        started = time.monotonic()
        ok = 0
        while time.monotonic() - started < 0.5:
            ok += http.get("/ping/whoami").status_code == 200
        assert 5 <= ok <= 12, ok
        assert monzo.requests.count(status=429) > ok


def test_faults_decide_is_deterministic_without_a_server() -> None:
    def decisions(seed: int) -> list[tuple[str, float]]:
        faults = Faults(seed=seed, latency=(0.0, 1.0), error_rate=0.2, drop_rate=0.1)
        return [(d.action, d.delay) for d in (faults.decide("GET", "/x") for _ in range(50))]

    assert decisions(1) == decisions(1) != decisions(2)
    actions = [action for action, _ in decisions(1)]
    assert {"pass", "drop", "server_error"} <= set(actions)


def test_bad_fault_arguments_are_refused() -> None:
    faults = Faults()
    with pytest.raises(ValueError):
        faults.server_errors(status=404)
    with pytest.raises(ValueError):
        faults.latency((0.5, 0.1))
    with pytest.raises(ValueError):
        faults.drop_connections(probability=1.5)
    with pytest.raises(ValueError):
        faults.rate_limit(0)
