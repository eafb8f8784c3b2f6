"""`python -m api_sandbox NAME`: serve an API sandbox on 127.0.0.1 until Ctrl+C.

NAME is a registered sandbox (`monzo`), an entry point of the `api_sandbox` group, or
`package.module:Class`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import signal
import sys
import threading
from collections.abc import Sequence
from importlib.metadata import entry_points
from types import FrameType
from typing import Any

from ._base import Sandbox
from ._faults import Faults, Latency

__all__ = ["KNOWN_SANDBOXES", "load_sandbox", "main"]

KNOWN_SANDBOXES = {
    "monzo": "monzoh.testing:MonzoSandbox",
    "bloomy": "bloomy.testing:BloomSandbox",
    "rapidpro": "rapidpro.testing:RapidProSandbox",
}


def load_sandbox(name: str) -> type[Sandbox]:
    target = KNOWN_SANDBOXES.get(name)
    if target is None:
        found = [ep for ep in entry_points(group="api_sandbox") if ep.name == name]
        target = found[0].value if found else name
    if ":" not in target:
        known = ", ".join(sorted(KNOWN_SANDBOXES))
        raise SystemExit(f"unknown sandbox {name!r}: use one of {known} or module:Class")
    module_name, _, attr = target.partition(":")
    cls: Any = getattr(importlib.import_module(module_name), attr)
    if not (isinstance(cls, type) and issubclass(cls, Sandbox)):
        raise SystemExit(f"{target} is not a Sandbox subclass")
    return cls


def _latency(text: str) -> Latency:
    low, sep, high = text.partition("-")
    return (float(low), float(high)) if sep else float(low)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m api_sandbox", description=__doc__.split("\n")[0])
    parser.add_argument("name", help="sandbox to serve, e.g. monzo")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port (default 8000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data and of the faults")
    parser.add_argument("--latency", type=_latency, help="seconds, or a LOW-HIGH range, added to every request")
    parser.add_argument("--rate-limit", type=float, help="requests per second before 429")
    parser.add_argument("--burst", type=float, help="token-bucket size of the rate limit")
    parser.add_argument("--error-rate", type=float, default=0.0, help="probability of a 500 per request")
    parser.add_argument("--drop-rate", type=float, default=0.0, help="probability of a dropped connection")
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    parser.add_argument("--duration", type=float, help="stop after this many seconds")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cls = load_sandbox(args.name)
    faults = Faults(
        seed=args.seed,
        latency=args.latency,
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
        rate_limit=args.rate_limit,
        burst=args.burst,
    )
    sandbox = cls(seed=args.seed, faults=faults, host=args.host, port=args.port, log_level=args.log_level)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with sandbox:
            print(f"{cls.__name__} running at {sandbox.url}")
            for key, value in sandbox.banner().items():
                print(f"  {key}: {value}")
            print("Press Ctrl+C to stop.", flush=True)
            stop.wait(args.duration)
        with contextlib.suppress(BrokenPipeError):
            print(f"Stopped after {len(sandbox.requests)} requests.", flush=True)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
