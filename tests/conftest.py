from __future__ import annotations

from collections.abc import Iterator

import pytest

from overlay_runtime import set_testing


@pytest.fixture(autouse=True)
def fast_backoff(request: pytest.FixtureRequest) -> Iterator[None]:
    """Computed retry backoff shrinks to a millisecond (Retry-After is still honoured), so fault tests
    stay fast; tests of the backoff itself are marked `real_backoff`."""
    set_testing(request.node.get_closest_marker("real_backoff") is None)
    yield
    set_testing(False)
