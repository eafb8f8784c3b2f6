from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.examples._support import SCRUBBED


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's credentials, token cache, bloomy config or Celery settings."""
    import os

    for name in list(os.environ):
        if name.startswith(SCRUBBED):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MONZOH_TOKEN_CACHE", str(tmp_path / "monzoh-tokens.json"))
    monkeypatch.setenv("BLOOMY_CONFIG", str(tmp_path / "bloomy-config.yaml"))


@pytest.fixture(scope="module", autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """Every module stops the servers and workers it started (threads are given a moment to finish)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while (extra := set(threading.enumerate()) - before) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not extra, f"threads left running: {sorted(t.name for t in extra)}"
