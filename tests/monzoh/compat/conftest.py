"""Code written for monzoh 1.2.0 (PyPI), run unchanged against our `monzoh` and a local sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monzoh import _pence
from monzoh.testing import MonzoSandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=14) as monzo:
        yield monzo


@pytest.fixture
def peer_env(sandbox: MonzoSandbox, monkeypatch: pytest.MonkeyPatch) -> MonzoSandbox:
    """What `monzoh-auth` gave a 1.2.0 user, as our clients find it: `MonzoClient()` with no arguments works."""
    monkeypatch.setenv("MONZO_ACCESS_TOKEN", sandbox.access_token)
    monkeypatch.setenv("MONZO_BASE_URL", sandbox.url)
    return sandbox


@pytest.fixture(autouse=True)
def pence_warning_not_yet_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a fresh process would: the once-only pence warning not shown yet."""
    monkeypatch.setattr(_pence, "_warned", False)
