"""RapidPro's throttle scopes, for the runtime's client-side `RateLimiter`.

The server counts requests per workspace and scope: `v2.contacts`, `v2.messages` and `v2.runs` for
those endpoints, `v2` for all the others, 3,600 an hour each by default (workspaces can have other
rates). A limiter with the same buckets keeps a long export under the limit instead of hitting it:

```python
client = RapidProClient(rate_limiter=scoped_rate_limiter(3600))
```

Share one limiter between every client that uses the same workspace: the server's buckets are
per workspace, not per token or connection.
"""

from __future__ import annotations

from pathlib import PurePosixPath

import httpx

from overlay_runtime import RateLimiter

from ._constants import DEFAULT_REQUESTS_PER_HOUR, OWN_SCOPES

__all__ = ["scoped_rate_limiter", "throttle_scope"]


def throttle_scope(request: httpx.Request) -> str:
    """The server's throttle scope of `request`: `v2.contacts` for the contacts endpoint, else `v2`.

    The endpoint is the last segment of the request's path without its suffix (its format), so
    every endpoint's scope follows from its name, whichever operation built the request.
    """
    endpoint = PurePosixPath(request.url.path).stem
    return f"v2.{endpoint}" if endpoint in OWN_SCOPES else "v2"


def scoped_rate_limiter(
    requests_per_hour: float = DEFAULT_REQUESTS_PER_HOUR, *, burst: float | None = None
) -> RateLimiter:
    """A token bucket per throttle scope, `requests_per_hour` each (bursts of up to `burst`, default 10)."""
    return RateLimiter(requests_per_hour, per=3600.0, burst=burst, scope_of=throttle_scope)
