"""A local RapidPro API v2 for tests: spec-shaped JSON pages with real cursors, on FlakyServer (127.0.0.1).

- Lists are `{"next", "previous", "results"}` pages of `page_size` items; `next` is an absolute URL
  that repeats the query with an opaque `cursor` (archives: `limit`/`offset` and a `count`).
- Tokens: `Authorization: Token <t>` with `t` in `tokens`, else 403 `{"detail": "Invalid token"}`;
  the API root needs none (as the real one).
- Writes: POST creates (201) or, with a lookup parameter, updates (200 or 404); DELETE 204/404;
  bulk actions 204 (200 with `failures` for message id 999 / ticket "bad").
- `intercept(request)` may answer any request first (a 429, a reset ...): return None to pass.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from tests.flaky_server import Action, FlakyServer, Reply, Request
from tests.rapidpro import _data

TOKEN = "0123456789abcdef0123456789abcdef01234567"  # 40 characters, like a real key
PREFIX = "/api/v2/"
LOOKUPS = ("uuid", "urn", "key", "id")
NOT_FILTERS = {"cursor", "before", "after", "reverse", "paths", "expand_urns", "urn_order", "limit", "offset"}


def encode_cursor(offset: int) -> str:
    return base64.b64encode(f"o={offset}&r=1".encode()).decode()


def decode_cursor(cursor: str) -> int:
    text = base64.b64decode(cursor.encode()).decode()
    return int(text.split("&")[0].removeprefix("o="))


class RapidProHandler:
    def __init__(self, counts: dict[str, int] | None = None, page_size: int = 250) -> None:
        self.page_size = page_size
        self.tokens = {TOKEN}
        self.counts = {name: 3 for name in (*_data.ENDPOINTS, "boundaries", "channel_events")} | (counts or {})
        self.intercept: Callable[[Request], Action | None] = lambda request: None
        self._cache: dict[tuple[str, int], dict[str, Any]] = {}

    def items(self, endpoint: str) -> Iterator[dict[str, Any]]:
        for i in range(self.counts.get(endpoint, 0)):
            yield self.item(endpoint, i)

    def item(self, endpoint: str, i: int) -> dict[str, Any]:
        key = (endpoint, i)
        if key not in self._cache:
            self._cache[key] = _data.item(endpoint, i)
        return self._cache[key]

    # -- dispatch ---------------------------------------------------------------------------------
    def __call__(self, request: Request) -> Action:
        scripted = self.intercept(request)
        if scripted is not None:
            return scripted
        if not request.path.startswith(PREFIX):
            return Reply(404, {"detail": "Not found."})
        name = request.path[len(PREFIX) :]
        if name in ("", ".json"):
            return self.root(request)
        if not name.endswith(".json"):
            return Reply(200, "<html>API documentation</html>", {"Content-Type": "text/html"})
        endpoint = name.removesuffix(".json")
        denied = self.check_token(request)
        if denied is not None:
            return denied
        return self.route(request, endpoint)

    def check_token(self, request: Request) -> Reply | None:
        header = request.headers.get("authorization")
        if header is None:
            return Reply(403, {"detail": "Authentication credentials were not provided."})
        scheme, _, token = header.partition(" ")
        if scheme != "Token" or token not in self.tokens:
            return Reply(403, {"detail": "Invalid token"})
        return None

    def route(self, request: Request, endpoint: str) -> Reply:
        single = {"workspace": _data.WORKSPACE, "org": _data.WORKSPACE, "statistics": _data.STATISTICS}
        if request.method == "GET" and endpoint in single:
            return Reply(200, single[endpoint], self.workspace_header())
        if request.method == "GET" and endpoint == "definitions":
            return Reply(200, _data.DEFINITIONS)
        if request.method == "GET":
            return self.page(request, endpoint)
        if request.method == "POST" and endpoint.endswith("_actions"):
            return self.bulk(request, endpoint)
        if request.method == "POST" and endpoint == "media":
            return Reply(201, _data.MEDIA)
        if request.method == "POST":
            return self.save(request, endpoint)
        if request.method == "DELETE":
            found = self.lookup(request, endpoint)
            return found if isinstance(found, Reply) else Reply(204)
        return Reply(405, {"detail": f'Method "{request.method}" not allowed.'})

    # -- reads ------------------------------------------------------------------------------------
    def root(self, request: Request) -> Reply:
        header = request.headers.get("authorization")
        if header is not None and self.check_token(request) is not None:
            return Reply(403, {"detail": "Invalid token"})  # DRF authenticates even where no permission is needed
        host = f"http://{request.headers['host']}{PREFIX}"
        return Reply(200, {name: host + name for name in _data.ENDPOINTS})

    def page(self, request: Request, endpoint: str) -> Reply:
        query = {k: v[-1] for k, v in request.query.items()}
        for value in request.query.get("uuid", []):
            if value and not _is_uuid(value):
                return Reply(400, {"detail": f"Param 'uuid': {value} is not a valid UUID."})
        items = list(self.filtered(endpoint, request.query))
        offsets = endpoint == "archives"
        try:
            start = (
                int(query.get("offset", 0)) if offsets else decode_cursor(query["cursor"]) if "cursor" in query else 0
            )
        except (ValueError, UnicodeDecodeError):
            return Reply(404, {"detail": "Invalid cursor"})
        chunk = items[start : start + self.page_size]
        if endpoint == "runs" and query.get("paths") == "false":
            chunk = [{**run, "path": None} for run in chunk]
        more = start + self.page_size < len(items)
        body: dict[str, Any] = {
            "next": self.link(request, endpoint, start + self.page_size, offsets) if more else None,
            "previous": self.link(request, endpoint, max(0, start - self.page_size), offsets) if start else None,
            "results": chunk,
        }
        if offsets:
            body = {"count": len(items), **body}
        return Reply(200, body, self.workspace_header())

    def filtered(self, endpoint: str, query: dict[str, list[str]]) -> Iterator[dict[str, Any]]:
        stamp = "modified_on" if endpoint in ("contacts", "runs", "flows", "globals", "flow_starts") else "created_on"
        before, after = _when(query.get("before", [""])[-1]), _when(query.get("after", [""])[-1])
        ordered = self.items(endpoint)
        if query.get("reverse", [""])[-1] == "true":
            ordered = reversed(list(ordered))
        for item in ordered:
            at = _when(str(item.get(stamp, "")))
            if at and ((before and at > before) or (after and at < after)):
                continue
            wanted = {k: values for k, values in query.items() if k not in NOT_FILTERS and k in item and any(values)}
            if all(_plain(item[k]) in values for k, values in wanted.items()):
                yield item

    def link(self, request: Request, endpoint: str, position: int, offsets: bool) -> str:
        params = [
            (k, v) for k, values in request.query.items() if k not in ("cursor", "limit", "offset") for v in values
        ]
        if offsets:
            params += [("limit", str(self.page_size)), ("offset", str(position))]
        else:
            params.append(("cursor", encode_cursor(position)))
        return f"http://{request.headers['host']}{PREFIX}{endpoint}.json?{urlencode(params)}"

    def workspace_header(self) -> dict[str, str]:
        return {"X-Temba-Workspace": _data.WORKSPACE["uuid"]}

    # -- writes -----------------------------------------------------------------------------------
    def lookup(self, request: Request, endpoint: str) -> Reply | dict[str, Any] | None:
        given = {k: v[-1] for k, v in request.query.items() if k in LOOKUPS}
        if not given:
            return None
        if len(given) > 1:
            return Reply(400, {"detail": f"URL can only contain one of the following parameters: {', '.join(given)}"})
        (name, value), found = next(iter(given.items())), None
        for item in self.items(endpoint):
            if str(item.get(name)) == value or (name == "urn" and value in item.get("urns", [])):
                found = item
        return found or Reply(404, {"detail": "Not found."})

    def save(self, request: Request, endpoint: str) -> Reply:
        found = self.lookup(request, endpoint)
        if isinstance(found, Reply):
            return found
        try:
            sent = json.loads(request.body or b"{}")
        except ValueError:
            sent = None
        if not isinstance(sent, dict):
            return Reply(400, {"non_field_errors": ["Request body should be a single JSON object"]})
        base = found or self.item(endpoint, 0)
        echoed = {k: v for k, v in sent.items() if k in ("name", "value", "language", "urns", "fields", "text")}
        if endpoint == "broadcasts" and isinstance(echoed.get("text"), str):
            echoed["text"] = {"eng": echoed["text"]}
        return Reply(200 if found else 201, {**base, **echoed})

    def bulk(self, request: Request, endpoint: str) -> Reply:
        sent = json.loads(request.body)
        failed = [x for x in sent.get("messages", []) + sent.get("tickets", []) if x in (999, "bad")]
        return Reply(200, {"failures": failed}) if failed else Reply(204)


def _when(value: str) -> datetime | None:
    """`before`/`after` as the API parses them (a date is its midnight UTC); unparseable is None here."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _plain(value: Any) -> str:
    """How a filter compares an item's value: a reference by its UUID, a boolean as `true`/`false`."""
    if isinstance(value, dict):
        value = value.get("uuid")
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@contextmanager
def rapidpro_server(**options: Any) -> Iterator[tuple[FlakyServer, RapidProHandler]]:
    handler = RapidProHandler(**options)
    with FlakyServer(handler) as server:
        yield server, handler
