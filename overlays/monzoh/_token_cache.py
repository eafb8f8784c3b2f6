"""Token stores: where `monzoh login` leaves tokens and where clients find them.

A `TokenStore` is the file below (`TokenCache`), or Redis for several machines (`RedisTokenStore`,
in `_redis_token_store.py`). `$MONZOH_TOKEN_STORE` picks one: a `redis://` or `rediss://` URL, or
a file path; unset, the file at its default path (`open_token_store`).

Renewing is read, renew, write under the store's `RenewalLock` (a file lock next to the file, a
Redis lock with a time-out), so that processes sharing a store spend each single-use refresh
token once (see `CachedTokenAuth.renew_flow`). Waiting for it is polled (`hold_lock` yields
`Sleep` steps), so the same code serves blocking and asyncio clients.

The file: `$MONZOH_TOKEN_CACHE`, else `$XDG_CACHE_HOME/monzoh/tokens.json` (default `~/.cache/monzoh/`),
`~/Library/Caches/monzoh/` on macOS, `%LOCALAPPDATA%\\monzoh\\` on Windows. Written atomically
(a temporary file in the same folder, then a rename) with mode 0600, so a crash never leaves half a
file and other users cannot read it.

A missing file means "no cache". A file that is there but unusable (not JSON, not an object, no
access token, a field of the wrong type, a date that is not one) is a `MonzoConfigurationError`
naming the file, never quoting it: it holds secrets.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeAlias

from overlay_runtime import Sleep, register_secret, write_secret_file

from ._constants import TOKEN_CACHE_ENV, TOKEN_STORE_ENV
from ._exceptions import MonzoConfigurationError

__all__ = [
    "MonzoTokenCacheWarning",
    "RenewalLock",
    "StoredToken",
    "TokenCache",
    "TokenStore",
    "TokenStoreSpec",
    "default_cache_path",
    "hold_lock",
    "open_token_store",
    "parse_stored_token",
    "save_locked",
]

# A token counts as expired a little early, so it does not die in flight.
EXPIRY_MARGIN = timedelta(minutes=5)
# How long a renewal waits for another process's renewal before giving up (a holder that died
# frees a file lock at once, and a Redis lock after its time-out).
LOCK_TIMEOUT = 60.0
LOCK_POLL_INTERVAL = 0.02


class MonzoTokenCacheWarning(UserWarning):
    """The renewed tokens could not be written back to the token cache (they stay in use in memory)."""


def default_cache_path() -> Path:
    override = os.environ.get(TOKEN_CACHE_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "monzoh" / "tokens.json"


@dataclass
class StoredToken:
    access_token: str
    refresh_token: str | None = None
    expires_at: str | None = None  # ISO 8601, UTC
    user_id: str | None = None
    client_id: str | None = None

    def expired(self, now: datetime | None = None) -> bool:
        if not self.expires_at:
            return False
        expires = datetime.fromisoformat(self.expires_at)
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        return (now or datetime.now(UTC)) >= expires - EXPIRY_MARGIN

    @classmethod
    def from_grant(
        cls, access_token: str, refresh_token: str | None, expires_in: int | None, **extra: str | None
    ) -> StoredToken:
        expires_at = None
        if expires_in:
            expires_at = (datetime.now(UTC) + timedelta(seconds=expires_in)).isoformat()
        return cls(access_token, refresh_token, expires_at, extra.get("user_id"), extra.get("client_id"))

    def __repr__(self) -> str:
        return f"StoredToken(user_id={self.user_id!r}, expires_at={self.expires_at!r})"


class RenewalLock(Protocol):
    """The lock a store holds over read-renew-write; one object per renewal."""

    @property
    def name(self) -> str:
        """What is locked, for messages (a lock file, a Redis key; never a secret)."""

    @property
    def wait_timeout(self) -> float:
        """How long to wait for it before giving up."""

    def acquire(self) -> bool:
        """One attempt that does not wait: True if it is now held."""

    def release(self) -> None:
        """Let it go (nothing if it was not held, or was lost meanwhile)."""


class TokenStore(Protocol):
    """Where a renewing client keeps its tokens between runs, shared by every process that uses it.

    `TokenCache` (the file `monzoh login` writes) and `RedisTokenStore` (several machines).
    `CachedTokenAuth.renew_flow` is the only place that reads, renews and writes, under
    `renewal_lock()`.
    """

    @property
    def location(self) -> str:
        """Where the tokens are, for messages (never the tokens, nor a password)."""

    def load(self) -> StoredToken | None:
        """The stored tokens (registered as secrets), or None when there are none."""

    def save(self, token: StoredToken) -> None:
        """Replace the stored tokens; raises OSError when they cannot be written."""

    def renewal_lock(self) -> RenewalLock:
        """A new lock over read-renew-write, excluding every other process (and flow) sharing the store."""


TokenStoreSpec: TypeAlias = "str | os.PathLike[str] | TokenStore | None"


def hold_lock(lock: RenewalLock) -> Generator[Sleep, Any, None]:
    """Take `lock`, polling: a flow step (`yield from hold_lock(lock)`) that sleeps between attempts.

    Raises MonzoConfigurationError, naming the lock, after `lock.wait_timeout` seconds."""
    give_up = time.monotonic() + lock.wait_timeout
    while not lock.acquire():
        if time.monotonic() >= give_up:
            raise MonzoConfigurationError(
                f"Gave up waiting {lock.wait_timeout:g}s for the Monzo token renewal lock {lock.name}: another "
                "process holds it and has not finished renewing. If no process is renewing, remove the lock "
                "(a lock file left by a file system without OS locks; a Redis key expires by itself)."
            )
        yield Sleep(LOCK_POLL_INTERVAL)


def save_locked(store: TokenStore, token: StoredToken) -> None:
    """Write under the renewal lock (blocking), so that a renewal under way elsewhere cannot
    overwrite a new login with tokens this login just made stale."""
    lock = store.renewal_lock()
    for step in hold_lock(lock):
        time.sleep(step.seconds)
    try:
        store.save(token)
    finally:
        lock.release()


def parse_stored_token(raw: bytes, unusable: Callable[[str], MonzoConfigurationError]) -> StoredToken:
    """The tokens in `raw` (a store's JSON), registered as secrets; `unusable(reason)` is the error
    for content that is not tokens (its reason never quotes the content: it holds secrets)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:  # also UnicodeDecodeError: binary garbage
        raise unusable("it is empty" if not raw.strip() else "it is not JSON") from None
    if not isinstance(data, dict):
        raise unusable("it is not a JSON object")
    access_token = data.get("access_token")
    if not isinstance(access_token, str) or not access_token.strip():
        raise unusable("it has no access_token")
    if not access_token.isprintable() or any(c.isspace() for c in access_token):
        raise unusable("its access_token is not a token")
    fields: dict[str, str | None] = {}
    for name in ("refresh_token", "expires_at", "user_id", "client_id"):
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise unusable(f"its {name} is not a string")
        fields[name] = value or None
    stored = StoredToken(access_token, **fields)
    try:
        stored.expired()
    except (ValueError, OverflowError):
        raise unusable("its expires_at is not an ISO 8601 date") from None
    register_secret(stored.access_token)
    register_secret(stored.refresh_token)
    return stored  # other keys are ignored: a newer version may have written them


def dump_stored_token(token: StoredToken) -> str:
    return json.dumps(asdict(token), indent=2)


class TokenCache:
    """The token cache file (a `TokenStore`); renewals lock `<file>.lock` next to it.

    `lock_timeout`: how long a renewal waits for another process's before giving up. The OS frees
    a file lock the moment its holder dies, so only a live, stuck holder makes anyone wait."""

    def __init__(self, path: Path | None = None, *, lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.path = path or default_cache_path()
        self.lock_timeout = lock_timeout

    @property
    def location(self) -> str:
        return str(self.path)

    def load(self) -> StoredToken | None:
        """The cached token, or None when there is no cache file.

        Raises MonzoConfigurationError, naming the file, when it is there but unusable."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._unusable(f"it cannot be read ({exc.strerror or type(exc).__name__})") from None
        return parse_stored_token(raw, self._unusable)

    def _unusable(self, reason: str) -> MonzoConfigurationError:
        return MonzoConfigurationError(
            f"The Monzo token cache {self.path} is unusable: {reason}. Run `monzoh login` again to replace it "
            "(or delete the file and set MONZO_ACCESS_TOKEN)."
        )

    def save(self, token: StoredToken) -> None:
        write_secret_file(self.path, dump_stored_token(token))

    def renewal_lock(self) -> RenewalLock:
        return _FileRenewalLock(self.path.with_name(self.path.name + ".lock"), self.lock_timeout)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

    def __repr__(self) -> str:
        return f"TokenCache({str(self.path)!r})"


class _FileRenewalLock:
    """An OS lock (flock, LockFileEx) on `<cache>.lock`: it dies with the process that holds it.

    A folder where no lock file can be made (read-only, gone) cannot hold the cache either: the
    renewal then goes on unlocked, and its write fails with the cache warning."""

    def __init__(self, path: Path, wait_timeout: float) -> None:
        from filelock import FileLock  # here: only renewals need it

        self.path = path
        self.wait_timeout = wait_timeout
        # A lock object per renewal, not shared between threads: each one excludes every other,
        # in this process too.
        self._lock = FileLock(path, thread_local=False)
        self._held = False

    @property
    def name(self) -> str:
        return str(self.path)

    def acquire(self) -> bool:
        from filelock import Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._lock.acquire(blocking=False)
        except Timeout:
            return False
        except OSError:
            return True  # unlocked: see the class docstring
        self._held = True
        return True

    def release(self) -> None:
        if self._held:
            self._held = False
            self._lock.release()


def open_token_store(spec: TokenStoreSpec = None) -> TokenStore:
    """The store `spec` names: a `TokenStore` as is; a `redis://` or `rediss://` URL, Redis; a
    path, the cache file there. None: `$MONZOH_TOKEN_STORE` by the same rules, else the cache
    file at its default path (`$MONZOH_TOKEN_CACHE` still honoured)."""
    if spec is None:
        spec = os.environ.get(TOKEN_STORE_ENV) or None
        if spec is None:
            return TokenCache()
    if isinstance(spec, str):
        if spec.lower().startswith(("redis://", "rediss://")):
            from ._redis_token_store import RedisTokenStore

            return RedisTokenStore(spec)
        if "://" in spec:
            raise MonzoConfigurationError(
                f"Unknown Monzo token store {spec.split('://')[0]}://...: use a redis:// or rediss:// URL, or a "
                "file path."
            )
    if isinstance(spec, str | os.PathLike):
        return TokenCache(Path(spec).expanduser())
    if not all(callable(getattr(spec, name, None)) for name in ("load", "save", "renewal_lock")):
        raise MonzoConfigurationError(
            f"token_store must be a redis:// URL, a file path or a TokenStore, not {type(spec).__name__}"
        )
    return spec
