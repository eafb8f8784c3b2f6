"""The emulator's records and how each one looks on the wire."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["Account", "Merchant", "Pot", "Transaction", "new_id", "parse_time", "wire_time"]

_ALPHABET = string.ascii_letters + string.digits


def new_id(rng: random.Random, prefix: str) -> str:
    """An id shaped like Monzo's: `tx_00009` followed by 17 letters and digits."""
    return f"{prefix}_00009" + "".join(rng.choice(_ALPHABET) for _ in range(17))


def wire_time(moment: datetime) -> str:
    """RFC 3339 in UTC with milliseconds, as Monzo sends it: `2024-03-02T08:15:22.341Z` (always 4-digit years)."""
    moment = moment.astimezone(UTC)
    return f"{moment.year:04d}-" + moment.strftime("%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(text: str) -> datetime:
    """Parse an RFC 3339 timestamp; raises ValueError when it is not one."""
    if "T" not in text and "t" not in text:
        raise ValueError(f"not an RFC 3339 timestamp: {text!r}")
    moment = datetime.fromisoformat(text.replace("z", "Z"))
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {text!r}")
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # `0001-01-01T00:00:00+01:00` is in year 0 in UTC
        raise ValueError(f"timestamp out of range: {text!r}") from None


@dataclass
class Merchant:
    id: str
    group_id: str
    name: str
    category: str
    emoji: str
    created: datetime
    address: dict[str, Any]
    online: bool
    atm: bool = False
    website: str = ""
    suggested_tags: str | None = None

    def wire(self) -> dict[str, Any]:
        slug = "".join(ch for ch in self.name.lower() if ch.isalnum())
        body: dict[str, Any] = {
            "id": self.id,
            "group_id": self.group_id,
            "name": self.name,
            "logo": f"https://mondo-logo-cache.appspot.com/twitter/{slug}/?size=large",
            "emoji": self.emoji,
            "category": self.category,
            "created": wire_time(self.created),
            "address": dict(self.address),
            "online": self.online,
            "atm": self.atm,
            "disable_feedback": False,
            "metadata": {"website": self.website} if self.website else {},
        }
        if self.suggested_tags is not None:
            body["suggested_tags"] = self.suggested_tags
        return body


@dataclass
class Account:
    id: str
    type: str
    description: str
    created: datetime
    owners: list[dict[str, str]]
    closed: bool = False
    account_number: str | None = None
    sort_code: str | None = None

    def wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "closed": self.closed,
            "created": wire_time(self.created),
            "description": self.description,
            "type": self.type,
            "currency": "GBP",
            "country_code": "GB",
            "owners": [dict(owner) for owner in self.owners],
        }
        if self.account_number and self.sort_code:
            body["account_number"] = self.account_number
            body["sort_code"] = self.sort_code
            body["payment_details"] = {
                "locale_uk": {"account_number": self.account_number, "sort_code": self.sort_code}
            }
        return body


@dataclass
class Pot:
    id: str
    name: str
    style: str
    current_account_id: str
    created: datetime
    updated: datetime
    type: str = "default"
    balance: int = 0
    goal_amount: int | None = None
    deleted: bool = False
    round_up: bool = False
    locked: bool = False
    available_for_bills: bool = False

    def wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "style": self.style,
            "balance": self.balance,
            "currency": "GBP",
            "created": wire_time(self.created),
            "updated": wire_time(self.updated),
            "deleted": self.deleted,
            "type": self.type,
            "product_id": "default",
            "current_account_id": self.current_account_id,
            "cover_image_url": f"https://public-images.monzo.com/pot_covers/{self.style}.png",
            "isa_wrapper": "",
            "round_up": self.round_up,
            "round_up_multiplier": 2 if self.round_up else None,
            "is_tax_pot": False,
            "locked": self.locked,
            "available_for_bills": self.available_for_bills,
            "has_virtual_cards": False,
        }
        if self.goal_amount is not None:
            body["goal_amount"] = self.goal_amount
        return body


@dataclass
class Transaction:
    id: str
    account_id: str
    user_id: str
    amount: int
    created: datetime
    description: str
    category: str
    scheme: str
    settled: datetime | None = None
    merchant_id: str | None = None
    local_amount: int | None = None
    local_currency: str = "GBP"
    metadata: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    is_load: bool = False
    counterparty: dict[str, str] = field(default_factory=dict)
    decline_reason: str | None = None
    include_in_spending: bool = True
    originator: bool = False
    account_balance: int = 0
    attachments: list[dict[str, Any]] = field(default_factory=list)
    dedupe_id: str = ""
    updated: datetime | None = None

    @property
    def declined(self) -> bool:
        return self.decline_reason is not None

    @property
    def pending(self) -> bool:
        return self.settled is None and not self.declined

    def wire(self, merchants: dict[str, Merchant] | None = None) -> dict[str, Any]:
        """The JSON object; `merchants` given means `expand[]=merchant` (the object, not the id)."""
        merchant: Any = self.merchant_id
        if merchants is not None and self.merchant_id is not None:
            merchant = merchants[self.merchant_id].wire()
        card = self.scheme == "mastercard"
        body: dict[str, Any] = {
            "id": self.id,
            "account_id": self.account_id,
            "user_id": self.user_id,
            "amount": self.amount,
            "currency": "GBP",
            "local_amount": self.amount if self.local_amount is None else self.local_amount,
            "local_currency": self.local_currency,
            "created": wire_time(self.created),
            "updated": wire_time(self.updated or self.settled or self.created),
            "settled": "" if self.settled is None else wire_time(self.settled),
            "description": self.description,
            "merchant": merchant,
            "category": self.category,
            "categories": None if self.declined else {self.category: self.amount},
            "metadata": dict(self.metadata),
            "notes": self.notes,
            "is_load": self.is_load,
            "account_balance": self.account_balance,
            "counterparty": dict(self.counterparty),
            "scheme": self.scheme,
            "dedupe_id": self.dedupe_id,
            "originator": self.originator,
            "include_in_spending": self.include_in_spending,
            "international": None,
            "labels": None,
            "attachments": [dict(item) for item in self.attachments],
            "fees": {},
            "atm_fees_detailed": None,
            "amount_is_pending": self.pending and card,
            "can_add_to_tab": card and not self.declined,
            "can_be_excluded_from_breakdown": self.amount < 0 and not self.declined,
            "can_be_made_subscription": card and not self.declined,
            "can_split_the_bill": card and self.amount < 0 and not self.declined,
            "can_match_transactions_in_categorization": not self.declined,
            "parent_account_id": "",
        }
        if self.decline_reason is not None:
            body["decline_reason"] = self.decline_reason
        return body
