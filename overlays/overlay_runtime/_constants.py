"""Defaults shared by every client."""

from __future__ import annotations

import httpx

# Connect quickly or fail; allow slow endpoints (large exports) time to answer. The read value (30 s)
# also bounds each attempt as a whole, from connecting to the last byte of the body.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# The longest one call may take, every attempt, retry wait and rate-limiter wait included: room for
# three whole attempts at the default timeout, their backoff, and one Retry-After of up to a minute.
DEFAULT_DEADLINE = 180.0
# The largest response body we accept, counted after decompression. The biggest genuine answers of
# these APIs (a page of 100 Monzo transactions with merchants expanded, 250 RapidPro runs with their
# paths, a Bloom Growth meeting with every list) are a few MB; 64 MiB leaves a wide margin while a
# decompression bomb (1 MB of gzip can inflate to 1 GiB) is stopped before it costs real memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# The longest Retry-After we honour by sleeping; a longer one is raised to the caller.
MAX_RETRY_AFTER = 60.0
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
