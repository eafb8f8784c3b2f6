"""A fresh Bloom Growth sandbox for each test, where bloomy-python code lands without a change.

The code under test passes no base URL, as bloomy-python's README does not: `BLOOMY_BASE_URL` points
bloomy at the sandbox, which accepts the README's key. (`tests/bloomy/conftest.py` has already cleared
the real environment's key, base URL and config file.)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bloomy.testing import BloomSandbox

NOW = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)
README_KEY = "your-api-key-here"
JANE, MARCUS = 345678, 345690  # the key's user, and one of her colleagues
MEASURABLE = 456792  # Jane's "Weekly sales revenue", on the Leadership Team scorecard


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[BloomSandbox]:
    with BloomSandbox(seed=0, now=NOW, api_key=README_KEY) as bloom:
        monkeypatch.setenv("BLOOMY_BASE_URL", bloom.url)
        yield bloom
