"""`client.accounts`: list accounts and read balances."""

from __future__ import annotations

from monzo_api.api.accounts import list_accounts
from monzo_api.api.balance import get_balance
from monzo_api.pydantic_models import Account, AccountList, Balance
from overlay_runtime import Call, ClientT, Resource, field_of, model, operation

from .._params import required


def accounts_call(account_type: str | None = None) -> Call[list[Account]]:
    return Call(list_accounts.build_request(account_type=account_type), parse=field_of(AccountList, "accounts"))


class Accounts(Resource[ClientT]):
    @operation
    def list(self, account_type: str | None = None) -> Call[list[Account]]:
        """The user's accounts (closed ones included), optionally of one `account_type`."""
        return accounts_call(account_type)

    @operation
    def get_balance(self, account_id: str) -> Call[Balance]:
        """Balance of `account_id`, in pence (`balance.balance / 100` for pounds)."""
        return Call(get_balance.build_request(account_id=required(account_id, "account_id")), parse=model(Balance))
