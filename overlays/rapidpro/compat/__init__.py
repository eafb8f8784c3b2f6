"""rapidpro.compat: rapidpro-python's `TembaClient`, so code written for it switches by one import.

```python
from rapidpro.compat import TembaClient        # was: from temba_client.v2 import TembaClient

client = TembaClient("rapidpro.io", "your-api-token")
for contact_batch in client.get_contacts(group="Reporters").iterfetches(retry_on_rate_exceed=True):
    for contact in contact_batch:
        print(contact.name)
```

- `TembaClient(host, token, user_agent=None, verify_ssl=None, transformer=None)`: every public method of
  rapidpro-python 2.22's client, with its positional and keyword parameters. `get_*` lists return a
  `CursorQuery` (`.all()`, `.first()`, `.iterfetches()`, each taking `retry_on_rate_exceed`).
- The objects returned have TembaClient's attribute names (`rapidpro.compat.types`, by its type names).
- Errors are TembaClient's classes by name (`TembaBadRequestError.errors`, `TembaRateExceededError.retry_after`,
  `TembaHttpError.caused_by`, ...), the facade's own: `except rapidpro.TembaException` catches them all.
"""

from .._exceptions import (
    TembaBadRequestError,
    TembaConnectionError,
    TembaException,
    TembaHttpError,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaSerializationException,
    TembaTokenError,
)
from . import types
from ._client import TembaClient
from ._query import CursorIterator, CursorQuery

__all__ = [
    "CursorIterator",
    "CursorQuery",
    "TembaBadRequestError",
    "TembaClient",
    "TembaConnectionError",
    "TembaException",
    "TembaHttpError",
    "TembaNoSuchObjectError",
    "TembaRateExceededError",
    "TembaSerializationException",
    "TembaTokenError",
    "types",
]
