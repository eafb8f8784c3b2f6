"""Deterministic, realistic starting data: one user, three accounts, ~18 months of history.

Everything is drawn from `random.Random(seed)` and laid out relative to `now`, so one seed gives
the same ids, amounts and order on every run (pass a fixed `now` for byte-identical data).
Balances are the sum of the (not declined) transactions; pot balances the sum of the pot moves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._catalog import BILLS, HOLIDAY_MERCHANTS, JOINT_MERCHANTS, SPEND_MERCHANTS, TRAVEL_MERCHANTS
from ._model import Account, Merchant, Pot, Transaction, new_id, wire_time
from ._seed_actions import (
    CURRENT,
    DAYS,
    DELETED_POT,
    JOINT,
    PARTNER_ID,
    PETER,
    PREPAID,
    SAVINGS_POT,
    USER_ID,
    WENDY,
    Actions,
    descriptor,
    payer,
)

__all__ = ["CURRENT", "JOINT", "PARTNER_ID", "PREPAID", "USER_ID", "SeedData", "generate"]


@dataclass
class SeedData:
    accounts: list[Account]
    pots: list[Pot]
    merchants: dict[str, Merchant]
    transactions: list[Transaction]
    webhooks: list[dict[str, str]] = field(default_factory=list)
    receipts: dict[str, dict[str, Any]] = field(default_factory=dict)


def generate(seed: int, now: datetime) -> SeedData:
    return _Builder(seed, now).build()


class _Builder(Actions):
    # -- top level -------------------------------------------------------------------------
    def build(self) -> SeedData:
        accounts = self._accounts()
        self._pots()
        self._prepaid_history()
        for day in range(DAYS + 1):
            self._plan_day(self.start + timedelta(days=day), day)
        self._plan_once()
        for moment, _, action in sorted(self.plan, key=lambda item: (item[0], item[1])):
            if moment <= self.now:
                action(moment)
        self.pots[DELETED_POT].deleted = True
        data = SeedData(accounts, list(self.pots.values()), self.merchants, self.transactions)
        self._extras(data)
        return data

    def _accounts(self) -> list[Account]:
        opened = self.start - timedelta(days=3, hours=-9, minutes=-41)
        return [
            Account(CURRENT, "uk_retail", USER_ID, opened, [PETER], account_number="12345678", sort_code="040004"),
            Account(
                JOINT,
                "uk_retail_joint",
                f"joint_{USER_ID}",
                self.start + timedelta(days=9, hours=11),
                [PETER, WENDY],
                account_number="87654321",
                sort_code="040004",
            ),
            Account(
                PREPAID,
                "uk_prepaid",
                "Peter Pan's Account",
                datetime(2015, 11, 13, 12, 17, 42, tzinfo=UTC),
                [PETER],
                closed=True,
            ),
        ]

    def _pots(self) -> None:
        def pot(pot_id: str, name: str, style: str, account: str, **options: Any) -> None:
            created = self.start + timedelta(days=1 + len(self.pots), hours=8)
            self.pots[pot_id] = Pot(pot_id, name, style, account, created, created, **options)

        pot(
            SAVINGS_POT, "Savings", "beach_ball", CURRENT, type="flexible_savings", goal_amount=1_000_000, round_up=True
        )
        pot(new_id(self.rng, "pot"), "Holiday", "teal", CURRENT, goal_amount=150_000)
        pot(new_id(self.rng, "pot"), "Bills", "blue", CURRENT, available_for_bills=True)
        pot(new_id(self.rng, "pot"), "Rainy day", "piggy_bank", CURRENT, locked=True)
        pot(DELETED_POT, "Wedding Fund", "raspberry", CURRENT)
        pot(new_id(self.rng, "pot"), "House deposit", "house", JOINT, type="flexible_savings", goal_amount=3_000_000)

    def _pot_id(self, name: str) -> str:
        return next(pot.id for pot in self.pots.values() if pot.name == name)

    # -- planning --------------------------------------------------------------------------
    def _at(self, day: datetime, hour: float, action: Callable[[datetime], None]) -> None:
        moment = day + timedelta(
            seconds=int(hour * 3600) + self.rng.randint(0, 3599), milliseconds=self.rng.randint(0, 999)
        )
        self.plan.append((moment, len(self.plan), action))

    def _plan_day(self, day: datetime, index: int) -> None:
        rng = self.rng
        weekday = day.weekday() < 5
        holiday_start = DAYS - 200
        if holiday_start <= index < holiday_start + 7:
            for _ in range(rng.choice((2, 3, 4))):
                self._at(day, rng.uniform(8, 22), self._card(CURRENT, self._pick(HOLIDAY_MERCHANTS, weekday)))
        else:
            for _ in range(rng.choices((0, 1, 2, 3), weights=(25, 35, 25, 15))[0]):
                self._at(day, rng.uniform(7, 22), self._card(CURRENT, self._pick(SPEND_MERCHANTS, weekday)))
        if index >= 10 and rng.random() < 0.4:
            self._at(day, rng.uniform(9, 20), self._card(JOINT, self._pick(JOINT_MERCHANTS, weekday)))
        if index == holiday_start - 40:
            for shop in TRAVEL_MERCHANTS:
                self._at(day, rng.uniform(19, 22), self._card(CURRENT, shop))
        if index == holiday_start - 41:
            self._at(day, 18, self._pot_move(self._pot_id("Holiday"), -60_000))
        if index % 53 == 17:
            reason = rng.choice(("INVALID_CVC", "SCA_NOT_AUTHENTICATED_CARD_NOT_PRESENT", "CARD_BLOCKED"))
            self._at(
                day, rng.uniform(10, 21), self._card(CURRENT, self._pick(SPEND_MERCHANTS, weekday), decline=reason)
            )
        if index % 61 == 30:
            self._at(day, rng.uniform(9, 18), self._card(CURRENT, SPEND_MERCHANTS[6], refund=True))
        if index in (DAYS - 120, DAYS - 9):
            self._at(day, 23.0, self._card(CURRENT, SPEND_MERCHANTS[6], decline="INSUFFICIENT_FUNDS"))
        self._plan_monthly(day, index)

    def _plan_monthly(self, day: datetime, index: int) -> None:
        month = (day.year - self.start.year) * 12 + day.month - self.start.month
        if day.day == 25:
            self._at(
                day,
                6,
                self._transfer(CURRENT, 325_000, "NEVERLAND LTD SALARY", payer("Neverland Ltd", "71931989", "608371")),
            )
        if day.day == 26 and index >= 10:
            self._at(day, 8, self._to_joint(160_000))
            self._at(
                day,
                9,
                self._transfer(
                    JOINT,
                    140_000,
                    "Wendy Darling",
                    {**payer("Wendy Darling", "55512345", "040004"), "user_id": PARTNER_ID},
                    scheme="p2p_payment",
                ),
            )
            self._at(day, 10, self._pot_move(SAVINGS_POT, 30_000))
            self._at(day, 10, self._pot_move(self._pot_id("Holiday"), 10_000))
            self._at(day, 10, self._pot_move(self._pot_id("Bills"), 4_000))
            self._at(day, 10, self._pot_move(self._pot_id("Rainy day"), 5_000))
            self._at(day, 11, self._pot_move(self._pot_id("House deposit"), 15_000))
            if month < 6:
                self._at(day, 12, self._pot_move(DELETED_POT, 20_000))
        if month == 8 and day.day == 2:
            self._at(day, 9, self._pot_move(DELETED_POT, None))
        for bill in BILLS:
            if day.day == bill.day and (index >= 12 or not bill.joint):
                self._at(day, 5, self._bill(bill))

    def _plan_once(self) -> None:
        first = self.start + timedelta(hours=10)
        self._at(
            first, 0, self._transfer(CURRENT, 250_000, "BARCLAYS TRANSFER", payer("Peter Pan", "20456712", "203214"))
        )
        opening = self.start + timedelta(days=10)
        self._at(opening, 9, self._to_joint(100_000))
        wendy = {**payer("Wendy Darling", "55512345", "040004"), "user_id": PARTNER_ID}
        self._at(opening, 10, self._transfer(JOINT, 100_000, "Wendy Darling", wendy, scheme="p2p_payment"))

    # -- actions ---------------------------------------------------------------------------
    def _prepaid_history(self) -> None:
        moment = datetime(2015, 11, 13, 18, 2, 11, tzinfo=UTC)
        for week in range(16):
            if week % 4 == 0:
                tx = self._tx(PREPAID, 10_000, moment, "Top up", "mondo", "gps_mastercard")
                tx.is_load, tx.settled, tx.include_in_spending = True, moment, False
            shop = self._pick(SPEND_MERCHANTS[:5], True)
            amount = min(self.rng.randint(shop.low, shop.high), self.balances[PREPAID])
            tx = self._tx(
                PREPAID,
                -amount,
                moment + timedelta(days=2, hours=3),
                descriptor(shop, self.rng),
                shop.category,
                "gps_mastercard",
            )
            tx.merchant_id, tx.settled = self._merchant(shop, moment), moment + timedelta(days=3)
            moment += timedelta(days=7, minutes=self.rng.randint(-300, 300))
        tx = self._tx(
            PREPAID,
            -self.balances[PREPAID],
            moment,
            "Balance moved to current account",
            "transfers",
            "payport_faster_payments",
        )
        tx.settled = moment

    # -- building blocks -------------------------------------------------------------------
    def _extras(self, data: SeedData) -> None:
        """Notes, attachments, a receipt and a webhook on a few transactions, chosen by the seed."""
        settled = [
            tx
            for tx in data.transactions
            if tx.account_id == CURRENT and tx.merchant_id and tx.settled and tx.amount < 0
        ]
        for tx, note in zip(
            self.rng.sample(settled, 3), ("Team lunch", "Birthday present for Michael", "Split with John"), strict=True
        ):
            tx.notes, tx.metadata["notes"] = note, note
        for tx in self.rng.sample(settled, 2):
            attachment_id = new_id(self.rng, "attach")
            tx.attachments.append(
                {
                    "id": attachment_id,
                    "user_id": USER_ID,
                    "external_id": tx.id,
                    "file_url": f"https://s3-eu-west-1.amazonaws.com/mondo-image-uploads/{USER_ID}/{attachment_id}-receipt.jpg",
                    "file_type": "image/jpeg",
                    "created": wire_time(tx.settled or tx.created),
                }
            )
        tx = self.rng.choice(settled)
        data.receipts["sandbox-receipt-0001"] = {
            "id": new_id(self.rng, "receipt"),
            "external_id": "sandbox-receipt-0001",
            "transaction_id": tx.id,
            "total": -tx.amount,
            "currency": "GBP",
            "items": [{"description": "Purchase", "amount": -tx.amount, "currency": "GBP", "quantity": 1}],
        }
        data.webhooks.append(
            {"id": new_id(self.rng, "webhook"), "account_id": CURRENT, "url": "https://example.com/monzo/webhook"}
        )
