"""The building blocks of the seeded history: one method per kind of transaction.

`_seed._Builder` plans *when* things happen; these methods say *what* happens, and run in time
order so that balances (and declines for insufficient funds) come out right.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from ._catalog import CUSTOM_CATEGORY, Bill, Shop
from ._model import Merchant, Pot, Transaction, new_id

__all__ = ["CURRENT", "JOINT", "PARTNER_ID", "PREPAID", "USER_ID", "Actions", "descriptor", "payer"]

USER_ID = "user_00009238aMBIIrS5Rdncq9"
PARTNER_ID = "user_00009Lm3NoP4qRsTuVwXyZ"
CURRENT = "acc_00009237aqC8c5umZmrRdh"
JOINT = "acc_00009Kd2PqR8sT4uVwXyZa"
PREPAID = "acc_00009237aqC8c5umZmrOld"
SAVINGS_POT = "pot_0000778xxfgh4iu8z83nWb"
DELETED_POT = "pot_00009exampleP0tOxWb"
DAYS = 548
EUR_TO_GBP = 0.856
_ISO3 = {"GB": "GBR", "PT": "PRT", "LU": "LUX", "US": "USA", "IE": "IRL"}
PETER = {"user_id": USER_ID, "preferred_name": "Peter Pan", "preferred_first_name": "Peter"}
WENDY = {"user_id": PARTNER_ID, "preferred_name": "Wendy Darling", "preferred_first_name": "Wendy"}


class Actions:
    def __init__(self, seed: int, now: datetime) -> None:
        self.rng = random.Random(f"monzo-sandbox:{seed}")
        self.now = now.astimezone(UTC)
        self.start = (self.now - timedelta(days=DAYS)).replace(hour=0, minute=0, second=0, microsecond=0)
        self.balances = {CURRENT: 0, JOINT: 0, PREPAID: 0}
        self.merchants: dict[str, Merchant] = {}
        self.shop_ids: dict[str, str] = {}
        self.transactions: list[Transaction] = []
        self.plan: list[tuple[datetime, int, Callable[[datetime], None]]] = []
        self.pots: dict[str, Pot] = {}

    # -- actions, run in time order --------------------------------------------------------
    def _card(
        self, account: str, shop: Shop, decline: str | None = None, refund: bool = False
    ) -> Callable[[datetime], None]:
        def run(moment: datetime) -> None:
            rng = self.rng
            local = rng.randint(shop.low, shop.high)
            amount = round(local * EUR_TO_GBP) if shop.currency == "EUR" else local
            reason = decline
            if decline == "INSUFFICIENT_FUNDS":
                amount = self.balances[account] + rng.randint(5_000, 25_000)
            elif decline is None and not refund and amount > self.balances[account]:
                reason = "INSUFFICIENT_FUNDS"
            sign = 1 if refund else -1
            tx = self._tx(account, sign * amount, moment, descriptor(shop, rng), shop.category, "mastercard", reason)
            tx.merchant_id = self._merchant(shop, moment)
            if shop.currency != "GBP":
                tx.local_amount, tx.local_currency = sign * local, shop.currency
            if shop.name == "Daylight Coffee Co.":
                tx.category = CUSTOM_CATEGORY[0]
            if reason is None and moment < self.now - timedelta(hours=48):
                tx.settled = moment + timedelta(hours=rng.randint(18, 40))
                tx.settled = min(tx.settled, self.now)
            tx.dedupe_id = f"mastercard:{rng.getrandbits(48):012x}:{rng.randint(10**6, 10**7)}:normal_presentment"

        return run

    def _bill(self, bill: Bill) -> Callable[[datetime], None]:
        account = JOINT if bill.joint else CURRENT

        def run(moment: datetime) -> None:
            if bill.merchant:
                shop = Shop(
                    bill.name,
                    bill.category,
                    bill.emoji,
                    "",
                    "London",
                    "",
                    0.0,
                    0.0,
                    bill.amount,
                    bill.amount,
                    0,
                    online=True,
                    website=bill.website,
                )
                scheme = "mastercard" if bill.category == "entertainment" else "bacs"
                tx = self._tx(account, -bill.amount, moment, bill.name.upper(), bill.category, scheme)
                tx.merchant_id = self._merchant(shop, moment)
                tx.settled = moment
            else:
                tx = self._tx(account, -bill.amount, moment, bill.name, bill.category, "payport_faster_payments")
                tx.counterparty = payer(bill.name, f"{self.rng.randint(10**7, 10**8 - 1)}", "309634")
                tx.originator, tx.settled = True, moment

        return run

    def _transfer(
        self,
        account: str,
        amount: int,
        description: str,
        payer: dict[str, str],
        scheme: str = "payport_faster_payments",
    ) -> Callable[[datetime], None]:
        def run(moment: datetime) -> None:
            category = "income" if "SALARY" in description else "transfers"
            tx = self._tx(account, amount, moment, description, category, scheme)
            tx.counterparty, tx.settled, tx.include_in_spending = dict(payer), moment, False
            if scheme == "payport_faster_payments":
                tx.metadata = {"faster_payment": "true", "trn": f"{self.rng.getrandbits(64):016X}"}

        return run

    def _to_joint(self, amount: int) -> Callable[[datetime], None]:
        def run(moment: datetime) -> None:
            out = self._tx(CURRENT, -amount, moment, "Joint account", "transfers", "p2p_payment")
            out.counterparty = {**payer("Peter Pan & Wendy Darling", "87654321", "040004"), "user_id": USER_ID}
            out.settled, out.originator, out.include_in_spending = moment, True, False
            into = self._tx(JOINT, amount, moment + timedelta(milliseconds=40), "Peter Pan", "transfers", "p2p_payment")
            into.counterparty = {**payer("Peter Pan", "12345678", "040004"), "user_id": USER_ID}
            into.settled, into.include_in_spending = moment, False

        return run

    def _pot_move(self, pot_id: str, amount: int | None) -> Callable[[datetime], None]:
        """Positive `amount`: account → pot; negative: pot → account; None: empty the pot."""

        def run(moment: datetime) -> None:
            pot = self.pots[pot_id]
            move = -pot.balance if amount is None else amount
            if move == 0 or (move > 0 and move > self.balances[pot.current_account_id]) or pot.balance + move < 0:
                return
            tx = self._tx(pot.current_account_id, -move, moment, pot.id, "savings", "uk_retail_pot")
            tx.settled, tx.include_in_spending = moment, False
            tx.metadata = {
                "pot_id": pot.id,
                "pot_account_id": pot.current_account_id,
                "trigger": "user",
                "user_id": USER_ID,
            }
            pot.balance += move
            pot.updated = moment

        return run

    def _tx(
        self,
        account: str,
        amount: int,
        moment: datetime,
        description: str,
        category: str,
        scheme: str,
        decline: str | None = None,
    ) -> Transaction:
        if decline is None:
            self.balances[account] += amount
        tx = Transaction(
            new_id(self.rng, "tx"),
            account,
            USER_ID,
            amount,
            moment,
            description,
            category,
            scheme,
            decline_reason=decline,
            account_balance=self.balances[account],
            include_in_spending=amount < 0,
            dedupe_id=f"{self.rng.getrandbits(80):020x}",
        )
        self.transactions.append(tx)
        return tx

    def _pick(self, shops: tuple[Shop, ...], weekday: bool) -> Shop:
        pool = [shop for shop in shops if weekday or not shop.weekdays_only]
        return self.rng.choices(pool, weights=[shop.weight for shop in pool])[0]

    def _merchant(self, shop: Shop, moment: datetime) -> str:
        if shop.name in self.shop_ids:
            return self.shop_ids[shop.name]
        address = {
            "address": shop.street,
            "city": shop.city,
            "country": shop.country,
            "latitude": shop.lat,
            "longitude": shop.lon,
            "postcode": shop.postcode,
            "region": shop.region,
            "formatted": ", ".join(part for part in (shop.street, f"{shop.city} {shop.postcode}".strip()) if part),
            "short_formatted": shop.street or shop.city,
            "zoom_level": 17,
            "approximate": shop.online,
        }
        merchant = Merchant(
            new_id(self.rng, "merch"),
            new_id(self.rng, "grp"),
            shop.name,
            shop.category,
            shop.emoji,
            moment,
            address,
            shop.online,
            atm=shop.category == "cash",
            website=shop.website,
            suggested_tags=f"#{shop.category}" if self.rng.random() < 0.5 else None,
        )
        self.merchants[merchant.id] = merchant
        self.shop_ids[shop.name] = merchant.id
        return merchant.id


def payer(name: str, account_number: str, sort_code: str) -> dict[str, str]:
    anon = hashlib.sha256(name.encode()).hexdigest()[:30]
    return {"name": name, "account_number": account_number, "sort_code": sort_code, "user_id": f"anonuser_{anon}"}


def descriptor(shop: Shop, rng: random.Random) -> str:
    name = shop.name.upper()
    if shop.online:
        name = f"{name.replace(' ', '')}*{rng.getrandbits(36):09X}"
    return f"{name[:22]:<23}{shop.city.upper()[:13]:<14}{_ISO3.get(shop.country, shop.country)}"
