"""bloomy-python's `user_id` and `get_user_id()` on every resource, sync and async.

bloomy-python: a sync resource's `user_id` looks the key's user up on first use and keeps it; an async
resource's raises RuntimeError until `await resource.get_user_id()` (or an assignment) set it, and an
assigned id becomes the resource's default user. bloomy does the same, with one lookup per client.
"""

from __future__ import annotations

import asyncio

import pytest

import bloomy
from bloomy import AsyncClient, Client
from bloomy.testing import LEADERSHIP_MEETING_ID, BloomSandbox
from tests.bloomy._server import API_KEY, BloomServer
from tests.flaky_server import Reply

from .conftest import JANE, MARCUS, README_KEY

RESOURCES = ("user", "meeting", "todo", "goal", "scorecard", "issue", "headline")
ME = "/api/v1/users/mine"


def test_sync_user_id_is_looked_up_once_per_client(sandbox: BloomSandbox) -> None:
    """The first `user_id` sends one `users/mine`; every resource of the client then knows it."""
    client = Client(api_key=README_KEY)
    sandbox.requests.clear()
    assert [getattr(client, r).user_id for r in RESOURCES] == [JANE] * len(RESOURCES)
    assert client.todo.get_user_id() == JANE
    assert client.with_options(max_retries=0).goal.user_id == JANE
    assert sandbox.requests.paths() == [ME]


def test_async_user_id_needs_get_user_id_first(sandbox: BloomSandbox) -> None:
    """Before `get_user_id()` the property raises bloomy-python's RuntimeError; after it, it answers."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            with pytest.raises(RuntimeError, match=r"Use get_user_id\(\) to fetch from API"):
                client.todo.user_id  # noqa: B018
            assert await client.todo.get_user_id() == JANE
            assert client.todo.user_id == JANE
            assert [await getattr(client, r).get_user_id() for r in RESOURCES] == [JANE] * len(RESOURCES)
            assert client.headline.user_id == JANE

    sandbox.requests.clear()
    asyncio.run(main())
    assert sandbox.requests.paths() == [ME]


def test_methods_for_the_key_user_never_look_the_id_up(sandbox: BloomSandbox) -> None:
    """`user_id=None` still means the API's own "mine" operations: no `users/mine` lookup."""
    client = Client(api_key=README_KEY)
    sandbox.requests.clear()
    client.todo.list()
    client.goal.list()
    client.meeting.list()
    assert ME not in sandbox.requests.paths()


def test_an_assigned_user_id_is_that_resources_default_user(sandbox: BloomSandbox) -> None:
    """As in bloomy-python's async resources: `resource.user_id = 42` makes 42 the user of its calls
    that leave `user_id` (or a headline's `owner_id`) None, bulk items included; other resources keep theirs."""

    async def main() -> None:
        async with AsyncClient(api_key=README_KEY) as client:
            client.todo.user_id = MARCUS
            client.issue.user_id = MARCUS
            client.headline.user_id = MARCUS
            assert client.todo.user_id == MARCUS and await client.todo.get_user_id() == MARCUS
            await client.todo.list()
            issue = await client.issue.create(meeting_id=LEADERSHIP_MEETING_ID, title="Churn")
            assert issue.user_id == MARCUS
            bulk = await client.issue.create_many([{"meeting_id": LEADERSHIP_MEETING_ID, "title": "Scrap"}])
            assert [i.user_id for i in bulk.successful] == [MARCUS]
            headline = await client.headline.create(meeting_id=LEADERSHIP_MEETING_ID, title="ISO passed")
            assert headline.owner_details.id == MARCUS
            mine = await client.issue.create(meeting_id=LEADERSHIP_MEETING_ID, title="Mine", user_id=JANE)
            assert mine.user_id == JANE
            with pytest.raises(RuntimeError):
                client.goal.user_id  # noqa: B018
            assert await client.goal.get_user_id() == JANE

    sandbox.requests.clear()
    asyncio.run(main())
    assert f"/api/v1/todo/user/{MARCUS}" in sandbox.requests.paths()


def test_an_assigned_user_id_must_be_an_id() -> None:
    """Assigning something that is not an id is refused as bloomy's ValidationError."""
    client = Client(api_key=README_KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(bloomy.ValidationError):
        client.todo.user_id = "jane"  # type: ignore[assignment]
    client.todo.user_id = 7
    assert client.todo.user_id == 7
    client.close()


def test_an_unusable_id_from_the_api_is_a_response_validation_error(bloom: BloomServer) -> None:
    """`users/mine` answering without a numeric id fails the lookup, and nothing wrong is kept."""
    bloom.handler.on("get_current_user", Reply(200, {"Id": "not-a-number", "Name": "Jane"}))
    client = Client(api_key=API_KEY, base_url=bloom.url)
    with pytest.raises(bloomy.ResponseValidationError):
        client.todo.user_id  # noqa: B018
    bloom.handler.on("get_current_user", Reply(200, {"Id": JANE, "Name": "Jane"}))
    assert client.todo.user_id == JANE
    client.close()
