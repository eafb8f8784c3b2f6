"""monzoh: typed sync and async clients for the Monzo developer API.

```python
from monzoh import MonzoClient
with MonzoClient() as client:
    print(client.whoami().user_id)
```

Amounts are integer pence (`Pence`: an int that prints as `811578p`). Code written for monzoh 1.2.0
(PyPI) runs too: `account.get_balance()`, `monzoh.exceptions`, `monzoh.webhooks`, `monzoh.auth`.
"""

import typing as _typing

from overlay_runtime._lazy import lazy_exports as _lazy_exports

from ._client import AsyncMonzoClient, MonzoClient
from ._exceptions import (
    MonzoAPIError,
    MonzoAuthenticationError,
    MonzoBadRequestError,
    MonzoConfigurationError,
    MonzoError,
    MonzoMethodNotAllowedError,
    MonzoNetworkError,
    MonzoNotAcceptableError,
    MonzoNotFoundError,
    MonzoPermissionDeniedError,
    MonzoRateLimitError,
    MonzoServerError,
    MonzoTimeoutError,
    MonzoUnboundModelError,
    MonzoValidationError,
    WebhookParseError,
)
from ._pence import MonzoPenceWarning, Pence
from ._redis_token_store import RedisTokenStore
from ._token_cache import MonzoTokenCacheWarning, TokenCache, TokenStore
from ._webhooks import parse_transaction_webhook, parse_webhook_payload
from .oauth import MonzoOAuth

if _typing.TYPE_CHECKING:
    from .models import Account, Attachment, Balance, OAuthToken, Pot, Receipt, Transaction, Webhook, WhoAmI

__version__ = "0.1.0"

__all__ = [
    "Account",
    "AsyncMonzoClient",
    "Attachment",
    "Balance",
    "MonzoAPIError",
    "MonzoAuthenticationError",
    "MonzoBadRequestError",
    "MonzoClient",
    "MonzoConfigurationError",
    "MonzoError",
    "MonzoMethodNotAllowedError",
    "MonzoNetworkError",
    "MonzoNotAcceptableError",
    "MonzoNotFoundError",
    "MonzoOAuth",
    "MonzoPenceWarning",
    "MonzoPermissionDeniedError",
    "MonzoRateLimitError",
    "MonzoServerError",
    "MonzoTimeoutError",
    "MonzoTokenCacheWarning",
    "MonzoUnboundModelError",
    "MonzoValidationError",
    "OAuthToken",
    "Pence",
    "Pot",
    "Receipt",
    "RedisTokenStore",
    "TokenCache",
    "TokenStore",
    "Transaction",
    "Webhook",
    "WebhookParseError",
    "WhoAmI",
    "parse_transaction_webhook",
    "parse_webhook_payload",
]

# The models load on first use (`monzoh.models`): `import monzoh` does not import the generated pydantic models.
_MODELS = (
    "Account",
    "Attachment",
    "Balance",
    "OAuthToken",
    "Pot",
    "Receipt",
    "Transaction",
    "Webhook",
    "WhoAmI",
)
if not _typing.TYPE_CHECKING:  # (type checkers see the imports above, and flag a misspelt name)
    __getattr__, __dir__ = _lazy_exports(__name__, globals(), dict.fromkeys(_MODELS, ".models"), ["models"])
