"""`client.generated`: the generated `rapidpro_api` client, on the facade's request path."""

from __future__ import annotations

import asyncio

import pytest

from rapidpro import AsyncRapidProClient, RapidProClient, TembaNoSuchObjectError
from rapidpro_api.api.flows import list_flows
from rapidpro_api.api.groups import delete_group
from rapidpro_api.models import FlowPage
from tests.flaky_server import Reply
from tests.rapidpro._server import TOKEN, rapidpro_server


def test_generated_operations_carry_the_token_and_parse() -> None:
    with rapidpro_server(counts={"flows": 2}) as (server, _), RapidProClient(TOKEN, base_url=server.url) as client:
        page = list_flows.sync(client=client.generated, archived=False)
        assert client.generated is client.generated  # made once
    assert isinstance(page, FlowPage) and len(page.results) == 2
    (request,) = server.requests
    assert (request.path, request.query) == ("/api/v2/flows.json", {"archived": ["false"]})
    assert request.headers["authorization"] == f"Token {TOKEN}"


def test_a_404_through_the_generated_client_is_the_facades_typed_error() -> None:
    with rapidpro_server() as (server, _), RapidProClient(TOKEN, base_url=server.url) as client:
        with pytest.raises(TembaNoSuchObjectError) as info:
            delete_group.sync_detailed(client=client.generated, uuid="00000000-0000-4000-8000-000000000000")
    assert info.value.status_code == 404 and "DELETE /api/v2/groups.json" in str(info.value)
    assert server.requests[-1].headers["authorization"] == f"Token {TOKEN}"


def test_async_generated_operations_retry_and_raise_typed_errors() -> None:
    """On an async client too: a 503 is retried like any facade read, a 404 is TembaNoSuchObjectError."""

    async def main(url: str) -> FlowPage | None:
        async with AsyncRapidProClient(TOKEN, base_url=url) as client:
            page = await list_flows.asyncio(client=client.generated)
            with pytest.raises(TembaNoSuchObjectError):
                await delete_group.asyncio_detailed(
                    client=client.generated, uuid="00000000-0000-4000-8000-000000000000"
                )
            return page if isinstance(page, FlowPage) else None

    with rapidpro_server(counts={"flows": 1}) as (server, handler):
        answered: list[str] = []

        def once_busy(request: object) -> Reply | None:
            if not answered:
                answered.append("503")
                return Reply(503, "busy")
            return None

        handler.intercept = once_busy
        page = asyncio.run(main(server.url))
    assert page is not None and len(page.results) == 1
    assert [r.method for r in server.requests] == ["GET", "GET", "DELETE"]
    assert all(r.headers["authorization"] == f"Token {TOKEN}" for r in server.requests)


def test_with_options_gets_its_own_generated_client() -> None:
    with rapidpro_server() as (server, _), RapidProClient(TOKEN, base_url=server.url) as client:
        generated = client.generated
        quiet = client.with_options(max_retries=0)
        assert quiet.generated is not generated
