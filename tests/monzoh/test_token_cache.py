"""The `monzoh login` token cache when things go wrong: a file that cannot be written, or one that
is there but corrupted."""

from __future__ import annotations

import errno
import json
import shutil
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monzoh import MonzoClient, MonzoConfigurationError, MonzoError, MonzoTokenCacheWarning
from monzoh._token_cache import StoredToken, TokenCache
from monzoh.testing import MonzoSandbox
from tests.flaky_server import FlakyServer, Reply, Request

# -- a renewal whose cache write fails --------------------------------------------------------


@pytest.fixture
def monzo(monkeypatch: pytest.MonkeyPatch) -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=4) as sandbox:
        monkeypatch.setenv("MONZO_CLIENT_ID", sandbox.client_id)
        monkeypatch.setenv("MONZO_CLIENT_SECRET", sandbox.client_secret)
        yield sandbox


def _expire_every_token(monzo: MonzoSandbox, hours: float) -> None:
    """Move the sandbox's clock on: every access token issued so far has expired (refresh tokens have not)."""
    monzo.tokens.clock = lambda: time.time() + hours * 3600


def _fail_with(error: int) -> Callable[[pytest.MonkeyPatch, Path], None]:
    def break_writes(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
        def write_secret_file(path: Path, text: str) -> Path:
            raise OSError(error, {errno.EACCES: "Permission denied", errno.ENOSPC: "No space left on device"}[error])

        monkeypatch.setattr("monzoh._token_cache.write_secret_file", write_secret_file)

    return break_writes


def _folder_replaced_by_a_file(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    """A real failure, even for root: the cache's folder is now a plain file."""
    shutil.rmtree(cache.parent)
    cache.parent.write_text("not a folder")


@pytest.mark.parametrize(
    "break_writes",
    [_fail_with(errno.EACCES), _fail_with(errno.ENOSPC), _folder_replaced_by_a_file],
    ids=["read-only", "disk-full", "folder-is-a-file"],
)
def test_renewed_tokens_that_cannot_be_saved_stay_in_use_with_one_warning(
    monzo: MonzoSandbox,
    isolated_monzo_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    break_writes: Callable[[pytest.MonkeyPatch, Path], None],
) -> None:
    """The call succeeds; the new refresh token is kept (in memory) for the next renewal; one
    MonzoTokenCacheWarning says where the cache could not be written, and nothing secret."""
    TokenCache(isolated_monzo_env).save(
        StoredToken(
            monzo.access_token,
            monzo.refresh_token,
            (datetime.now(UTC) - timedelta(hours=1)).isoformat(),  # known to have expired
            monzo.user_id,
            monzo.client_id,
        )
    )
    secrets = [monzo.access_token, monzo.refresh_token, monzo.client_secret]
    with MonzoClient(base_url=monzo.url) as client:
        break_writes(monkeypatch, isolated_monzo_env)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert client.whoami().user_id == monzo.user_id  # renewed, could not save
            secrets += [monzo.access_token, monzo.refresh_token]
            client.whoami()
            _expire_every_token(monzo, hours=7)  # Monzo answers 401 ...expired: renew again
            assert client.whoami().user_id == monzo.user_id  # with the refresh token kept in memory
            secrets += [monzo.access_token, monzo.refresh_token]
        assert monzo.requests.paths().count("/oauth2/token") == 2
        cache_warnings = [w for w in caught if issubclass(w.category, MonzoTokenCacheWarning)]
        assert len(cache_warnings) == 1, [str(w.message) for w in caught]
        assert [w for w in caught if w not in cache_warnings] == []
        message = str(cache_warnings[0].message)
        assert str(isolated_monzo_env) in message and "could not write" in message.lower()
        assert not any(secret in message for secret in secrets)

        # The disk is fixed: the next renewal writes the cache again.
        monkeypatch.undo()
        monkeypatch.setenv("MONZOH_TOKEN_CACHE", str(isolated_monzo_env))
        if isolated_monzo_env.parent.is_file():
            isolated_monzo_env.parent.unlink()
        _expire_every_token(monzo, hours=14)
        client.whoami()
    cached = json.loads(isolated_monzo_env.read_text())
    assert cached["access_token"] == monzo.access_token and cached["refresh_token"] == monzo.refresh_token


# -- a corrupted cache file -------------------------------------------------------------------

MARK = "s3cr3t-marker"  # in every bad file: no message may quote it

BAD_FILES: dict[str, bytes] = {
    "not-json": f"access_token={MARK}".encode(),
    "json-list": json.dumps([MARK]).encode(),
    "json-string": json.dumps(MARK).encode(),
    "missing-access-token": json.dumps({"refresh_token": MARK}).encode(),
    "access-token-null": json.dumps({"access_token": None, "refresh_token": MARK}).encode(),
    "access-token-number": json.dumps({"access_token": 12345, "refresh_token": MARK}).encode(),
    "access-token-empty": json.dumps({"access_token": "", "refresh_token": MARK}).encode(),
    "access-token-with-newline": json.dumps({"access_token": f"{MARK}\nX-Evil: 1"}).encode(),
    "refresh-token-object": json.dumps({"access_token": MARK, "refresh_token": {"t": MARK}}).encode(),
    "expires-at-not-a-date": json.dumps({"access_token": MARK, "expires_at": f"next tuesday {MARK}"}).encode(),
    "expires-at-number": json.dumps({"access_token": MARK, "expires_at": 1767225600}).encode(),
    "expires-at-year-one": json.dumps({"access_token": MARK, "expires_at": "0001-01-01T00:00:00"}).encode(),
    "binary-garbage": bytes(range(256)) + MARK.encode(),
    "empty": b"",
}


@pytest.mark.parametrize("content", list(BAD_FILES.values()), ids=list(BAD_FILES))
def test_a_corrupted_cache_is_a_configuration_error_naming_the_file(isolated_monzo_env: Path, content: bytes) -> None:
    """Never a raw exception, never `Bearer None`: a clear error at construction that says which
    file, and quotes nothing from it."""
    isolated_monzo_env.parent.mkdir(parents=True)
    isolated_monzo_env.write_bytes(content)
    with pytest.raises(MonzoConfigurationError) as info:
        MonzoClient(base_url="http://127.0.0.1:9")
    message = str(info.value)
    assert str(isolated_monzo_env) in message and "monzoh login" in message
    assert MARK not in message and MARK not in repr(info.value)
    # No chained error either (fromisoformat's would quote the bad date).
    assert info.value.__cause__ is None and (info.value.__context__ is None or info.value.__suppress_context__)


def test_a_cache_that_cannot_be_read_is_a_configuration_error_naming_it(isolated_monzo_env: Path) -> None:
    isolated_monzo_env.mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(MonzoConfigurationError, match="cannot be read") as info:
        MonzoClient(base_url="http://127.0.0.1:9")
    assert str(isolated_monzo_env) in str(info.value)


def test_unknown_keys_in_the_cache_are_ignored(isolated_monzo_env: Path) -> None:
    """A newer version may store more: the token is still used (this pins the tolerance)."""
    isolated_monzo_env.parent.mkdir(parents=True)
    isolated_monzo_env.write_text(json.dumps({"access_token": "tok-000000000000", "scopes": ["a"], "v": 2}))
    seen: list[str] = []

    def handler(req: Request) -> Reply:
        seen.append(req.headers["authorization"])
        return Reply(200, {"authenticated": True, "client_id": "c", "user_id": "u"})

    with FlakyServer(handler) as server, MonzoClient(base_url=server.url) as client:
        client.whoami()
    assert seen == ["Bearer tok-000000000000"]


# -- a token endpoint answer that is not a token ---------------------------------------------

LEAKY = {
    "access_token": "leaky-access-000000000000",
    "refresh_token": "leaky-refresh-00000000000",
    "expires_in": "soon",  # not a number of seconds
    "token_type": "Bearer",
    "user_id": "user_1",
    "client_id": "oauth2client_1",
}


def _token_server(req: Request) -> Reply:
    if req.path == "/oauth2/token":
        return Reply(200, LEAKY)
    return Reply(401, {"code": "unauthorized.bad_access_token.expired", "message": "expired"})


def test_a_malformed_renewal_answer_is_a_typed_error_that_quotes_no_token(
    isolated_monzo_env: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MONZO_CLIENT_ID", "oauth2client_1")
    monkeypatch.setenv("MONZO_CLIENT_SECRET", "mnzconf.secret")
    TokenCache(isolated_monzo_env).save(StoredToken("stale-00000000000000", "refresh-0000000000000"))
    with FlakyServer(_token_server) as server, MonzoClient(base_url=server.url) as client:
        with pytest.raises(MonzoError) as info, caplog.at_level("DEBUG"):
            client.whoami()
    shown = f"{info.value!s} {info.value!r} {getattr(info.value, 'body', '')} {caplog.text}"
    assert "POST /oauth2/token" in str(info.value)
    assert "leaky" not in shown
