"""monzoh 1.2.0's `monzoh.exceptions`: its names, on monzoh's error tree (drawn in `monzoh._exceptions`).

Each class takes 1.2.0's arguments, `MonzoError(message, status_code=None, response_data=None)`.
Two differ in meaning: `MonzoTimeoutError` is a timeout on our side (1.2.0: a 504, which is a
`MonzoServerError` here), and a 403 is a `MonzoPermissionDeniedError`, a `MonzoAuthenticationError`.
"""

from __future__ import annotations

from typing import Any, cast

from ._exceptions import (
    ERRORS,
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

__all__ = [
    "MonzoAPIError",
    "MonzoAuthenticationError",
    "MonzoBadRequestError",
    "MonzoConfigurationError",
    "MonzoError",
    "MonzoMethodNotAllowedError",
    "MonzoNetworkError",
    "MonzoNotAcceptableError",
    "MonzoNotFoundError",
    "MonzoPermissionDeniedError",
    "MonzoRateLimitError",
    "MonzoServerError",
    "MonzoTimeoutError",
    "MonzoUnboundModelError",
    "MonzoValidationError",
    "WebhookParseError",
    "create_error_from_response",
]


def create_error_from_response(
    status_code: int, message: str, response_data: dict[str, Any] | None = None
) -> MonzoAPIError:
    """The error class monzoh raises for `status_code`, built with 1.2.0's arguments."""
    cls = ERRORS.by_status.get(status_code) or (ERRORS.server if status_code >= 500 else ERRORS.other)
    return cast(MonzoAPIError, cls(message, status_code, response_data))  # every class of the Monzo map is one
