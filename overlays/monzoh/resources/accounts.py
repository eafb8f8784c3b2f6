"""`client.accounts`: list accounts and read balances."""

from __future__ import annotations

from monzo_api.pydantic_models import Account, AccountList, Balance
from overlay_runtime import AsyncResource, Call, SyncResource, field_of, model

from .._params import drop_none, required


def list_accounts(account_type: str | None = None) -> Call[list[Account]]:
    return Call(
        "GET", "/accounts", params=drop_none({"account_type": account_type}), parse=field_of(AccountList, "accounts")
    )


def get_balance(account_id: str) -> Call[Balance]:
    return Call("GET", "/balance", params={"account_id": required(account_id, "account_id")}, parse=model(Balance))


class Accounts(SyncResource):
    def list(self, account_type: str | None = None) -> list[Account]:
        """The user's accounts (closed ones included), optionally of one `account_type`."""
        return self._client.run(list_accounts(account_type))

    def get_balance(self, account_id: str) -> Balance:
        """Balance of `account_id`, in pence (`balance.balance / 100` for pounds)."""
        return self._client.run(get_balance(account_id))


class AsyncAccounts(AsyncResource):
    async def list(self, account_type: str | None = None) -> list[Account]:
        """The user's accounts (closed ones included), optionally of one `account_type`."""
        return await self._client.run(list_accounts(account_type))

    async def get_balance(self, account_id: str) -> Balance:
        """Balance of `account_id`, in pence (`balance.balance / 100` for pounds)."""
        return await self._client.run(get_balance(account_id))
