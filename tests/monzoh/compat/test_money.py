"""Money is never silently wrong for code written for monzoh 1.2.0, whose amounts were Decimal pounds.

Amounts stay integer pence (seed code divides by 100); shown, a `Pence` names its unit; money-moving
1.2.0 methods refuse what could mean pounds or pence, and move exactly what `Decimal` pounds say.
"""

from __future__ import annotations

import copy
import json
import math
import pickle
import warnings
from decimal import Decimal

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from monzo_api.pydantic_models import Balance as GeneratedBalance
from monzoh import MonzoClient, MonzoPenceWarning, MonzoValidationError, Pence
from monzoh._bound_models import Balance, Pot
from monzoh._pence import amount_in_pence
from monzoh.testing import MonzoSandbox

pytestmark = pytest.mark.filterwarnings("ignore::monzoh.MonzoPenceWarning")

BALANCE = {"balance": 811578, "total_balance": 900001, "currency": "GBP", "spend_today": -1234}


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        (lambda p: str(p), "811578p"),
        (lambda p: f"£{p}", "£811578p"),  # 1.2.0's README line cannot print £811578 for £8115.78
        (lambda p: f"£{p:.2f}", "£8115.78"),  # 1.2.0's docs line prints the right pounds
        (lambda p: f"{p:,.2f}", "8,115.78"),
        (lambda p: f"{p:e}", "8.11578e+3"),
        (lambda p: f"{p:,}", "811,578p"),
        (lambda p: f"{p:>9}", "   811578p"),
        (lambda p: f"{p:d}", "811578"),  # an explicit integer format: the bare digits
        (lambda p: f"{p:x}", "c623a"),
        (lambda p: format(p), "811578p"),
        (lambda p: repr(p), "Pence(811578)"),
        (lambda p: json.dumps({"balance": p}), '{"balance": 811578}'),
    ],
)
def test_pence_says_its_unit_when_shown(shown: object, expected: str) -> None:
    """Every way of showing an amount either names pence or shows pounds; JSON stays a number."""
    assert shown(Pence(811578)) == expected  # type: ignore[operator]


def test_pence_is_still_an_int() -> None:
    """Arithmetic, comparisons, hashing and division by 100 behave as on the API's plain ints."""
    p = Pence(811578)
    assert p == 811578 and p > 50 and hash(p) == hash(811578) and {p: 1}[811578] == 1
    assert p / 100 == 8115.78 and isinstance(p / 100, float)
    assert type(p + 1) is int and type(-p) is int and type(abs(p)) is int and type(sum([p, p])) is int
    assert int(p) == 811578 and type(int(p)) is int and p.pounds == Decimal("8115.78")
    assert f"{Pence(-1234):.2f}" == "-12.34" and str(Pence(-5)) == "-5p"


@pytest.mark.parametrize("bad", [10.5, Decimal("10"), "10", True, None])
def test_pence_takes_only_an_int(bad: object) -> None:
    """`Pence(10.00)` would silently mean 10p: only an int makes a Pence."""
    with pytest.raises(TypeError, match="int number of pence"):
        Pence(bad)  # type: ignore[arg-type]


def test_models_serialize_pence_as_plain_ints() -> None:
    """`model_dump`, JSON, the JSON schema and pickling keep integers; validation gives Pence back."""
    balance = Balance.model_validate(BALANCE)
    assert isinstance(balance.balance, Pence) and balance.balance == 811578
    dumped = balance.model_dump()
    assert dumped["balance"] == 811578 and type(dumped["balance"]) is int
    assert json.loads(balance.model_dump_json())["total_balance"] == 900001
    assert Balance.model_json_schema()["properties"]["balance"]["type"] == "integer"
    for copied in (pickle.loads(pickle.dumps(balance)), copy.deepcopy(balance)):
        assert copied == balance and isinstance(copied.balance, Pence)
    assert isinstance(balance, GeneratedBalance)


