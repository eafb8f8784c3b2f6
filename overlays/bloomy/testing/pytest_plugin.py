"""The `bloom_sandbox` fixture: `pytest_plugins = ["bloomy.testing.pytest_plugin"]`.

    def test_todos(bloom_sandbox):
        client = bloomy.Client(api_key=bloom_sandbox.api_key, base_url=bloom_sandbox.url)

Each test gets a fresh sandbox (seed 0). Parametrise it indirectly for other arguments:
`@pytest.mark.parametrize("bloom_sandbox", [{"seed": 7, "meeting_delay": 0.05}], indirect=True)`.
`start_sandbox` (from `api_sandbox.pytest_plugin`) starts any other configuration.
"""

from __future__ import annotations

from api_sandbox.pytest_plugin import sandbox_fixture, start_sandbox

from ._sandbox import BloomSandbox

__all__ = ["bloom_sandbox", "start_sandbox"]

bloom_sandbox = sandbox_fixture(BloomSandbox, name="bloom_sandbox")
