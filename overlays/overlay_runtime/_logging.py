"""Logging through the standard `logging` module, with credentials redacted everywhere.

Each request attempt is one INFO line on the facade's logger (`monzoh`, `bloomy`, `rapidpro`):
method, path, status, attempt and elapsed time. Query strings and headers are never logged.
`SecretFilter` masks `Authorization`-style values and every secret registered with
`register_secret()` (the auth objects register the tokens they hold) in any record that passes
through our loggers or httpx's: its message, and the traceback of an exception logged with it.

A registered secret is also recognised in the forms other code prints it in: JSON-escaped, as a
`repr()` of the str or of its UTF-8 bytes (h11's "illegal header line: bytearray(b'...')"),
URL-encoded, and cut short next to an ellipsis (pydantic's `input_value='...secret'`, our own
snippets).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from urllib.parse import quote, quote_plus

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
# The shortest secret (or piece of one, next to an ellipsis) that is masked.
MIN_SECRET = 4
_ELLIPSES = ("...", "…")


def _forms(value: str) -> set[str]:
    """`value` as it may appear in text: raw, stripped, escaped for JSON or a repr, as bytes, URL-encoded."""
    forms = {value, value.strip(), json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]}
    forms |= {repr(value)[1:-1], repr(value.encode("utf-8", "replace"))[2:-1], quote(value, safe=""), quote_plus(value)}
    return {form for form in forms if len(form) >= MIN_SECRET}


def register_secret(value: str | None) -> None:
    """Mask `value` wherever it would appear in a log record or an error message from now on."""
    if isinstance(value, str) and len(value) >= MIN_SECRET:
        forms = _forms(value)
        with _secrets_lock:
            _secrets.update(forms)


def redact(text: str) -> str:
    """`text` with every known secret and credential-looking value masked."""
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    if any(mark in text for mark in _ELLIPSES):
        text = _redact_cut_secrets(text, secrets)
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)} {MASK}", text)
    return _PATTERNS[1].sub(lambda m: f"{m.group(1)}{MASK}", text)


def _redact_cut_secrets(text: str, secrets: list[str]) -> str:
    """Mask the start of a secret just before an ellipsis and the end of one just after it: what is left
    of a secret in a value that was shortened for display (`'tok_12...'`, `'...89abc'`)."""
    for mark in _ELLIPSES:
        start = 0
        while (at := text.find(mark, start)) != -1:
            before, after = text[:at], text[at + len(mark) :]
            cut_before = max((_kept_start(before, s) for s in secrets), default=0)
            cut_after = max((_kept_end(after, s) for s in secrets), default=0)
            if cut_before or cut_after:
                before = before[: len(before) - cut_before] + (MASK if cut_before else "")
                after = (MASK if cut_after else "") + after[cut_after:]
                text = before + mark + after
            start = len(before) + len(mark)
    return text


def _kept_start(before: str, secret: str) -> int:
    """The length of the longest start of `secret` (at least MIN_SECRET long) that `before` ends with."""
    best, at = 0, secret.find(before[-1:]) if before else -1
    while at != -1:
        if MIN_SECRET <= at + 1 < len(secret) and before.endswith(secret[: at + 1]):
            best = at + 1
        at = secret.find(before[-1], at + 1)
    return best


def _kept_end(after: str, secret: str) -> int:
    """The length of the longest end of `secret` (at least MIN_SECRET long) that `after` starts with."""
    at = secret.find(after[:1], 1) if after else -1
    while at != -1:
        if len(secret) - at >= MIN_SECRET and after.startswith(secret[at:]):
            return len(secret) - at  # the first match from the left is the longest
        at = secret.find(after[0], at + 1)
    return 0


class SecretFilter(logging.Filter):
    """Rewrites each record's message with `redact()` (arguments are folded in first), and the text of the
    exception and stack it carries, so a handler that prints them shows no secret either."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FORMATTER = logging.Formatter()
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
