"""Every pool we make shares one TLS context (overlay_runtime._tls), and certificates are still verified.

A real HTTPS server on 127.0.0.1 whose certificate comes from a throw-away CA (trustme): refused
while that CA is unknown, accepted once `SSL_CERT_FILE` names it, refused again when it is unset.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import trustme

from monzoh import AsyncMonzoClient, MonzoClient, MonzoNetworkError
from overlay_runtime._tls import default_ssl_context
from rapidpro.compat import TembaClient

WHOAMI = {"authenticated": True, "client_id": "oauth2client_1", "user_id": "user_1"}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(WHOAMI).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def https_url(ca: trustme.CA) -> Iterator[str]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


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
