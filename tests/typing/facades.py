"""Type-checked, never run (`nox -s typecheck`): what users' type checkers see on each facade.

A sync client's methods return values, an async client's return coroutines of the same values,
with the same parameters; pagers are `SyncPager` / `AsyncPager`. A wrong argument is an error.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, assert_type

from monzo_api.pydantic_models import WhoAmI
from monzoh import AsyncMonzoClient, MonzoClient
from monzoh.models import Account, Balance, Pot, Transaction
from overlay_runtime import AsyncPager, SyncPager
from rapidpro import AsyncRapidProClient, RapidProClient
from rapidpro_api.pydantic_models import ApiRoot, Contact


def monzoh_sync(client: MonzoClient) -> None:
    assert_type(client.accounts.list(), list[Account])
    assert_type(client.accounts.get_balance("acc_1"), Balance)
    assert_type(client.pots.deposit("pot_1", "acc_1", 100), Pot)
    assert_type(client.transactions.iter_all("acc_1"), SyncPager[Transaction])
    assert_type(client.whoami(), WhoAmI)
    client.pots.deposit("pot_1", "acc_1", 100, dedupe_id=None, extra=1)  # type: ignore[call-arg]
    # monzoh 1.2.0's model methods are visible to type checkers too.
    account = client.accounts.list()[0]
    assert_type(account.get_balance(), Balance)
    assert_type(account.list_transactions(limit=10), list[Transaction])


async def monzoh_async(client: AsyncMonzoClient) -> None:
    pending = assert_type(client.accounts.list(), Coroutine[Any, Any, list[Account]])
    assert_type(await pending, list[Account])
    assert_type(await client.accounts.get_balance("acc_1"), Balance)
    assert_type(await client.pots.list(), list[Pot])
    assert_type(client.transactions.iter_all("acc_1"), AsyncPager[Transaction])
    assert_type(await client.whoami(), WhoAmI)
    assert_type(await (await client.accounts.list())[0].aget_balance(), Balance)
    await client.accounts.get_balance(account=1)  # type: ignore[call-arg]


def rapidpro_sync(client: RapidProClient) -> None:
    assert_type(client.contacts.list(group="Farmers", deleted=False), SyncPager[Contact])
    assert_type(client.contacts.list().prefetch(2), SyncPager[Contact])
    assert_type(client.contacts.create(name="Ann", urns=["tel:+250788000001"]), Contact)
    assert_type(client.endpoints(), ApiRoot)
    client.contacts.list(colour="red")  # type: ignore[call-arg]


async def rapidpro_async(client: AsyncRapidProClient) -> None:
    assert_type(client.contacts.list(group="Farmers"), AsyncPager[Contact])
    assert_type(client.contacts.list().prefetch(), AsyncPager[Contact])
    assert_type(await client.contacts.create(name="Ann"), Contact)
    assert_type(await client.endpoints(), ApiRoot)
