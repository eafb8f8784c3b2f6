"""Every code sample of seed 001 runs unchanged against the Bloom Growth sandbox, async as written and sync.

The samples pass `api_key="your-api-key"` (or `"key"`) and no base URL: the sandbox accepts those keys
as Jane's and `BLOOMY_BASE_URL` points bloomy at it, as a user would. Top-level `await` fragments run
as IPython runs a cell. The assertions hold the samples' results against the seeded data.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bloomy import AsyncClient, Client, MeetingDetails, Todo, UserDetails
from bloomy.testing import LEADERSHIP_MEETING_ID, BloomSandbox
from tests.bloomy import seed_001_samples as seed

from .conftest import NOW

KINDS = pytest.mark.parametrize("kind", ["async", "sync"])


@pytest.fixture
def pointed(monkeypatch: pytest.MonkeyPatch) -> Iterator[BloomSandbox]:
    with BloomSandbox(now=NOW, api_key="your-api-key") as bloom:
        bloom.mint_token(value="key")
        monkeypatch.setenv("BLOOMY_BASE_URL", bloom.url)
        yield bloom


def run_source(source: str, **names: Any) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "seed_001", **names}
    result = eval(compile(source, "<seed 001>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), namespace)
    if inspect.iscoroutine(result):
        asyncio.run(result)
    return namespace


def sample(kind: str, name: str) -> str:
    source: str = getattr(seed, name if kind == "async" else f"{name}_SYNC")
    return source


def with_client(kind: str, fn: Any) -> Any:
    if kind == "sync":
        with Client(api_key="your-api-key") as client:
            return fn(client)

    async def main() -> Any:
        async with AsyncClient(api_key="your-api-key") as client:
            return await fn(client)

    return asyncio.run(main())


NAMES = {"asyncio": asyncio, "AsyncClient": AsyncClient, "Client": Client}


@KINDS
def test_initialization(kind: str, pointed: BloomSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    run_source(sample(kind, "INITIALIZATION"))
    assert capsys.readouterr().out == "Jane Cooper\n"
    assert pointed.requests.paths() == ["/api/v1/users/mine"] * 2


@KINDS
def test_making_api_calls(kind: str, pointed: BloomSandbox) -> None:
    ns = run_source(sample(kind, "MAKING_API_CALLS"), meeting_id=LEADERSHIP_MEETING_ID, **NAMES)
    assert ns["user"].name == "Jane Cooper" and ns["users"] == []  # nobody called John at Acme
    assert [m.name for m in ns["meetings"]] == ["Leadership Team L10", "Sales Weekly L10"]
    details = ns["meeting_details"]
    assert isinstance(details, MeetingDetails) and details.attendees is not None and len(details.attendees) == 7
    todos = pointed.state.meeting_todos(LEADERSHIP_MEETING_ID)
    assert isinstance(ns["new_todo"], Todo) and ns["new_todo"].id in [t["Id"] for t in todos]
    assert ns["new_goal"].meeting_id == LEADERSHIP_MEETING_ID and ns["new_goal"].status == "on"
    assert ns["new_headline"].title == "Product launch successful"
    assert ns["new_issue"].id in [i["Id"] for i in pointed.state.meeting_issues(LEADERSHIP_MEETING_ID)]
    assert all(item.value is not None for item in ns["scorecards"])
    assert ns["current_week"].week_number == pointed.state.current_week()


@KINDS
def test_gather(kind: str, pointed: BloomSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    run_source(sample(kind, "GATHER"))
    todos = len(pointed.state.todos_of(pointed.user_id))
    assert capsys.readouterr().out == f"User: Jane Cooper\nMeetings: 2\nTodos: {todos}\n"


@KINDS
def test_create_task(kind: str, pointed: BloomSandbox) -> None:
    ns = run_source(sample(kind, "CREATE_TASK"), **NAMES)
    details = with_client(kind, ns["process_meetings"])
    assert [d.name for d in details] == ["Leadership Team L10", "Sales Weekly L10"]
    assert pointed.requests.count() == 1 + 2 * 5


@KINDS
def test_performance_benefits(kind: str, pointed: BloomSandbox) -> None:
    fn = run_source(seed.PERFORMANCE)["get_meeting_summary_async" if kind == "async" else "get_meeting_summary_sync"]
    meeting = with_client(kind, lambda client: fn(client, LEADERSHIP_MEETING_ID))
    assert meeting.name == "Leadership Team L10" and meeting.issues and meeting.todos and meeting.metrics


class _FastAPI:
    """Just enough of FastAPI for the sample where it is not installed: routes and generator dependencies."""

    def __init__(self) -> None:
        self.routes: dict[str, Any] = {}

    def get(self, path: str) -> Any:
        return lambda endpoint: self.routes.setdefault(path, endpoint)

    async def serve(self, path: str) -> Any:
        endpoint, opened, kwargs = self.routes[path], [], {}
        for name, param in inspect.signature(endpoint).parameters.items():
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
def test_fastapi_integration(kind: str, pointed: BloomSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        from fastapi.testclient import TestClient
    except ImportError:
        stub = types.ModuleType("fastapi")
        stub.FastAPI = _FastAPI  # type: ignore[attr-defined]
        stub.Depends = lambda dependency: types.SimpleNamespace(dependency=dependency)  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "fastapi", stub)
        app = run_source(sample(kind, "FASTAPI"))["app"]
        user, meetings = (asyncio.run(app.serve(path)) for path in ("/user", "/meetings"))
    else:  # pragma: no cover - only where FastAPI is installed
        with TestClient(run_source(sample(kind, "FASTAPI"))["app"]) as http:
            user, meetings = http.get("/user").json(), http.get("/meetings").json()
    assert user == {"name": "Jane Cooper", "id": 345678}
    assert meetings == [{"id": 327249, "name": "Leadership Team L10"}, {"id": 327311, "name": "Sales Weekly L10"}]


@KINDS
def test_bulk_operations(kind: str, pointed: BloomSandbox) -> None:
    ns = run_source(sample(kind, "BULK"), **NAMES)
    todos = [
        {"title": "a", "meeting_id": LEADERSHIP_MEETING_ID, "due_date": "2026-03-31"},
        {"title": "gone", "meeting_id": 1},
        {"title": "c", "meeting_id": LEADERSHIP_MEETING_ID},
    ]
    successful, failed = with_client(kind, lambda client: ns["bulk_create_todos"](client, todos))
    assert [t.name for t in successful] == ["a", "c"]
    assert [
        (data["title"], "404" in message and "L10 meeting does not exist." in message) for data, message in failed
    ] == [("gone", True)]
    assert {"a", "c"} <= {t["Name"] for t in pointed.state.meeting_todos(LEADERSHIP_MEETING_ID)}


@KINDS
def test_data_pipeline(kind: str, pointed: BloomSandbox) -> None:
    ns = run_source(sample(kind, "PIPELINE"), **NAMES)
    details = with_client(kind, ns["sync_user_data"])
    assert len(details) == 15 and all(isinstance(d, UserDetails) for d in details)  # placeholders left out
    assert "Jane Cooper" in {d.name for d in details}


@KINDS
def test_error_handling(kind: str, pointed: BloomSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    ns = run_source(sample(kind, "ERROR_HANDLING"))
    assert with_client(kind, ns["safe_operation"]).name == "Jane Cooper"
    pointed.expire_token("your-api-key")
    assert with_client(kind, ns["safe_operation"]) is None
    printed = capsys.readouterr().out
    assert printed.startswith("API error: 401") and "Authorization has been denied" in printed
    assert printed.endswith("(Status: 401)\n")


@KINDS
def test_limited_concurrency(kind: str, pointed: BloomSandbox) -> None:
    ns = run_source(sample(kind, "LIMITED_CONCURRENCY"))

    def flow(client: Any) -> Any:
        if kind == "sync":
            return ns["process_with_limit"](client, client.todo.list(), 2)

        async def go() -> Any:
            return await ns["process_with_limit"](client, await client.todo.list(), 2)

        return go()

    details = with_client(kind, flow)
    assert [t.id for t in details] == [t["Id"] for t in pointed.state.todos_of(pointed.user_id)]
    assert pointed.requests.max_in_flight <= 2


@KINDS
def test_notebook_cell(kind: str, pointed: BloomSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    ns = run_source(sample(kind, "NOTEBOOK"))
    assert capsys.readouterr().out == "Jane Cooper\n" and ns["client"].is_closed


def test_migration_before_and_after(pointed: BloomSandbox) -> None:
    before = run_source(seed.MIGRATION_SYNC)["get_user_info"]
    after = run_source(seed.MIGRATION_ASYNC)["get_user_info"]
    assert before() == asyncio.run(after()) == "Jane Cooper"


def test_every_sample_is_exercised() -> None:
    names = {n for n in vars(seed) if n.isupper()}
    source = Path(__file__).read_text()
    covered = {n for n in names if f'"{n.removesuffix("_SYNC")}"' in source or f"seed.{n}" in source}
    assert covered == names
