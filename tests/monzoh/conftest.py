from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_monzo_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test sees the developer's real token, cache file or base URL."""
    for name in ("MONZO_ACCESS_TOKEN", "MONZO_BASE_URL", "MONZO_CLIENT_ID", "MONZO_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    cache = tmp_path / "monzoh" / "tokens.json"
    monkeypatch.setenv("MONZOH_TOKEN_CACHE", str(cache))
    yield cache
