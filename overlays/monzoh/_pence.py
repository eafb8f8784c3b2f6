"""Money in monzoh: integer pence, as the Monzo API sends it, in a type that says so when shown.

monzoh 1.2.0 (PyPI) returned balances as `Decimal` pounds; we keep the API's integer pence, so code
written for it could print or move 100 times the amount it means. `Pence` closes that gap without
changing what the numbers are:

- it is an `int`: arithmetic, comparisons, hashing, `json.dumps` and `balance / 100` (a float of
  pounds) behave as before, and arithmetic results are plain ints;
- shown, it names its unit: `str(Pence(811578))` is `"811578p"`, and so is `f"{amount}"`;
  a float format (`f"{amount:.2f}"`, `e`, `g`, `%`) shows pounds (`"8115.78"`), the only
  reading a fraction of a penny can have; an integer format (`f"{amount:d}"`) or `int(amount)`
  gives the bare digits;
- in pydantic models it validates from an int and serializes as a plain int (JSON, `model_dump`,
  JSON schema `integer`, FastAPI responses); it pickles as itself.

The first monzoh 1.2.0-style model method called (`account.get_balance()`) warns once, with
`MonzoPenceWarning`, that amounts are pence. Amounts a caller hands to 1.2.0's money-moving methods
(`pot.deposit(10.00)`) go through `amount_in_pence`: `Pence` is pence, `Decimal` is pounds, and
anything else (a float, a bare int) is refused, since it could mean either.
"""

from __future__ import annotations

import math
import warnings
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._exceptions import MonzoValidationError
from ._params import pence

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

__all__ = ["MonzoPenceWarning", "Pence", "amount_in_pence", "warn_pence_once"]

_POUNDS_FORMATS = frozenset("eEfFgG%")
_INTEGER_FORMATS = frozenset("bcdnoxX")


class MonzoPenceWarning(UserWarning):
    """Shown once, on the first monzoh 1.2.0-style model method: amounts here are pence, not pounds."""


_PENCE_NOTICE = (
    "monzoh amounts are integer pence (a `Pence`), not Decimal pounds as in monzoh 1.2.0: "
    "balance.balance / 100 is pounds, f'{balance.balance:.2f}' prints pounds, and pot.deposit() "
    "takes Pence(1000) or Decimal('10.00'). This warning is shown once."
)
_warned = False


def warn_pence_once(stacklevel: int) -> None:
    """The pence notice, the first time only; `stacklevel` counts frames as `warnings.warn` does, from the caller."""
    global _warned
    if not _warned:
        _warned = True
        warnings.warn(_PENCE_NOTICE, MonzoPenceWarning, stacklevel=stacklevel + 1)


class Pence(int):
    """An amount in minor units (pence for GBP): an int whose `str()` and `format()` name the unit."""

    __slots__ = ()

    def __new__(cls, value: int) -> Pence:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(
                f"Pence takes an int number of pence (Pence(1050) is £10.50), not {type(value).__name__} {value!r}; "
                "for pounds use Decimal('10.50')"
            )
        return super().__new__(cls, value)

    def __repr__(self) -> str:
        return f"Pence({int(self)})"

    def __str__(self) -> str:
        return f"{int(self)}p"

    def __format__(self, spec: str) -> str:
        kind = spec[-1:]
        if kind in _POUNDS_FORMATS:
            return format(self.pounds, spec)
        digits = format(int(self), spec)
        return digits if kind in _INTEGER_FORMATS else f"{digits}p"

    @property
    def pounds(self) -> Decimal:
        """The amount in major units, exactly (`Decimal('8115.78')`)."""
        return Decimal(int(self)).scaleb(-2)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema  # here: pydantic loads with the first model

        plain_int = core_schema.plain_serializer_function_ser_schema(int, return_schema=core_schema.int_schema())
        return core_schema.no_info_after_validator_function(cls, core_schema.int_schema(), serialization=plain_int)


def amount_in_pence(amount: object, method: str) -> int:
    """The pence to move for `amount` given to `method`: `Pence` as is, `Decimal` as pounds (to the penny)."""
    if isinstance(amount, Pence):
        return pence(int(amount))
    if isinstance(amount, Decimal):
        minor = amount.scaleb(2) if amount.is_finite() else None
        if minor is None or minor != minor.to_integral_value():
            raise MonzoValidationError(f"{method} needs a whole number of pence, not Decimal('{amount}') pounds")
        return pence(int(minor))
    raise MonzoValidationError(_ambiguous(amount, method))


def _ambiguous(amount: object, method: str) -> str:
    advice = "Pence(...) for pence or Decimal('...') for pounds"
    if isinstance(amount, int | float) and not isinstance(amount, bool) and math.isfinite(amount):
        pounds = Decimal(str(amount)).quantize(Decimal("0.01"))
        advice = f"Decimal('{pounds}') for £{pounds}"
        if float(amount).is_integer():
            advice += f", or Pence({int(amount)}) for {int(amount)}p"
    return (
        f"{method} got the {type(amount).__name__} {amount!r}, which could mean pounds or pence: monzoh amounts "
        f"are integer pence (monzoh 1.2.0 took pounds), so pass {advice}"
    )
