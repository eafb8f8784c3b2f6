"""The request path of every endpoint, in DRF's order: authenticate, permit, method, throttle, parse, handle.

- `Authorization: Token <key>` (or Basic `email:key`); failures are 403 with DRF's texts.
- Agents' tokens may only read `workspace`, `org` and `users`.
- `X-Temba-Workspace: <uuid>` on every response once the workspace is known; `Allow` lists the methods.
- JSON bodies must be one object; `media` alone takes multipart.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api_sandbox import parse_json

from ._errors import SERVER_ERROR_TEXT, ErrorReply, bad_query, forbidden, throttled_detail
from ._model import User
from ._throttle import ScopedThrottle, retry_after
from ._util import is_uuid

__all__ = ["Endpoint", "Handler", "IncomingRequest", "Reply", "dispatcher", "json_response", "plain_fault_bodies"]

NO_CREDENTIALS = "Authentication credentials were not provided."
TRUE = ("true", "1", "True", "yes")
FALSE = ("false", "0", "False", "no")


@dataclass
class Reply:
    status: int = 200
    body: Any = None


@dataclass
class IncomingRequest:
    """One authenticated request as a handler sees it."""

    request: Request
    user: User
    raw: bytes
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def query(self) -> QueryParams:
        return self.request.query_params

    @property
    def items(self) -> list[tuple[str, str]]:
        return self.request.query_params.multi_items()

    @property
    def url(self) -> str:
        """The absolute URL of the endpoint, without the query (the start of `next` links)."""
        return str(self.request.url.replace(query=""))

    @property
    def root(self) -> str:
        """`http://host:port` of the server."""
        return str(self.request.base_url).rstrip("/")

    def get(self, name: str) -> str | None:
        value = self.request.query_params.get(name)
        return value if value not in (None, "") else None

    def flag(self, name: str) -> bool | None:
        value = self.get(name)
        if value is None:
            return None
        return value in TRUE

    def uuid(self, name: str = "uuid") -> str | None:
        """A UUID query parameter, checked (`Param 'uuid': xyz is not a valid UUID.`)."""
        value = self.get(name)
        if value is not None and not is_uuid(value):
            raise bad_query(f"Param '{name}': {value} is not a valid UUID.")
        return value

    def integer(self, name: str) -> int | None:
        value = self.get(name)
        if value is None:
            return None
        try:
            return int(value)
        except ValueError:
            raise bad_query(f"Value for {name} must be an integer") from None

    def lookup(self, *names: str, required: bool = False) -> tuple[str, str] | None:
        """The one lookup parameter of a write (`?uuid=`, `?urn=`, `?key=`, `?id=`)."""
        given = [(n, v) for n in names if (v := self.get(n)) is not None]
        listed = ", ".join(names)
        if len(given) > 1:
            raise bad_query(f"URL can only contain one of the following parameters: {listed}")
        if not given:
            if required:
                raise bad_query(f"URL must contain one of the following parameters: {listed}")
            return None
        return given[0]

    def exclusive(self, *names: str) -> None:
        if sum(self.get(n) is not None for n in names) > 1:
            raise bad_query(f"You may only specify one of the {', '.join(names)} parameters")


Handler = Callable[[IncomingRequest], Reply]


@dataclass
class Endpoint:
    name: str
    handlers: dict[str, Handler]
    scope: str = "v2"
    agents: bool = False
    multipart: bool = False


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    if status == 204 or (body is None and status < 300):
        return Response(status_code=status, headers=dict(headers or {}))
    content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(content, status, dict(headers or {}), media_type="application/json")


def dispatcher(
    endpoint: Endpoint,
    users: Callable[[], Mapping[str, User]],
    throttle: ScopedThrottle,
    workspace: str,
) -> Callable[[Request], Awaitable[Response]]:
    allow = ", ".join([*endpoint.handlers, "OPTIONS"])

    async def run(request: Request) -> Response:
        headers = {"Allow": allow, "Vary": "Accept, Cookie"}
        try:
            user = authenticate(request.headers.get("authorization"), users())
            headers["X-Temba-Workspace"] = workspace
            if user.role == "agent" and not endpoint.agents:
                raise forbidden()
            if request.method == "OPTIONS":
                return json_response(200, _metadata(endpoint), headers)
            handler = endpoint.handlers.get("GET" if request.method == "HEAD" else request.method)
            if handler is None:
                raise ErrorReply(405, {"detail": f'Method "{request.method}" not allowed.'})
            wait = throttle.check(endpoint.scope)
            if wait is not None:
                raise ErrorReply(429, {"detail": throttled_detail(wait)}, {"Retry-After": retry_after(wait)})
            raw = await request.body()
            call = IncomingRequest(request, user, raw)
            if request.method == "POST" and not endpoint.multipart:
                call.body = parse_body(raw, request.headers.get("content-type", ""))
            reply = handler(call)
        except ErrorReply as exc:
            return json_response(exc.status, exc.body, {**headers, **exc.headers})
        return json_response(reply.status, reply.body, headers)

    return run


def _metadata(endpoint: Endpoint) -> dict[str, Any]:
    """DRF's answer to OPTIONS."""
    parses = ["multipart/form-data"] if endpoint.multipart else ["application/json"]
    title = endpoint.name.replace("_", " ").title()
    return {"name": title, "description": "", "renders": ["application/json", "text/html"], "parses": parses}


