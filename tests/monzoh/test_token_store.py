"""Token stores in one process: adopting tokens another process renewed, the renewal lock, Redis, and
how a store is chosen (`token_store=`, MONZOH_TOKEN_STORE). The races between real processes are in
test_shared_token_store.py.

"Another process" is played here by the test itself: it has the sandbox issue new tokens (which
evicts the client's) and writes them to the store, as a process that renewed would.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import redis

import monzoh._auth
from monzoh import (
    AsyncMonzoClient,
    MonzoAuthenticationError,
    MonzoClient,
    MonzoConfigurationError,
    RedisTokenStore,
    TokenCache,
    TokenStore,
    WhoAmI,
)
from monzoh._token_cache import RenewalLock, StoredToken, open_token_store
from monzoh.cli import login
from monzoh.oauth import MonzoOAuth
from monzoh.testing import MonzoSandbox
from overlay_runtime import redact
from tests.prism import free_port


@pytest.fixture
def monzo(monkeypatch: pytest.MonkeyPatch) -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=6) as sandbox:
        monkeypatch.setenv("MONZO_CLIENT_ID", sandbox.client_id)
        monkeypatch.setenv("MONZO_CLIENT_SECRET", sandbox.client_secret)
        monkeypatch.setenv("MONZO_BASE_URL", sandbox.url)
        yield sandbox


@pytest.fixture
def cache(isolated_monzo_env: Path) -> TokenCache:
    return TokenCache(isolated_monzo_env)


def stored(monzo: MonzoSandbox, *, expired: bool = False) -> StoredToken:
    """The sandbox's live tokens as a store holds them (`expired`: by the store's reckoning)."""
    expires_at = datetime.now(UTC) + (timedelta(hours=-1) if expired else timedelta(hours=1))
    return StoredToken(monzo.access_token, monzo.refresh_token, expires_at.isoformat(), monzo.user_id, monzo.client_id)


def renewed_elsewhere(monzo: MonzoSandbox, store: TokenStore | None, *, expired: bool = False) -> StoredToken:
    """Another process renewed: the sandbox has new tokens (the old ones evicted), in `store` if given."""
    monzo.tokens.issue(monzo.client_id)
    tokens = stored(monzo, expired=expired)
    if store is not None:
        store.save(tokens)
    return tokens


def stored_pair(store: TokenStore) -> tuple[str, str | None]:
    tokens = store.load()
    assert tokens is not None
    return tokens.access_token, tokens.refresh_token


def token_posts(monzo: MonzoSandbox) -> int:
    return monzo.requests.count("POST", "/oauth2/token")


def whoami_after(kind: str, between: Callable[[], object], **options: Any) -> WhoAmI:
    """Build a client (it reads the store), run `between` (another process at work), then call whoami."""
    if kind == "sync":
        with MonzoClient(**options) as client:
            between()
            return client.whoami()

    async def main() -> WhoAmI:
        async with AsyncMonzoClient(**options) as client:
            between()
            return await client.whoami()

    return asyncio.run(main())


# -- adopting what another process renewed -----------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_newer_token_in_the_store_is_adopted_without_refreshing(
    monzo: MonzoSandbox, cache: TokenCache, kind: str
) -> None:
    """The client's token expired; another process already renewed and stored the new one: this one
    takes it from the store, sends no refresh, and its call goes out with the new token."""
    cache.save(stored(monzo, expired=True))
    who = whoami_after(kind, lambda: renewed_elsewhere(monzo, cache))
    assert who.user_id == monzo.user_id
    assert monzo.requests.paths() == ["/ping/whoami"] and monzo.requests.statuses() == [200]
    assert json.loads(cache.path.read_text())["access_token"] == monzo.access_token


def test_an_expired_newer_token_in_the_store_is_renewed_with_its_refresh_token(
    monzo: MonzoSandbox, cache: TokenCache
) -> None:
    """Another process renewed long ago and its token has expired too: the refresh uses the store's
    refresh token (this process's own was spent by that renewal), and succeeds."""
    cache.save(stored(monzo, expired=True))
    who = whoami_after("sync", lambda: renewed_elsewhere(monzo, cache, expired=True))
    assert who.user_id == monzo.user_id
    assert monzo.requests.paths() == ["/oauth2/token", "/ping/whoami"] and monzo.requests.statuses() == [200, 200]
    assert stored_pair(cache) == (monzo.access_token, monzo.refresh_token)


def test_a_renewal_that_waited_for_the_lock_adopts_what_its_holder_wrote(
    monzo: MonzoSandbox, cache: TokenCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is held (another process renewing) when the client finds its token expired: it waits,
    then re-reads the store and adopts the holder's tokens instead of refreshing."""
    cache.save(stored(monzo, expired=True))
    waiting = threading.Event()
    real_hold_lock = monzoh._auth.hold_lock

    def announcing(lock: RenewalLock) -> Generator[Any, Any, None]:
        if not lock.acquire():
            waiting.set()
            yield from real_hold_lock(lock)

    monkeypatch.setattr(monzoh._auth, "hold_lock", announcing)
    holder = cache.renewal_lock()
    assert holder.acquire()
    result: list[WhoAmI] = []
    with MonzoClient() as client:
        thread = threading.Thread(target=lambda: result.append(client.whoami()))
        thread.start()
        assert waiting.wait(5), "the client did not wait for the lock"
        renewed_elsewhere(monzo, cache)
        holder.release()
        thread.join(5)
    assert [who.user_id for who in result] == [monzo.user_id]
    assert token_posts(monzo) == 0


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_request_evicted_by_another_process_adopts_its_token_and_replays_once(
    monzo: MonzoSandbox, cache: TokenCache, kind: str
) -> None:
    """401 `...evicted` for the token this process holds (no renewal under way here): another process
    renewed. The store has its tokens: adopt them, replay once, and no refresh is sent."""
    cache.save(stored(monzo))
    who = whoami_after(kind, lambda: renewed_elsewhere(monzo, cache))
    assert who.user_id == monzo.user_id
    assert monzo.requests.paths() == ["/ping/whoami", "/ping/whoami"]
    assert monzo.requests.statuses() == [401, 200]


def test_an_eviction_with_nothing_newer_in_the_store_is_raised_without_a_replay(
    monzo: MonzoSandbox, cache: TokenCache
) -> None:
    """Evicted by a token that is not in the store (a login elsewhere): the 401 is raised as it is,
    after one request; no refresh (the evicted token's refresh token is spent), no replay bound to fail."""
    cache.save(stored(monzo))
    with pytest.raises(MonzoAuthenticationError) as info:
        whoami_after("sync", lambda: renewed_elsewhere(monzo, None))
    assert info.value.code == "unauthorized.bad_access_token.evicted"
    assert monzo.requests.paths() == ["/ping/whoami"]


def test_an_adopted_token_refused_again_is_raised_not_replayed_in_a_loop(
    monzo: MonzoSandbox, cache: TokenCache
) -> None:
    """The store's newer token was itself evicted since: one replay with it, then the 401 is raised;
    the next call looks once more (nothing newer) and raises after one request."""
    cache.save(stored(monzo))
    with MonzoClient() as client:
        renewed_elsewhere(monzo, cache)
        renewed_elsewhere(monzo, None)
        with pytest.raises(MonzoAuthenticationError):
            client.whoami()
        assert monzo.requests.statuses() == [401, 401]
        with pytest.raises(MonzoAuthenticationError):
            client.whoami()
    assert monzo.requests.statuses() == [401, 401, 401]
    assert token_posts(monzo) == 0


# -- the lock ----------------------------------------------------------------------------------

REDIS_USER = "monzoh-test"
REDIS_PASSWORD = "pw-" + secrets.token_hex(12)


@pytest.fixture
def redis_url_with_password(redis_url: str) -> Iterator[str]:
    """The test redis-server, through a user with a password (an ACL user; the default one stays open)."""
    with redis.Redis.from_url(redis_url) as connection:
        connection.execute_command("ACL", "SETUSER", REDIS_USER, "on", f">{REDIS_PASSWORD}", "~*", "&*", "+@all")
        yield redis_url.replace("redis://", f"redis://{REDIS_USER}:{REDIS_PASSWORD}@")
        connection.execute_command("ACL", "DELUSER", REDIS_USER)


@pytest.mark.parametrize("kind", ["file", "redis"])
def test_a_lock_never_released_is_a_clear_error_naming_it_without_secrets(
    monzo: MonzoSandbox, isolated_monzo_env: Path, redis_url_with_password: str, kind: str
) -> None:
    """A renewal gives up after the lock's wait time-out with MonzoConfigurationError naming the lock
    (the Redis URL's password masked), quoting no token, secret or password, and sends nothing."""
    store: TokenCache | RedisTokenStore
    if kind == "file":
        store = TokenCache(isolated_monzo_env, lock_timeout=0.3)
        holder = store.renewal_lock()
    else:  # the holder's lock lives 30 s (its lock_timeout); this store waits 2 x 0.15 s for it
        store = RedisTokenStore(redis_url_with_password, lock_timeout=0.15)
        holder = RedisTokenStore(redis_url_with_password, lock_timeout=30).renewal_lock()
    tokens = stored(monzo, expired=True)
    store.save(tokens)
    assert holder.acquire()
    started = time.monotonic()
    try:
        with pytest.raises(MonzoConfigurationError) as info:
            MonzoClient(token_store=store).whoami()
    finally:
        holder.release()
    assert 0.3 <= time.monotonic() - started < 3
    message = str(info.value)
    if kind == "file":
        assert f"{isolated_monzo_env}.lock" in message
    else:
        assert f"monzoh:tokens:renewal-lock at redis://{REDIS_USER}:***@127.0.0.1:" in message
    assert "0.3s" in message and "lock" in message
    for secret in (tokens.access_token, tokens.refresh_token, monzo.client_secret, REDIS_PASSWORD):
        assert secret not in message
    assert monzo.requests.paths() == []


def test_a_killed_lock_holder_frees_the_file_lock_at_once(isolated_monzo_env: Path) -> None:
    """The cache file's lock is an OS lock: the moment its holder dies, the next acquire succeeds."""
    lock_file = f"{isolated_monzo_env}.lock"
    isolated_monzo_env.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import filelock, sys; lock = filelock.FileLock({lock_file!r}); lock.acquire(); print(1, flush=True); "
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "1"
        lock = TokenCache(isolated_monzo_env).renewal_lock()
        assert not lock.acquire()
        holder.kill()
        holder.wait(5)
        assert lock.acquire()
        lock.release()
    finally:
        holder.kill()
        holder.wait(5)


# -- Redis -------------------------------------------------------------------------------------


def test_the_redis_store_works_through_a_password_it_never_shows(
    monzo: MonzoSandbox, redis_url_with_password: str
) -> None:
    """Tokens saved and read back through a user with a password; the repr, the location and the
    errors of an unreachable Redis show `***` where the password was."""
    store = RedisTokenStore(redis_url_with_password, key="team:monzo")
    store.save(stored(monzo))
    assert stored_pair(store) == (monzo.access_token, monzo.refresh_token)
    with MonzoClient(token_store=store) as client:
        assert client.whoami().user_id == monzo.user_id
    port = urlsplit(redis_url_with_password).port
    shown = [repr(store), store.location, store.renewal_lock().name]
    assert all(f"{REDIS_USER}:***@127.0.0.1:{port}/0" in text and REDIS_PASSWORD not in text for text in shown)
    assert repr(store) == f"RedisTokenStore('redis://{REDIS_USER}:***@127.0.0.1:{port}/0', key='team:monzo')"

    closed = RedisTokenStore(f"redis://:{REDIS_PASSWORD}@127.0.0.1:{free_port()}/0?password={REDIS_PASSWORD}")
    with pytest.raises(MonzoConfigurationError, match="cannot be reached") as info:
        closed.load()
    assert REDIS_PASSWORD not in str(info.value) and ":***@127.0.0.1" in str(info.value)
    assert "password=***" in repr(closed)
    assert REDIS_PASSWORD not in redact(f"AUTH {REDIS_PASSWORD}")  # registered: masked in logs too


def test_a_redis_value_that_is_not_tokens_is_a_configuration_error_naming_the_store(redis_url: str) -> None:
    """Something else at the key: a clear error naming the store, never quoting the value."""
    mark = "s3cr3t-" + secrets.token_hex(6)
    with redis.Redis.from_url(redis_url) as connection:
        connection.set("monzoh:tokens", f"access_token={mark}")
    with pytest.raises(MonzoConfigurationError, match="monzoh:tokens is unusable: it is not JSON") as info:
        MonzoClient(token_store=redis_url)
    assert mark not in str(info.value)


@pytest.mark.parametrize("kind", ["file", "redis"])
def test_tokens_read_from_a_store_are_registered_as_secrets(
    isolated_monzo_env: Path, redis_url: str, kind: str
) -> None:
    """Tokens this process never saw before are masked in logs and messages as soon as a store is read."""
    access, refresh = f"acc-{secrets.token_hex(16)}", f"ref-{secrets.token_hex(16)}"
    payload = json.dumps({"access_token": access, "refresh_token": refresh})
    if kind == "file":
        isolated_monzo_env.parent.mkdir(parents=True)
        isolated_monzo_env.write_text(payload)
        store: TokenStore = TokenCache(isolated_monzo_env)
    else:
        with redis.Redis.from_url(redis_url) as connection:
            connection.set("monzoh:tokens", payload)
        store = RedisTokenStore(redis_url)
    assert access in redact(f"x {access} y")  # not a secret until a store is read
    assert stored_pair(store) == (access, refresh)
    assert access not in redact(f"x {access} y") and refresh not in redact(f"x {refresh} y")


# -- choosing the store ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "TokenCache('{cache}')"),
        ("{tmp}/team/tokens.json", "TokenCache('{tmp}/team/tokens.json')"),
        ("redis://127.0.0.1:6379/0", "RedisTokenStore('redis://127.0.0.1:6379/0', key='monzoh:tokens')"),
        (
            "rediss://:hunter2-pass@cache.internal:6380/1",
            "RedisTokenStore('rediss://:***@cache.internal:6380/1', key='monzoh:tokens')",
        ),
        ("REDIS://cache.internal", "RedisTokenStore('redis://cache.internal', key='monzoh:tokens')"),
    ],
    ids=["unset", "path", "redis", "rediss-with-password", "upper-case"],
)
def test_monzoh_token_store_selects_the_store(
    value: str | None, expected: str, isolated_monzo_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MONZOH_TOKEN_STORE: a redis:// or rediss:// URL is Redis; a path, the cache file there; unset,
    the cache file at MONZOH_TOKEN_CACHE. Nothing is connected to until used."""
    if value is not None:
        monkeypatch.setenv("MONZOH_TOKEN_STORE", value.format(tmp=tmp_path))
    assert repr(open_token_store()) == expected.format(cache=isolated_monzo_env, tmp=tmp_path)


def test_token_store_arguments_and_their_precedence(
    monzo: MonzoSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`token_store=` (a path, a URL or a TokenStore) wins over MONZOH_TOKEN_STORE and over
    MONZO_ACCESS_TOKEN; with `access_token=` too it is refused; an unknown URL scheme is refused."""
    mine = TokenCache(tmp_path / "mine.json")
    mine.save(stored(monzo))
    assert open_token_store(mine) is mine
    assert repr(open_token_store(tmp_path / "x.json")) == f"TokenCache('{tmp_path}/x.json')"
    monkeypatch.setenv("MONZOH_TOKEN_STORE", str(tmp_path / "elsewhere.json"))
    monkeypatch.setenv("MONZO_ACCESS_TOKEN", "env-token-0000000000")
    for spec in (mine, str(mine.path), mine.path):
        with MonzoClient(token_store=spec) as client:
            assert client.whoami().user_id == monzo.user_id  # the env token would be refused
    with pytest.raises(MonzoConfigurationError, match="not both"):
        MonzoClient("a-token-000000000000", token_store=mine)
    with pytest.raises(MonzoConfigurationError, match=r"Unknown Monzo token store memcached://\.\.\.") as info:
        open_token_store("memcached://user:pw-in-url@host")
    assert "pw-in-url" not in str(info.value)
    with pytest.raises(MonzoConfigurationError, match="TokenStore, not int"):
        open_token_store(42)  # type: ignore[arg-type]


def test_without_the_redis_package_the_error_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, isolated_monzo_env: Path
) -> None:
    """No `redis` installed: choosing Redis (argument, variable or class) says `pip install
    overlay-clients[redis]`; monzoh itself imports and works without it."""
    monkeypatch.setitem(sys.modules, "redis", None)
    hint = r"pip install 'overlay-clients\[redis\]'"
    with pytest.raises(MonzoConfigurationError, match=hint):
        RedisTokenStore("redis://127.0.0.1:6379/0")
    with pytest.raises(MonzoConfigurationError, match=hint):
        MonzoClient(token_store="redis://127.0.0.1:6379/0")
    monkeypatch.setenv("MONZOH_TOKEN_STORE", "redis://127.0.0.1:6379/0")
    with pytest.raises(MonzoConfigurationError, match=hint):
        AsyncMonzoClient()
    code = "import sys; sys.modules['redis'] = None; import monzoh; print(monzoh.RedisTokenStore.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert out.stdout.strip() == "RedisTokenStore"


