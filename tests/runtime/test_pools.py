"""The pools we make (overlay_runtime._pools): one TLS context per process, no cookies taken from responses.

A real HTTPS server on 127.0.0.1 whose certificate comes from a throw-away CA (trustme): refused
while that CA is unknown, accepted once `SSL_CERT_FILE` names it, refused again when it is unset.
A plain HTTP one on 127.0.0.1 that sets a cookie on every answer and records what comes back.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
import trustme

from monzoh import AsyncMonzoClient, MonzoClient, MonzoNetworkError
from overlay_runtime._pools import AsyncPool, SyncPool, default_ssl_context
from rapidpro.compat import TembaClient

WHOAMI = {"authenticated": True, "client_id": "oauth2client_1", "user_id": "user_1"}


class _Handler(BaseHTTPRequestHandler):
    cookies_received: ClassVar[list[str | None]] = []

    def do_GET(self) -> None:
        type(self).cookies_received.append(self.headers.get("Cookie"))
        body = json.dumps(WHOAMI).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Cookie", "AWSALB=sticky-1; Path=/")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _serve(context: ssl.SSLContext | None) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'http' if context is None else 'https'}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def https_url(ca: trustme.CA) -> Iterator[str]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    yield from _serve(context)


@pytest.fixture
def http_url() -> Iterator[str]:
    _Handler.cookies_received = []
    yield from _serve(None)


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def _context_of(pool: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    context: ssl.SSLContext = pool._transport._pool._ssl_context  # type: ignore[union-attr]
    return context


def test_clients_share_one_verifying_context(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    shared = default_ssl_context()
    assert shared.verify_mode == ssl.CERT_REQUIRED and shared.check_hostname
    assert shared.cert_store_stats()["x509_ca"] > 10  # certifi's bundle, as httpx's default
    with MonzoClient("token") as one, MonzoClient("other") as two:
        assert _context_of(one._http) is shared and _context_of(two._http) is shared
    asynchronous = AsyncMonzoClient("token")
    assert _context_of(asynchronous._http) is shared
    assert _context_of(TembaClient("https://rapidpro.example", "token", verify_ssl=True)._pool) is shared  # type: ignore[arg-type]


def test_an_unknown_ca_is_refused_and_ssl_cert_file_is_honoured(
    https_url: str, ca_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with MonzoClient("token", base_url=https_url, max_retries=0) as client:
        with pytest.raises(MonzoNetworkError) as refused:
            client.whoami()
        assert (
            "CERTIFICATE_VERIFY_FAILED" in repr(refused.value.__cause__) or "certificate" in str(refused.value).lower()
        )

    monkeypatch.setenv("SSL_CERT_FILE", ca_file)  # as httpx reads it: trust this CA (only)
    with MonzoClient("token", base_url=https_url, max_retries=0) as client:
        assert client.whoami().user_id == "user_1"

    async def from_async() -> str:
        async with AsyncMonzoClient("token", base_url=https_url, max_retries=0) as client:
            return (await client.whoami()).user_id

    assert asyncio.run(from_async()) == "user_1"

    monkeypatch.delenv("SSL_CERT_FILE")
    with MonzoClient("token", base_url=https_url, max_retries=0) as client, pytest.raises(MonzoNetworkError):
        client.whoami()


def test_cookies_a_server_sets_are_not_sent_back(http_url: str) -> None:
    with MonzoClient("token", base_url=http_url) as client:
        client.whoami()
        client.whoami()

    async def from_async() -> None:
        async with AsyncMonzoClient("token", base_url=http_url) as client:
            await client.whoami()
            await client.whoami()

    asyncio.run(from_async())
    assert _Handler.cookies_received == [None] * 4  # each answer set AWSALB; no request carried it


def test_cookies_set_by_hand_on_a_pool_are_sent(http_url: str) -> None:
    with SyncPool(timeout=5) as pool:
        pool.cookies = {"chosen": "1"}
        pool.get(http_url)
        pool.cookies.set("also", "2")
        pool.get(http_url)
        assert dict(pool.cookies) == {"chosen": "1", "also": "2"}  # AWSALB was not taken in

    async def from_async() -> None:
        async with AsyncPool(timeout=5) as pool:
            pool.cookies = {"chosen": "1"}
            await pool.get(http_url)

    asyncio.run(from_async())
    assert _Handler.cookies_received == ["chosen=1", "chosen=1; also=2", "chosen=1"]
