"""The usage patterns of monzoh 1.2.0's documentation site (quick start, client, accounts, models and
OAuth pages), in its call pattern, against the sandbox.

Where the docs themselves are wrong for 1.2.0 (`httpx.Client(proxies=...)`, gone from httpx 0.28;
`balance.local_currency` and `account.type`, which 1.2.0's models drop), the working form is used.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from monzoh import AsyncMonzoClient, MonzoClient, MonzoError, MonzoOAuth
from monzoh.testing import MonzoSandbox

pytestmark = pytest.mark.filterwarnings("ignore::monzoh.MonzoPenceWarning")


def browser_redirect(url: str, sandbox: MonzoSandbox) -> str:
    """Where the sandbox's stand-in for auth.monzo.com finally sends the browser (the callback URL)."""
    location = url
    while location.startswith(sandbox.url):
        location = httpx.get(location).headers["location"]
    return location


def pounds(pence: int) -> str:
    return f"£{pence / 100:.2f}"


def test_accounts_page(peer_env: MonzoSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    """Listing and filtering accounts, then a balance from the account, printed in pounds."""
    client = MonzoClient()
    accounts = client.accounts.list()
    print(f"Found {len(accounts)} accounts")
    for account in accounts:
        print(f"Account: {account.description} ({account.type}) {account.id}")
    current_accounts = client.accounts.list(account_type="uk_retail")
    joint_accounts = client.accounts.list(account_type="uk_retail_joint")

    account = accounts[0]
    balance = account.get_balance()
    print(f"Current balance: £{balance.balance:.2f}")
    print(f"Total balance: £{balance.total_balance:.2f}")
    print(f"Spent today: £{balance.spend_today:.2f}")
    print(f"Currency: {balance.currency}")

    state = peer_env.state.balance(account.id)
    out = capsys.readouterr().out
    assert f"Found {len(accounts)} accounts" in out and len(current_accounts) == len(joint_accounts) == 1
    assert f"Current balance: {pounds(state['balance'])}\n" in out
    assert f"Total balance: {pounds(state['total_balance'])}\n" in out
    assert f"Spent today: {pounds(state['spend_today'])}\n" in out


def test_models_page_balance_by_account_id(peer_env: MonzoSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    """`client.accounts.get_balance(account_id=...)`, formatted with `:.2f`, prints pounds."""
    client = MonzoClient(access_token=peer_env.access_token)
    account = client.accounts.list()[0]
    balance = client.accounts.get_balance(account_id=account.id)
    print(f"Balance: £{balance.balance:.2f}")
    assert capsys.readouterr().out == f"Balance: {pounds(peer_env.state.balance(account.id)['balance'])}\n"


def test_client_page(peer_env: MonzoSandbox) -> None:
    """An explicit token, `whoami()`, a custom httpx client, and the client as a context manager."""
    client = MonzoClient(access_token=peer_env.access_token)
    whoami = client.whoami()
    assert whoami.authenticated and whoami.user_id == peer_env.user_id

    http_client = httpx.Client(
        timeout=httpx.Timeout(60.0),
        limits=httpx.Limits(max_connections=10, max_keepalive_connections=5),
        headers={"User-Agent": "MyApp/1.0.0"},
    )
    with MonzoClient(access_token=peer_env.access_token, http_client=http_client) as client:
        assert client.accounts.list()
    client.set_access_token(peer_env.access_token)


def test_transaction_and_pot_methods_both_ways(peer_env: MonzoSandbox) -> None:
    """`refresh()` and `withdraw()` (sync) and their `a`-twins, as the docs' model pages call them."""
    client = MonzoClient()
    account = client.accounts.list()[0]
    transaction = account.list_transactions(limit=1, expand=["merchant"])[0]
    assert transaction.refresh().id == transaction.id
    savings = next(p for p in account.list_pots() if p.name == "Savings")
    deposited = savings.deposit(Decimal("2.50"))
    assert savings.withdraw(Decimal("2.50")).balance == deposited.balance - 250

    async def main() -> None:
        async with AsyncMonzoClient() as aclient:
            first = (await aclient.accounts.list())[0]
            tx = (await first.alist_transactions(limit=1))[0]
            assert (await tx.arefresh()).id == tx.id
            pot = next(p for p in await first.alist_pots() if p.name == "Savings")
            after = await pot.adeposit(Decimal("1.00"))
            assert (await after.awithdraw(Decimal("1.00"))).balance == after.balance - 100

    asyncio.run(main())


def test_oauth_flow_with_the_peers_method_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """`create_oauth_client()`, `get_authorization_url()`, `exchange_code_for_token()`, `refresh_token()`."""
    with MonzoSandbox(seed=15) as monzo, httpx.Client() as http_client:  # its own: the logout ends its session
        monkeypatch.setenv("MONZO_BASE_URL", monzo.url)
        monkeypatch.setenv("MONZO_AUTH_URL", monzo.authorize_url)
        oauth = MonzoClient.create_oauth_client(
            client_id=monzo.client_id,
            client_secret=monzo.client_secret,
            redirect_uri=monzo.redirect_uri,
            http_client=http_client,
        )
        assert oauth.http_client is http_client
        url = oauth.get_authorization_url(state="xyz")
        query = parse_qs(urlsplit(browser_redirect(url, monzo)).query)
        assert query["state"] == ["xyz"]

        token = oauth.exchange_code_for_token(query["code"][0])
        assert MonzoClient(access_token=token.access_token).whoami().user_id == monzo.user_id
        assert token.refresh_token is not None
        renewed = oauth.refresh_token(token.refresh_token)
        assert MonzoClient(access_token=renewed.access_token).whoami().authenticated
        oauth.logout(renewed.access_token)
        with pytest.raises(MonzoError):
            MonzoClient(access_token=renewed.access_token, max_retries=0).whoami()
        assert not http_client.is_closed  # ours, not closed by the OAuth client


def test_authorization_url_without_state_gets_a_random_one() -> None:
    """1.2.0 allowed `get_authorization_url()` with no state; Monzo wants one, so one is made up."""
    oauth = MonzoOAuth("oauth2client_1", "mnzconf.secret-value-1", "http://localhost:8080/callback")
    first, second = (parse_qs(urlsplit(oauth.get_authorization_url()).query)["state"] for _ in range(2))
    assert first != second and len(first[0]) >= 24


def test_async_client_create_oauth_client_takes_an_async_http_client(sandbox: MonzoSandbox) -> None:
    """As in 1.2.0, the OAuth client's calls block: an `httpx.AsyncClient` given to it is not used."""

    async def main() -> MonzoOAuth:
        async with httpx.AsyncClient() as http_client:
            return AsyncMonzoClient.create_oauth_client(
                sandbox.client_id, sandbox.client_secret, sandbox.redirect_uri, http_client
            )

    assert isinstance(asyncio.run(main()).http_client, httpx.Client)
