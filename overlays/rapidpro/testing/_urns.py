"""URNs (`scheme:path`) as RapidPro takes them: normalised against the workspace country, or refused."""

from __future__ import annotations

import re

__all__ = ["SCHEMES", "display", "normalize_urn"]

SCHEMES = frozenset(
    {
        "tel", "whatsapp", "telegram", "mailto", "facebook", "twitter", "twitterid", "viber", "line", "discord",
        "instagram", "ext", "fcm", "jiochat", "wechat", "vk", "slack", "rocketchat", "webchat", "freshchat",
    }
)  # fmt: skip
_PUNCTUATION = re.compile(r"[\s\-().]")
_DIGITS = re.compile(r"^\+?\d+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
COUNTRY_CODES = {"RW": "250", "US": "1", "KE": "254", "UG": "256"}


def normalize_urn(urn: str, country: str = "RW") -> str | None:
    """The normalised URN, or None when it is not valid (phones become E.164 with the workspace country)."""
    if not isinstance(urn, str) or ":" not in urn:
        return None
    scheme, _, path = urn.partition(":")
    scheme = scheme.strip().lower()
    path = path.strip()
    if scheme not in SCHEMES or not path:
        return None
    if scheme == "tel":
        phone = _phone(path, country)
        return f"tel:{phone}" if phone else None
    if scheme == "whatsapp":
        digits = _PUNCTUATION.sub("", path).lstrip("+")
        return f"whatsapp:{digits}" if digits.isdigit() and 8 <= len(digits) <= 15 else None
    if scheme == "mailto":
        return f"mailto:{path.lower()}" if _EMAIL.match(path) else None
    if scheme in ("twitter", "telegram", "instagram"):
        path = path.lstrip("@")
        return f"{scheme}:{path.lower() if scheme != 'telegram' else path}" if path else None
    return f"{scheme}:{path}"


def _phone(path: str, country: str) -> str | None:
    number = _PUNCTUATION.sub("", path)
    if not _DIGITS.match(number):
        return None
    if number.startswith("00"):
        number = "+" + number[2:]
    code = COUNTRY_CODES.get(country, "")
    if not number.startswith("+"):
        if number.startswith("0") and code:
            number = f"+{code}{number[1:]}"
        elif code and len(number) == 9 and country == "RW":
            number = f"+{code}{number}"
        else:
            number = "+" + number
    digits = number[1:]
    if not 8 <= len(digits) <= 15:
        return None
    if digits.startswith("250") and len(digits) != 12:
        return None
    return number


def display(urn: str) -> str | None:
    """How RapidPro shows a URN to people: national format for phones of the country, else None."""
    scheme, _, path = urn.partition(":")
    if scheme == "tel" and path.startswith("+250") and len(path) == 13:
        national = "0" + path[4:]
        return f"{national[:4]} {national[4:7]} {national[7:]}"
    if scheme == "tel" and path.startswith("+1") and len(path) == 12:
        return f"({path[2:5]}) {path[5:8]}-{path[8:]}"
    return None
