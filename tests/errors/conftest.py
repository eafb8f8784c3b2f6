from __future__ import annotations

from pathlib import Path

import pytest

_CREDENTIAL_ENV = (
    "MONZO_ACCESS_TOKEN", "MONZO_BASE_URL", "MONZO_CLIENT_ID", "MONZO_CLIENT_SECRET", "MONZO_AUTH_URL",
    "BG_API_KEY", "BLOOMY_BASE_URL", "RAPIDPRO_API_TOKEN", "RAPIDPRO_BASE_URL",
)  # fmt: skip


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's credentials, token cache or bloomy config."""
    for name in _CREDENTIAL_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MONZOH_TOKEN_CACHE", str(tmp_path / "monzoh-tokens.json"))
    monkeypatch.setenv("BLOOMY_CONFIG", str(tmp_path / "bloomy-config.yaml"))
