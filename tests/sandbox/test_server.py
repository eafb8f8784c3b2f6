"""SandboxServer starts, serves, stops cleanly; the CLI, the pytest fixtures and webhook deliveries work."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from api_sandbox import RequestLog, SandboxServer
from monzoh.testing import MonzoSandbox

from ._openapi import SpecChecker

ROOT = Path(__file__).resolve().parents[2]


def _echo_app(received: list[Any] | None = None) -> Starlette:
    async def echo(request: Request) -> Response:
        if received is not None:
            received.append((request.headers.get("content-type"), await request.body()))
        return JSONResponse({"path": request.url.path})

    return Starlette(routes=[Route("/{rest:path}", echo, methods=["GET", "POST"])])


def _refused(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def test_start_serve_stop_leaves_no_thread_or_socket() -> None:
    threads = set(threading.enumerate())
    server = SandboxServer(_echo_app())
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.url
    with server:
        assert server.running and server.url.startswith("http://127.0.0.1:") and server.port > 0
        with httpx.Client(base_url=server.url) as client:
            assert client.get("/hello").json() == {"path": "/hello"}
        with pytest.raises(RuntimeError, match="already started"):
            server.start()
    assert not server.running and _refused(server.port)
    server.stop()  # twice is fine
    assert set(threading.enumerate()) == threads


def test_stop_does_not_wait_forever_for_a_stuck_request() -> None:
    threads = set(threading.enumerate())
    with MonzoSandbox() as monzo:
        monzo.server.shutdown_timeout = 1.0
        monzo.faults.latency(60)
        thread = threading.Thread(target=lambda: _swallow(lambda: httpx.get(f"{monzo.url}/ping/whoami", timeout=30)))
        thread.start()
        while monzo.requests.in_flight == 0:
            time.sleep(0.01)
        started = time.monotonic()
    assert time.monotonic() - started < 5
    thread.join(5)
    assert set(threading.enumerate()) == threads


def _swallow(call: Any) -> None:
    with contextlib.suppress(httpx.HTTPError):
        call()


def test_two_servers_get_different_free_ports_and_a_fixed_port_works() -> None:
    with SandboxServer(_echo_app()) as first, SandboxServer(_echo_app()) as second:
        assert first.port != second.port
        port = first.port
    with SandboxServer(_echo_app(), port=port) as again:
        assert httpx.get(f"{again.url}/x").status_code == 200


def test_request_log_counts_and_sees_concurrency(monzo: MonzoSandbox) -> None:
    monzo.faults.latency(0.2, path="/accounts")

    async def run() -> None:
        async with httpx.AsyncClient(base_url=monzo.url, headers=monzo.auth_headers) as client:
            await asyncio.gather(*(client.get("/accounts") for _ in range(5)), client.get("/nope"))

    asyncio.run(run())
    log: RequestLog = monzo.requests
    assert len(log) == 6 and log.count(path="/accounts", status=200) == 5 and log.count(status=404) == 1
    assert log.max_in_flight >= 5 and log.in_flight == 0
    assert all(r.duration is not None and r.duration >= 0.2 for r in log if r.path == "/accounts")
    log.clear()
    with httpx.Client(base_url=monzo.url, headers=monzo.auth_headers) as client:
        for _ in range(5):
            client.get("/ping/whoami")
    assert log.connections() == 1 and log.paths() == ["/ping/whoami"] * 5 and log.max_in_flight == 1


def test_webhook_events_reach_a_loopback_receiver_and_match_the_spec(
    monzo: MonzoSandbox, http: httpx.Client, monzo_spec: SpecChecker
) -> None:
    received: list[Any] = []
    with SandboxServer(_echo_app(received)) as receiver:
        account = monzo.state.current_account_id
        hook = http.post("/webhooks", data={"account_id": account, "url": f"{receiver.url}/monzo/hook"}).json()[
            "webhook"
        ]
        pot = next(p for p in monzo.state.pots() if p["name"] == "Savings")
        http.put(f"/pots/{pot['id']}/deposit", data={"source_account_id": account, "amount": "100", "dedupe_id": "wh"})
        monzo.state.add_transaction(account, -250, "COFFEE", category="eating_out")
        deliveries = monzo.webhook_deliveries()
    mine = [d for d in deliveries if d["webhook_id"] == hook["id"]]
    assert [d["outcome"] for d in mine] == ["delivered", "delivered"]
    assert len(received) == 2 and all(kind == "application/json" for kind, _ in received)
    skipped = [d for d in deliveries if d["webhook_id"] != hook["id"]]
    assert skipped and all(d["outcome"].startswith("skipped") for d in skipped), "never calls a non-loopback URL"
    for _, body in received:
        monzo_spec.check_webhook(
            "transaction_created",
            httpx.Request("POST", "http://x/", content=body, headers={"Content-Type": "application/json"}),
        )


def _pythonpath() -> str:
    parts = [str(ROOT / "overlays"), str(ROOT), *sys.path]
    return os.pathsep.join(p for p in parts if p)


def test_command_line_server_prints_url_and_token_and_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "api_sandbox",
            "monzo",
            "--port",
            "0",
            "--log-level",
            "warning",
            "--latency",
            "0.001-0.002",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": _pythonpath()},
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        url = lines[0].split(" running at ")[1].strip()
        token = lines[1].split("access token: ")[1].strip()
        response = httpx.get(f"{url}/ping/whoami", headers={"Authorization": f"Bearer {token}"})
        assert response.json()["authenticated"] is True
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopped after 1 requests." in out


def test_command_line_rejects_unknown_sandboxes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "api_sandbox", "nope", "--duration", "0"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": _pythonpath()},
        timeout=60,
    )
    assert result.returncode != 0 and "unknown sandbox" in result.stderr


def test_pytest_fixtures_for_users(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["monzoh.testing.pytest_plugin"]\n')
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import httpx
            import pytest
            from monzoh.testing import Faults, MonzoSandbox

            def test_fixture(monzo_sandbox):
                response = httpx.get(monzo_sandbox.url + "/accounts", headers=monzo_sandbox.auth_headers)
                assert len(response.json()["accounts"]) == 3

            @pytest.mark.parametrize("monzo_sandbox", [{"seed": 5, "faults": Faults(error_rate=1.0)}], indirect=True)
            def test_parametrised(monzo_sandbox):
                assert monzo_sandbox.seed == 5
                assert httpx.get(monzo_sandbox.url + "/ping/whoami").status_code == 500

            def test_start_any(start_sandbox):
                sandbox = start_sandbox(MonzoSandbox(seed=9))
                assert sandbox.running
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": _pythonpath()},
        timeout=120,
    )
    assert "3 passed" in result.stdout, result.stdout + result.stderr
