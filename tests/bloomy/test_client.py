"""Clients: the public surface, bloomy-python's signatures, lazy resources, and closing what we opened."""

from __future__ import annotations

import asyncio
import inspect

import httpx
import pytest

import bloomy
import overlay_runtime as rt
from bloomy import AsyncClient, Client
from tests.bloomy._server import API_KEY, BloomServer

RESOURCES = ("user", "meeting", "todo", "goal", "headline", "issue", "scorecard")

# bloomy-python's parameter lists (plus `max_concurrent` on bulk methods, as its async client has).
SIGNATURES = {
    "user.details": ["user_id", "include_direct_reports", "include_positions", "include_all"],
    # bloomy-python's lookup of the key's user (its default `user_id`), on every resource.
    **{
        f"{resource}.get_user_id": []
        for resource in ("user", "meeting", "todo", "goal", "headline", "issue", "scorecard")
    },
    "user.direct_reports": ["user_id"],
    "user.positions": ["user_id"],
    "user.search": ["term"],
    "user.list": ["include_placeholders"],
    "user.all": ["include_placeholders"],
    "meeting.list": ["user_id"],
    "meeting.attendees": ["meeting_id"],
    "meeting.issues": ["meeting_id", "include_closed"],
    "meeting.todos": ["meeting_id", "include_closed"],
    "meeting.metrics": ["meeting_id"],
    "meeting.details": ["meeting_id", "include_closed"],
    "meeting.create": ["title", "add_self", "attendees"],
    "meeting.delete": ["meeting_id"],
    "meeting.create_many": ["meetings", "max_concurrent"],
    "meeting.get_many": ["meeting_ids", "max_concurrent"],
    "todo.list": ["user_id", "meeting_id"],
    "todo.details": ["todo_id"],
    "todo.create": ["title", "meeting_id", "due_date", "user_id", "notes"],
    "todo.complete": ["todo_id"],
    "todo.update": ["todo_id", "title", "due_date"],
    "todo.create_many": ["todos", "max_concurrent"],
    "goal.list": ["user_id", "archived"],
    "goal.details": ["goal_id"],
    "goal.create": ["title", "meeting_id", "user_id"],
    "goal.update": ["goal_id", "title", "accountable_user", "status"],
    "goal.delete": ["goal_id"],
    "goal.archive": ["goal_id"],
    "goal.restore": ["goal_id"],
    "goal.create_many": ["goals", "max_concurrent"],
    "headline.create": ["meeting_id", "title", "owner_id", "notes"],
    "headline.details": ["headline_id"],
    "headline.list": ["user_id", "meeting_id"],
    "headline.update": ["headline_id", "title"],
    "headline.delete": ["headline_id"],
    "issue.details": ["issue_id"],
    "issue.list": ["user_id", "meeting_id"],
    "issue.create": ["meeting_id", "title", "user_id", "notes"],
    "issue.complete": ["issue_id"],
    "issue.update": ["issue_id", "title", "notes"],
    "issue.delete": ["issue_id", "meeting_id"],
    "issue.create_many": ["issues", "max_concurrent"],
    "scorecard.current_week": [],
    "scorecard.list": ["user_id", "meeting_id", "show_empty", "week_offset"],
    "scorecard.get": ["measurable_id", "user_id", "week_offset"],
    "scorecard.score": ["measurable_id", "score", "week_offset"],
}


def test_exports_are_sorted_and_complete() -> None:
    public = {n for n in vars(bloomy) if not n.startswith("_") and n[0].isupper()} - {"DEFAULT_BASE_URL"}
    assert bloomy.__all__ == sorted(bloomy.__all__, key=lambda n: (not n.isupper(), n))
    assert public <= set(bloomy.__all__)
    for name in ("Client", "AsyncClient", "BloomyError", "APIError", "ConfigurationError", "AuthenticationError"):
        assert name in bloomy.__all__


