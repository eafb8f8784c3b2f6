"""A local RapidPro API v2 for your tests: stateful, seeded, fast, speaking RapidPro's wire format.

    from rapidpro import RapidProClient
    from rapidpro.testing import RapidProSandbox

    with RapidProSandbox(seed=0, contacts=5_000) as sandbox:
        with RapidProClient(sandbox.token, base_url=sandbox.url) as client:
            for contact in client.contacts.list(group="Farmers"):
                ...

In pytest, `pytest_plugins = ["rapidpro.testing.pytest_plugin"]` (or `from rapidpro.testing import
rapidpro_sandbox` in a conftest) gives the `rapidpro_sandbox` fixture. Needs the `testing` extra
(starlette, uvicorn). From a shell: `python -m rapidpro.testing --contacts 100000 --port 8000`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from api_sandbox import Faults, RequestLog

from ._errors import ErrorReply
from ._sandbox import PAGE_SIZE, RapidProSandbox
from ._state import RapidProState
from ._throttle import DEFAULT_RATES, SCOPES, ScopedThrottle

if TYPE_CHECKING:
    from .pytest_plugin import rapidpro_sandbox

__all__ = [
    "DEFAULT_RATES",
    "PAGE_SIZE",
    "SCOPES",
    "ErrorReply",
    "Faults",
    "RapidProSandbox",
    "RapidProState",
    "RequestLog",
    "ScopedThrottle",
    "rapidpro_sandbox",
]


def __getattr__(name: str) -> Any:
    if name == "rapidpro_sandbox":  # imported lazily: pytest is only needed by those who use the fixture
        from .pytest_plugin import rapidpro_sandbox

        return rapidpro_sandbox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
