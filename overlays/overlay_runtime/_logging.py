"""Logging through the standard `logging` module, with credentials redacted everywhere.

Each request attempt is one INFO line on the facade's logger (`monzoh`, `bloomy`, `rapidpro`):
method, path, status, attempt and elapsed time. Query strings and headers are never logged.
`SecretFilter` masks `Authorization`-style values and every secret registered with
`register_secret()` (the auth objects register the tokens they hold) in any record that passes
through our loggers or httpx's.
"""

from __future__ import annotations

import logging
import re
import threading

import httpx

__all__ = ["SecretFilter", "describe_request", "get_logger", "redact", "register_secret"]

_PATTERNS = [
    # Authorization-style schemes followed by a credential.
    re.compile(r"(?i)\b(bearer|token|basic)\s+[A-Za-z0-9._~+/=-]{12,}"),
    # key=value or "key": "value" pairs whose key names a secret.
    re.compile(
        r"(?i)(\"?(?:access_token|refresh_token|client_secret|password|api_key|apikey|authorization)\"?\s*[:=]\s*\"?)"
        r"[^\s\"&,;]+"
    ),
]
_secrets: set[str] = set()
_secrets_lock = threading.Lock()
MASK = "[redacted]"


def register_secret(value: str | None) -> None:
    """Mask `value` wherever it would appear in a log record from now on."""
    if value and len(value) >= 4:
        with _secrets_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    """`text` with every known secret and credential-looking value masked."""
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)} {MASK}", text)
    return _PATTERNS[1].sub(lambda m: f"{m.group(1)}{MASK}", text)


class SecretFilter(logging.Filter):
    """Rewrites each record's message with `redact()` (arguments are folded in first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


_FILTER = SecretFilter()
_THIRD_PARTY = ("httpx", "httpcore.http11", "httpcore.http2", "httpcore.connection", "httpcore.proxy")


def get_logger(name: str) -> logging.Logger:
    """The logger `name`, with the secret filter attached (once)."""
    logger = logging.getLogger(name)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger


for _name in ("overlay_runtime", *_THIRD_PARTY):
    get_logger(_name)


def describe_request(request: httpx.Request) -> str:
    """`METHOD /path` (no query string, no headers: they may carry identifiers or credentials)."""
    return f"{request.method} {request.url.path}"
