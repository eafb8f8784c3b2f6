"""Every code sample of seed 001 runs unchanged against a local server, async as written and as its sync twin.

The samples pass `api_key="your-api-key"` and no base URL; the `pointed` fixture sets `BLOOMY_BASE_URL` to
the local server, which is how a user points bloomy elsewhere. Top-level `await`/`async with` fragments
(the notebook cell, "Making API Calls") run as IPython runs a cell: compiled with top-level await allowed.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import socket
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from bloomy import AsyncClient, Client, MeetingDetails, Todo, UserDetails
from tests.bloomy import seed_001_samples as seed
from tests.bloomy._server import BloomServer
from tests.flaky_server import Reply, Request

MEETING_ID = 327249
KINDS = pytest.mark.parametrize("kind", ["async", "sync"])


def run_source(source: str, **names: Any) -> dict[str, Any]:
    """Run a sample in a fresh namespace (plus `names` from the reader's session); returns the namespace."""
    namespace: dict[str, Any] = {"__name__": "seed_001", **names}
    code = compile(source, "<seed 001>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if inspect.iscoroutine(result):
        asyncio.run(result)
    return namespace


def free_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def sample(kind: str, name: str) -> str:
    source: str = getattr(seed, name if kind == "async" else f"{name}_SYNC")
    return source


def with_client(kind: str, fn: Any, **options: Any) -> Any:
    """`fn(client)` on a client of `kind` made from the environment, awaited for the async one."""
    if kind == "sync":
        with Client(api_key="your-api-key", **options) as client:
            return fn(client)

    async def main() -> Any:
        async with AsyncClient(api_key="your-api-key", **options) as client:
            return await fn(client)

    return asyncio.run(main())


@KINDS
def test_initialization(kind: str, pointed: BloomServer, capsys: pytest.CaptureFixture[str]) -> None:
    """Both ways of making a client (context manager, manual close) work and print the user's name."""
    run_source(sample(kind, "INITIALIZATION"))
    assert capsys.readouterr().out == "Jane Cooper\n"
    assert pointed.paths() == ["/api/v1/users/mine"] * 2


@KINDS
def test_making_api_calls(kind: str, pointed: BloomServer) -> None:
    """Every call of the tour returns a model with the attributes the docs use."""
    names = {"AsyncClient": AsyncClient} if kind == "async" else {"Client": Client}
    ns = run_source(sample(kind, "MAKING_API_CALLS"), meeting_id=MEETING_ID, **names)
    assert ns["user"].name == "Jane Cooper" and ns["users"][0].id == 345678
    assert ns["meetings"][0].id == MEETING_ID
    assert isinstance(ns["meeting_details"], MeetingDetails) and ns["meeting_details"].id == MEETING_ID
    assert isinstance(ns["new_todo"], Todo) and ns["new_todo"].due_date is not None
    assert ns["new_goal"].meeting_id == MEETING_ID and ns["goals"][0].title
    assert ns["new_headline"].title and ns["headlines"][0].owner_details.name == "Jane Cooper"
    assert ns["new_issue"].meeting_id == MEETING_ID and ns["issues"]
    assert ns["scorecards"][0].value == 95000 and ns["current_week"].week_number == 2842
    created = [(r.method, r.path) for r in pointed.requests if r.method == "POST"]
    assert created == [
        ("POST", f"/api/v1/L10/{MEETING_ID}/todos"),
        ("POST", f"/api/v1/L10/{MEETING_ID}/rocks"),
        ("POST", f"/api/v1/L10/{MEETING_ID}/headlines"),
        ("POST", "/api/v1/issues/create"),
    ]


@KINDS
def test_gather(kind: str, pointed: BloomServer, capsys: pytest.CaptureFixture[str]) -> None:
    run_source(sample(kind, "GATHER"))
    assert capsys.readouterr().out == "User: Jane Cooper\nMeetings: 2\nTodos: 2\n"


@KINDS
def test_create_task(kind: str, pointed: BloomServer) -> None:
    ns = run_source(sample(kind, "CREATE_TASK"), asyncio=asyncio, AsyncClient=AsyncClient, Client=Client)
    details = with_client(kind, ns["process_meetings"])
    assert [d.id for d in details] == [MEETING_ID, MEETING_ID]  # the example server answers every id alike
    assert len(pointed.requests) == 1 + 2 * 5


@KINDS
def test_performance_benefits(kind: str, pointed: BloomServer) -> None:
    ns = run_source(seed.PERFORMANCE)
    fn = ns["get_meeting_summary_async" if kind == "async" else "get_meeting_summary_sync"]
    meeting = with_client(kind, lambda client: fn(client, MEETING_ID))
    assert meeting.name == "Leadership Team L10"
    assert {m.user_id for m in meeting.attendees} == {345678, 345690}
    assert meeting.issues and meeting.todos and meeting.metrics


class _StubFastAPI:
    """Just enough of FastAPI for the sample when it is not installed: routes, and generator dependencies."""

    def __init__(self) -> None:
        self.routes: dict[str, Any] = {}

    def get(self, path: str) -> Any:
        def register(endpoint: Any) -> Any:
            self.routes[path] = endpoint
            return endpoint

        return register


class _Depends:
    def __init__(self, dependency: Any) -> None:
        self.dependency = dependency


async def _serve(app: Any, path: str) -> Any:
    """Call the endpoint as FastAPI would: open each generator dependency, call, then finish the generator."""
    endpoint = app.routes[path]
    opened, kwargs = [], {}
    for name, param in inspect.signature(endpoint).parameters.items():
        if isinstance(param.default, _Depends):
            generator = param.default.dependency()
            opened.append(generator)
            kwargs[name] = await generator.__anext__() if inspect.isasyncgen(generator) else next(generator)
    try:
        result = endpoint(**kwargs)
        return await result if inspect.isawaitable(result) else result
    finally:
        for generator in opened:
            await generator.aclose() if inspect.isasyncgen(generator) else generator.close()


@KINDS
def test_fastapi_integration(kind: str, pointed: BloomServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dependency opens a client per request and closes it after the response."""
    try:
        from fastapi.testclient import TestClient
    except ImportError:
        stub = types.ModuleType("fastapi")
        stub.FastAPI = _StubFastAPI  # type: ignore[attr-defined]
        stub.Depends = _Depends  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "fastapi", stub)
        ns = run_source(sample(kind, "FASTAPI"))
        user, meetings = (asyncio.run(_serve(ns["app"], path)) for path in ("/user", "/meetings"))
    else:  # pragma: no cover - only where FastAPI is installed
        ns = run_source(sample(kind, "FASTAPI"))
        with TestClient(ns["app"]) as http:
            user, meetings = http.get("/user").json(), http.get("/meetings").json()
    assert user == {"name": "Jane Cooper", "id": 345678}
    assert meetings == [{"id": MEETING_ID, "name": "Leadership Team L10"}, {"id": 327311, "name": "Sales Weekly L10"}]


@KINDS
def test_bulk_operations(kind: str, pointed: BloomServer) -> None:
    """Per-item results: the refused to-do is reported with the API's message, the others are created."""

    def create(request: Request) -> Reply:
        if request.json().get("title") == "boom":
            return Reply(400, {"Message": "The request is invalid."})
        return pointed.handler.example("create_meeting_todo")

    pointed.handler.on("create_meeting_todo", create)
    ns = run_source(sample(kind, "BULK"), asyncio=asyncio, AsyncClient=AsyncClient, Client=Client)
    todos = [
        {"title": "a", "meeting_id": MEETING_ID, "due_date": "2024-12-31"},
        {"title": "boom", "meeting_id": MEETING_ID},
        {"title": "c", "meeting_id": MEETING_ID},
    ]
    successful, failed = with_client(kind, lambda client: ns["bulk_create_todos"](client, todos))
    assert len(successful) == 2 and all(isinstance(t, Todo) for t in successful)
    assert [(data["title"], "400" in message and "The request is invalid." in message) for data, message in failed] == [
        ("boom", True)
    ]
    bodies = [r.json() for r in pointed.requests]
    assert {"title": "a", "dueDate": "2024-12-31"} in bodies and {"title": "c"} in bodies


@KINDS
def test_data_pipeline(kind: str, pointed: BloomServer) -> None:
    ns = run_source(sample(kind, "PIPELINE"), asyncio=asyncio, AsyncClient=AsyncClient, Client=Client)
    details = with_client(kind, ns["sync_user_data"])
    assert [type(d) for d in details] == [UserDetails]  # placeholders (no e-mail) are left out
    assert pointed.paths() == ["/api/v1/search/all", "/api/v1/users/345678"]


@KINDS
def test_error_handling(kind: str, pointed: BloomServer, capsys: pytest.CaptureFixture[str]) -> None:
    """An APIError carries the status; a network failure is a BloomyError; success returns the user."""
    ns = run_source(sample(kind, "ERROR_HANDLING"))
    assert with_client(kind, ns["safe_operation"]).name == "Jane Cooper"
    pointed.handler.on("get_current_user", Reply(404, {"Message": "No such user."}))
    assert with_client(kind, ns["safe_operation"]) is None
    printed = capsys.readouterr().out
    assert printed.startswith("API error: 404") and "No such user." in printed and printed.endswith("(Status: 404)\n")
    closed = with_client(kind, ns["safe_operation"], base_url=f"http://127.0.0.1:{free_port()}/api/v1", max_retries=0)
    assert closed is None and capsys.readouterr().out.startswith("SDK error: Connection failed on GET")


@KINDS
def test_limited_concurrency(kind: str, pointed: BloomServer) -> None:
    ns = run_source(sample(kind, "LIMITED_CONCURRENCY"))

    def flow(client: Any) -> Any:
        if kind == "sync":
            return ns["process_with_limit"](client, client.todo.list(), 1)

        async def go() -> Any:
            return await ns["process_with_limit"](client, await client.todo.list(), 1)

        return go()

    details = with_client(kind, flow)
    assert [t.id for t in details] == [9876543, 9876543]
    assert pointed.paths()[1:] == ["/api/v1/todo/9876543", "/api/v1/todo/9876544"]


@KINDS
def test_notebook_cell(kind: str, pointed: BloomServer, capsys: pytest.CaptureFixture[str]) -> None:
    ns = run_source(sample(kind, "NOTEBOOK"))
    assert capsys.readouterr().out == "Jane Cooper\n"
    assert ns["client"].is_closed


def test_migration_before_and_after(pointed: BloomServer) -> None:
    before = run_source(seed.MIGRATION_SYNC)["get_user_info"]
    after = run_source(seed.MIGRATION_ASYNC)["get_user_info"]
    assert before() == asyncio.run(after()) == "Jane Cooper"


def test_every_sample_is_exercised() -> None:
    """Each sample constant of the seed module is run by a test above (async ones and their sync twins)."""
    names = {n for n in vars(seed) if n.isupper()}
    source = Path(__file__).read_text()
    covered = {n for n in names if f'"{n.removesuffix("_SYNC")}"' in source or f"seed.{n}" in source}
    assert covered == names
