"""`monzoh login`: authorization-code flow with a localhost callback, a state check, and the token cache."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from monzoh import MonzoClient
from monzoh.cli import LoginError, login
from monzoh.oauth import MonzoOAuth
from tests.flaky_server import FlakyServer, Reply, Request
from tests.prism import free_port

GRANT = {
    "access_token": "access-from-login-000000",
    "client_id": "oauth2client_1",
    "expires_in": 21600,
    "refresh_token": "refresh-from-login-00000",
    "token_type": "Bearer",
    "user_id": "user_42",
}


def token_endpoint(request: Request) -> Reply:
    if request.path == "/oauth2/token":
        form = {k: v[0] for k, v in request.form.items()}
        good = form == {
            "grant_type": "authorization_code",
            "client_id": "oauth2client_1",
            "client_secret": "mnzconf.secret",
            "redirect_uri": form.get("redirect_uri"),
            "code": "code-123",
        }
        return (
            Reply(200, GRANT)
            if good
            else Reply(400, {"code": "bad_request.authorization_code.invalid", "message": "bad code"})
        )
    if request.headers.get("authorization") == f"Bearer {GRANT['access_token']}":
        return Reply(200, {"authenticated": True, "client_id": "oauth2client_1", "user_id": "user_42"})
    return Reply(401, {"code": "unauthorized.bad_access_token", "message": "no"})


def browser(tamper_state: bool = False, code: str = "code-123") -> tuple[list[str], object]:
    """A fake browser: Monzo 'approves' at once and redirects to the callback with the code."""
    visited: list[str] = []

    def open_url(url: str) -> None:
        visited.append(url)
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        state = "forged" if tamper_state else query["state"]

        def redirect() -> None:
            httpx.get(f"{query['redirect_uri']}?code={code}&state={state}", timeout=5)

        threading.Thread(target=redirect, daemon=True).start()

    return visited, open_url


def test_login_exchanges_the_code_and_stores_a_private_token(isolated_monzo_env: Path) -> None:
    redirect = f"http://localhost:{free_port()}/callback"
    visited, open_url = browser()
    with FlakyServer(token_endpoint) as api:
        oauth = MonzoOAuth(
            "oauth2client_1", "mnzconf.secret", redirect, base_url=api.url, auth_url="https://auth.example"
        )
        lines: list[str] = []
        login(oauth, open_browser=open_url, timeout=10, say=lines.append)
        url = urlsplit(visited[0])
        assert url.netloc == "auth.example"
        query = parse_qs(url.query)
        assert query["client_id"] == ["oauth2client_1"] and query["response_type"] == ["code"]
        assert len(query["state"][0]) >= 32
        cached = json.loads(isolated_monzo_env.read_text())
        assert cached["access_token"] == GRANT["access_token"] and cached["refresh_token"] == GRANT["refresh_token"]
        assert stat.S_IMODE(os.stat(isolated_monzo_env).st_mode) == 0o600
        assert MonzoClient(base_url=api.url).whoami().user_id == "user_42"  # clients find the stored token
    assert any("approve access in the Monzo app" in line for line in lines)
    assert not any(GRANT["access_token"] in line for line in lines)


def test_login_aborts_on_a_state_mismatch_without_exchanging(isolated_monzo_env: Path) -> None:
    redirect = f"http://localhost:{free_port()}/callback"
    _, open_url = browser(tamper_state=True)
    with FlakyServer(token_endpoint) as api:
        oauth = MonzoOAuth("oauth2client_1", "mnzconf.secret", redirect, base_url=api.url)
        with pytest.raises(LoginError, match="state"):
            login(oauth, open_browser=open_url, timeout=10, say=lambda line: None)
        assert api.requests == []
    assert not isolated_monzo_env.exists()


def test_login_times_out_when_no_redirect_comes(isolated_monzo_env: Path) -> None:
    oauth = MonzoOAuth(
        "oauth2client_1", "mnzconf.secret", f"http://localhost:{free_port()}/callback", base_url="http://127.0.0.1:9"
    )
    with pytest.raises(LoginError, match="no redirect"):
        login(oauth, open_browser=lambda url: None, timeout=0.3, say=lambda line: None)


def test_cli_without_client_credentials_explains(capsys: pytest.CaptureFixture[str]) -> None:
    from monzoh.cli import main

    assert main(["login", "--no-browser", "--timeout", "0.1"]) == 1
    assert "MONZO_CLIENT_ID" in capsys.readouterr().err
