from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from tests.prism import prism_mock
from tests.specs import SPEC_DIR


class PrismServers:
    """One Prism per spec, started on first use and stopped at the end of the session."""

    def __init__(self, stack: ExitStack, log_dir) -> None:  # type: ignore[no-untyped-def]
        self._stack, self._log_dir, self._urls = stack, log_dir, {}

    def url(self, api: str) -> str:
        if api not in self._urls:
            self._urls[api] = self._stack.enter_context(
                prism_mock(SPEC_DIR / f"{api}.yaml", self._log_dir / f"prism-{api}.log")
            )
        return self._urls[api]


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServers]:
    with ExitStack() as stack:
        yield PrismServers(stack, tmp_path_factory.mktemp("prism"))
