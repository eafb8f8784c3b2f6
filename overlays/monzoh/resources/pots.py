"""`client.pots`: list pots, move money in and out (each move applied once, however often it is retried)."""

from __future__ import annotations

import uuid
from collections.abc import Generator
from typing import Any

from monzo_api.pydantic_models import Account, Pot, PotList
from overlay_runtime import AsyncResource, Call, SyncResource, field_of, model

from .._exceptions import MonzoValidationError
from .._params import pence, required
from .accounts import list_accounts


def pick_current_account(accounts: list[Account]) -> str:
    """The user's one open personal current account (or, failing that, their one open joint account)."""
    open_accounts = [a for a in accounts if not getattr(a, "closed", False)]
    for kind in ("uk_retail", "uk_retail_joint"):
        matches = [a for a in open_accounts if a.type == kind]
        if len(matches) == 1:
            return matches[0].id
        if len(matches) > 1:
            ids = ", ".join(a.id for a in matches)
            raise MonzoValidationError(
                f"pots.list() needs current_account_id: you have several open {kind} accounts ({ids})"
            )
    raise MonzoValidationError("pots.list() needs current_account_id: no open current account was found")


def list_pots(current_account_id: str | None = None) -> Generator[Any, Any, list[Pot]]:
    if current_account_id is None:
        current_account_id = pick_current_account((yield list_accounts()))
    pots: list[Pot] = yield Call(
        "GET",
        "/pots",
        params={"current_account_id": required(current_account_id, "current_account_id")},
        parse=field_of(PotList, "pots"),
    )
    return pots


def move(
    pot_id: str, direction: str, account_field: str, account_id: str, amount: int, dedupe_id: str | None
) -> Call[Pot]:
    # The dedupe_id is minted here, once per call, and the same Call (same body) is what every retry sends.
    form = {
        account_field: required(account_id, account_field),
        "amount": str(pence(amount)),
        "dedupe_id": dedupe_id or f"monzoh-{uuid.uuid4()}",
    }
    return Call("PUT", f"/pots/{required(pot_id, 'pot_id')}/{direction}", data=form, parse=model(Pot), idempotent=True)


def deposit(pot_id: str, source_account_id: str, amount: int, dedupe_id: str | None = None) -> Call[Pot]:
    return move(pot_id, "deposit", "source_account_id", source_account_id, amount, dedupe_id)


def withdraw(pot_id: str, destination_account_id: str, amount: int, dedupe_id: str | None = None) -> Call[Pot]:
    return move(pot_id, "withdraw", "destination_account_id", destination_account_id, amount, dedupe_id)


class Pots(SyncResource):
    def list(self, current_account_id: str | None = None) -> list[Pot]:
        """Pots of `current_account_id` (default: your one open current account); deleted pots included."""
        return self._client.run(list_pots(current_account_id))

    def deposit(self, pot_id: str, source_account_id: str, amount: int, dedupe_id: str | None = None) -> Pot:
        """Move `amount` pence into the pot; `dedupe_id` (default: a fresh one) makes retries safe."""
        return self._client.run(deposit(pot_id, source_account_id, amount, dedupe_id))

    def withdraw(self, pot_id: str, destination_account_id: str, amount: int, dedupe_id: str | None = None) -> Pot:
        """Move `amount` pence out of the pot; `dedupe_id` (default: a fresh one) makes retries safe."""
        return self._client.run(withdraw(pot_id, destination_account_id, amount, dedupe_id))


class AsyncPots(AsyncResource):
    async def list(self, current_account_id: str | None = None) -> list[Pot]:
        """Pots of `current_account_id` (default: your one open current account); deleted pots included."""
        return await self._client.run(list_pots(current_account_id))

    async def deposit(self, pot_id: str, source_account_id: str, amount: int, dedupe_id: str | None = None) -> Pot:
        """Move `amount` pence into the pot; `dedupe_id` (default: a fresh one) makes retries safe."""
        return await self._client.run(deposit(pot_id, source_account_id, amount, dedupe_id))

    async def withdraw(
        self, pot_id: str, destination_account_id: str, amount: int, dedupe_id: str | None = None
    ) -> Pot:
        """Move `amount` pence out of the pot; `dedupe_id` (default: a fresh one) makes retries safe."""
        return await self._client.run(withdraw(pot_id, destination_account_id, amount, dedupe_id))
