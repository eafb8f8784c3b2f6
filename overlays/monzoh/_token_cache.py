"""The token cache file: where `monzoh login` leaves tokens and where clients find them.

`$MONZOH_TOKEN_CACHE`, else `$XDG_CACHE_HOME/monzoh/tokens.json` (default `~/.cache/monzoh/`),
`~/Library/Caches/monzoh/` on macOS, `%LOCALAPPDATA%\\monzoh\\` on Windows. Written atomically
(a temporary file in the same folder, then a rename) with mode 0600, so a crash never leaves half a
file and other users cannot read it.

A missing file means "no cache". A file that is there but unusable (not JSON, not an object, no
access token, a field of the wrong type, a date that is not one) is a `MonzoConfigurationError`
naming the file, never quoting it: it holds secrets.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from overlay_runtime import write_secret_file

from ._exceptions import MonzoConfigurationError

__all__ = ["MonzoTokenCacheWarning", "StoredToken", "TokenCache", "TokenStore", "default_cache_path"]

# A token counts as expired a little early, so it does not die in flight.
EXPIRY_MARGIN = timedelta(minutes=5)


class MonzoTokenCacheWarning(UserWarning):
    """The renewed tokens could not be written back to the token cache (they stay in use in memory)."""


def default_cache_path() -> Path:
    override = os.environ.get("MONZOH_TOKEN_CACHE")
    if override:
        return Path(override).expanduser()
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "monzoh" / "tokens.json"


@dataclass
class StoredToken:
    access_token: str
    refresh_token: str | None = None
    expires_at: str | None = None  # ISO 8601, UTC
    user_id: str | None = None
    client_id: str | None = None

    def expired(self, now: datetime | None = None) -> bool:
        if not self.expires_at:
            return False
        expires = datetime.fromisoformat(self.expires_at)
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        return (now or datetime.now(UTC)) >= expires - EXPIRY_MARGIN

    @classmethod
    def from_grant(
        cls, access_token: str, refresh_token: str | None, expires_in: int | None, **extra: str | None
    ) -> StoredToken:
        expires_at = None
        if expires_in:
            expires_at = (datetime.now(UTC) + timedelta(seconds=expires_in)).isoformat()
        return cls(access_token, refresh_token, expires_at, extra.get("user_id"), extra.get("client_id"))

    def __repr__(self) -> str:
        return f"StoredToken(user_id={self.user_id!r}, expires_at={self.expires_at!r})"


class TokenStore(Protocol):
    """Where a renewing client keeps its tokens between runs.

    `TokenCache` (the file `monzoh login` writes) is the one there is. `CachedTokenAuth.renew_flow`
    is the only place that reads, renews and writes; a store shared by several processes would
    add its lock around those steps there.
    """

    @property
    def location(self) -> str:
        """Where the tokens are, for messages (never the tokens themselves)."""

    def load(self) -> StoredToken | None:
        """The stored tokens, or None when there are none."""

    def save(self, token: StoredToken) -> None:
        """Replace the stored tokens; raises OSError when they cannot be written."""


class TokenCache:
    """The token cache file (a `TokenStore`)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()

    @property
    def location(self) -> str:
        return str(self.path)

    def load(self) -> StoredToken | None:
        """The cached token, or None when there is no cache file.

        Raises MonzoConfigurationError, naming the file, when it is there but unusable."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._unusable(f"it cannot be read ({exc.strerror or type(exc).__name__})") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError:  # also UnicodeDecodeError: binary garbage
            raise self._unusable("it is empty" if not raw.strip() else "it is not JSON") from None
        return self._token_from(data)

    def _token_from(self, data: Any) -> StoredToken:
        if not isinstance(data, dict):
            raise self._unusable("it is not a JSON object")
        access_token = data.get("access_token")
        if not isinstance(access_token, str) or not access_token.strip():
            raise self._unusable("it has no access_token")
        if not access_token.isprintable() or any(c.isspace() for c in access_token):
            raise self._unusable("its access_token is not a token")
        fields: dict[str, str | None] = {}
        for name in ("refresh_token", "expires_at", "user_id", "client_id"):
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise self._unusable(f"its {name} is not a string")
            fields[name] = value or None
        stored = StoredToken(access_token, **fields)
        try:
            stored.expired()
        except (ValueError, OverflowError):
            raise self._unusable("its expires_at is not an ISO 8601 date") from None
        return stored  # other keys are ignored: a newer version may have written them

    def _unusable(self, reason: str) -> MonzoConfigurationError:
        return MonzoConfigurationError(
            f"The Monzo token cache {self.path} is unusable: {reason}. Run `monzoh login` again to replace it "
            "(or delete the file and set MONZO_ACCESS_TOKEN)."
        )

    def save(self, token: StoredToken) -> None:
        write_secret_file(self.path, json.dumps(asdict(token), indent=2))

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

    def __repr__(self) -> str:
        return f"TokenCache({str(self.path)!r})"
