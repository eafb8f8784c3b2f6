"""A rate limiter shared by every process and machine that points at the same Redis.

The server counts requests per credential (and scope), not per process: eight Celery workers with
one token that each keep their own bucket send eight times the allowed rate and spend their time
in 429 back-off. `SharedRateLimiter` keeps the count where they all see it (the `redis` extra:
`pip install 'overlay-clients[redis]'`).

It is a moving window per scope, the servers' own algorithm (Django REST framework's throttles keep
each request's time and allow `requests` in any `per` seconds): a full window is used, bursts
included, and never exceeded. One Lua script per request checks the window and takes a slot
atomically, so two workers never take the last slot both, and returns how long until the next slot
frees otherwise. Its clock is Redis' (`TIME`), so the machines' clocks need not agree.

The `limits` library has the same moving window on Redis (an atomic script over a capped list), and
`get_window_stats().reset_time` (oldest entry in the window + `per`) is the right wait, a moment
after it since a full window still refuses at that instant. It is not used because its windows are
whole seconds with entries stamped by each client's clock, so there is no room for the margin below
(in a test of 4 processes at 30/s its window met one or two 429s a run), and it has no notion of a
server's `Retry-After`. Here a 429 that one worker meets becomes a pause key per scope (expiring by
itself, the later of two pauses kept) that every worker's next `acquire()` reads in the same script.

A limiter needs its store: if Redis is down, `acquire()` raises redis' own `ConnectionError` (it
names host and port, never the password) rather than send unlimited. The call is a blocking round
trip (well under a millisecond on a LAN), also from an async client's event loop. Redis 5 or later
(a script that reads `TIME` and then writes).

    SharedRateLimiter(3600, per=3600, store="redis://127.0.0.1:6379/0", scope_of=throttle_scope)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, cast
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import httpx

from ._logging import register_secret

if TYPE_CHECKING:
    import redis

__all__ = ["INSTALL_REDIS_EXTRA", "SharedRateLimiter", "default_margin", "redacted_url"]

INSTALL_REDIS_EXTRA = "pip install 'overlay-clients[redis]'"
STORE_SCHEMES = ("redis", "rediss", "unix")  # what redis-py's from_url() reads


def default_margin(per: float) -> float:
    """Seconds the window is counted longer than the server's: 2 % of `per`, and at least 50 ms.

    We count a request when it leaves, the server when it arrives. Two requests that left `per`
    apart reach the server closer together when the first was slower on the way (a busy connection,
    a queue before the server's throttle), and a moving window sends a whole window's worth in a
    burst the moment slots free, so a few milliseconds of difference put one request over (seen at
    30/s: one or two 429s a run). Counting `margin` longer keeps every request out of the server's
    window of the one `requests` before it while their latencies differ by less than `margin`.
    It costs 2 % of the rate (5 % at `per=1`).
    """
    return max(0.02 * per, 0.05)


class SharedRateLimiter:
    """At most `requests` per `per` seconds per scope, across every client sharing `store`.

    - `store`: `redis://[:password@]host:port/db`, `rediss://...` (TLS) or `unix:///path.sock`; its
      password never appears in `repr()`, logs or messages (the `store` attribute is redacted).
    - `scope_of(request)`: the window a request counts against (default: one for all); the pause
      after a 429 is per window too.
    - `namespace`: prefix of the Redis keys, to keep unrelated limiters on one Redis apart.
    - `margin`: seconds the window is counted longer than `per` (`default_margin()`).

    Every process builds its own (it holds a Redis connection pool) with the same arguments; threads
    of a process may share one.
    """

    def __init__(
        self,
        requests: int,
        *,
        per: float = 1.0,
        store: str,
        scope_of: Callable[[httpx.Request], str] | None = None,
        namespace: str = "overlay-clients",
        margin: float | None = None,
    ) -> None:
        if requests < 1 or int(requests) != requests or per <= 0:
            raise ValueError("requests must be a whole number and at least 1, per positive")
        margin = default_margin(per) if margin is None else margin
        if margin < 0:
            raise ValueError("margin must not be negative")
        self.store = redacted_url(store)
        scheme = urlsplit(store).scheme.lower() if "://" in store else ""
        if scheme not in STORE_SCHEMES:
            raise ValueError(
                f"store must be a redis://, rediss:// or unix:// URL, not {self.store!r} "
                "(within one process, RateLimiter does the same without a store)"
            )
        redis_class = _redis_class()
        password = urlsplit(store).password
        register_secret(unquote(password) if password else None, owner=self)  # masked in logs, in any form
        self.requests, self.per, self.margin = int(requests), float(per), float(margin)
        self.namespace = namespace
        try:
            # A Redis that does not answer is an error within seconds, not a hang past the call's deadline
            # (options in the URL's query win: `?socket_timeout=1`).
            self._redis: redis.Redis = redis_class.from_url(store, socket_timeout=5, socket_connect_timeout=5)
        except ValueError:  # redis-py's URL parser; its message may quote the URL
            raise ValueError(f"store is not a Redis URL redis-py can read: {self.store!r}") from None
        self._acquire_script = self._redis.register_script(_ACQUIRE_SCRIPT)
        self._pause_script = self._redis.register_script(_PAUSE_SCRIPT)
        self._window_us = math.ceil((self.per + self.margin) * 1_000_000)
        self._scope_of = scope_of or (lambda request: "default")

    def acquire(self, request: httpx.Request) -> float:
        """Take a slot in `request`'s window (0), or say how long until the pause ends or a slot frees."""
        window, pause = self._keys(self._scope_of(request))
        millis = self._acquire_script(keys=[window, pause], args=[self.requests, self._window_us])
        return int(cast(int, millis)) / 1000

    def pause(self, request: httpx.Request, seconds: float) -> None:
        """No client of this store sends to `request`'s scope for `seconds` (the later of two pauses wins)."""
        if seconds > 0:
            _, pause = self._keys(self._scope_of(request))
            self._pause_script(keys=[pause], args=[math.ceil(seconds * 1000)])

    def close(self) -> None:
        """Close the Redis connections (they also close when the limiter is garbage-collected)."""
        self._redis.close()

    def _keys(self, scope: str) -> tuple[str, str]:
        """The window's and the pause's keys; `{scope}` keeps both in one Redis Cluster slot."""
        return f"{self.namespace}:{{{scope}}}:window", f"{self.namespace}:{{{scope}}}:pause"

    def __repr__(self) -> str:
        return f"SharedRateLimiter({self.requests}/{self.per:g}s, margin={self.margin:g}s, store={self.store!r})"


# KEYS: the window (a list of the last `limit` send times in µs, newest first), the pause.
# ARGV: limit, window length in µs. Returns 0 when a slot was taken, else the milliseconds to wait.
_ACQUIRE_SCRIPT = """
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then
    return paused
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local oldest = tonumber(redis.call('LINDEX', KEYS[1], limit - 1))
if oldest and now - oldest < window then
    return math.floor((oldest + window - now) / 1000) + 1
end
redis.call('LPUSH', KEYS[1], string.format('%.0f', now))
redis.call('LTRIM', KEYS[1], 0, limit - 1)
redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
return 0
"""

# KEYS: the pause. ARGV: its length in ms. Keeps the later of two pauses (no SET option compares expiries).
_PAUSE_SCRIPT = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
    redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 1
"""


def _redis_class() -> type[redis.Redis]:
    """`redis.Redis`, imported on first use: the `redis` package is the optional `redis` extra."""
    try:
        from redis import Redis
    except ImportError as exc:
        raise ImportError(f"SharedRateLimiter needs the `redis` package: {INSTALL_REDIS_EXTRA}") from exc
    return Redis


def redacted_url(url: str) -> str:
    """A store URL without its credentials: `redis://:secret@host` -> `redis://:***@host`.

    A user name alone is masked too (some services put the key there), as is a `password=` query value.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or "://" not in url:
        return "<not a URL>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user, has_password, _ = userinfo.partition(":")
        netloc = f"{user}:***@{host}" if has_password else f"***@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, "***" if "pass" in k.lower() else v) for k, v in pairs], safe="*")
    return (
        f"{parts.scheme}://{netloc}{parts.path}"
        + (f"?{query}" if query else "")
        + (f"#{parts.fragment}" if parts.fragment else "")
    )