def authenticate(header: str | None, users: Mapping[str, User]) -> User:
    """The user of a token (DRF's TokenAuthentication texts), or of Basic `email:token`."""
    parts = (header or "").split()
    if not parts:
        raise forbidden(NO_CREDENTIALS)
    scheme = parts[0].lower()
    if scheme == "token":
        if len(parts) == 1:
            raise forbidden("Invalid token header. No credentials provided.")
        if len(parts) > 2:
            raise forbidden("Invalid token header. Token string should not contain spaces.")
        user = users.get(parts[1])
        if user is None:
            raise forbidden("Invalid token")
        return user
    if scheme == "basic" and len(parts) == 2:
        try:
            email, _, token = base64.b64decode(parts[1], validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise forbidden("Invalid basic header. Credentials not correctly base64 encoded.") from None
        user = users.get(token)
        if user is None or user.email.lower() != email.lower():
            raise forbidden("Invalid token or email")
        return user
    raise forbidden(NO_CREDENTIALS)


def parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    """DRF's JSONParser: no body is no data (whatever the content type), another media type is 415."""
    if not raw:
        return {}
    kind = content_type.split(";")[0].strip().lower()
    if kind and kind != "application/json" and not kind.endswith("+json"):
        raise ErrorReply(415, {"detail": f'Unsupported media type "{content_type}" in request.'})
    if not raw.strip():
        return {}
    try:
        data = parse_json(raw)
    except ValueError as exc:
        raise ErrorReply(400, {"detail": f"JSON parse error - {exc}"}) from None
    if not isinstance(data, dict):
        raise ErrorReply(400, {"non_field_errors": ["Request body should be a single JSON object"]})
    return data


def plain_fault_bodies(app: ASGIApp) -> ASGIApp:
    """Give injected faults RapidPro's bodies: DRF's throttle text on 429, Django's plain text on 5xx.

    The sandbox core renders those errors without knowing the `Retry-After` it sends, so the
    body is rewritten here from the header, once the status is known.
    """

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        replacement: list[bytes] = []

        async def rewrite(message: Message) -> None:
            if message["type"] == "http.response.start" and (message["status"] == 429 or message["status"] >= 500):
                kept = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"content-length", b"content-type")
                ]
                wait = dict(kept).get(b"retry-after")
                if message["status"] == 429:
                    body = json.dumps({"detail": throttled_detail(float(wait) if wait else None)}).encode()
                    kind = b"application/json"
                else:
                    body, kind = SERVER_ERROR_TEXT.encode(), b"text/plain; charset=utf-8"
                replacement.append(body)
                message = {
                    **message,
                    "headers": [*kept, (b"content-type", kind), (b"content-length", b"%d" % len(body))],
                }
            elif message["type"] == "http.response.body" and replacement:
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": replacement[0], "more_body": False}
            await send(message)

        await app(scope, receive, rewrite)

    return wrapped
