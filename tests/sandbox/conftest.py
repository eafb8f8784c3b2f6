from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from api_sandbox.pytest_plugin import start_sandbox
from monzoh.testing import MonzoSandbox, monzo_sandbox

from ._openapi import SpecChecker

__all__ = ["monzo_sandbox", "start_sandbox"]

NOW = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)
"""A fixed anchor for the seeded data, so counts do not depend on the day the tests run."""


@pytest.fixture(scope="session")
def monzo_spec() -> SpecChecker:
    return SpecChecker("monzo")


@pytest.fixture
def monzo() -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=0, now=NOW) as sandbox:
        yield sandbox


@pytest.fixture
def http(monzo: MonzoSandbox) -> Iterator[httpx.Client]:
    """A keep-alive client on the sandbox, authenticated with its live token."""
    with httpx.Client(base_url=monzo.url, headers=monzo.auth_headers, timeout=10) as client:
        yield client
