from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from api_sandbox.pytest_plugin import start_sandbox
from bloomy.testing import BloomSandbox, bloom_sandbox

from ._spec import BloomSpec

__all__ = ["bloom_sandbox", "start_sandbox"]

NOW = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)
"""A fixed anchor for the seeded data, so dates and counts do not depend on the day the tests run."""


@pytest.fixture(autouse=True)
def isolated_config(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """No test sees the real environment's Bloom key, base URL or config file."""
    for name in ("BG_API_KEY", "BLOOMY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BLOOMY_CONFIG", f"{tmp_path}/bloomy/config.yaml")


@pytest.fixture(scope="session")
def bloom_spec() -> BloomSpec:
    return BloomSpec()


@pytest.fixture
def bloom() -> Iterator[BloomSandbox]:
    with BloomSandbox(seed=0, now=NOW) as sandbox:
        yield sandbox


@pytest.fixture
def http(bloom: BloomSandbox) -> Iterator[httpx.Client]:
    """A keep-alive client on the `/api/v1` base, authenticated with the sandbox's key."""
    with httpx.Client(base_url=bloom.url, headers=bloom.auth_headers, timeout=10) as client:
        yield client
