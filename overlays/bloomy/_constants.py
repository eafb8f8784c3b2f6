"""bloomy's defaults and the environment variables it reads."""

from __future__ import annotations

from urllib.parse import urlsplit

DEFAULT_BASE_URL = "https://app.bloomgrowth.com/api/v1"
# The API's prefix under the host root; the login is the one operation outside it.
API_PATH = urlsplit(DEFAULT_BASE_URL).path
USER_AGENT = "bloomy (overlay-clients)"

API_KEY_ENV = "BG_API_KEY"
BASE_URL_ENV = "BLOOMY_BASE_URL"
CONFIG_ENV = "BLOOMY_CONFIG"

# How many requests a bulk method (`create_many`, `get_many`) has in flight at once, by default.
DEFAULT_MAX_CONCURRENT = 5
