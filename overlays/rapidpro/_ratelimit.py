"""RapidPro's throttle scopes, for the runtime's client-side limiters.

The server counts requests per workspace and scope: `v2.contacts`, `v2.messages` and `v2.runs` for
those endpoints, `v2` for all the others, 3,600 an hour each by default (workspaces can have other
rates). A limiter with the same buckets keeps a long export under the limit instead of hitting it:

```python
client = RapidProClient(rate_limiter=scoped_rate_limiter(3600))
```

Within one process, share that limiter between every client of the workspace. Processes and
machines (Celery workers, cron jobs) share one through Redis (`pip install 'overlay-clients[redis]'`):

```python
limiter = scoped_rate_limiter(3600, store="redis://:password@redis.internal:6379/0")
```

Each worker builds its own with the same arguments; together they stay under the rate, and a 429
one of them meets pauses them all for its `Retry-After`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import overload

import httpx

from overlay_runtime import RateLimiter, SharedRateLimiter

from ._constants import DEFAULT_REQUESTS_PER_HOUR, OWN_SCOPES

__all__ = ["scoped_rate_limiter", "throttle_scope"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def throttle_scope(request: httpx.Request) -> str:
    """The server's throttle scope of `request`: `v2.contacts` for the contacts endpoint, else `v2`.

    The endpoint is the last segment of the request's path without its suffix (its format), so
    every endpoint's scope follows from its name, whichever operation built the request.
    """
    endpoint = PurePosixPath(request.url.path).stem
    return f"v2.{endpoint}" if endpoint in OWN_SCOPES else "v2"


@overload
def scoped_rate_limiter(
    requests_per_hour: float | str = ...,
    *,
    burst: float | None = None,
    store: None = None,
    key: None = None,
    margin: None = None,
) -> RateLimiter: ...
@overload
def scoped_rate_limiter(
    requests_per_hour: float | str = ...,
    *,
    burst: None = None,
    store: str,
    key: str | None = None,
    margin: float | None = None,
) -> SharedRateLimiter: ...
@overload
def scoped_rate_limiter(
    requests_per_hour: float | str = ...,
    *,
    burst: float | None = None,
    store: str | None,
    key: str | None = None,
    margin: float | None = None,
) -> RateLimiter | SharedRateLimiter: ...
def scoped_rate_limiter(
    requests_per_hour: float | str = DEFAULT_REQUESTS_PER_HOUR,
    *,
    burst: float | None = None,
    store: str | None = None,
    key: str | None = None,
    margin: float | None = None,
) -> RateLimiter | SharedRateLimiter:
    """A limiter with a bucket per throttle scope, `requests_per_hour` each.

    - `requests_per_hour`: a number, or a rate as RapidPro's settings write it (`"3600/hour"`,
      `"50/second"`).
    - `store=None`: a token bucket in this process (bursts of up to `burst`, default 10).
    - `store="redis://..."` (or `rediss://`, `unix://`): a `SharedRateLimiter`, a moving
      window per scope in Redis like the server's own, shared by every process and machine that
      uses the same store and `key`. It counts over a window 2 % longer than the server's (at least
      50 ms), so requests that are slower on the way than others still arrive within the rate;
      `margin=` (seconds) sets that allowance where latencies vary more (a busy network or host).
    - `key`: which server-side buckets the windows stand for. RapidPro counts per workspace; by
      default each token counts on its own (a hash of the token, never the token itself), which is
      right for one token per workspace. Workers using several tokens of one workspace pass the
      same `key` (the workspace's UUID, say) so that they share one set of windows.
    """
    requests, per = _rate(requests_per_hour)
    if store is None:
        if key is not None or margin is not None:
            raise ValueError("key= and margin= are for windows in a shared store: pass store='redis://...' too")
        return RateLimiter(requests, per=per, burst=burst, scope_of=throttle_scope)
    if burst is not None:
        raise ValueError("burst= is for the in-process bucket; a shared moving window allows what the server allows")
    if int(requests) != requests:
        raise ValueError(f"a shared limiter counts whole requests, not {requests:g} per {per:g}s")
    return SharedRateLimiter(
        int(requests), per=per, store=store, scope_of=_keyed_scope(key), namespace="rapidpro", margin=margin
    )


def _rate(rate: float | str) -> tuple[float, float]:
    """`3600` -> (3600, 3600 s); `"50/second"` -> (50, 1 s), read as DRF reads it (the unit's first letter)."""
    if not isinstance(rate, str):
        return rate, 3600.0
    count, _, period = rate.partition("/")
    unit = period.strip()[:1].lower()
    if not count.strip().isdigit() or unit not in _UNITS:
        raise ValueError(f"bad rate {rate!r}: use e.g. '3600/hour', '50/second'")
    return float(count), float(_UNITS[unit])


def _keyed_scope(key: str | None) -> Callable[[httpx.Request], str]:
    """The bucket of a request in a shared store: `<key>/<scope>`, the key by default a hash of the request's token."""

    def scope_of(request: httpx.Request) -> str:
        owner = key
        if owner is None:
            credentials = request.headers.get("authorization", "")
            owner = "token-" + hashlib.sha256(credentials.encode()).hexdigest()[:16] if credentials else "anonymous"
        return f"{owner}/{throttle_scope(request)}"

    return scope_of
