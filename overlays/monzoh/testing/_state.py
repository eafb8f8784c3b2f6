"""The emulator's live data: accounts, balances, pots and transactions, changed by the API calls.

Every method is thread-safe (the server thread writes while a test reads) and returns plain JSON
objects in Monzo's wire format, copies that the caller may keep.
"""

from __future__ import annotations

import bisect
import random
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from ._errors import ErrorReply, bad_param, forbidden, missing_param, not_found
from ._model import Account, Merchant, Pot, Transaction, new_id, parse_time
from ._seed import CURRENT, JOINT, PREPAID, USER_ID, generate
from ._stores import AttachmentStore, FeedStore, ReceiptStore, WebhookStore

__all__ = ["MAX_LIMIT", "MonzoState"]

DEFAULT_LIMIT = 30
MAX_LIMIT = 100
MAX_RANGE = timedelta(days=365)
Listener = Callable[[dict[str, Any]], None]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class MonzoState:
    """One Monzo user's world. `seed` picks the data; `now` anchors its dates (default: now)."""

    user_id = USER_ID
    current_account_id = CURRENT
    joint_account_id = JOINT
    prepaid_account_id = PREPAID

    def __init__(self, seed: int = 0, now: datetime | None = None, clock: Callable[[], datetime] = _utcnow) -> None:
        data = generate(seed, now or clock())
        self._lock = threading.RLock()
        self._rng = random.Random(f"monzo-sandbox-live:{seed}")
        self.clock = clock
        self._accounts: dict[str, Account] = {account.id: account for account in data.accounts}
        self._pots: dict[str, Pot] = {pot.id: pot for pot in data.pots}
        self.merchants: dict[str, Merchant] = data.merchants
        self._tx: dict[str, Transaction] = {}
        self._by_account: dict[str, list[Transaction]] = {account_id: [] for account_id in self._accounts}
        self._balances = dict.fromkeys(self._accounts, 0)
        self._dedupe: dict[tuple[str, str, str], dict[str, Any]] = {}
        self._listeners: list[Listener] = []
        for tx in data.transactions:
            self._insert(tx)
        self.webhooks = WebhookStore(self._rng, self._require_account, data.webhooks)
        self.receipts = ReceiptStore(self._rng, self._require_transaction, data.receipts)
        self.feed = FeedStore(self._require_account, clock)
        self.attachments = AttachmentStore(self._rng, self._lock, self._tx, USER_ID, clock)

    # -- accounts and balances -------------------------------------------------------------
    def accounts(self, account_type: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [a.wire() for a in self._accounts.values() if account_type in (None, "", a.type)]

    def balance(self, account_id: str) -> dict[str, Any]:
        with self._lock:
            self._require_account(account_id)
            balance = self._balances[account_id]
            pots = [p for p in self._pots.values() if p.current_account_id == account_id and not p.deleted]
            now = self.clock()
            day_start = now.replace(hour=4, minute=0, second=0, microsecond=0)
            if now < day_start:
                day_start -= timedelta(days=1)
            start = bisect.bisect_left(self._by_account[account_id], day_start, key=lambda t: t.created)
            today = self._by_account[account_id][start:]
            return {
                "balance": balance,
                "total_balance": balance + sum(p.balance for p in pots),
                "balance_including_flexible_savings": balance
                + sum(p.balance for p in pots if p.type == "flexible_savings"),
                "currency": "GBP",
                "spend_today": sum(
                    t.amount for t in today if t.amount < 0 and t.include_in_spending and not t.declined
                ),
                "local_currency": "",
                "local_exchange_rate": 0,
                "local_spend": [],
            }

    # -- pots ------------------------------------------------------------------------------
    def pots(self, current_account_id: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            if current_account_id is not None:
                self._require_account(current_account_id)
            return [p.wire() for p in self._pots.values() if current_account_id in (None, p.current_account_id)]

    def pot(self, pot_id: str) -> dict[str, Any]:
        with self._lock:
            return self._require_pot(pot_id).wire()

    def deposit(self, pot_id: str, source_account_id: str, amount: str | int, dedupe_id: str) -> dict[str, Any]:
        return self._move(pot_id, source_account_id, amount, dedupe_id, into_pot=True)

    def withdraw(self, pot_id: str, destination_account_id: str, amount: str | int, dedupe_id: str) -> dict[str, Any]:
        return self._move(pot_id, destination_account_id, amount, dedupe_id, into_pot=False)

    def _move(
        self, pot_id: str, account_id: str, raw_amount: str | int, dedupe_id: str, into_pot: bool
    ) -> dict[str, Any]:
        account_field = "source_account_id" if into_pot else "destination_account_id"
        amount = _positive_int("amount", raw_amount)
        for name, value in ((account_field, account_id), ("dedupe_id", dedupe_id)):
            if not value:
                raise missing_param(name)
        key = ("deposit" if into_pot else "withdraw", pot_id, dedupe_id)
        with self._lock:
            if key in self._dedupe:
                return dict(self._dedupe[key])
            pot = self._require_pot(pot_id)
            if pot.deleted:
                raise bad_param("pot_id", "is a deleted pot", pot_id)
            if account_id != pot.current_account_id:
                raise bad_param(account_field, "is not the pot's current account", account_id)
            if not into_pot and pot.locked:
                raise forbidden(
                    "forbidden.insufficient_permissions", "This pot has added security: withdraw in the Monzo app"
                )
            available = self._balances[account_id] if into_pot else pot.balance
            if amount > available:
                raise ErrorReply(
                    400, "bad_request.insufficient_funds", "Insufficient funds", params={"amount": str(amount)}
                )
            now = self.clock()
            tx = Transaction(
                new_id(self._rng, "tx"),
                account_id,
                USER_ID,
                -amount if into_pot else amount,
                now,
                pot.id,
                "savings",
                "uk_retail_pot",
                settled=now,
                include_in_spending=False,
                dedupe_id=dedupe_id,
                metadata={"pot_id": pot.id, "pot_account_id": account_id, "trigger": "user", "user_id": USER_ID},
            )
            pot.balance += amount if into_pot else -amount
            pot.updated = now
            event = self._add(tx)
            result = self._dedupe[key] = pot.wire()
        self._emit(event)
        return dict(result)

    # -- transactions ----------------------------------------------------------------------
    def transactions(
        self,
        account_id: str,
        *,
        since: str | None = None,
        before: str | None = None,
        limit: int = DEFAULT_LIMIT,
        expand_merchant: bool = False,
        history_floor: datetime | None = None,
    ) -> list[dict[str, Any]]:
        """One page, oldest first: after `since` (timestamp inclusive, tx id exclusive), before `before`."""
        if not 1 <= limit <= MAX_LIMIT:
            raise bad_param("limit", f"must be between 1 and {MAX_LIMIT}", str(limit))
        with self._lock:
            self._require_account(account_id)
            txs = self._by_account[account_id]
            low, since_time = 0, None
            if since:
                if since.startswith("tx_"):
                    anchor = self._tx.get(since)
                    if anchor is None or anchor.account_id != account_id:
                        raise bad_param("since", "is not a transaction of this account", since)
                    low, since_time = txs.index(anchor) + 1, anchor.created
                else:
                    since_time = _time_param("since", since)
                    low = bisect.bisect_left(txs, since_time, key=lambda t: t.created)
            high = len(txs)
            if before:
                before_time = _time_param("before", before)
                high = bisect.bisect_left(txs, before_time, key=lambda t: t.created)
                if since_time is not None and before_time - since_time > MAX_RANGE:
                    raise ErrorReply(
                        400,
                        "bad_request.invalid_time_range",
                        "The time range you have requested is too large, please make multiple smaller requests",
                    )
            page = txs[low:high][:limit]
            if history_floor is not None and page and page[0].created < history_floor:
                raise forbidden("forbidden.verification_required", "Verification required")
            merchants = self.merchants if expand_merchant else None
            return [tx.wire(merchants) for tx in page]

    def all_transactions(self, account_id: str) -> list[dict[str, Any]]:
        """Every transaction of the account, oldest first (for inspection; the API pages)."""
        with self._lock:
            self._require_account(account_id)
            return [tx.wire() for tx in self._by_account[account_id]]

    def transaction(self, transaction_id: str, *, expand_merchant: bool = False) -> dict[str, Any]:
        with self._lock:
            return self._require_transaction(transaction_id).wire(self.merchants if expand_merchant else None)

    def annotate(self, transaction_id: str, fields: Mapping[str, str]) -> dict[str, Any]:
        """Apply `metadata[key]=value` fields: an empty value deletes the key; `notes` also sets notes."""
        with self._lock:
            tx = self._require_transaction(transaction_id)
            for name, value in fields.items():
                if not (name.startswith("metadata[") and name.endswith("]")) or len(name) <= len("metadata[]"):
                    continue
                key = name[len("metadata[") : -1]
                if value:
                    tx.metadata[key] = value
                else:
                    tx.metadata.pop(key, None)
                if key == "notes":
                    tx.notes = value
            tx.updated = self.clock()
            return tx.wire()

    def add_transaction(
        self,
        account_id: str,
        amount: int,
        description: str,
        *,
        merchant_id: str | None = None,
        category: str = "general",
        pending: bool = False,
        scheme: str = "mastercard",
    ) -> dict[str, Any]:
        """Book a new transaction now (a card payment by default), as if it happened in real life.

        The balance moves at once and registered webhooks receive `transaction.created`.
        """
        with self._lock:
            self._require_account(account_id)
            if merchant_id is not None and merchant_id not in self.merchants:
                raise not_found("merchant", merchant_id)
            now = self.clock()
            tx = Transaction(
                new_id(self._rng, "tx"),
                account_id,
                USER_ID,
                amount,
                now,
                description,
                category,
                scheme,
                settled=None if pending else now,
                merchant_id=merchant_id,
                include_in_spending=amount < 0,
                dedupe_id=f"{self._rng.getrandbits(80):020x}",
            )
            event = self._add(tx)
            wire = tx.wire()
        self._emit(event)
        return wire

    # -- events ----------------------------------------------------------------------------
    def on_transaction(self, listener: Listener) -> None:
        """Call `listener(event)` with each `transaction.created` event (after the change is made)."""
        self._listeners.append(listener)

    def _emit(self, event: dict[str, Any]) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- internals -------------------------------------------------------------------------
    def _add(self, tx: Transaction) -> dict[str, Any]:
        if not tx.declined:
            self._balances[tx.account_id] += tx.amount
        tx.account_balance = self._balances[tx.account_id]
        self._insert(tx, count=False)
        return {"type": "transaction.created", "data": tx.wire(self.merchants)}

    def _insert(self, tx: Transaction, count: bool = True) -> None:
        self._tx[tx.id] = tx
        bisect.insort_right(self._by_account[tx.account_id], tx, key=lambda t: t.created)
        if count and not tx.declined:
            self._balances[tx.account_id] += tx.amount

    def _require_account(self, account_id: str) -> Account:
        if not account_id:
            raise missing_param("account_id")
        account = self._accounts.get(account_id)
        if account is None:
            raise not_found("account", account_id)
        return account

    def _require_pot(self, pot_id: str) -> Pot:
        pot = self._pots.get(pot_id)
        if pot is None:
            raise not_found("pot", pot_id)
        return pot

    def _require_transaction(self, transaction_id: str) -> Transaction:
        tx = self._tx.get(transaction_id)
        if tx is None:
            raise not_found("transaction", transaction_id)
        return tx


def _positive_int(name: str, raw: str | int) -> int:
    try:
        value = int(raw)
    except (TypeError, ValueError):
        value = 0
    if value <= 0:
        raise bad_param(name, "must be greater than 0", str(raw))
    return value


def _time_param(name: str, raw: str) -> datetime:
    try:
        return parse_time(raw)
    except ValueError:
        raise bad_param(name, "must be an RFC 3339 timestamp", raw) from None
