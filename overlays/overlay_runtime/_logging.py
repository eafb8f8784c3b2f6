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
import weakref
from collections import OrderedDict, deque
from urllib.parse import quote, quote_plus

import httpx

__all__ = ["SecretFilter", "describe_request", "get_logger", "redact", "register_secret", "release_secret"]

_PATTERNS = [
    # Authorization-style schemes followed by a credential.
    re.compile(r"(?i)\b(bearer|token|basic)\s+[A-Za-z0-9._~+/=-]{12,}"),
    # key=value or "key": "value" pairs whose key names a secret.
    re.compile(
        r"(?i)(\"?(?:access_token|refresh_token|client_secret|password|api_key|apikey|authorization)\"?\s*[:=]\s*\"?)"
        r"[^\s\"&,;]+"
    ),
]
MASK = "[redacted]"
# The shortest secret (or piece of one, next to an ellipsis) that is masked.
MIN_SECRET = 4
_ELLIPSES = ("...", "…")


def _forms(value: str) -> set[str]:
    """`value` as it may appear in text: raw, stripped, escaped for JSON or a repr, as bytes, URL-encoded."""
    forms = {value, value.strip(), json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1]}
    forms |= {repr(value)[1:-1], repr(value.encode("utf-8", "replace"))[2:-1], quote(value, safe=""), quote_plus(value)}
    return {form for form in forms if len(form) >= MIN_SECRET}


class _Secrets:
    """The secrets `redact()` masks, each for as long as something holds it.

    A secret registered with an `owner` (the auth object holding a token, the OAuth helper holding
    the client secret) is masked while that owner is alive; one registered without (a token read
    from an answer, a code passed to one call) is among the `LOOSE_LIMIT` most recent such. So a
    process that sees tokens without end (a client per task, each user's own token, a refresh
    every few hours) holds only those of its live clients and the newest loose ones: its memory,
    and the time each `redact()` takes, stay bounded. A value held several times (two clients with
    one token) stays masked until the last hold is released.
    """

    LOOSE_LIMIT = 1024

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holds: dict[str, int] = {}  # value -> how many owners (and the loose list) hold it
        self._forms: dict[str, int] = {}  # form -> how many held values have it
        self._loose: OrderedDict[str, None] = OrderedDict()  # oldest first
        self._owned: dict[int, set[str]] = {}  # id(owner) -> the values it holds
        # The owners that died, released at the next call: a finalizer may run inside any allocation,
        # this registry's own included, so it only appends here (atomic) and never takes the lock.
        self._gone: deque[int] = deque()
        self._longest_first: tuple[str, ...] | None = ()  # the forms, longest first (None: to sort again)

    def hold(self, value: str, owner: object | None) -> None:
        forms = _forms(value)  # outside the lock: it encodes the value several ways
        with self._lock:
            self._release_gone()
            held = None if owner is None else self._owned.get(id(owner))
            if owner is not None and held is None:
                try:
                    weakref.finalize(owner, self._gone.append, id(owner))
                    held = self._owned[id(owner)] = set()
                except TypeError:  # an owner that cannot be watched (a str, say): the value is held loose
                    pass
            if held is None:
                if value in self._loose:
                    self._loose.move_to_end(value)
                    return
                self._loose[value] = None
                self._take(value, forms)
                while len(self._loose) > self.LOOSE_LIMIT:
                    self._release(self._loose.popitem(last=False)[0])
                return
            if value not in held:
                held.add(value)
                self._take(value, forms)

    def drop(self, value: str, owner: object) -> None:
        """`owner` no longer holds `value` (a token it replaced)."""
        with self._lock:
            self._release_gone()
            held = self._owned.get(id(owner))
            if held is not None and value in held:
                held.discard(value)
                self._release(value)

    def longest_first(self) -> tuple[str, ...]:
        with self._lock:
            self._release_gone()
            if self._longest_first is None:
                self._longest_first = tuple(sorted(self._forms, key=len, reverse=True))
            return self._longest_first

    def __len__(self) -> int:
        """How many distinct values are held."""
        with self._lock:
            self._release_gone()
            return len(self._holds)

    def _release_gone(self) -> None:
        while self._gone:
            for value in self._owned.pop(self._gone.popleft(), ()):
                self._release(value)

    def _take(self, value: str, forms: set[str]) -> None:
        count = self._holds.get(value, 0)
        self._holds[value] = count + 1
        if count == 0:
            for form in forms:
                self._forms[form] = self._forms.get(form, 0) + 1
            self._longest_first = None

    def _release(self, value: str) -> None:
        count = self._holds.pop(value, 0) - 1
        if count > 0:
            self._holds[value] = count
            return
        for form in _forms(value):
            left = self._forms.pop(form, 0) - 1
            if left > 0:
                self._forms[form] = left
        self._longest_first = None


_SECRETS = _Secrets()


def register_secret(value: str | None, owner: object | None = None) -> None:
    """Mask `value` wherever it would appear in a log record or an error message: while `owner` is
    alive, or without one, while it is among the most recent such registrations (see `_Secrets`)."""
    if isinstance(value, str) and len(value) >= MIN_SECRET:
        _SECRETS.hold(value, owner)


def release_secret(value: str | None, owner: object) -> None:
    """`owner` no longer holds `value` (a token it replaced): masked only while something else holds it."""
    if isinstance(value, str):
        _SECRETS.drop(value, owner)


def redact(text: str) -> str:
    """`text` with every known secret and credential-looking value masked."""
    secrets = _SECRETS.longest_first()
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    if any(mark in text for mark in _ELLIPSES):
        text = _redact_cut_secrets(text, secrets)
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)} {MASK}", text)
    return _PATTERNS[1].sub(lambda m: f"{m.group(1)}{MASK}", text)


def _redact_cut_secrets(text: str, secrets: tuple[str, ...]) -> str:
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
