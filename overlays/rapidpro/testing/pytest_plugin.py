"""The `rapidpro_sandbox` fixture: `pytest_plugins = ["rapidpro.testing.pytest_plugin"]`.

    def test_export(rapidpro_sandbox):
        client = RapidProClient(rapidpro_sandbox.token, base_url=rapidpro_sandbox.url)

Each test gets a fresh sandbox (seed 0, 5,000 contacts). Parametrise it indirectly for other arguments:
`@pytest.mark.parametrize("rapidpro_sandbox", [{"contacts": 300, "page_size": 50}], indirect=True)`.
`start_sandbox` (from `api_sandbox.pytest_plugin`) starts any other configuration.
"""

from __future__ import annotations

from api_sandbox.pytest_plugin import sandbox_fixture, start_sandbox

from ._sandbox import RapidProSandbox

__all__ = ["rapidpro_sandbox", "start_sandbox"]

rapidpro_sandbox = sandbox_fixture(RapidProSandbox, name="rapidpro_sandbox")
