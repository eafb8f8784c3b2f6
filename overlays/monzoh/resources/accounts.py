"""`client.accounts`: list accounts and read balances."""

from __future__ import annotations

from monzo_api.api.accounts import list_accounts
from monzo_api.api.balance import get_balance
from overlay_runtime import Call, ClientT, Resource, field_of, model, operation

from .._binding import Parser, bound
from .._bound_models import Account, AccountList, Balance
from .._params import required


def accounts_call(account_type: str | None = None, client: object = None) -> Call[list[Account]]:
    """The accounts, bound to `client` (their methods call back through it)."""
    parse = bound(client, field_of(AccountList, "accounts"))
    return Call(list_accounts.build_request(account_type=account_type), parse=parse)


class Accounts(Resource[ClientT]):
    @operation
    def list(self, account_type: str | None = None) -> Call[list[Account]]:
        """The user's accounts (closed ones included), optionally of one `account_type`."""
        return accounts_call(account_type, self._client)

    @operation
    def get_balance(self, account_id: str) -> Call[Balance]:
        """Balance of `account_id`, in pence (`balance.balance / 100` for pounds; each amount a `Pence`)."""
        request = get_balance.build_request(account_id=required(account_id, "account_id"))
        parse: Parser[Balance] = model(Balance)
        return Call(request, parse=parse)
