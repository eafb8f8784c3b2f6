from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from api_sandbox.pytest_plugin import start_sandbox
from rapidpro.testing import RapidProSandbox, rapidpro_sandbox
from tests.sandbox._openapi import SpecChecker

__all__ = ["rapidpro_sandbox", "start_sandbox"]

NOW = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)
"""A fixed anchor for the seeded data, so counts do not depend on the day the tests run."""


class RapidProSpec(SpecChecker):
    """spec/rapidpro.yaml's server URL ends in `/api/v2`: requests are matched from the host up."""

    def __init__(self) -> None:
        super().__init__("rapidpro")
        self.host_url = httpx.URL(self.host_url).copy_with(path="").__str__().rstrip("/")


@pytest.fixture(scope="session")
def spec() -> RapidProSpec:
    return RapidProSpec()


@pytest.fixture
def rapidpro() -> Iterator[RapidProSandbox]:
    """A small workspace (600 contacts) on a fixed date."""
    with RapidProSandbox(seed=0, now=NOW, contacts=600) as sandbox:
        yield sandbox


@pytest.fixture
def http(rapidpro: RapidProSandbox) -> Iterator[httpx.Client]:
    """A keep-alive client on the API root, authenticated with the administrator's token."""
    with httpx.Client(base_url=rapidpro.url + "/", headers=rapidpro.auth_headers, timeout=10) as client:
        yield client
