from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from rapidpro.compat import TembaClient
from rapidpro.testing import RapidProSandbox

NOW = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)
"""A fixed anchor for the seeded data, so what the tests read does not depend on the day they run."""


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RapidProSandbox]:
    """A workspace of 300 contacts, 40 to a page, shared by the tests of a module (which only read it)."""
    with RapidProSandbox(seed=2, now=NOW, contacts=300, page_size=40) as rapidpro:
        yield rapidpro


@pytest.fixture
def client(sandbox: RapidProSandbox) -> Iterator[TembaClient]:
    """A `TembaClient` on the sandbox, made as TembaClient's users make theirs: host and token."""
    with TembaClient(sandbox.root_url, sandbox.token) as temba:
        yield temba