def test_fastapi_responses_carry_integers() -> None:
    """A Balance returned from a route, as the generated model or ours, goes out as JSON integers."""
    app = FastAPI()
    balance = Balance.model_validate(BALANCE)

    @app.get("/generated", response_model=GeneratedBalance)
    def generated() -> Balance:
        return balance

    @app.get("/ours")
    def ours() -> Balance:
        return balance

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no pydantic serializer warning either
        http = TestClient(app)
        for path in ("/generated", "/ours"):
            body = http.get(path).json()
            assert body["balance"] == 811578 and body["spend_today"] == -1234


@pytest.mark.parametrize(
    ("amount", "pence"),
    [
        (Pence(1000), 1000),
        (Decimal("10.00"), 1000),
        (Decimal("10"), 1000),
        (Decimal("0.01"), 1),
        (Decimal("1e2"), 10000),
    ],
)
def test_money_moving_amounts_pence_or_decimal_pounds(amount: object, pence: int) -> None:
    """`Pence` is pence and `Decimal` is pounds, exactly."""
    assert amount_in_pence(amount, "pot.deposit()") == pence


@pytest.mark.parametrize(
    ("amount", "says"),
    [
        (10.00, r"Decimal\('10.00'\) for £10.00, or Pence\(10\) for 10p"),
        (10, r"Decimal\('10.00'\) for £10.00, or Pence\(10\) for 10p"),
        (2500.0, r"Decimal\('2500.00'\)"),  # `pot.balance / 2`: a float of pence, not pounds
        (10.5, r"Decimal\('10.50'\) for £10.50$"),
        ("10.00", r"Pence\(...\) for pence or Decimal\('...'\) for pounds"),
        (math.nan, "could mean pounds or pence"),
        (True, "could mean pounds or pence"),
        (Decimal("10.005"), "whole number of pence"),
        (Decimal("Infinity"), "whole number of pence"),
        (Decimal("-1"), "greater than 0"),
        (Pence(0), "greater than 0"),
    ],
)
def test_money_moving_amounts_that_could_mean_either_are_refused(amount: object, says: str) -> None:
    """A float or bare int could be 1.2.0's pounds or our pence: refused, with both spellings offered."""
    with pytest.raises(MonzoValidationError, match=says):
        amount_in_pence(amount, "pot.deposit()")


def test_a_refused_deposit_moves_nothing(sandbox: MonzoSandbox) -> None:
    """`pot.deposit(10.00)` and `pot.withdraw(5)` send no request; the balances stay as they were."""
    with MonzoClient(sandbox.access_token, base_url=sandbox.url) as client:
        account = client.accounts.list()[0]
        pot = next(p for p in account.list_pots() if p.name == "Savings")  # type: ignore[attr-defined]
        before = (sandbox.state.balance(account.id)["balance"], pot.balance, len(sandbox.requests))
        for move in (lambda: pot.deposit(10.00), lambda: pot.withdraw(5), lambda: pot.deposit(pot.balance / 2)):
            with pytest.raises(MonzoValidationError):
                move()
        after = (sandbox.state.balance(account.id)["balance"], client.pots.list(account.id)[0].balance)
        assert after == before[:2] and len(sandbox.requests) == before[2] + 1  # just the pots.list above


def test_pence_given_to_the_client_goes_out_as_digits(sandbox: MonzoSandbox) -> None:
    """`client.pots.deposit(..., pot.balance)` sends the number, not "540000p"."""
    with MonzoClient(sandbox.access_token, base_url=sandbox.url) as client:
        account = client.accounts.list()[0]
        pot = next(p for p in client.pots.list(account.id) if p.name == "Holiday")
        moved = client.pots.deposit(pot.id, account.id, Pence(123))
        assert isinstance(moved, Pot) and moved.balance == pot.balance + 123


def test_the_pence_warning_is_shown_once(sandbox: MonzoSandbox) -> None:
    """The first 1.2.0-style model method warns that amounts are pence, pointing at the caller; later ones do not."""
    with MonzoClient(sandbox.access_token, base_url=sandbox.url) as client:
        account = client.accounts.list()[0]
        with warnings.catch_warnings(record=True) as shown:
            warnings.simplefilter("always")
            account.get_balance()
            account.get_balance()
            client.accounts.get_balance(account.id)  # the shared API does not warn
    assert [w.category for w in shown] == [MonzoPenceWarning]
    assert shown[0].filename == __file__ and "pence" in str(shown[0].message)
