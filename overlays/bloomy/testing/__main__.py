"""`python -m bloomy.testing [--port 8000 ...]`: serve the Bloom Growth sandbox until Ctrl+C.

The options are those of `python -m api_sandbox` (`--seed`, `--latency`, `--rate-limit`, ...).
"""

from __future__ import annotations

import sys

from api_sandbox._cli import main

if __name__ == "__main__":  # pragma: no cover - a command-line entry point
    sys.exit(main(["bloomy.testing:BloomSandbox", *sys.argv[1:]]))
