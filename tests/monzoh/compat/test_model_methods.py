"""Models fetched by a client carry monzoh 1.2.0's methods, bound to that client.

Sync methods run on models from a `MonzoClient`, `a`-methods on models from an `AsyncMonzoClient`;
the wrong kind, or no client at all (unpickled, parsed from a webhook), is a `MonzoUnboundModelError`
(a RuntimeError, as 1.2.0 raised) naming what to call instead. The binding never travels: pickles
hold no client, equality ignores it.
"""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from monzo_api import pydantic_models as generated
from monzoh import AsyncMonzoClient, MonzoClient, MonzoValidationError, Pence
from monzoh._bound_models import Pot
from monzoh.exceptions import MonzoUnboundModelError
from monzoh.testing import MonzoSandbox
from monzoh.webhooks import parse_transaction_webhook

pytestmark = pytest.mark.filterwarnings("ignore::monzoh.MonzoPenceWarning")


@pytest.fixture
def client(sandbox: MonzoSandbox) -> Iterator[MonzoClient]:
    with MonzoClient(sandbox.access_token, base_url=sandbox.url) as monzo:
        yield monzo


def test_every_returned_model_is_bound_and_still_the_generated_class(client: MonzoClient) -> None:
    """Accounts, transactions (listed, paged, retrieved, annotated) and pots (listed, moved) all have methods."""
    account = client.accounts.list()[0]
    listed = client.transactions.list(account.id, limit=2)
    paged = next(iter(client.transactions.iter_all(account.id)))
    retrieved = client.transactions.retrieve(listed[0].id)
    annotated = client.transactions.annotate(listed[0].id, {"seen": "yes"})
    pot = client.pots.list(account.id)[0]
    moved = client.pots.deposit(pot.id, account.id, 1)
    for tx in (*listed, paged, retrieved, annotated):
        assert isinstance(tx, generated.Transaction) and isinstance(tx.amount, Pence)
        assert tx.refresh().id == tx.id  # type: ignore[attr-defined]
    assert isinstance(account, generated.Account) and account.get_balance().currency == "GBP"  # type: ignore[attr-defined]
    for p in (pot, moved):
        assert isinstance(p, generated.Pot) and p.withdraw(Pence(1)).id == pot.id  # type: ignore[attr-defined]


def test_wrong_kind_of_client_names_the_right_method(sandbox: MonzoSandbox, client: MonzoClient) -> None:
    """A sync method on an async client's model points at its `a`-twin, and the reverse."""
    account = client.accounts.list()[0]
    with pytest.raises(MonzoUnboundModelError, match=r"account\.aget_balance\(\).*use account\.get_balance\(\)"):
        asyncio.run(account.aget_balance())  # type: ignore[attr-defined]

    async def main() -> Any:
        async with AsyncMonzoClient(sandbox.access_token, base_url=sandbox.url) as aclient:
            return (await aclient.pots.list())[0]

    pot = asyncio.run(main())
    with pytest.raises(MonzoUnboundModelError, match=r"use await pot\.adeposit\(\)") as info:
        pot.deposit(Pence(100))
    assert isinstance(info.value, RuntimeError)


def test_pickled_models_travel_without_their_client(sandbox: MonzoSandbox, client: MonzoClient) -> None:
    """Pickling drops the client (and its token); the copy is equal, and its methods say what to call."""
    account = client.accounts.list()[0]
    transactions = account.list_transactions(limit=3)  # type: ignore[attr-defined]
    data = pickle.dumps([account, *transactions])
    assert sandbox.access_token.encode() not in data and b"httpx" not in data
    copied, *copied_txs = pickle.loads(data)
    assert copied == account and copied_txs == transactions
    with pytest.raises(MonzoUnboundModelError, match=r"unpickled\): call client\.accounts\.get_balance\(account\.id\)"):
        copied.get_balance()
    with pytest.raises(MonzoUnboundModelError, match=r"client\.transactions\.annotate\(transaction\.id, metadata\)"):
        copied_txs[0].annotate({"notes": "x"})


def test_copies_keep_their_client(client: MonzoClient) -> None:
    """`copy`, `deepcopy` and `model_copy` share the client rather than copying it."""
    account = client.accounts.list()[0]
    for copied in (copy.copy(account), copy.deepcopy(account), account.model_copy()):
        assert copied == account and copied.get_balance().balance == account.get_balance().balance  # type: ignore[attr-defined]


def test_a_webhook_transaction_has_no_client(sandbox: MonzoSandbox) -> None:
    """A transaction parsed from a webhook body has Pence amounts and points at the client method."""
    account_id = sandbox.state.current_account_id
    raw = sandbox.state.transaction(sandbox.state.all_transactions(account_id)[-1]["id"], expand_merchant=True)
    transaction = parse_transaction_webhook(json.dumps({"type": "transaction.created", "data": raw}))
    assert isinstance(transaction.amount, Pence) and transaction.amount == raw["amount"]
    with pytest.raises(MonzoUnboundModelError, match=r"webhook.*client\.transactions\.annotate"):
        transaction.annotate({"notes": "x"})  # type: ignore[attr-defined]


def test_a_pot_that_does_not_say_its_account_asks_for_one(client: MonzoClient) -> None:
    """Without `current_account_id` (or the account it was listed for) a pot move is refused before sending."""
    account = client.accounts.list()[0]
    data = client.pots.list(account.id)[0].model_dump()
    pot = Pot.model_validate({**data, "current_account_id": None})
    pot._bind(client)
    with pytest.raises(MonzoValidationError, match=r"client\.pots\.deposit\(pot\.id, account_id, pence\)"):
        pot.deposit(Decimal("1.00"))
    pot._bind(client, account.id)  # as `client.pots.list(account.id)` binds it
    assert pot.deposit(Decimal("0.01")).balance == data["balance"] + 1


def test_account_feed_item_with_url_in_params(client: MonzoClient, sandbox: MonzoSandbox) -> None:
    """1.2.0 put the tap URL inside the feed item params; `account.create_feed_item` sends it as `url`."""
    account = client.accounts.list()[0]
    account.create_feed_item({"title": "Hi", "image_url": "https://example.com/i.png", "url": "https://example.com"})  # type: ignore[attr-defined]
    item = sandbox.state.feed.items[-1]
    assert item["url"] == "https://example.com" and item["params"]["title"] == "Hi" and "url" not in item["params"]
