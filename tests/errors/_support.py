"""What the error tests share: the secrets they use, and where a secret could show."""

from __future__ import annotations

import traceback
from collections.abc import Iterable

# Fake credentials, long and unlike any other text, so that a piece of one is recognisable too.
TOKEN = "tok_Q7f3K9mZx2Lp8VwR4nT6yB1cJ5hD0gSe"
CLIENT_SECRET = "mnzconf.Xc4Rt8Yu2Io6Pl1Kj9Hg3Fd7Sa5"
API_KEY = "bgkey-Nb5Vc2Xz8Lk4Jh7Gf1Ds9Ap3Qw6Er0"
PASSWORD = "pw-Hunter2.Zq8Wm3Xn7Bv1Cl5Kd9Fj4"
SECRETS = {"token": TOKEN, "client secret": CLIENT_SECRET, "api key": API_KEY, "password": PASSWORD}
WINDOW = 10  # any 10 characters in a row of a secret count as a leak of it


def leaked(text: str | bytes, secrets: dict[str, str] | None = None) -> list[str]:
    """The names (never the values) of the secrets of which a piece shows in `text`."""
    found = []
    for name, secret in (secrets or SECRETS).items():
        pieces = {secret[i : i + WINDOW] for i in range(len(secret) - WINDOW + 1)}
        if isinstance(text, bytes):
            if any(piece.encode() in text for piece in pieces):
                found.append(name)
        elif any(piece in text for piece in pieces):
            found.append(name)
    return found


def chain(exc: BaseException) -> list[BaseException]:
    """`exc` and every exception chained to it, by `__cause__` or `__context__`, at any depth."""
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        node = pending.pop()
        if node is None or any(node is s for s in seen):
            continue
        seen.append(node)
        pending += [node.__cause__, node.__context__]
    return seen


def shown(exc: BaseException) -> str:
    """Everything of `exc` a user or a log handler could print: str, repr, args, notes and the whole traceback
    (which prints the cause and context chain), for it and for each exception chained to it; and the body,
    headers and field errors an API error keeps (the live `request`/`response` objects are not included)."""
    parts: list[str] = ["".join(traceback.format_exception(exc))]
    for node in chain(exc):
        parts += [str(node), repr(node), repr(node.args), *getattr(node, "__notes__", ())]
        headers = getattr(node, "headers", None)
        kept = [getattr(node, "body", None), getattr(node, "errors", None), getattr(headers, "multi_items", list)()]
        parts += [repr(value) for value in kept]
    return "\n".join(parts)


def all_text(*texts: Iterable[str] | str) -> str:
    return "\n".join(t if isinstance(t, str) else "\n".join(t) for t in texts)