def test_error_tree() -> None:
    assert issubclass(bloomy.APIError, bloomy.BloomyError) and issubclass(bloomy.APIError, rt.APIStatusError)
    assert issubclass(bloomy.RequestTimeoutError, bloomy.NetworkError)
    assert issubclass(bloomy.NetworkError, rt.APIConnectionError) and issubclass(bloomy.BloomyError, Exception)
    assert not issubclass(bloomy.ConfigurationError, bloomy.APIError)


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_methods_keep_bloomy_python_names_and_arguments(name: str) -> None:
    resource, method = name.split(".")
    sync = getattr(Client("k").__dict__.get(resource) or getattr(Client("k"), resource), method)
    params = [p for p in inspect.signature(sync).parameters]
    assert params == SIGNATURES[name]
    async_client = AsyncClient("k")
    twin = getattr(getattr(async_client, resource), method)
    assert inspect.iscoroutinefunction(twin)
    assert inspect.signature(twin) == inspect.signature(sync)
    asyncio.run(async_client.close())


def test_every_public_method_is_covered_by_the_signature_table() -> None:
    client = Client("k")
    # On the class, a resource method is its `@operation` descriptor, which wraps the method's function.
    found = {
        f"{r}.{m}"
        for r in RESOURCES
        for m, v in inspect.getmembers(type(getattr(client, r)), lambda v: inspect.isfunction(inspect.unwrap(v)))
        if not m.startswith("_")
    }
    assert found == set(SIGNATURES)
    client.close()


def test_client_arguments() -> None:
    params = inspect.signature(Client).parameters
    assert list(params)[:1] == ["api_key"] and params["api_key"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(params[n].kind is inspect.Parameter.KEYWORD_ONLY for n in ("base_url", "timeout", "max_retries"))
    assert inspect.signature(AsyncClient).parameters.keys() == params.keys()


def test_resources_are_made_once_and_lazily() -> None:
    client = Client("k")
    assert "todo" not in vars(client)
    assert client.todo is client.todo
    client.close()


def test_sync_client_closes_its_pool_and_the_generated_transport(
    bloom: BloomServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[object] = []
    original = rt.RuntimeTransport.close
    monkeypatch.setattr(rt.RuntimeTransport, "close", lambda self: (closed.append(self), original(self))[1])
    client = Client(API_KEY, base_url=bloom.url)
    client.user.details()
    client.generated.get_httpx_client().get("/users/mine")
    client.close()
    client.close()  # twice is fine
    assert client.is_closed
    assert len(closed) == 2 and closed[0] is closed[1]  # the generated client's transport, each time
    assert [r.path for r in bloom.requests] == ["/api/v1/users/mine"] * 2


def test_async_client_close_and_aclose(bloom: BloomServer) -> None:
    async def main() -> None:
        client = AsyncClient(API_KEY, base_url=bloom.url)
        await client.user.details()
        await client.close()
        assert client.is_closed
        await client.aclose()
        async with AsyncClient(API_KEY, base_url=bloom.url) as other:
            await other.user.details()
        assert other.is_closed

    asyncio.run(main())


def test_a_users_http_client_is_used_and_left_open(bloom: BloomServer) -> None:
    http = httpx.Client(timeout=5)
    with Client(API_KEY, base_url=bloom.url, http_client=http) as client:
        client.user.details()
    assert not http.is_closed and bloom.requests[0].headers["user-agent"] == "bloomy (overlay-clients)"
    http.close()


def test_with_options_shares_the_pool_and_gets_its_own_generated_client(bloom: BloomServer) -> None:
    client = Client(API_KEY, base_url=bloom.url)
    quiet = client.with_options(max_retries=0)
    assert quiet.max_retries == 0 and client.max_retries == 2
    assert quiet.user is not client.user and quiet.generated is not client.generated
    assert quiet.user.details().id == 345678
    quiet.close()
    assert not client.is_closed
    client.close()
