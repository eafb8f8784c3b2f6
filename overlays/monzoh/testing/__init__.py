"""A local Monzo API for your tests: stateful, seeded, speaking Monzo's wire format.

    from monzoh.testing import MonzoSandbox

    with MonzoSandbox(seed=0) as monzo:
        client = MonzoClient(access_token=monzo.access_token, base_url=monzo.url)
        ...

In pytest, `pytest_plugins = ["monzoh.testing.pytest_plugin"]` (or `from monzoh.testing import
monzo_sandbox` in a conftest) gives the `monzo_sandbox` fixture. Needs the `testing` extra
(starlette, uvicorn). From a shell: `python -m api_sandbox monzo --port 8000`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from api_sandbox import Faults, RequestLog

from ._errors import ErrorReply
from ._sandbox import CLIENT_ID, REDIRECT_URI, MonzoSandbox
from ._state import MonzoState

if TYPE_CHECKING:
    from .pytest_plugin import monzo_sandbox

__all__ = [
    "CLIENT_ID",
    "REDIRECT_URI",
    "ErrorReply",
    "Faults",
    "MonzoSandbox",
    "MonzoState",
    "RequestLog",
    "monzo_sandbox",
]


def __getattr__(name: str) -> Any:
    if name == "monzo_sandbox":  # imported lazily: pytest is only needed by those who use the fixture
        from .pytest_plugin import monzo_sandbox

        return monzo_sandbox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
