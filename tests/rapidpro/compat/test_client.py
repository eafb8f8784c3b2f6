"""`TembaClient(host, token, user_agent=None, verify_ssl=None, transformer=None)`: what each argument does."""

from __future__ import annotations

import ssl

import pytest

from rapidpro.compat import TembaClient
from rapidpro.testing import RapidProSandbox
from tests.rapidpro._server import TOKEN, rapidpro_server


@pytest.mark.parametrize(
    ("host", "root"),
    [
        ("rapidpro.io", "https://rapidpro.io/api/v2"),
        ("app.rapidpro.io/", "https://app.rapidpro.io/api/v2"),
        ("https://textit.com", "https://textit.com/api/v2"),
        ("http://localhost:8000/", "http://localhost:8000/api/v2"),
        ("http://127.0.0.1:8000/api/v2", "http://127.0.0.1:8000/api/v2"),  # TembaClient would double it
    ],
)
def test_host_forms(host: str, root: str) -> None:
    """A host name means https, as in TembaClient; a URL is taken as it is (a loopback one may be plain http)."""
    with TembaClient(host, TOKEN) as client:
        assert client.root_url == root
        assert TOKEN not in repr(client)


def test_user_agent_comes_first_in_the_header() -> None:
    """`user_agent` is put before ours, as TembaClient put it before its own."""
    with rapidpro_server() as (server, _), TembaClient(server.url, TOKEN, user_agent="casepro/1.4") as client:
        client.get_org()
        assert server.requests[-1].headers["user-agent"] == "casepro/1.4 rapidpro (overlay-clients)"
        assert server.requests[-1].headers["authorization"] == f"Token {TOKEN}"


@pytest.mark.parametrize("verify_ssl", [False, True, ssl.get_default_verify_paths().cafile or "/etc/ssl/certs"])
def test_verify_ssl_makes_a_pool_of_its_own(sandbox: RapidProSandbox, verify_ssl: bool | str) -> None:
    """False, True or a CA bundle (file or directory): the client still reads, and closes its pool."""
    client = TembaClient(sandbox.root_url, sandbox.token, verify_ssl=verify_ssl)
    assert client.verify_ssl == verify_ssl and client.get_org().uuid
    client.close()
    with pytest.raises(RuntimeError, match="closed"):  # as any closed client of the facade
        client.get_org()
