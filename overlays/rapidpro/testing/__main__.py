"""`python -m rapidpro.testing [--contacts N] [--page-size N] [--rate SCOPE=RATE] [api_sandbox options]`.

Serves a `RapidProSandbox` until Ctrl+C through the shared command line of `api_sandbox`
(`--port`, `--seed`, `--latency`, `--rate-limit`, `--error-rate`, ...), plus the options above.
"""

import sys

from ._cli import main

sys.exit(main())
