"""The generated low-level client, given the runtime's transport, takes the facade's request path."""

from __future__ import annotations

import asyncio

import pytest

from monzo_api import AuthenticatedClient
from monzo_api.api.accounts import list_accounts
from monzo_api.models import AccountList
from monzoh import MonzoClient, MonzoNotFoundError, MonzoServerError
from overlay_runtime import RuntimeTransport
from tests.flaky_server import FlakyServer, Reply, sequence

TOKEN = "low-level-token-0123456789"
ACCOUNTS = {"accounts": [{"id": "acc_1", "description": "d", "created": "2020-01-01T00:00:00Z", "new_field": 1}]}


def low_level(url: str) -> AuthenticatedClient:
    facade = MonzoClient(TOKEN, base_url=url)
    return AuthenticatedClient(base_url=url, token="", httpx_args={"transport": RuntimeTransport(facade.runtime)})


def test_sync_generated_call_is_retried_and_authenticated() -> None:
    with FlakyServer(sequence(Reply(503), Reply(200, ACCOUNTS))) as server:
        with low_level(server.url) as client:
            parsed = list_accounts.sync(client=client)
        assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {TOKEN}"] * 2
    assert isinstance(parsed, AccountList)
    assert parsed.accounts[0].id == "acc_1" and parsed.accounts[0].additional_properties == {"new_field": 1}


def test_async_generated_call_raises_the_typed_error() -> None:
    async def main() -> None:
        async with low_level(server.url) as client:
            await list_accounts.asyncio(client=client)

    with FlakyServer(lambda req: Reply(404, {"code": "not_found.no_handler", "message": "No handler"})) as server:
        with pytest.raises(MonzoNotFoundError) as info:
            asyncio.run(main())
    assert info.value.code == "not_found.no_handler"


def test_generated_call_gives_up_after_max_retries() -> None:
    with FlakyServer(lambda req: Reply(500, "boom")) as server:
        with low_level(server.url) as client, pytest.raises(MonzoServerError):
            list_accounts.sync(client=client)
        assert len(server.requests) == 3


def test_client_generated_is_wired_to_the_facade_settings() -> None:
    """`client.generated` carries the facade's token, retries and typed errors, and closes with it."""
    with FlakyServer(sequence(Reply(503), Reply(200, ACCOUNTS), Reply(404, {"code": "not_found"}))) as server:
        with MonzoClient(TOKEN, base_url=server.url, max_retries=1) as facade:
            assert facade.generated is facade.generated  # made once
            parsed = list_accounts.sync(client=facade.generated)
            with pytest.raises(MonzoNotFoundError):
                list_accounts.sync(client=facade.generated)
            copy = facade.with_options(max_retries=0)
            assert copy.generated is not facade.generated  # a copy with other options gets its own
        assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {TOKEN}"] * 3
    assert isinstance(parsed, AccountList) and parsed.accounts[0].id == "acc_1"


def test_async_client_generated_runs_the_asyncio_functions() -> None:
    async def main(url: str) -> AccountList | None:
        from monzoh import AsyncMonzoClient

        async with AsyncMonzoClient(TOKEN, base_url=url) as facade:
            result = await list_accounts.asyncio(client=facade.generated)
            return result if isinstance(result, AccountList) else None

    with FlakyServer(lambda req: Reply(200, ACCOUNTS)) as server:
        parsed = asyncio.run(main(server.url))
    assert parsed is not None and parsed.accounts[0].id == "acc_1"
