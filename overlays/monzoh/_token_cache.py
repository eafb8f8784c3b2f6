"""The token cache file: where `monzoh login` leaves tokens and where clients find them.

`$MONZOH_TOKEN_CACHE`, else `$XDG_CACHE_HOME/monzoh/tokens.json` (default `~/.cache/monzoh/`),
`~/Library/Caches/monzoh/` on macOS, `%LOCALAPPDATA%\\monzoh\\` on Windows. Written atomically
(a temporary file in the same folder, then a rename) with mode 0600, so a crash never leaves half a
file and other users cannot read it.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from overlay_runtime import write_secret_file

__all__ = ["StoredToken", "TokenCache", "default_cache_path"]

# A token counts as expired a little early, so it does not die in flight.
EXPIRY_MARGIN = timedelta(minutes=5)


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


class TokenCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()

    def load(self) -> StoredToken | None:
        """The cached token, or None when there is no usable cache file."""
        try:
            data = json.loads(self.path.read_text())
            return StoredToken(**{k: data.get(k) for k in StoredToken.__dataclass_fields__})
        except (OSError, ValueError, TypeError):
            return None

    def save(self, token: StoredToken) -> None:
        write_secret_file(self.path, json.dumps(asdict(token), indent=2))

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

    def __repr__(self) -> str:
        return f"TokenCache({str(self.path)!r})"
