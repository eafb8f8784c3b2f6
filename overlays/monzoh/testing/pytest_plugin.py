"""The `monzo_sandbox` fixture: `pytest_plugins = ["monzoh.testing.pytest_plugin"]`.

    def test_balance(monzo_sandbox):
        client = MonzoClient(access_token=monzo_sandbox.access_token, base_url=monzo_sandbox.url)

Each test gets a fresh sandbox (seed 0). Parametrise it indirectly for other arguments:
`@pytest.mark.parametrize("monzo_sandbox", [{"seed": 7, "faults": Faults(latency=0.05)}], indirect=True)`.
`start_sandbox` (from `api_sandbox.pytest_plugin`) starts any other configuration.
"""

from __future__ import annotations

from api_sandbox.pytest_plugin import sandbox_fixture, start_sandbox

from ._sandbox import MonzoSandbox

__all__ = ["monzo_sandbox", "start_sandbox"]

monzo_sandbox = sandbox_fixture(MonzoSandbox, name="monzo_sandbox")
