"""`client.transactions`: list, page through the whole history, retrieve and annotate."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from monzo_api.pydantic_models import Transaction, TransactionList, TransactionResponse
from overlay_runtime import AsyncPager, AsyncResource, Call, Page, SyncPager, SyncResource, field_of

from .._exceptions import MonzoValidationError
from .._params import drop_none, required, rfc3339

MAX_PAGE = 100
MetadataValue = str | int | float | bool | None


def _query(
    account_id: str,
    expand: Sequence[str] | None,
    limit: int | None,
    since: datetime | str | None,
    before: datetime | None,
) -> builtins.list[tuple[str, Any]]:
    if limit is not None and not 1 <= limit <= MAX_PAGE:
        raise MonzoValidationError(f"limit must be between 1 and {MAX_PAGE}, not {limit}")
    if isinstance(expand, str):
        expand = [expand]
    params = drop_none(
        {
            "account_id": required(account_id, "account_id"),
            "since": rfc3339(since),
            "before": rfc3339(before),
            "limit": limit,
        }
    )
    return [*params.items(), *(("expand[]", e) for e in expand or ())]


def list_transactions(
    account_id: str,
    expand: Sequence[str] | None = None,
    limit: int | None = None,
    since: datetime | str | None = None,
    before: datetime | None = None,
) -> Call[builtins.list[Transaction]]:
    return Call(
        "GET",
        "/transactions",
        params=_query(account_id, expand, limit, since, before),
        parse=field_of(TransactionList, "transactions"),
    )


def history_page(
    account_id: str, expand: Sequence[str] | None, since: datetime | str | None, before: datetime | None
) -> Any:
    """`page_call` for the whole history: Monzo has no cursor, so the next page starts after the last id."""

    def page_call(cursor: str | None) -> Call[Page[Transaction]]:
        def parse(response: Any) -> Page[Transaction]:
            items = TransactionList.model_validate_json(response.content).transactions
            return Page(items, items[-1].id if len(items) == MAX_PAGE else None)

        return Call(
            "GET", "/transactions", params=_query(account_id, expand, MAX_PAGE, cursor or since, before), parse=parse
        )

    return page_call


def retrieve_transaction(transaction_id: str, expand: Sequence[str] | None = None) -> Call[Transaction]:
    if isinstance(expand, str):
        expand = [expand]
    return Call(
        "GET",
        f"/transactions/{required(transaction_id, 'transaction_id')}",
        params=[("expand[]", e) for e in expand or ()],
        parse=field_of(TransactionResponse, "transaction"),
    )


def annotate_transaction(transaction_id: str, metadata: dict[str, MetadataValue]) -> Call[Transaction]:
    if not metadata:
        raise MonzoValidationError("metadata must have at least one key")
    form = {f"metadata[{key}]": "" if value is None else str(value) for key, value in metadata.items()}
    # Setting keys is idempotent: sending the same annotation twice leaves the same result.
    return Call(
        "PATCH",
        f"/transactions/{required(transaction_id, 'transaction_id')}",
        data=form,
        parse=field_of(TransactionResponse, "transaction"),
        idempotent=True,
    )


class Transactions(SyncResource):
    def list(
        self,
        account_id: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        since: datetime | str | None = None,
        before: datetime | None = None,
    ) -> builtins.list[Transaction]:
        """One page of transactions, oldest first (`limit` up to 100; Monzo's default is 30)."""
        return self._client.run(list_transactions(account_id, expand, limit, since, before))

    def iter_all(
        self,
        account_id: str,
        *,
        expand: Sequence[str] | None = None,
        since: datetime | str | None = None,
        before: datetime | None = None,
    ) -> SyncPager[Transaction]:
        """Every transaction from `since` on, oldest first, fetched 100 at a time as you iterate."""
        return SyncPager(self._client, history_page(account_id, expand, since, before))

    def retrieve(self, transaction_id: str, expand: Sequence[str] | None = None) -> Transaction:
        """One transaction (`expand=["merchant"]` for the merchant object)."""
        return self._client.run(retrieve_transaction(transaction_id, expand))

    def annotate(self, transaction_id: str, metadata: dict[str, MetadataValue]) -> Transaction:
        """Set metadata keys on a transaction (a None or "" value deletes the key; `notes` sets its notes)."""
        return self._client.run(annotate_transaction(transaction_id, metadata))


class AsyncTransactions(AsyncResource):
    async def list(
        self,
        account_id: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        since: datetime | str | None = None,
        before: datetime | None = None,
    ) -> builtins.list[Transaction]:
        """One page of transactions, oldest first (`limit` up to 100; Monzo's default is 30)."""
        return await self._client.run(list_transactions(account_id, expand, limit, since, before))

    def iter_all(
        self,
        account_id: str,
        *,
        expand: Sequence[str] | None = None,
        since: datetime | str | None = None,
        before: datetime | None = None,
    ) -> AsyncPager[Transaction]:
        """Every transaction from `since` on, oldest first, fetched 100 at a time as you iterate."""
        return AsyncPager(self._client, history_page(account_id, expand, since, before))

    async def retrieve(self, transaction_id: str, expand: Sequence[str] | None = None) -> Transaction:
        """One transaction (`expand=["merchant"]` for the merchant object)."""
        return await self._client.run(retrieve_transaction(transaction_id, expand))

    async def annotate(self, transaction_id: str, metadata: dict[str, MetadataValue]) -> Transaction:
        """Set metadata keys on a transaction (a None or "" value deletes the key; `notes` sets its notes)."""
        return await self._client.run(annotate_transaction(transaction_id, metadata))
