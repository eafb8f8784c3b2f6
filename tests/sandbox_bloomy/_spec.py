"""spec/bloomy.yaml through the shared openapi-core adapters, on the sandbox's paths.

The sandbox serves the API under `/api/v1` and `POST /Token` at the root, as the real host does, so
each request is held against the spec as if sent to `https://app.bloomgrowth.com<same path>`.
"""

from __future__ import annotations

import httpx

from tests.sandbox._openapi import OpenAPIRequest, SpecChecker

__all__ = ["BloomSpec"]

PUBLIC_HOST = "https://app.bloomgrowth.com"


class BloomSpec(SpecChecker):
    def __init__(self) -> None:
        super().__init__("bloomy")

    def request(self, request: httpx.Request) -> OpenAPIRequest:
        return OpenAPIRequest(request, PUBLIC_HOST)
