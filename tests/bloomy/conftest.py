from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bloomy._server import BloomServer, bloom_server


@pytest.fixture(autouse=True)
def isolated_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No test sees the real environment's key, base URL or ~/.bloomy/config.yaml."""
    for name in ("BG_API_KEY", "BLOOMY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "bloomy" / "config.yaml"
    monkeypatch.setenv("BLOOMY_CONFIG", str(path))
    return path


@pytest.fixture(scope="session")
def shared_bloom() -> Iterator[BloomServer]:
    with bloom_server() as server:
        yield server


@pytest.fixture
def bloom(shared_bloom: BloomServer) -> BloomServer:
    """The local server, answering every operation with the spec's example (one for the session, reset)."""
    shared_bloom.reset()
    return shared_bloom


@pytest.fixture
def pointed(bloom: BloomServer, monkeypatch: pytest.MonkeyPatch) -> BloomServer:
    """The environment points bloomy at the local server (as a user would with BLOOMY_BASE_URL)."""
    monkeypatch.setenv("BLOOMY_BASE_URL", bloom.url)
    bloom.handler.api_keys = {"your-api-key", "key"}  # the keys the seed's samples pass
    return bloom
