"""A local Bloom Growth API for your tests: stateful, seeded, speaking the v1 wire format.

    from bloomy.testing import BloomSandbox

    with BloomSandbox(seed=0) as bloom:
        client = bloomy.Client(api_key=bloom.api_key, base_url=bloom.url)
        client.meeting.details(bloom.state.leadership_meeting_id)

In pytest, `pytest_plugins = ["bloomy.testing.pytest_plugin"]` (or `from bloomy.testing import
bloom_sandbox` in a conftest) gives the `bloom_sandbox` fixture. Needs the `testing` extra
(starlette, uvicorn). From a shell: `python -m bloomy.testing --port 8000`
(or `python -m api_sandbox bloomy.testing:BloomSandbox`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from api_sandbox import Faults, RequestLog

from ._auth import TOKEN_LIFETIME
from ._errors import ErrorReply
from ._sandbox import BloomSandbox
from ._seed import DEFAULT_PASSWORD
from ._state import LEADERSHIP_MEETING_ID, SALES_MEETING_ID, BloomState

if TYPE_CHECKING:
    from .pytest_plugin import bloom_sandbox

__all__ = [
    "DEFAULT_PASSWORD",
    "LEADERSHIP_MEETING_ID",
    "SALES_MEETING_ID",
    "TOKEN_LIFETIME",
    "BloomSandbox",
    "BloomState",
    "ErrorReply",
    "Faults",
    "RequestLog",
    "bloom_sandbox",
]


def __getattr__(name: str) -> Any:
    if name == "bloom_sandbox":  # imported lazily: pytest is only needed by those who use the fixture
        from .pytest_plugin import bloom_sandbox

        return bloom_sandbox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
