"""Web API routing as Bloom Growth does it: case-insensitive paths and names, then 404, 405, 401, the action.

Paths, query names and body keys match in any case (`L10/` and `l10/`, `include_resolved` and
`INCLUDE_RESOLVED`, `meetingid` and `meetingId`). Writes without a result answer 204; the rest JSON with
`charset=utf-8`. `Include_Permission: true` adds `Permission` to every to-do, issue, headline, rock and
measurable in the answer.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from api_sandbox import parse_form, parse_json

from ._auth import TokenStore
from ._errors import ErrorReply, bad_request, method_not_allowed, no_route
from ._wire import parse_when

__all__ = ["IncomingRequest", "Router"]

API_PREFIX = "/api/v1"
PERMISSION_TYPES = {"TodoModel", "IssueModel", "PeopleHeadline", "RockModel", "MeasurableModel"}
_TRUE, _FALSE = {"true", "1"}, {"false", "0"}
_INTEGER = re.compile(r"-?[0-9]{1,20}")
HEADERS = {"Cache-Control": "no-cache", "Pragma": "no-cache", "Expires": "-1"}


@dataclass
class IncomingRequest:
    """One request as an action sees it: path ids, the caller, the query and body with lower-cased names."""

    request: Request
    params: dict[str, int]
    user_id: int
    raw: bytes
    query: dict[str, str] = field(default_factory=dict)
    _body: dict[str, Any] | None = None

    def id(self, name: str) -> int:
        return self.params[name]

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.query.get(name.lower())
        return default if value is None or value == "" else _boolean(value, name)

    def header_flag(self, name: str) -> bool:
        value = self.request.headers.get(name)
        return value is not None and value.strip().lower() in _TRUE

    @property
    def body(self) -> dict[str, Any]:
        if self._body is None:
            self._body = _parse_body(self.raw, self.request.headers.get("content-type", ""))
        return self._body

    def has(self, key: str) -> bool:
        return key.lower() in self.body

    def text(self, *keys: str) -> str | None:
        value = self._first(keys)
        if value is not None and not isinstance(value, str):
            raise bad_request(f"{keys[0]} must be a string.")
        return value

    def integer(self, *keys: str) -> int | None:
        """An id (.NET `long`): a JSON integer or a string of ASCII digits, within 64 bits."""
        value = self._first(keys)
        if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            value = int(value)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise bad_request(f"{keys[0]} must be an integer.")
        if value is not None and not -(2**63) <= value < 2**63:
            raise bad_request(f"{keys[0]}: {value} is out of the range of a 64-bit integer.")
        return value

    def number(self, key: str) -> float | None:
        """A double, as .NET binds one: JSON numbers and numeric strings, finite (`NaN` and `1e999` are 400s)."""
        value = self._first((key,))
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise bad_request(f"{key} must be a number.")
        try:
            number = float(value)
        except (ValueError, OverflowError):  # not a number, or an integer beyond a double
            raise bad_request(f"{key} must be a number.") from None
        if not math.isfinite(number):
            raise bad_request(f"{key}: '{value}' is out of the range of a double.")
        return number

    def boolean(self, key: str) -> bool | None:
        value = self._first((key,))
        if isinstance(value, str):
            return _boolean(value, key)
        if value is not None and not isinstance(value, bool):
            raise bad_request(f"{key} must be true or false.")
        return value

    def when(self, key: str) -> datetime | None:
        value = self._first((key,))
        if value is None:
            return None
        try:
            return parse_when(value)
        except ValueError:
            raise bad_request(f"{key}: '{value}' is not a valid date.") from None

    def choice(self, key: str, options: Iterable[str]) -> str | None:
        """An enum value, in any case (`ontrack` is `OnTrack`), as the API's enum binding takes it."""
        value = self.text(key)
        if value is None:
            return None
        for option in options:
            if option.lower() == value.strip().lower():
                return option
        raise bad_request(f"{key}: '{value}' is not a valid value.")

    def _first(self, keys: Iterable[str]) -> Any:
        for key in keys:
            if key.lower() in self.body:
                return self.body[key.lower()]
        return None


def _boolean(value: str, name: str) -> bool:
    text = value.strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise bad_request(f"The value '{value}' is not valid for {name}.")


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw.strip():
        return {}
    if "x-www-form-urlencoded" in content_type:
        return {k.lower(): v for k, v in parse_form(raw).items()}
    try:
        data = parse_json(raw)
    except ValueError:
        raise bad_request("The request body is not valid JSON.") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise bad_request("The request body must be a JSON object.")
    return {str(k).lower(): v for k, v in data.items()}


Handler = Callable[[IncomingRequest], Any]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    empty: bool
    pattern: re.Pattern[str]


def _compile(template: str) -> re.Pattern[str]:
    parts = [
        f"(?P<{segment[1:-1]}>\\d+)" if segment.startswith("{") else re.escape(segment)
        for segment in template.strip("/").split("/")
    ]
    return re.compile(f"^{re.escape(API_PREFIX)}/" + "/".join(parts) + "/?$", re.IGNORECASE)


class Router:
    """The API's actions behind one Starlette endpoint; `POST /Token` is answered by `token`."""

    def __init__(self, tokens: TokenStore, token: Callable[[Request], Awaitable[Response]]) -> None:
        self.tokens = tokens
        self.token = token
        self.routes: list[Route] = []

    def add(self, method: str, template: str, handler: Handler, *, empty: bool = False) -> None:
        self.routes.append(Route(method, template, handler, empty, _compile(template)))

    def templates(self) -> list[tuple[str, str]]:
        return [(r.method, r.template) for r in self.routes]

    async def dispatch(self, request: Request) -> Response:
        path = request.url.path
        if path.rstrip("/").lower() == "/token":
            if request.method == "POST":
                return await self.token(request)
            return _error(method_not_allowed(request.method, ["POST"]))
        try:
            route, params = self._match(request.method, path, request.url.query)
            token = self.tokens.authenticate(request.headers.get("authorization"))
            query = {k.lower(): v for k, v in request.query_params.items()}
            call = IncomingRequest(request, params, token.user_id, await request.body(), query)
            result = route.handler(call)
        except ErrorReply as exc:
            return _error(exc)
        if route.empty and result is None:
            return Response(status_code=204, headers=HEADERS)
        if call.header_flag("Include_Permission"):
            _add_permissions(result)
        return json_response(result)

    def _match(self, method: str, path: str, query: str) -> tuple[Route, dict[str, int]]:
        allowed: list[str] = []
        for route in self.routes:
            found = route.pattern.match(path)
            if found is None:
                continue
            if route.method == method:
                return route, {k: int(v) for k, v in found.groupdict().items()}
            allowed.append(route.method)
        if allowed:
            raise method_not_allowed(method, allowed)
        raise no_route(path, query)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(content, status, {**HEADERS, **(headers or {})}, media_type="application/json; charset=utf-8")


def _error(exc: ErrorReply) -> Response:
    return json_response(exc.body, exc.status, exc.headers)


def _add_permissions(value: Any) -> None:
    if isinstance(value, list):
        for item in value:
            _add_permissions(item)
    elif isinstance(value, dict):
        if value.get("Type") in PERMISSION_TYPES:
            value["Permission"] = {"CanEdit": True}
        for item in value.values():
            if isinstance(item, list | dict):
                _add_permissions(item)
