"""rapidpro: typed sync and async clients for the RapidPro (TextIt) API v2.

```python
from rapidpro import RapidProClient, scoped_rate_limiter

with RapidProClient(rate_limiter=scoped_rate_limiter(3600)) as client:   # token: $RAPIDPRO_API_TOKEN
    pager = client.contacts.list(group="Farmers", after="2024-01-01")
    for contact in pager:               # every contact, one page (250) in memory at a time
        save(contact)
    resume_from = pager.cursor          # or, after an interruption: client.contacts.list(..., cursor=resume_from)
```

- `RapidProClient` / `AsyncRapidProClient`: a resource per v2 endpoint (`contacts`, `messages`, `runs`,
  ...), each `list(**filters)` returning a lazy pager (`.first()`, `.all()`, `.pages()`, `.cursor`),
  plus TembaClient's writes and bulk actions (`contacts.create`, `contacts.bulk_add`, ...). The filters
  are the spec's query parameters of each list; a name the API does not have raises
  `TembaValidationError`. `client.generated` is the generated `rapidpro_api` client on the same
  request path.
- `RapidProAPI` / `RapidProInterface`: the async API-handler and blocking interface of the tutorial
  "Asynchronous External API Interface in a Python Application", working as it describes.
- `rapidpro.compat.TembaClient`: rapidpro-python's `TembaClient` (same constructor, methods, arguments,
  query objects and exception names) on this package's runtime, for code written for it: one import changes.
- `scoped_rate_limiter(3600)`: a bucket per throttle scope for `rate_limiter=`; with
  `store="redis://..."` one shared by every process and machine (the `redis` extra).
- Errors carry TembaClient's names (`TembaBadRequestError.errors` keeps the field errors);
  `TembaConfigurationError` (no token) and `TembaValidationError` (bad arguments, also a `ValueError`)
  are raised before any request.
"""

import typing as _typing

from overlay_runtime import Limiter, RateLimiter, SharedRateLimiter
from overlay_runtime._lazy import lazy_exports as _lazy_exports

from ._client import AsyncRapidProClient, RapidProClient
from ._constants import DEFAULT_BASE_URL
from ._exceptions import (
    TembaBadRequestError,
    TembaConfigurationError,
    TembaConflictError,
    TembaConnectionError,
    TembaException,
    TembaHttpError,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaSerializationException,
    TembaServerError,
    TembaTimeoutError,
    TembaTokenError,
    TembaValidationError,
)
from ._ratelimit import scoped_rate_limiter, throttle_scope

if _typing.TYPE_CHECKING:
    from ._api import RapidProAPI
    from ._interface import RapidProInterface
else:  # the tutorial's handler and interface load the generated package: on first use
    __getattr__, __dir__ = _lazy_exports(
        __name__, globals(), {"RapidProAPI": "._api", "RapidProInterface": "._interface"}
    )

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "AsyncRapidProClient",
    "Limiter",
    "RapidProAPI",
    "RapidProClient",
    "RapidProInterface",
    "RateLimiter",
    "SharedRateLimiter",
    "TembaBadRequestError",
    "TembaConfigurationError",
    "TembaConflictError",
    "TembaConnectionError",
    "TembaException",
    "TembaHttpError",
    "TembaNoSuchObjectError",
    "TembaRateExceededError",
    "TembaSerializationException",
    "TembaServerError",
    "TembaTimeoutError",
    "TembaTokenError",
    "TembaValidationError",
    "scoped_rate_limiter",
    "throttle_scope",
]
