"""Checks of what callers hand the facades' helpers, each raising the facade's own error class.

Resource methods get theirs from the generated `build_request()` (a ValueError or TypeError there
becomes the facade's validation error); these are for what is not built that way: credentials,
base URLs, OAuth codes, retry counts. No message ever shows a credential's value.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

import httpx

from ._errors import APIError

__all__ = ["check_credential", "check_retries", "check_text", "check_url"]

# C0 controls (NUL, LF, CR, TAB ...) and DEL: in a header they end it early or are refused by h11, and in a
# form or a file they are never part of a real credential (a trailing newline from `cat token.txt` is).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_credential(value: object, what: str, error: type[APIError], *, allow_empty: bool = False) -> str:
    """`value` if it is a credential that can be sent: a str with no control character, not blank unless
    `allow_empty`. Otherwise `error`, whose message says what is wrong without showing the value."""
    return _checked_text(value, what, error, allow_empty=allow_empty, secret=True)


def check_text(value: object, what: str, error: type[APIError], *, allow_empty: bool = False) -> str:
    """`value` if it is a str with no control character (not blank unless `allow_empty`); else `error`."""
    return _checked_text(value, what, error, allow_empty=allow_empty, secret=False)


def _checked_text(value: object, what: str, error: type[APIError], *, allow_empty: bool, secret: bool) -> str:
    if not isinstance(value, str):
        raise error(f"{what} must be a str, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise error(f"{what} is empty")
    found = _CONTROL.search(value)
    if found:
        name = unicodedata.name(found.group(), "") or _C0_NAMES.get(found.group(), "control character")
        where = "at its end" if found.start() >= len(value.rstrip()) else f"at position {found.start()}"
        hint = ": strip the newline the file or variable it was read from ends with" if value != value.rstrip() else ""
        kind = "credential" if secret else "value"
        raise error(f"{what} contains a control character ({name.lower()}, {where}), refused in a {kind}{hint}")
    return value


_C0_NAMES = {"\x00": "NUL", "\t": "TAB", "\n": "LINE FEED", "\r": "CARRIAGE RETURN", "\x7f": "DELETE"}


def check_url(value: object, what: str, error: type[APIError]) -> str:
    """`value` if it is an absolute http(s) URL with a host; otherwise `error`."""
    text = check_text(value, what, error)
    try:
        url = httpx.URL(text.strip())
        urlsplit(text.strip())  # stricter about brackets than httpx, and what some callers split the URL with
    except (httpx.InvalidURL, ValueError, TypeError):
        url = None
    # The URL is not quoted back: its user-info part may hold a password.
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise error(f"{what} must be an absolute http:// or https:// URL with a host")
    return text


def check_retries(value: object, what: str, error: type[APIError]) -> int:
    """`value` if it is a non-negative int (not a bool); otherwise `error`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise error(f"{what} must be an int, not {type(value).__name__}")
    if value < 0:
        raise error(f"{what} must be 0 or more, not {value}")
    return value
