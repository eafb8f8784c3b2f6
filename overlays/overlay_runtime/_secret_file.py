"""Writing files that hold credentials (a token cache, a stored API key).

Atomically (a temporary file in the same folder, then a rename, so a crash never leaves half a
file) and readable by the owner only (mode 0600 in a folder created 0700).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["write_secret_file"]


def write_secret_file(path: Path, text: str) -> Path:
    """Replace `path` with `text`, readable by its owner only; returns `path`."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
