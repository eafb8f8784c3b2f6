from __future__ import annotations

from collections.abc import Iterator

import pytest

from overlay_runtime import set_testing
from tests.flaky_server import FlakyServer
from tests.hostile_ids import counting_server as make_counting_server


@pytest.fixture(autouse=True)
def fast_backoff(request: pytest.FixtureRequest) -> Iterator[None]:
    """Computed retry backoff shrinks to a millisecond (Retry-After is still honoured), so fault tests
    stay fast; tests of the backoff itself are marked `real_backoff`."""
    set_testing(request.node.get_closest_marker("real_backoff") is None)
    yield
    set_testing(False)


@pytest.fixture(scope="module")
def counting_server() -> Iterator[FlakyServer]:
    """A server that answers 200 `{}` to anything and records every request (tests/hostile_ids.py)."""
    with make_counting_server() as server:
        yield server


@pytest.fixture(scope="session")
def redis_server_url() -> Iterator[str]:
    """One real redis-server on 127.0.0.1 for the session (tests/redis_server.py), stopped by its pid."""
    from tests.redis_server import redis_server

    with redis_server() as url:
        yield url


@pytest.fixture
def redis_url(redis_server_url: str) -> str:
    """The session's redis-server, emptied for this test (`redis://127.0.0.1:<port>/0`)."""
    import redis

    with redis.Redis.from_url(redis_server_url) as connection:
        connection.flushdb()
    return redis_server_url
