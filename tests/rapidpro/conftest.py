from __future__ import annotations

from collections.abc import Iterator

import pytest

from overlay_runtime import set_testing


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's real token or base URL."""
    for name in ("RAPIDPRO_API_TOKEN", "RAPIDPRO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def fast_backoff() -> Iterator[None]:
    """Computed backoff shrinks to a millisecond (a server's Retry-After is still honoured)."""
    set_testing(True)
    yield
    set_testing(False)
