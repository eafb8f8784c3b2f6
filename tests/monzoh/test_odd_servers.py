"""Odd servers: a value of an unexpected type never costs a response (unless `strict=True`), and a server
that ignores `since` stops `transactions.iter_all` with a clear error instead of being paged for ever."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from monzo_api.pydantic_models import Transaction
from monzoh import AsyncMonzoClient, MonzoClient, MonzoValidationError
from overlay_runtime import PaginationLoopError
from tests.flaky_server import FlakyServer, Reply, Request

TOKEN = "test-access-token-0123456789"
ACCOUNT = "acc_00009odd"
KINDS = pytest.mark.parametrize("kind", ["sync", "async"])
GUARD = 60  # the test servers end the history after this many requests, so today's code cannot hang the suite


def run(kind: str, url: str, method: Any, **options: Any) -> Any:
    options = {"max_retries": 0, **options}
    if kind == "sync":
        with MonzoClient(TOKEN, base_url=url, **options) as client:
            result = method(client)
            return list(result) if hasattr(result, "pages") else result

    async def main() -> Any:
        async with AsyncMonzoClient(TOKEN, base_url=url, **options) as client:
            result = method(client)
            if hasattr(result, "pages"):
                return [item async for item in result]
            return await result

    return asyncio.run(main())


def tx(i: int, **changes: Any) -> dict[str, Any]:
    return {
        "id": f"tx_{i:06d}",
        "account_id": ACCOUNT,
        "amount": -100 - i,
        "currency": "GBP",
        "created": f"2024-01-{1 + i % 28:02d}T10:00:00.000Z",
        "settled": "",
        "description": f"SHOP {i}",
        "category": "groceries",
        "metadata": {},
        "notes": "",
        "is_load": False,
        **changes,
    }


# Values of types the spec does not allow: an array where Monzo sends an object, a number in the
# string-only metadata, a number where a decline reason string is documented.
ODD = {"counterparty": [], "metadata": {"ledger_insertion_id": 1234}, "decline_reason": 5}


@KINDS
def test_a_transaction_with_odd_values_is_read_and_they_are_kept(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    body = {"transactions": [tx(1), tx(2, **ODD), tx(3, **ODD)]}
    with FlakyServer(lambda r: Reply(200, body)) as server, caplog.at_level(logging.WARNING, "monzoh"):
        items = run(kind, server.url, lambda c: c.transactions.list(ACCOUNT))
    assert [t.id for t in items] == ["tx_000001", "tx_000002", "tx_000003"]
    assert all(isinstance(t, Transaction) for t in items)
    odd = items[1]
    assert odd.counterparty == [] and odd.metadata == {"ledger_insertion_id": 1234} and odd.decline_reason == 5
    assert odd.amount == -102 and odd.created.year == 2024  # everything else is typed as usual
    paths = sorted(r.parse_path for r in caplog.records if hasattr(r, "parse_path"))  # type: ignore[attr-defined]
    assert paths == [
        "transactions[].counterparty",
        "transactions[].decline_reason",
        "transactions[].metadata.ledger_insertion_id",
    ]  # once each, though two transactions carry them
    assert all("GET /transactions" in r.getMessage() for r in caplog.records if hasattr(r, "parse_path"))


@KINDS
def test_a_balance_of_an_unexpected_type_is_kept(kind: str) -> None:
    body = {"balance": "5000", "total_balance": "12.50", "currency": "GBP", "spend_today": 0}
    with FlakyServer(lambda r: Reply(200, body)) as server:
        balance = run(kind, server.url, lambda c: c.accounts.get_balance(ACCOUNT))
    assert balance.balance == 5000 and balance.total_balance == "12.50" and balance.currency == "GBP"


@KINDS
def test_a_strict_client_refuses_them(kind: str) -> None:
    body = {"transactions": [tx(1), tx(2, **ODD)]}
    with FlakyServer(lambda r: Reply(200, body)) as server:
        with pytest.raises(MonzoValidationError, match="GET /transactions"):
            run(kind, server.url, lambda c: c.transactions.list(ACCOUNT), strict=True)


def history(pages: dict[str | None, list[dict[str, Any]]]) -> FlakyServer:
    """`/transactions` answering each `since` with the page given for it (after GUARD requests: nothing)."""
    count = [0]

    def handler(request: Request) -> Reply:
        count[0] += 1
        since = request.query.get("since", [None])[0]
        if count[0] > GUARD:
            return Reply(200, {"transactions": []})
        return Reply(200, {"transactions": pages.get(since, pages[None])})

    return FlakyServer(handler)


@KINDS
@pytest.mark.parametrize("ahead", [0, 1], ids=["in-turn", "prefetch"])
def test_a_server_that_ignores_since_stops_iter_all(kind: str, ahead: int) -> None:
    """Every request gets the same full page: two requests, then PaginationLoopError (a MonzoValidationError);
    fetching ahead as well (the repeated `since` is not requested a third time)."""
    first = [tx(i) for i in range(100)]
    with history({None: first}) as server:
        with pytest.raises(MonzoValidationError) as info:
            run(kind, server.url, lambda c: c.transactions.iter_all(ACCOUNT).prefetch(ahead))
    assert isinstance(info.value, PaginationLoopError)
    assert len(server.requests) == 2
    assert info.value.cursor == "tx_000099" and "same as the previous one" in str(info.value)
    assert "GET /transactions" in str(info.value)


@KINDS
def test_a_page_ending_with_a_transaction_already_returned_stops_iter_all(kind: str) -> None:
    """The second page ends with an id the first page returned: continuing `since` it would go backwards."""
    first = [tx(i) for i in range(100)]
    second = [tx(i) for i in range(100, 199)] + [tx(50)]
    with history({None: first, "tx_000099": second, "tx_000050": first[51:] + second[:51]}) as server:
        with pytest.raises(PaginationLoopError, match="tx_000050"):
            run(kind, server.url, lambda c: c.transactions.iter_all(ACCOUNT))
    assert len(server.requests) == 2


@KINDS
@pytest.mark.parametrize("ahead", [0, 1], ids=["in-turn", "prefetch"])
def test_a_good_history_is_read_to_its_end(kind: str, ahead: int) -> None:
    every = [tx(i) for i in range(250)]
    pages = {None: every[:100], "tx_000099": every[100:200], "tx_000199": every[200:]}
    with history(pages) as server:
        items = run(kind, server.url, lambda c: c.transactions.iter_all(ACCOUNT).prefetch(ahead))
    assert [t.id for t in items] == [t["id"] for t in every] and len(server.requests) == 3
