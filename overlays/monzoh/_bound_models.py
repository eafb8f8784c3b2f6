"""The models the resources return: the generated ones, with money as `Pence` and monzoh 1.2.0's methods.

Each is a subclass of its `monzo_api.pydantic_models` class (so `isinstance` checks, FastAPI
`response_model`s and JSON stay as they were) that the resources parse into and bind to their
client. The methods are one-line delegations to the client's resources; `get_balance()` and its
twins run on a model from a `MonzoClient`, `aget_balance()` and its twins on one from an
`AsyncMonzoClient`:

```python
account = client.accounts.list()[0]
account.get_balance().balance            # Pence(811578): prints as 811578p; / 100 is pounds
for tx in account.list_transactions(limit=10):
    tx.annotate({"notes": "#checked"})
pot.deposit(Decimal("10.00"))            # or Pence(1000); a float or bare int is refused
```
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, Field

from monzo_api import pydantic_models as api

from ._binding import BoundModel
from ._exceptions import MonzoValidationError
from ._pence import Pence, amount_in_pence

if TYPE_CHECKING:
    from .models import FeedItemParams

__all__ = [
    "Account",
    "AccountList",
    "Balance",
    "Pot",
    "PotList",
    "Transaction",
    "TransactionCreatedEvent",
    "TransactionList",
    "TransactionResponse",
]

MetadataValue = str | int | float | bool | None


def _as_in(model: type[BaseModel], name: str) -> Any:
    """The default and description of field `name` of the generated `model`."""
    info = model.model_fields[name]
    return Field(default=info.default, description=info.description)


class Balance(api.Balance):
    balance: Pence = _as_in(api.Balance, "balance")
    total_balance: Pence = _as_in(api.Balance, "total_balance")
    balance_including_flexible_savings: Pence | None = _as_in(api.Balance, "balance_including_flexible_savings")
    spend_today: Pence = _as_in(api.Balance, "spend_today")


class Transaction(BoundModel, api.Transaction):
    amount: Pence = _as_in(api.Transaction, "amount")
    account_balance: Pence | None = _as_in(api.Transaction, "account_balance")

    _INSTEAD: ClassVar[dict[str, str]] = {
        "annotate": "client.transactions.annotate(transaction.id, metadata)",
        "refresh": "client.transactions.retrieve(transaction.id)",
        "upload_attachment": "client.attachments.upload(transaction.id, file_path)",
    }

    def annotate(self, metadata: dict[str, MetadataValue]) -> Transaction:
        """Set metadata keys (a None or "" value deletes one; `notes` sets the notes); returns the updated transaction."""
        return self._sync("annotate").transactions.annotate(self.id, metadata)

    async def aannotate(self, metadata: dict[str, MetadataValue]) -> Transaction:
        return await self._async("annotate").transactions.annotate(self.id, metadata)

    def refresh(self, expand: Sequence[str] | None = None) -> Transaction:
        """This transaction as the API has it now."""
        return self._sync("refresh").transactions.retrieve(self.id, expand)

    async def arefresh(self, expand: Sequence[str] | None = None) -> Transaction:
        return await self._async("refresh").transactions.retrieve(self.id, expand)

    def upload_attachment(
        self, file_path: str | Path, file_name: str | None = None, file_type: str | None = None
    ) -> api.Attachment:
        """Upload the file and attach it to this transaction."""
        return self._sync("upload_attachment").attachments.upload(self.id, file_path, file_name, file_type)

    async def aupload_attachment(
        self, file_path: str | Path, file_name: str | None = None, file_type: str | None = None
    ) -> api.Attachment:
        return await self._async("upload_attachment").attachments.upload(self.id, file_path, file_name, file_type)


class Pot(BoundModel, api.Pot):
    balance: Pence = _as_in(api.Pot, "balance")
    goal_amount: Pence | None = _as_in(api.Pot, "goal_amount")

    _INSTEAD: ClassVar[dict[str, str]] = {
        "deposit": "client.pots.deposit(pot.id, account_id, pence)",
        "withdraw": "client.pots.withdraw(pot.id, account_id, pence)",
    }

    def deposit(self, amount: Pence | Decimal, dedupe_id: str | None = None) -> Pot:
        """Move `amount` (`Pence(1000)`, or `Decimal('10.00')` pounds) from the pot's current account into it."""
        pots = self._sync("deposit").pots
        return pots.deposit(self.id, self._account("deposit"), _pence(amount, "deposit"), dedupe_id)

    async def adeposit(self, amount: Pence | Decimal, dedupe_id: str | None = None) -> Pot:
        pots = self._async("deposit").pots
        return await pots.deposit(self.id, self._account("adeposit"), _pence(amount, "adeposit"), dedupe_id)

    def withdraw(
        self, amount: Pence | Decimal, destination_account_id: str | None = None, dedupe_id: str | None = None
    ) -> Pot:
        """Move `amount` out of the pot, to `destination_account_id` (default: the pot's current account)."""
        pots = self._sync("withdraw").pots
        to = destination_account_id or self._account("withdraw")
        return pots.withdraw(self.id, to, _pence(amount, "withdraw"), dedupe_id)

    async def awithdraw(
        self, amount: Pence | Decimal, destination_account_id: str | None = None, dedupe_id: str | None = None
    ) -> Pot:
        pots = self._async("withdraw").pots
        to = destination_account_id or self._account("awithdraw")
        return await pots.withdraw(self.id, to, _pence(amount, "awithdraw"), dedupe_id)

    def _account(self, method: str) -> str:
        found = self.current_account_id or self._binding.account_id
        if not found:
            instead = self._INSTEAD[method.removeprefix("a")]
            raise MonzoValidationError(f"pot.{method}() cannot tell which account this pot belongs to: use {instead}")
        return found


