"""The config file `~/.bloomy/config.yaml`: where a stored API key lives.

`$BLOOMY_CONFIG` overrides the path. The file is the one bloomy-python writes (`api_key: <key>` and
`version: 1`); the Ruby gem's spelling (`:api_key: <key>`) is read too. Only top-level scalar keys are
read, so no YAML library is needed. Written atomically (a temporary file in the same folder, then a
rename) with mode 0600 in a 0700 folder: a crash never leaves half a file, and other users cannot read it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from overlay_runtime import write_secret_file

from ._constants import CONFIG_ENV

__all__ = ["default_config_path", "read_api_key", "write_api_key"]


def default_config_path() -> Path:
    override = os.environ.get(CONFIG_ENV)
    return Path(override).expanduser() if override else Path.home() / ".bloomy" / "config.yaml"


def _scalar(raw: str) -> str:
    """A YAML scalar's value: plain, 'single-quoted' or "double-quoted"; a trailing comment is dropped."""
    raw = raw.strip()
    if raw[:1] == '"':
        try:
            value = json.JSONDecoder().raw_decode(raw)[0]
            return value if isinstance(value, str) else ""
        except ValueError:
            return ""
    if raw[:1] == "'":
        end = raw.find("'", 1)
        while end != -1 and raw[end + 1 : end + 2] == "'":
            end = raw.find("'", end + 2)
        return raw[1:end].replace("''", "'") if end != -1 else ""
    return raw.split(" #", 1)[0].strip()


def read_api_key(path: Path | None = None) -> str | None:
    """The stored key, or None when there is no readable file or no non-blank `api_key` in it."""
    try:
        text = (path or default_config_path()).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        if line[:1].isspace():
            continue  # nested: not ours
        key, sep, value = line.partition(":" if not line.startswith(":") else ": ")
        if sep and key.strip().lstrip(":").rstrip(":") == "api_key":
            found = _scalar(value)
            return found.strip() or None
    return None


def write_api_key(api_key: str, path: Path | None = None) -> Path:
    """Store `api_key` (replacing the file), readable by its owner only; returns the path written."""
    return write_secret_file(path or default_config_path(), f"version: 1\napi_key: {json.dumps(api_key)}\n")
