"""Where monzoh finds its token, and how a cached token renews itself (once, rotating the refresh token)."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monzoh import AsyncMonzoClient, MonzoAuthenticationError, MonzoClient, MonzoConfigurationError
from monzoh._token_cache import StoredToken, TokenCache
from tests.flaky_server import FlakyServer, Reply, Request


class TokenServer:
    """A fake Monzo: one valid access token at a time; refreshing rotates both tokens."""

    def __init__(self, access: str = "access-old-000000000000", refresh: str = "refresh-old-00000000000") -> None:
        self.access, self.refresh = access, refresh
        self.refreshes = 0
        self.generation = 0

    def __call__(self, request: Request) -> Reply:
        if request.path == "/oauth2/token":
            form = {k: v[0] for k, v in request.form.items()}
            if form.get("refresh_token") != self.refresh or form.get("client_secret") != "mnzconf.secret":
                return Reply(401, {"code": "unauthorized.bad_refresh_token", "message": "bad refresh token"})
            self.refreshes += 1
            self.generation += 1
            self.access = f"access-new-{self.generation:012d}"
            self.refresh = f"refresh-new-{self.generation:012d}"
            return Reply(
                200,
                {
                    "access_token": self.access,
                    "client_id": "oauth2client_1",
                    "expires_in": 21600,
                    "refresh_token": self.refresh,
                    "token_type": "Bearer",
                    "user_id": "user_1",
                },
                delay=0.05,
            )
        if request.headers.get("authorization") != f"Bearer {self.access}":
            return Reply(
                401,
                {
                    "code": "unauthorized.bad_access_token.expired",
                    "message": "Access token has expired",
                    "error": "invalid_token",
                },
            )
        return Reply(200, {"authenticated": True, "client_id": "oauth2client_1", "user_id": "user_1"})


def write_cache(path: Path, access: str, refresh: str, expires_in: timedelta) -> None:
    TokenCache(path).save(
        StoredToken(access, refresh, (datetime.now(UTC) + expires_in).isoformat(), "user_1", "oauth2client_1")
    )


@pytest.fixture
def oauth_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONZO_CLIENT_ID", "oauth2client_1")
    monkeypatch.setenv("MONZO_CLIENT_SECRET", "mnzconf.secret")


def test_no_token_anywhere_says_how_to_get_one() -> None:
    """A missing token is a configuration error (no status: nothing was sent) that says how to get one."""
    with pytest.raises(MonzoConfigurationError) as info:
        MonzoClient(base_url="http://127.0.0.1:9")
    assert "MONZO_ACCESS_TOKEN" in str(info.value) and "monzoh login" in str(info.value)
    assert info.value.status_code is None


def test_argument_wins_over_environment_which_wins_over_cache(
    isolated_monzo_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_cache(isolated_monzo_env, "from-cache-0000000000", "r", timedelta(hours=1))
    seen: list[str] = []

    def handler(req: Request) -> Reply:
        seen.append(req.headers["authorization"])
        return Reply(200, {"authenticated": True, "client_id": "c", "user_id": "u"})

    with FlakyServer(handler) as server:
        MonzoClient(base_url=server.url).whoami()
        monkeypatch.setenv("MONZO_ACCESS_TOKEN", "from-env-00000000000")
        MonzoClient(base_url=server.url).whoami()
        MonzoClient("from-arg-00000000000", base_url=server.url).whoami()
    assert seen == ["Bearer from-cache-0000000000", "Bearer from-env-00000000000", "Bearer from-arg-00000000000"]


@pytest.mark.usefixtures("oauth_client_env")
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_401_expired_refreshes_once_replays_and_rotates_the_cache(kind: str, isolated_monzo_env: Path) -> None:
    fake = TokenServer()
    write_cache(isolated_monzo_env, "access-stale-0000000000", fake.refresh, timedelta(hours=1))  # Monzo says expired
    with FlakyServer(fake) as server:
        if kind == "sync":
            with MonzoClient(base_url=server.url) as client:
                who = client.whoami()
                client.whoami()
        else:

            async def main() -> Any:
                async with AsyncMonzoClient(base_url=server.url) as client:
                    return (await asyncio.gather(*(client.whoami() for _ in range(5))))[0]

            who = asyncio.run(main())
    assert who.user_id == "user_1"
    assert fake.refreshes == 1
    cached = json.loads(isolated_monzo_env.read_text())
    assert cached["access_token"] == fake.access and cached["refresh_token"] == fake.refresh
    assert stat.S_IMODE(os.stat(isolated_monzo_env).st_mode) == 0o600


@pytest.mark.usefixtures("oauth_client_env")
def test_a_token_known_to_be_expired_is_renewed_before_the_first_request(isolated_monzo_env: Path) -> None:
    fake = TokenServer()
    write_cache(isolated_monzo_env, fake.access, fake.refresh, timedelta(hours=-1))
    with FlakyServer(fake) as server:
        MonzoClient(base_url=server.url).whoami()
        assert server.paths() == ["/oauth2/token", "/ping/whoami"]


def test_an_expired_cache_without_client_credentials_is_refused_clearly(isolated_monzo_env: Path) -> None:
    write_cache(isolated_monzo_env, "old-0000000000000", "refresh-0000000000", timedelta(hours=-1))
    with pytest.raises(MonzoConfigurationError, match="MONZO_CLIENT_SECRET"):
        MonzoClient(base_url="http://127.0.0.1:9")


@pytest.mark.usefixtures("oauth_client_env")
def test_a_second_401_after_refresh_is_raised_not_looped(isolated_monzo_env: Path) -> None:
    write_cache(isolated_monzo_env, "stale-0000000000000", "refresh-old-00000000000", timedelta(hours=1))

    def handler(req: Request) -> Reply:
        if req.path == "/oauth2/token":
            return Reply(
                200,
                {
                    "access_token": "still-bad-000000000",
                    "client_id": "c",
                    "expires_in": 21600,
                    "refresh_token": "r2-000000000000",
                    "token_type": "Bearer",
                    "user_id": "u",
                },
            )
        return Reply(401, {"code": "unauthorized.bad_access_token.expired", "message": "expired"})

    with FlakyServer(handler) as server:
        with pytest.raises(MonzoAuthenticationError) as info:
            MonzoClient(base_url=server.url).whoami()
        assert server.paths() == ["/ping/whoami", "/oauth2/token", "/ping/whoami"]
    assert "still-bad" not in str(info.value)


@pytest.mark.usefixtures("oauth_client_env")
def test_a_failed_refresh_is_an_authentication_error_without_secrets(isolated_monzo_env: Path) -> None:
    write_cache(isolated_monzo_env, "stale-0000000000000", "wrong-refresh-000000000", timedelta(hours=1))
    with FlakyServer(TokenServer()) as server:
        with pytest.raises(MonzoAuthenticationError) as info:
            MonzoClient(base_url=server.url).whoami()
    assert "POST /oauth2/token" in str(info.value)
    assert "mnzconf.secret" not in str(info.value) and "wrong-refresh" not in str(info.value)


def test_set_access_token_replaces_the_credentials() -> None:
    seen: list[str] = []

    def handler(req: Request) -> Reply:
        seen.append(req.headers["authorization"])
        return Reply(200, {"authenticated": True, "client_id": "c", "user_id": "u"})

    with FlakyServer(handler) as server, MonzoClient("first-token-00000000", base_url=server.url) as client:
        client.whoami()
        client.set_access_token("second-token-0000000")
        client.whoami()
    assert seen == ["Bearer first-token-00000000", "Bearer second-token-0000000"]


def test_create_oauth_client_builds_the_authorization_url() -> None:
    oauth = MonzoClient.create_oauth_client("oauth2client_1", "mnzconf.s", "http://localhost:8080/callback")
    url = oauth.authorization_url("state-123")
    assert url.startswith("https://auth.monzo.com/?") and "state=state-123" in url and "mnzconf" not in url
    oauth.close()
