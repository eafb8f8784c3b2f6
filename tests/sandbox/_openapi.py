"""openapi-core adapters for httpx, so the tests can hold each exchange against spec/monzo.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"


@cache
def load_openapi(api: str) -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_DIR / f"{api}.yaml"))


class OpenAPIRequest:
    """An httpx request as openapi-core sees it, moved onto the spec's server URL."""

    def __init__(self, request: httpx.Request, host_url: str) -> None:
        request.read()
        self._request = request
        self.host_url = host_url
        self.path = request.url.path
        self.method = request.method.lower()
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(request.url.query.decode(), keep_blank_values=True)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )


class OpenAPIWebhookRequest(OpenAPIRequest):
    def __init__(self, request: httpx.Request, name: str) -> None:
        super().__init__(request, "")
        self.name = name


class OpenAPIResponse:
    def __init__(self, response: httpx.Response) -> None:
        response.read()
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(dict(response.headers))
        self.data: bytes | None = response.content


class SpecChecker:
    """Validates requests and responses of one API against its spec (raises on any mismatch)."""

    def __init__(self, api: str) -> None:
        self.openapi = load_openapi(api)
        self.spec: dict[str, Any] = self.openapi.spec.read_value()
        self.host_url = self.spec["servers"][0]["url"]

    def request(self, request: httpx.Request) -> OpenAPIRequest:
        return OpenAPIRequest(request, self.host_url)

    def check_request(self, request: httpx.Request) -> None:
        self.openapi.validate_request(self.request(request))

    def check_response(self, response: httpx.Response, as_request: httpx.Request | None = None) -> None:
        """Validate `response` against the operation of its request (or of `as_request`)."""
        self.openapi.validate_response(self.request(as_request or response.request), OpenAPIResponse(response))

    def check(self, response: httpx.Response) -> None:
        self.check_request(response.request)
        self.check_response(response)

    def check_webhook(self, name: str, request: httpx.Request) -> None:
        self.openapi.validate_request(OpenAPIWebhookRequest(request, name))

    def operations(self) -> dict[str, tuple[str, str]]:
        """operationId -> (METHOD, path template) of every path operation."""
        found = {}
        for path, item in self.spec["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    found[operation["operationId"]] = (method.upper(), path)
        return found