def _pence(amount: object, method: str) -> int:
    return amount_in_pence(amount, f"pot.{method}()")


class Account(BoundModel, api.Account):
    _INSTEAD: ClassVar[dict[str, str]] = {
        "get_balance": "client.accounts.get_balance(account.id)",
        "list_transactions": "client.transactions.list(account.id)",
        "list_pots": "client.pots.list(account.id)",
        "create_feed_item": "client.feed.create_item(account.id, params)",
    }

    def get_balance(self) -> Balance:
        """This account's balance; amounts are `Pence`."""
        return self._sync("get_balance").accounts.get_balance(self.id)

    async def aget_balance(self) -> Balance:
        return await self._async("get_balance").accounts.get_balance(self.id)

    def list_transactions(
        self,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        since: datetime | str | None = None,
        before: datetime | None = None,
    ) -> list[Transaction]:
        """One page of this account's transactions, oldest first (`limit` up to 100)."""
        found = self._sync("list_transactions").transactions.list(self.id, expand, limit, since, before)
        return found

    async def alist_transactions(
        self,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        since: datetime | str | None = None,
        before: datetime | None = None,
    ) -> list[Transaction]:
        found = await self._async("list_transactions").transactions.list(self.id, expand, limit, since, before)
        return found

    def list_pots(self) -> list[Pot]:
        """This account's pots, deleted ones included."""
        return self._sync("list_pots").pots.list(self.id)

    async def alist_pots(self) -> list[Pot]:
        return await self._async("list_pots").pots.list(self.id)

    def create_feed_item(self, params: FeedItemParams | dict[str, str]) -> None:
        """Show a basic feed item (`FeedItemParams`, or a dict of its fields) in this account's feed."""
        self._sync("create_feed_item").feed.create_item(self.id, params)

    async def acreate_feed_item(self, params: FeedItemParams | dict[str, str]) -> None:
        await self._async("create_feed_item").feed.create_item(self.id, params)


class AccountList(api.AccountList):
    accounts: list[Account]  # type: ignore[assignment]


class PotList(api.PotList):
    pots: list[Pot]  # type: ignore[assignment]


class TransactionList(api.TransactionList):
    transactions: list[Transaction]  # type: ignore[assignment]


class TransactionResponse(api.TransactionResponse):
    transaction: Transaction


class TransactionCreatedEvent(api.TransactionCreatedEvent):
    data: Transaction
