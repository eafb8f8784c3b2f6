"""What a facade sends: the request a generated endpoint module built, or a URL the API handed out.

Every request to an API's own endpoints is built by the generated `build_request()` of its
operation (`monzo_api.api.pots.deposit_into_pot.build_request(...)`), so the spec decides the
method, the path (each id escaped as one segment), the query and the body. The runtime only reads
the result, through the `RequestParts` protocol that each generated `EndpointRequest` satisfies.

`ExternalRequest` is for the one other case: a URL the API returned for us to call (Monzo's
presigned upload URL), which no spec describes. It is never sent credentials.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

__all__ = ["ExternalRequest", "RequestParts", "httpx_arguments", "httpx_request"]


class RequestParts(Protocol):
    """A request built but not sent: a generated `EndpointRequest`, or an `ExternalRequest`."""

    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def params(self) -> Mapping[str, Any]: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def data(self) -> Mapping[str, Any] | None: ...
    @property
    def json(self) -> Any: ...
    @property
    def files(self) -> Any: ...
    @property
    def content(self) -> bytes | None: ...


@dataclass(frozen=True)
class ExternalRequest:
    """A request to an absolute URL the API gave us (an upload URL, say): never authenticated."""

    method: str
    url: str
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    operation_id: str = "external"
    params: Mapping[str, Any] = field(default_factory=dict)
    data: Mapping[str, Any] | None = None
    json: Any = None
    files: Any = None

    def __post_init__(self) -> None:
        if not self.url.startswith(("https://", "http://")):
            raise ValueError(f"an external request needs an absolute URL, not {self.url!r}")


def httpx_arguments(parts: RequestParts, base_url: str) -> dict[str, Any]:
    """The keyword arguments of `httpx.Request` / `build_request()` for `parts`, sent under `base_url`."""
    absolute = parts.url.startswith(("http://", "https://"))
    url = parts.url if absolute else base_url.rstrip("/") + "/" + parts.url.lstrip("/")
    params: Mapping[str, Any] | None = parts.params or None
    if params is not None and "?" not in url:
        # The query encoded as httpx encodes `params` (the same `QueryParams`), put on the URL here: httpx
        # would otherwise parse the URL a second time to merge them in (~25 us, a twentieth of a small call).
        url, params = f"{url}?{httpx.QueryParams(params)}", None
    return {
        "method": parts.method,
        "url": url,
        "params": params,
        "data": parts.data,
        "json": parts.json,
        "files": parts.files,
        "content": parts.content,
        "headers": dict(parts.headers),
    }


def httpx_request(parts: RequestParts, base_url: str, *, headers: Mapping[str, str] | None = None) -> httpx.Request:
    """`parts` as an `httpx.Request` to send under `base_url` (for flows that send outside a client)."""
    arguments = httpx_arguments(parts, base_url)
    arguments["headers"].update(headers or {})
    return httpx.Request(**arguments)
