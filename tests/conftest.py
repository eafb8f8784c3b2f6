from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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


# -- pytest-xdist scheduling (`nox -s tests` runs `-n 4`): which tests share a worker, and what starts first --

_GROUPS = {
    # One Prism per spec in one worker, rather than three node processes started by every worker.
    "tests/contract/": "prism",
    # Tests that measure rates, lock expiries or arrival times against a real clock: one worker runs
    # them one after another, so they never compete with each other for the CPU.
    "tests/rapidpro/test_shared_rate_limit.py": "timing",
    "tests/runtime/test_shared_ratelimit.py": "timing",
    "tests/monzoh/test_shared_token_store.py": "timing",
    "tests/rapidpro/test_ratelimit.py": "timing",  # arrival gaps; flaked once (31 ms < 35 ms) beside other tests
}
_SPLIT = (
    # Modules whose tests are each long (subprocesses, schemathesis, the generator, mypy): spread test by test.
    "tests/sandbox_schemathesis/",
    "tests/examples/",
    "tests/tools/test_generate.py",
    "tests/monzoh/test_refresh_concurrency.py",
    "tests/runtime/test_limits.py",
    "tests/facades/test_survival.py",
    "tests/rapidpro/test_resources.py",
)
_FIRST = (
    # The longest work starts first, so that no worker is left with a long test at the end.
    "tests/sandbox_schemathesis/",
    "tests/examples/test_rapidpro_celery_export.py",
    "tests/tools/test_generate.py",
    "tests/examples/test_monzo_celery_concurrency.py",
    "tests/tools/test_spec_edits.py",
    "tests/contract/",
    "tests/monzoh/test_shared_token_store.py",
    "tests/rapidpro/test_shared_rate_limit.py",
    "tests/runtime/test_shared_ratelimit.py",
    "tests/examples/",
    "tests/monzoh/test_refresh_concurrency.py",
    "tests/runtime/test_limits.py",
    "tests/rapidpro/test_resources.py",
    "tests/facades/test_survival.py",
)


def _rank(path: str) -> int:
    return next((i for i, prefix in enumerate(_FIRST) if path.startswith(prefix)), len(_FIRST))


def unit_of_work(nodeid: str) -> str:
    """The tests one worker runs together, one after another: a group of `_GROUPS`, a test of a `_SPLIT`
    module on its own, else its module (whose module-scoped sandboxes then start once)."""
    path = nodeid.split("::", 1)[0]
    group = next((name for prefix, name in _GROUPS.items() if path.startswith(prefix)), None)
    if group is not None:
        return group
    return nodeid if path.startswith(_SPLIT) else path


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """xdist's load-scope scheduling with our units of work (`unit_of_work`). (Its `loadgroup` reads
    `xdist_group` marks through `item._nodeid`, which pytest 9.2 no longer reads: marks group nothing.)"""
    from xdist.scheduler import LoadScopeScheduling

    class UnitsOfWork(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return unit_of_work(nodeid)

    return UnitsOfWork(config, log)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist (in each worker, whose order the scheduler keeps with `--no-loadscope-reorder`): the
    longest work first. A run without xdist keeps the collection order."""
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: _rank(item.nodeid.split("::", 1)[0]))  # stable: collection order otherwise
