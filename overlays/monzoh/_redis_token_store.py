"""`RedisTokenStore`: the Monzo tokens in Redis, for processes on several machines.

    MonzoClient(token_store="redis://redis.internal:6379/0")    # or MONZOH_TOKEN_STORE=redis://...

The tokens are one JSON value at `key` (the cache file's format); a renewal holds a Redis lock at
`<key>:renewal-lock` (redis-py's `Lock`), which expires `lock_timeout` seconds after it was taken,
so a holder that crashed holds the others up that long at most. Keep `lock_timeout` above the
longest a token request may take (the client's timeout). Needs the `redis` extra
(`pip install overlay-clients[redis]`). Neither the tokens nor the URL's password appear in a
repr or a message.

Redis is read when a client is built and around renewals only (a few short round trips per
expiry, blocking ones in `AsyncMonzoClient` too), each bounded by `SOCKET_TIMEOUT` unless the URL
sets `socket_timeout`.
"""

from __future__ import annotations

import contextlib
import errno
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit, urlunsplit

from overlay_runtime import redact, register_secret

from ._exceptions import MonzoConfigurationError
from ._token_cache import LOCK_TIMEOUT, RenewalLock, StoredToken, dump_stored_token, parse_stored_token

if TYPE_CHECKING:
    from redis import Redis
    from redis.lock import Lock

__all__ = ["RedisTokenStore"]

DEFAULT_KEY = "monzoh:tokens"
SOCKET_TIMEOUT = 5.0
NEEDS_EXTRA = "RedisTokenStore needs the redis package: pip install 'overlay-clients[redis]'"


def redact_url(url: str) -> str:
    """`url` without its password (`redis://:secret@host/0` -> `redis://:***@host/0`, `?password=***`)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username or ''}:***@{netloc.rpartition('@')[2]}"
    query = re.sub(r"(?i)(^|&)(password=)[^&]*", r"\1\2***", parts.query)
    return urlunsplit(parts._replace(netloc=netloc, query=query))


class RedisTokenStore:
    """The tokens at `key` in the Redis at `url` (a `TokenStore`), shared by every machine using it.

    `lock_timeout`: seconds after which a renewal's lock expires by itself (a crashed holder);
    a renewal waits for another one twice that long at most, then raises MonzoConfigurationError.
    """

    def __init__(self, url: str, *, key: str = DEFAULT_KEY, lock_timeout: float = LOCK_TIMEOUT) -> None:
        try:
            import redis
        except ImportError:
            raise MonzoConfigurationError(NEEDS_EXTRA) from None
        parts = urlsplit(url)
        register_secret(parts.password, owner=self)
        for password in parse_qs(parts.query).get("password", []):
            register_secret(password, owner=self)
        self.url = redact_url(url)
        self.key = key
        self.lock_timeout = lock_timeout
        try:
            # Connects on first use; options in the URL win over these.
            self._redis: Redis = redis.Redis.from_url(
                url, socket_timeout=SOCKET_TIMEOUT, socket_connect_timeout=SOCKET_TIMEOUT
            )
        except ValueError as exc:
            raise MonzoConfigurationError(
                f"Bad Redis URL for the Monzo token store {self.url}: {redact(str(exc))}"
            ) from None
        self._errors: type[Exception] = redis.RedisError

    @property
    def location(self) -> str:
        return f"{self.url} key {self.key}"

    def load(self) -> StoredToken | None:
        """The stored tokens, or None when the key is not set.

        Raises MonzoConfigurationError, naming the store, when Redis cannot be reached or the value
        is not tokens."""
        try:
            raw = self._redis.get(self.key)
        except self._errors as exc:
            raise self._unreachable(exc) from None
        if raw is None:
            return None
        return parse_stored_token(raw.encode() if isinstance(raw, str) else raw, self._unusable)

    def save(self, token: StoredToken) -> None:
        try:
            self._redis.set(self.key, dump_stored_token(token))
        except self._errors as exc:
            raise OSError(errno.EIO, f"{type(exc).__name__} from Redis") from None

    def clear(self) -> None:
        try:
            self._redis.delete(self.key)
        except self._errors as exc:
            raise self._unreachable(exc) from None

    def renewal_lock(self) -> RenewalLock:
        lock = self._redis.lock(f"{self.key}:renewal-lock", timeout=self.lock_timeout, thread_local=False)
        return _RedisRenewalLock(self, lock)

    def _unusable(self, reason: str) -> MonzoConfigurationError:
        return MonzoConfigurationError(
            f"The Monzo token store {self.location} is unusable: {reason}. Run `monzoh login` again with "
            "MONZOH_TOKEN_STORE set to it to replace it."
        )

    def _unreachable(self, exc: Exception) -> MonzoConfigurationError:
        return MonzoConfigurationError(
            f"The Monzo token store {self.location} cannot be reached ({type(exc).__name__})."
        )

    def __repr__(self) -> str:
        return f"RedisTokenStore({self.url!r}, key={self.key!r})"


class _RedisRenewalLock:
    """redis-py's `Lock` (SET NX PX with a random token; released only by its holder), tried without waiting."""

    def __init__(self, store: RedisTokenStore, lock: Lock) -> None:
        self._store = store
        self._lock = lock
        self._held = False
        self.wait_timeout = 2 * store.lock_timeout

    @property
    def name(self) -> str:
        return f"{self._lock.name} at {self._store.url}"

    def acquire(self) -> bool:
        try:
            self._held = bool(self._lock.acquire(blocking=False))
        except self._store._errors as exc:
            raise self._store._unreachable(exc) from None
        return self._held

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        with contextlib.suppress(self._store._errors):  # expired (maybe taken since), or Redis gone: it expires
            self._lock.release()
