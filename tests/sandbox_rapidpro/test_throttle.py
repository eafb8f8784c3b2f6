"""Throttling per scope and injected faults, with RapidPro's bodies, and exports that survive them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from rapidpro import AsyncRapidProClient, RapidProClient, TembaRateExceededError
from rapidpro.testing import RapidProSandbox, ScopedThrottle

from .conftest import NOW, RapidProSpec

Start = Callable[[RapidProSandbox], RapidProSandbox]


def test_drf_throttle_algorithm_and_texts() -> None:
    now = [0.0]
    throttle = ScopedThrottle({"v2.contacts": "3/minute"}, clock=lambda: now[0])
    for moment in (0.0, 1.0, 2.0):
        now[0] = moment
        assert throttle.check("v2.contacts") is None
    now[0] = 10.0
    assert throttle.check("v2.contacts") == 50.0, "until the oldest request leaves the window"
    assert throttle.check("v2") is None, "other scopes have their own bucket (none here)"
    now[0] = 60.5
    assert throttle.check("v2.contacts") is None
    with pytest.raises(ValueError):
        throttle.set("v2", "lots")


def test_scoped_rates_give_the_real_429(start_sandbox: Start, spec: RapidProSpec) -> None:
    sandbox = start_sandbox(RapidProSandbox(contacts=50, now=NOW, rates={"v2.contacts": "2/minute"}))
    with httpx.Client(base_url=sandbox.url + "/", headers=sandbox.auth_headers) as http:
        assert [http.get("contacts.json").status_code for _ in range(2)] == [200, 200]
        throttled = http.get("contacts.json")
        assert throttled.status_code == 429
        wait = int(throttled.headers["Retry-After"])
        assert 58 <= wait <= 60
        assert throttled.json() == {"detail": f"Request was throttled. Expected available in {wait} seconds."}
        assert throttled.headers["X-Temba-Workspace"] == sandbox.state.world.workspace.uuid
        spec.check_response(throttled)
        assert http.get("messages.json").status_code == 200 and http.get("fields.json").status_code == 200
        sandbox.throttle.set("v2.contacts", None)
        assert http.get("contacts.json").status_code == 200


def test_injected_faults_speak_rapidpro(start_sandbox: Start, spec: RapidProSpec) -> None:
    sandbox = start_sandbox(RapidProSandbox(contacts=50, now=NOW))
    with httpx.Client(base_url=sandbox.url + "/", headers=sandbox.auth_headers) as http:
        sandbox.faults.rate_limit_burst(1, retry_after=1, path="/api/v2/runs.json")
        burst = http.get("runs.json")
        assert burst.status_code == 429 and burst.headers["Retry-After"] == "1"
        assert burst.json() == {"detail": "Request was throttled. Expected available in 1 second."}
        spec.check_response(burst)
        sandbox.faults.server_errors(times=1, status=500)
        failed = http.get("flows.json")
        assert failed.status_code == 500 and failed.headers["content-type"].startswith("text/plain")
        assert failed.text == "Server Error. Site administrators have been notified."
        spec.check_response(failed)
        assert http.get("runs.json").status_code == 200


def test_a_429_mid_export_is_waited_out_without_losing_or_repeating(start_sandbox: Start) -> None:
    sandbox = start_sandbox(RapidProSandbox(contacts=400, page_size=50, now=NOW))
    seen: list[str] = []
    with RapidProClient(sandbox.token, base_url=sandbox.url) as client:
        for contact in client.contacts.list():
            seen.append(contact.uuid)
            if len(seen) == 120:
                sandbox.faults.rate_limit_burst(1, retry_after=1, path="/api/v2/contacts.json")
    assert len(seen) == len(set(seen)) == sandbox.state.contact_count()
    assert sandbox.requests.count(path="/api/v2/contacts.json", status=429) == 1


def test_a_scope_rate_limit_slows_an_async_export_down(start_sandbox: Start) -> None:
    sandbox = start_sandbox(RapidProSandbox(contacts=300, page_size=50, now=NOW, rates={"v2.contacts": "4/second"}))

    async def export() -> list[str]:
        async with AsyncRapidProClient(sandbox.token, base_url=sandbox.url) as client:
            found = [c.uuid async for c in client.contacts.list()]
            assert (await client.workspace.get()).uuid == sandbox.state.world.workspace.uuid, "scope v2 is not limited"
            return found

    seen = asyncio.run(export())
    assert len(seen) == len(set(seen)) == sandbox.state.contact_count()
    assert sandbox.requests.count(path="/api/v2/contacts.json", status=429) >= 1


def test_an_export_stopped_by_a_long_wait_resumes_from_its_cursor(start_sandbox: Start) -> None:
    sandbox = start_sandbox(RapidProSandbox(contacts=300, page_size=50, now=NOW))
    seen: list[str] = []
    with RapidProClient(sandbox.token, base_url=sandbox.url) as client:
        pager = client.contacts.list(group="Active")
        with pytest.raises(TembaRateExceededError):
            for contact in pager:
                seen.append(contact.uuid)
                if len(seen) == 75:
                    sandbox.faults.rate_limit_burst(1, retry_after=3600, path="/api/v2/contacts.json")
        assert len(seen) == 100, "two whole pages arrived before the 429"
        seen += [c.uuid for c in client.contacts.list(group="Active", cursor=pager.cursor)]
    expected = [c.uuid for c in sandbox.state.contacts.all() if not c.deleted and c.status == "active"]
    assert len(seen) == len(set(seen)) and set(seen) == set(expected)
