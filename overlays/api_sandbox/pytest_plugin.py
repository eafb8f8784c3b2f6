"""pytest fixtures for sandboxes: `pytest_plugins = ["api_sandbox.pytest_plugin"]`.

`start_sandbox` starts any sandbox for the duration of a test:

    def test_slow_api(start_sandbox):
        sandbox = start_sandbox(MonzoSandbox(faults=Faults(latency=0.2)))

`sandbox_fixture` makes a named fixture for an API's sandbox class (this is how `monzo_sandbox`
is built):

    monzo_sandbox = sandbox_fixture(MonzoSandbox, name="monzo_sandbox")
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest

from ._base import Sandbox

__all__ = ["sandbox_fixture", "start_sandbox"]

S = TypeVar("S", bound=Sandbox)


@pytest.fixture
def start_sandbox() -> Iterator[Callable[[S], S]]:
    """Start the sandboxes a test hands in; stop them all when it ends."""
    started: list[Sandbox] = []

    def start(sandbox: S) -> S:
        started.append(sandbox.start())
        return sandbox

    yield start
    for sandbox in reversed(started):
        sandbox.stop()


def sandbox_fixture(
    factory: Callable[..., S], *, name: str | None = None, scope: Any = "function", **kwargs: Any
) -> Any:
    """A fixture that yields `factory(**kwargs)` started on 127.0.0.1 and stops it afterwards.

    A test can override the arguments with indirect parametrisation:
    `@pytest.mark.parametrize("monzo_sandbox", [{"seed": 3}], indirect=True)`.
    """

    def fixture(request: pytest.FixtureRequest) -> Iterator[S]:
        overrides = getattr(request, "param", None) or {}
        with factory(**{**kwargs, **overrides}) as sandbox:
            yield sandbox

    fixture.__name__ = name or getattr(factory, "__name__", "sandbox").lower()
    return pytest.fixture(scope=scope, name=name)(fixture)
