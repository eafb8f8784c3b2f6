"""Hostile ids against every facade method that takes one, on a counting server on 127.0.0.1.

A case names a facade method, how to call it with an id in a given place, and the operations of
the spec it may reach. For every hostile id, sync and async, the harness checks that the call
either is refused with the facade's validation error before any request (empty, `.`, `..`, and
whatever the facade's own input checks refuse), or that every request the server saw is one of
those operations, with the id intact in its place: exactly one path segment that decodes back to
the id, or a query or body value equal to it. So no id can reach another endpoint.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from overlay_runtime import APIResponseValidationError
from tests.flaky_server import FlakyServer, Reply, Request
from tests.specs import operations

HOSTILE_IDS = [
    "a/b",
    "../../accounts",
    "x/../y",
    "..",
    ".",
    "a?b=c",
    "a#b",
    "a%2Fb",
    "a b",
    "ünï/cødé",
    "",
    "pot_1/withdraw?",
]
ALWAYS_REFUSED = {"", ".", ".."}


@dataclass(frozen=True)
class IdCase:
    """`call(client, hostile)` calls one facade method with `hostile` as its id (in `where`)."""

    name: str
    call: Callable[[Any, str], Any]
    operations: Sequence[str]  # operation ids the method may reach
    where: str = "path"  # "path", "query:<name>" or "body:<name>": where the id must arrive intact


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


def _matches(template: str, raw_path: str, base_path: str, hostile: str, where: str) -> bool:
    """Whether `raw_path` (as sent, still percent-encoded) is `template` under `base_path`, with
    `hostile` as exactly one segment in the place of a path parameter when `where` is "path"."""
    if not raw_path.startswith(base_path):
        return False
    sent, expected = _segments(raw_path[len(base_path) :]), _segments(template)
    if len(sent) != len(expected):
        return False
    for got, want in zip(sent, expected, strict=True):
        if want.startswith("{") and want.endswith("}"):
            if where == "path" and unquote(got) != hostile:
                return False
        elif got != want:
            return False
    return True


def _arrived_intact(request: Request, hostile: str, where: str) -> bool:
    if where == "path":
        return True  # checked segment by segment in _matches
    place, _, name = where.partition(":")
    if place == "query":
        return request.query.get(name) == [hostile]
    if request.headers.get("content-type", "").startswith("application/json"):
        body = request.json()
        return isinstance(body, dict) and body.get(name) in (hostile, [hostile])
    return request.form.get(name) == [hostile]


def counting_server() -> FlakyServer:
    """The server a module's cases share: it answers 200 `{}` to anything and records every request."""
    return FlakyServer(lambda request: Reply(200, {}))


@dataclass(frozen=True)
class Facade:
    """What the harness needs of a facade: its spec, its clients, and its error classes."""

    api: str
    make_client: Callable[[str, str], Any]  # (kind, server url) -> a sync or async client
    validation_error: type[BaseException]
    base_error: type[BaseException]


def check_hostile_ids(facade: Facade, case: IdCase, kind: str, server: FlakyServer) -> None:
    """Run `case` with each hostile id on one `kind` client against the counting `server`."""
    templates = {op.operation_id: (op.method.upper(), op.path) for op in operations(facade.api)}
    allowed = [templates[name] for name in case.operations]
    client = facade.make_client(kind, server.url)
    base_path = urlsplit(str(client.base_url)).path.rstrip("/")

    def outcome(error: BaseException | None, hostile: str) -> None:
        # A reply the method could not parse is fine: what matters is where the request went.
        refused = error if _is_refusal(facade, error) else None
        _check(case, kind, hostile, refused, list(server.requests), allowed, base_path)
        server.requests.clear()

    server.requests.clear()
    if kind == "sync":
        with client:
            for hostile in HOSTILE_IDS:
                try:
                    _consume(case.call(client, hostile))
                    error = None
                except facade.base_error as exc:
                    error = exc
                outcome(error, hostile)
        return

    async def run_all() -> None:
        async with client:
            for hostile in HOSTILE_IDS:
                try:
                    result = _consume(case.call(client, hostile))
                    if inspect.isawaitable(result):
                        await result
                    error = None
                except facade.base_error as exc:
                    error = exc
                outcome(error, hostile)

    asyncio.run(run_all())


def _is_refusal(facade: Facade, error: BaseException | None) -> bool:
    return isinstance(error, facade.validation_error) and not isinstance(error, APIResponseValidationError)


def _check(
    case: IdCase,
    kind: str,
    hostile: str,
    refused: BaseException | None,
    requests: list[Request],
    allowed: list[tuple[str, str]],
    base_path: str,
) -> None:
    label = f"{case.name}({hostile!r}) [{kind}]"
    if hostile in ALWAYS_REFUSED and case.where == "path":
        assert refused is not None, f"{label} was not refused"
    if refused is not None:
        assert requests == [], f"{label} was refused but still sent {[r.target for r in requests]}"
        return
    assert requests, f"{label} sent nothing and raised nothing"
    for request in requests:
        raw_path = urlsplit(request.target).path
        reached = [
            (method, template)
            for method, template in allowed
            if method == request.method and _matches(template, raw_path, base_path, hostile, case.where)
        ]
        assert reached, f"{label} reached {request.method} {request.target}, not one of {allowed}"
    assert any(_arrived_intact(r, hostile, case.where) for r in requests), f"{label}: the id did not arrive intact"


def _consume(result: Any) -> Any:
    """A pager's first page is fetched; anything else is the method's result already."""
    return result.first() if hasattr(result, "first") and hasattr(result, "pages") else result
