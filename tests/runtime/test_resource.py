"""One resource class serves both clients: `@operation` and `@paginated`, and bad input as a typed error."""

from __future__ import annotations

import asyncio
import inspect
import os
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest

from overlay_runtime import (
    APIError,
    AsyncAPIClient,
    AsyncPager,
    Call,
    ClientT,
    ErrorMap,
    ExternalRequest,
    OperationFlow,
    Page,
    Pages,
    RequestValidationError,
    Resource,
    Runtime,
    SyncAPIClient,
    SyncPager,
    httpx_request,
    operation,
    paginated,
    write_secret_file,
)
from tests.runtime.requests import Parts
from tests.runtime.requests import call as make_call


class FacadeInputError(APIError, ValueError):
    """A facade's own validation error, as monzoh's MonzoValidationError."""


ERRORS = ErrorMap(request_validation=FacadeInputError)


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"path": request.url.path, "query": dict(request.url.params)})


def json_body(response: httpx.Response) -> Any:
    return response.json()


class Things(Resource[ClientT]):
    @operation
    def get(self, thing_id: str, *, verbose: bool = False) -> Call[Any]:
        """Fetch one thing."""
        if not thing_id:
            raise ValueError("thing_id must not be empty")
        return make_call("GET", f"things/{thing_id}", params={"verbose": verbose}, parse=json_body)

    @operation
    def both(self, first: str, second: str) -> OperationFlow[list[Any]]:
        a = yield self_call(first)
        if a["path"].endswith("/bad"):
            raise TypeError("second thing refused")
        b = yield self_call(second)
        return [a, b]

    @paginated
    def every(self, prefix: str) -> Pages[int]:
        if not prefix:
            raise ValueError("prefix must not be empty")

        def page_call(cursor: str | None) -> Call[Page[int]]:
            start = int(cursor or 0)
            return make_call(
                "GET",
                f"{prefix}/{start}",
                parse=lambda r: Page([start, start + 1], str(start + 2) if start < 2 else None),
            )

        return Pages(page_call)


def self_call(thing_id: str) -> Call[Any]:
    return make_call("GET", f"things/{thing_id}", parse=json_body)


def clients() -> tuple[SyncAPIClient, AsyncAPIClient]:
    runtime = Runtime(errors=ERRORS)
    sync = SyncAPIClient(
        base_url="http://api.test", runtime=runtime, http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )

    async def async_answer(request: httpx.Request) -> httpx.Response:
        return answer(request)

    async_ = AsyncAPIClient(
        base_url="http://api.test",
        runtime=runtime,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(async_answer)),
    )
    return sync, async_


def test_one_method_body_runs_blocking_on_a_sync_client_and_awaitable_on_an_async_one() -> None:
    sync, async_ = clients()
    assert Things(sync).get("a", verbose=True) == {"path": "/things/a", "query": {"verbose": "true"}}
    coroutine = Things(async_).get("b")
    assert inspect.iscoroutine(coroutine)
    assert asyncio.run(coroutine) == {"path": "/things/b", "query": {"verbose": "false"}}


def test_bound_methods_look_like_the_method_written() -> None:
    sync, async_ = clients()
    for resource in (Things(sync), Things(async_)):
        assert str(inspect.signature(resource.get)) == "(thing_id: 'str', *, verbose: 'bool' = False)"
        assert resource.get.__doc__ == "Fetch one thing."
        assert resource.get.__name__ == "get"
        assert resource.get is resource.get  # bound once per resource
    assert inspect.iscoroutinefunction(Things(async_).get) and not inspect.iscoroutinefunction(Things(sync).get)
    assert isinstance(Things.__dict__["get"], operation)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_bad_input_becomes_the_facades_validation_error(kind: str) -> None:
    """A ValueError or TypeError while building a call, or raised by a flow, is the facade's error."""
    sync, async_ = clients()
    things: Things[Any] = Things(sync if kind == "sync" else async_)

    def run(make: Any) -> Any:
        result = make()
        return asyncio.run(result) if inspect.iscoroutine(result) else result

    with pytest.raises(FacadeInputError, match="thing_id must not be empty") as info:
        run(lambda: things.get(""))
    assert isinstance(info.value.__cause__, ValueError) and info.value.__cause__ is not info.value
    with pytest.raises(FacadeInputError, match="missing 1 required positional argument"):
        run(lambda: things.get())
    with pytest.raises(FacadeInputError, match="second thing refused"):
        run(lambda: things.both("bad", "x"))
    assert run(lambda: things.both("a", "b"))[1]["path"] == "/things/b"


def test_an_api_error_raised_while_building_passes_unchanged() -> None:
    sync, _ = clients()

    class Refusing(Resource[ClientT]):
        @operation
        def get(self) -> Call[Any]:
            raise FacadeInputError("already typed")

    with pytest.raises(FacadeInputError) as info:
        Refusing(sync).get()
    assert info.value.__cause__ is None and str(info.value) == "already typed"


def test_paginated_methods_give_the_clients_pager_and_check_arguments_at_once() -> None:
    sync, async_ = clients()
    pager = Things(sync).every("nums")
    assert isinstance(pager, SyncPager) and list(pager) == [0, 1, 2, 3]
    apager = Things(async_).every("nums")
    assert isinstance(apager, AsyncPager)

    async def collect() -> list[int]:
        return [item async for item in apager]

    assert asyncio.run(collect()) == [0, 1, 2, 3]
    with pytest.raises(FacadeInputError, match="prefix"):
        Things(sync).every("")  # before any iteration


def test_requests_are_built_from_the_parts_a_generated_builder_returns() -> None:
    parts = Parts("PUT", "/pots/a%2Fb/deposit", {"x": ["1", "2"]}, {"X-Test": "1"}, {"amount": 5})
    request = httpx_request(parts, "https://api.test/v1/", headers={"Accept": "application/json"})
    assert request.method == "PUT" and str(request.url) == "https://api.test/v1/pots/a%2Fb/deposit?x=1&x=2"
    assert request.headers["x-test"] == "1" and request.headers["accept"] == "application/json"
    assert request.read() == b"amount=5"


def test_an_external_request_needs_an_absolute_url() -> None:
    assert ExternalRequest("PUT", "https://upload.test/x", content=b"1").url == "https://upload.test/x"
    with pytest.raises(ValueError, match="absolute URL"):
        ExternalRequest("PUT", "/relative")


def test_request_validation_error_is_a_value_error() -> None:
    assert issubclass(RequestValidationError, ValueError) and issubclass(RequestValidationError, APIError)


def test_secret_files_are_written_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "nested" / "secret.json"
    write_secret_file(target, '{"token": "x"}')
    assert target.read_text() == '{"token": "x"}'
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    write_secret_file(target, "second")
    assert target.read_text() == "second" and os.listdir(target.parent) == ["secret.json"]
