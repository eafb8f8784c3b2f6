"""Defaults shared by every client."""

from __future__ import annotations

import httpx

# Connect quickly or fail; allow slow endpoints (large exports) time to answer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# The longest Retry-After we honour by sleeping; a longer one is raised to the caller.
MAX_RETRY_AFTER = 60.0
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