# -- monzoh login ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["redis", "path"])
def test_login_writes_to_the_store_monzoh_token_store_names(
    redis_url: str, tmp_path: Path, isolated_monzo_env: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """`monzoh login` with MONZOH_TOKEN_STORE set stores the token there (not in the default cache), and
    clients configured the same way find it."""
    redirect = f"http://localhost:{free_port()}/callback"
    target = redis_url if kind == "redis" else str(tmp_path / "shared" / "tokens.json")
    monkeypatch.setenv("MONZOH_TOKEN_STORE", target)

    def browser(url: str) -> None:  # Monzo approves at once and redirects to the callback
        threading.Thread(target=lambda: httpx.get(url, follow_redirects=True, timeout=5), daemon=True).start()

    with MonzoSandbox(seed=7, redirect_uri=redirect) as monzo:
        lines: list[str] = []
        with MonzoOAuth(
            monzo.client_id, monzo.client_secret, redirect, base_url=monzo.url, auth_url=monzo.authorize_url
        ) as oauth:
            store = login(oauth, open_browser=browser, timeout=10, say=lines.append)
        assert stored_pair(store) == (monzo.access_token, monzo.refresh_token)
        assert stored_pair(open_token_store(target)) == (monzo.access_token, monzo.refresh_token)
        assert any(store.location in line for line in lines)
        assert not any(monzo.access_token in line for line in lines)
        with MonzoClient(base_url=monzo.url) as client:
            assert client.whoami().user_id == monzo.user_id
    assert not isolated_monzo_env.exists()
