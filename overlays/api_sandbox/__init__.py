"""Local, stateful emulators of HTTP APIs for tests and demos (needs the `testing` extra).

This package knows HTTP and ASGI, not any particular API: it runs an ASGI app under uvicorn on
127.0.0.1 in a background thread (`SandboxServer`), logs every request (`RequestLog`), injects
faults and enforces a rate limit (`Faults`), and gives API emulators a base class (`Sandbox`) and
pytest fixtures (`api_sandbox.pytest_plugin`). The emulators live next to their clients, e.g.
`monzoh.testing.MonzoSandbox`. `python -m api_sandbox monzo` serves one from the command line.
"""

from ._base import Sandbox, build_app, parse_form, parse_json
from ._faults import Decision, FaultRule, Faults, Latency, TokenBucket
from ._log import RequestLog, RequestRecord
from ._middleware import ConnectionDropped, ErrorKind, ErrorRenderer, SandboxMiddleware
from ._server import SandboxServer

__all__ = [
    "ConnectionDropped",
    "Decision",
    "ErrorKind",
    "ErrorRenderer",
    "FaultRule",
    "Faults",
    "Latency",
    "RequestLog",
    "RequestRecord",
    "Sandbox",
    "SandboxMiddleware",
    "SandboxServer",
    "TokenBucket",
    "build_app",
    "parse_form",
    "parse_json",
]
