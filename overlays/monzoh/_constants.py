"""monzoh's defaults and the environment variables it reads."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.monzo.com"
DEFAULT_AUTH_URL = "https://auth.monzo.com/"
DEFAULT_REDIRECT_URI = "http://localhost:8080/callback"
USER_AGENT = "monzoh (overlay-clients)"

ACCESS_TOKEN_ENV = "MONZO_ACCESS_TOKEN"
BASE_URL_ENV = "MONZO_BASE_URL"
AUTH_URL_ENV = "MONZO_AUTH_URL"
CLIENT_ID_ENV = "MONZO_CLIENT_ID"
CLIENT_SECRET_ENV = "MONZO_CLIENT_SECRET"
TOKEN_CACHE_ENV = "MONZOH_TOKEN_CACHE"
# A file path or a redis:// URL shared by every process that uses the account (see _token_cache.py).
TOKEN_STORE_ENV = "MONZOH_TOKEN_STORE"

# Monzo's largest page of transactions.
MAX_PAGE = 100
