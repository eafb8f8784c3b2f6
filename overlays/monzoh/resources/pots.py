"""`client.pots`: list pots, move money in and out (each move applied once, however often it is retried)."""

from __future__ import annotations

import builtins
import uuid

from monzo_api.api.pots import deposit_into_pot, list_pots, withdraw_from_pot
from monzo_api.models import PotDepositRequest, PotWithdrawalRequest
from monzo_api.pydantic_models import Account
from overlay_runtime import Call, ClientT, OperationFlow, Resource, field_of, model, operation

from .._binding import Parser, bound
from .._bound_models import Pot, PotList
from .._exceptions import MonzoValidationError
from .._params import pence, required
from .accounts import accounts_call


def pick_current_account(accounts: builtins.list[Account]) -> str:
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


def new_dedupe_id() -> str:
    return f"monzoh-{uuid.uuid4()}"


class Pots(Resource[ClientT]):
    @operation
    def list(self, current_account_id: str | None = None) -> OperationFlow[builtins.list[Pot]]:
        """Pots of `current_account_id` (default: your one open current account); deleted pots included."""
        if current_account_id is None:
            current_account_id = pick_current_account((yield accounts_call()))
        request = list_pots.build_request(current_account_id=required(current_account_id, "current_account_id"))
        parse = bound(self._client, field_of(PotList, "pots"), current_account_id)
        pots: builtins.list[Pot] = yield Call(request, parse=parse)
        return pots

    # Each move mints its dedupe_id here, once per call, and the same Call (same body) is what every retry sends.
    @operation
    def deposit(self, pot_id: str, source_account_id: str, amount: int, dedupe_id: str | None = None) -> Call[Pot]:
        """Move `amount` pence into the pot; `dedupe_id` (default: a fresh one) makes retries safe."""
        body = PotDepositRequest(
            source_account_id=required(source_account_id, "source_account_id"),
            amount=pence(amount),
            dedupe_id=dedupe_id or new_dedupe_id(),
        )
        parse: Parser[Pot] = bound(self._client, model(Pot), source_account_id)
        return Call(deposit_into_pot.build_request(pot_id, body=body), parse=parse, idempotent=True)

    @operation
    def withdraw(
        self, pot_id: str, destination_account_id: str, amount: int, dedupe_id: str | None = None
    ) -> Call[Pot]:
        """Move `amount` pence out of the pot; `dedupe_id` (default: a fresh one) makes retries safe."""
        body = PotWithdrawalRequest(
            destination_account_id=required(destination_account_id, "destination_account_id"),
            amount=pence(amount),
            dedupe_id=dedupe_id or new_dedupe_id(),
        )
        parse: Parser[Pot] = bound(self._client, model(Pot), destination_account_id)
        return Call(withdraw_from_pot.build_request(pot_id, body=body), parse=parse, idempotent=True)
