"""Defaults of the RapidPro clients, in one place."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://app.rapidpro.io/api/v2/"
# Where a deployment serves the API: a bare host (TembaClient's form) gets it added.
API_ROOT_PATH = "/api/v2"
TOKEN_ENV = "RAPIDPRO_API_TOKEN"
BASE_URL_ENV = "RAPIDPRO_BASE_URL"
USER_AGENT = "rapidpro (overlay-clients)"
AUTH_SCHEME = "Token"

# TembaClient makes 5 attempts at a throttled read (MAX_RETRIES = 5); so do we: 4 retries.
DEFAULT_MAX_RETRIES = 4
# The server's default rate for each throttle scope (v2, v2.contacts, v2.messages, v2.runs).
DEFAULT_REQUESTS_PER_HOUR = 3600
# Endpoints with a throttle scope of their own, by endpoint name; every other endpoint draws from "v2".
OWN_SCOPES = frozenset({"contacts", "messages", "runs"})
# The query parameter that holds a list's position: an opaque cursor, or (archives) an offset.
CURSOR = "cursor"
OFFSET = "offset"
