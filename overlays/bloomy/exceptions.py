"""bloomy's errors under bloomy-python's module path: `from bloomy.exceptions import APIError, BloomyError`.

The same classes as `bloomy.APIError` and the rest (the tree is drawn in `bloomy._exceptions`).
bloomy-python's four names keep their meaning and constructors (`APIError("Not found", 404)`,
`APIError("Not found", status_code=404)`, `AuthenticationError("...")`); the other classes say which
status or failure it was, and each is one of those four.

```python
from bloomy.exceptions import APIError, AuthenticationError, BloomyError

try:
    client.user.details()
except AuthenticationError:          # a refused key (401/403) or login
    ...
except APIError as exc:              # any other error status
    print(exc.message, exc.status_code)
except BloomyError as exc:           # no key, network down, a bad argument...
    print(exc)
```
"""

from ._exceptions import (
    APIError,
    AuthenticationError,
    BadRequestError,
    BloomyError,
    ConfigurationError,
    LoginError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseValidationError,
    ServerError,
    UnauthorizedError,
    ValidationError,
)

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "BloomyError",
    "ConfigurationError",
    "LoginError",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseValidationError",
    "ServerError",
    "UnauthorizedError",
    "ValidationError",
]
