"""bloomy-python 0.22.0's public surface, written down here, against bloomy's.

Every name of its `bloomy.__all__`, `bloomy.exceptions` and `bloomy.models`, and every resource member
with its parameters (names, order, defaults), as `inspect.signature` shows them in that release. bloomy
may add parameters after them, with defaults, never change or drop one.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

import bloomy
import bloomy.exceptions
import bloomy.models
from bloomy import AsyncClient, Client, Configuration

ALL = [
    "APIError", "ArchivedGoalInfo", "AsyncClient", "AuthenticationError", "BloomyError", "Client",
    "Configuration", "ConfigurationError", "CreatedGoalInfo", "CreatedIssue", "CurrentWeek", "DirectReport",
    "Goal", "GoalInfo", "GoalListResponse", "GoalStatus", "Headline", "HeadlineDetails", "HeadlineInfo",
    "HeadlineListItem", "Issue", "IssueDetails", "IssueListItem", "Meeting", "MeetingAttendee",
    "MeetingDetails", "MeetingInfo", "MeetingListItem", "OwnerDetails", "Position", "ScorecardItem",
    "ScorecardMetric", "ScorecardWeek", "Todo", "UserDetails", "UserListItem", "UserSearchResult",
]  # fmt: skip
EXCEPTIONS = ["APIError", "AuthenticationError", "BloomyError", "ConfigurationError"]
MODELS_ONLY = [
    "BloomyBaseModel",
    "BulkCreateError",
    "BulkCreateResult",
    "IsPresent",
    "OptionalDatetime",
    "OptionalFloat",
]

# resource -> method -> [(parameter, default)]; `...` marks a required parameter. Both clients.
NO = ...
METHODS: dict[str, dict[str, list[tuple[str, Any]]]] = {
    "user": {
        "details": [
            ("user_id", None),
            ("include_direct_reports", False),
            ("include_positions", False),
            ("include_all", False),
        ],
        "direct_reports": [("user_id", None)],
        "positions": [("user_id", None)],
        "search": [("term", NO)],
        "list": [("include_placeholders", False)],
    },
    "meeting": {
        "list": [("user_id", None)],
        "attendees": [("meeting_id", NO)],
        "issues": [("meeting_id", NO), ("include_closed", False)],
        "todos": [("meeting_id", NO), ("include_closed", False)],
        "metrics": [("meeting_id", NO)],
        "details": [("meeting_id", NO), ("include_closed", False)],
        "create": [("title", NO), ("add_self", True), ("attendees", None)],
        "delete": [("meeting_id", NO)],
        "create_many": [("meetings", NO)],  # the async client's also takes max_concurrent=5
        "get_many": [("meeting_ids", NO)],
    },
    "todo": {
        "list": [("user_id", None), ("meeting_id", None)],
        "details": [("todo_id", NO)],
        "create": [("title", NO), ("meeting_id", None), ("due_date", None), ("user_id", None), ("notes", None)],
        "complete": [("todo_id", NO)],
        "update": [("todo_id", NO), ("title", None), ("due_date", None)],
        "create_many": [("todos", NO)],
    },
    "goal": {
        "list": [("user_id", None), ("archived", False)],
        "details": [("goal_id", NO)],
        "create": [("title", NO), ("meeting_id", NO), ("user_id", None)],
        "update": [("goal_id", NO), ("title", None), ("accountable_user", None), ("status", None)],
        "delete": [("goal_id", NO)],
        "archive": [("goal_id", NO)],
        "restore": [("goal_id", NO)],
        "create_many": [("goals", NO)],
    },
    "scorecard": {
        "current_week": [],
        "list": [("user_id", None), ("meeting_id", None), ("show_empty", False), ("week_offset", None)],
        "get": [("measurable_id", NO), ("user_id", None), ("week_offset", 0)],
        "score": [("measurable_id", NO), ("score", NO), ("week_offset", 0)],
    },
    "issue": {
        "details": [("issue_id", NO)],
        "list": [("user_id", None), ("meeting_id", None)],
        "create": [("meeting_id", NO), ("title", NO), ("user_id", None), ("notes", None)],
        "complete": [("issue_id", NO)],
        "update": [("issue_id", NO), ("title", None), ("notes", None)],
        "create_many": [("issues", NO)],
    },
    "headline": {
        "create": [("meeting_id", NO), ("title", NO), ("owner_id", None), ("notes", None)],
        "details": [("headline_id", NO)],
        "list": [("user_id", None), ("meeting_id", None)],
        "update": [("headline_id", NO), ("title", NO)],
        "delete": [("headline_id", NO)],
    },
}
BULK_ASYNC_EXTRA = ("create_many", "get_many")


@pytest.fixture(scope="module")
def clients() -> Any:
    sync, async_ = Client("k" * 20, base_url="http://127.0.0.1:9"), AsyncClient("k" * 20, base_url="http://127.0.0.1:9")
    yield {"sync": sync, "async": async_}
    sync.close()
    asyncio.run(async_.close())


def test_every_name_of_bloomy_all() -> None:
    """Each name bloomy-python exports is exported by bloomy."""
    assert [n for n in ALL if n not in bloomy.__all__ or not hasattr(bloomy, n)] == []


def test_the_exceptions_module_and_the_models_module() -> None:
    """`bloomy.exceptions` has the four errors; `bloomy.models` every model name and annotated type."""
    assert all(getattr(bloomy.exceptions, n) is getattr(bloomy, n) for n in EXCEPTIONS)
    models = [n for n in ALL if n not in EXCEPTIONS and n not in ("AsyncClient", "Client", "Configuration")]
    assert [n for n in [*models, *MODELS_ONLY] if not hasattr(bloomy.models, n)] == []


def accepts(signature: inspect.Signature, expected: list[tuple[str, Any]]) -> list[str]:
    """What keeps `expected` (bloomy-python's parameters) from being called the same way on `signature`."""
    params = list(signature.parameters.values())
    problems = []
    for index, (name, default) in enumerate(expected):
        if index >= len(params) or params[index].name != name:
            problems.append(f"parameter {index} should be {name!r}")
            continue
        param = params[index]
        if param.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD:
            problems.append(f"{name} is {param.kind.description}")
        if (param.default is inspect.Parameter.empty) != (default is NO) or (
            default is not NO and param.default != default
        ):
            problems.append(f"{name} defaults to {param.default!r}, not {default!r}")
    problems += [
        f"extra {p.name} has no default" for p in params[len(expected) :] if p.default is inspect.Parameter.empty
    ]
    return problems


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("resource", sorted(METHODS))
def test_every_resource_method_takes_bloomy_pythons_arguments(clients: Any, kind: str, resource: str) -> None:
    """Same methods, same parameters in the same order with the same defaults; async ones awaitable."""
    owner = getattr(clients[kind], resource)
    for method, expected in METHODS[resource].items():
        bound = getattr(owner, method)
        if kind == "async" and method in BULK_ASYNC_EXTRA:
            expected = [*expected, ("max_concurrent", 5)]
        assert accepts(inspect.signature(bound), expected) == [], f"{kind} {resource}.{method}"
        assert inspect.iscoroutinefunction(bound) is (kind == "async"), f"{kind} {resource}.{method}"


@pytest.mark.parametrize("resource", sorted(METHODS))
def test_user_id_and_get_user_id(clients: Any, resource: str) -> None:
    """`user_id` is a property with a setter on both; `get_user_id()` takes nothing and is a coroutine
    on the async client (bloomy's sync resources have it too, returning the id)."""
    for kind in ("sync", "async"):
        owner = getattr(clients[kind], resource)
        prop = inspect.getattr_static(owner, "user_id")
        assert isinstance(prop, property) and prop.fset is not None
        assert accepts(inspect.signature(owner.get_user_id), []) == []
    assert inspect.iscoroutinefunction(getattr(clients["async"], resource).get_user_id)


def test_clients_and_configuration_take_bloomy_pythons_arguments() -> None:
    """`Client(api_key=..., base_url=..., timeout=...)` (by keyword: bloomy takes `base_url` and `timeout`
    only so), `Configuration(api_key)`, `configure_api_key(username, password, store_key=False)`."""
    for cls in (Client, AsyncClient):
        params = inspect.signature(cls).parameters
        assert next(iter(params)) == "api_key" and params["api_key"].default is None
        assert {"base_url", "timeout"} <= set(params)
    assert accepts(inspect.signature(Configuration), [("api_key", None)]) == []
    signature = inspect.signature(Configuration.configure_api_key)
    assert accepts(signature.replace(parameters=list(signature.parameters.values())[1:]), [
        ("username", NO), ("password", NO), ("store_key", False)
    ]) == []  # fmt: skip
    client = Client(api_key="k" * 20, base_url="http://127.0.0.1:9", timeout=60.0)
    assert client.configuration.api_key == "k" * 20
    client.close()
