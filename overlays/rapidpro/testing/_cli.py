"""The command line of `python -m rapidpro.testing`: RapidPro's own options, then `api_sandbox`'s."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from api_sandbox._cli import main as serve

from ._sandbox import RapidProSandbox

__all__ = ["Configured", "main"]

Configured: type[RapidProSandbox] = RapidProSandbox
"""The class `serve` loads (`rapidpro.testing._cli:Configured`), with this command line's defaults."""


def main(argv: Sequence[str] | None = None) -> int:
    global Configured
    parser = argparse.ArgumentParser(prog="python -m rapidpro.testing", add_help=False)
    parser.add_argument("--contacts", type=int, default=5_000, help="seeded contacts (default 5,000)")
    parser.add_argument("--messages", type=int, help="seeded messages (default 4 per contact)")
    parser.add_argument("--runs", type=int, help="seeded flow runs (default 2 per contact)")
    parser.add_argument("--page-size", type=int, default=250, help="results per page (default 250, as RapidPro)")
    parser.add_argument("--rate", action="append", default=[], metavar="SCOPE=RATE", help="e.g. v2.contacts=3600/hour")
    ours, rest = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    if "-h" in rest or "--help" in rest:
        parser.print_help()
    rates = dict(item.split("=", 1) for item in ours.rate)
    options: dict[str, Any] = {
        "contacts": ours.contacts,
        "messages": ours.messages,
        "runs": ours.runs,
        "page_size": ours.page_size,
        "rates": rates,
    }

    class Sandbox(RapidProSandbox):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**{**options, **kwargs})

    Sandbox.__name__ = Sandbox.__qualname__ = "RapidProSandbox"
    Configured = Sandbox
    return serve([f"{__name__}:Configured", *rest])
