"""`client.transactions`: list, page through the whole history, retrieve and annotate."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from functools import partial

import httpx

from monzo_api.api.transactions import annotate_transaction, list_transactions, retrieve_transaction
from monzo_api.models import TransactionAnnotationRequest
from monzo_api.types import EndpointRequest
from overlay_runtime import Call, ClientT, Page, Pages, Resource, field_of, operation, paginated, validate_json

from .._binding import bind_result, bound
from .._bound_models import Transaction, TransactionList, TransactionResponse
from .._constants import MAX_PAGE
from .._exceptions import MonzoValidationError
from .._params import expand_options, required, since_value, utc

MetadataValue = str | int | float | bool | None


def transactions_call(
    account_id: str,
    expand: Sequence[str] | None,
    limit: int | None,
    since: datetime | str | None,
    before: datetime | None,
) -> EndpointRequest:
    if limit is not None and not 1 <= limit <= MAX_PAGE:
        raise MonzoValidationError(f"limit must be between 1 and {MAX_PAGE}, not {limit}")
    return list_transactions.build_request(
        account_id=required(account_id, "account_id"),
        since=since_value(since),
        before=None if before is None else utc(before),
        limit=limit,
        expand=expand_options(expand),
    )


def history_page(response: httpx.Response, client: object = None) -> Page[Transaction]:
    """Monzo has no cursor: a full page continues after its last id, a short one is the last."""
    found = validate_json(TransactionList, response.content).transactions
    items: builtins.list[Transaction] = [*bind_result(found, client)]
    return Page(items, _id(items[-1]) if len(items) == MAX_PAGE else None)


def _id(transaction: Transaction) -> str | None:
    """A transaction's id (None for an item kept as received that has none)."""
    found = getattr(transaction, "id", None)
    if found is None and isinstance(transaction, dict):
        found = transaction.get("id")
    return found if isinstance(found, str) else None


class Transactions(Resource[ClientT]):
    @operation
    def list(
        self,
        account_id: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        since: datetime | str | None = None,
        before: datetime | None = None,
    ) -> Call[builtins.list[Transaction]]:
        """One page of transactions, oldest first (`limit` up to 100; Monzo's default is 30)."""
        request = transactions_call(account_id, expand, limit, since, before)
        return Call(request, parse=bound(self._client, field_of(TransactionList, "transactions")))

    @paginated
    def iter_all(
        self,
        account_id: str,
        *,
        expand: Sequence[str] | None = None,
        since: datetime | str | None = None,
        before: datetime | None = None,
    ) -> Pages[Transaction]:
        """Every transaction from `since` on, oldest first, fetched 100 at a time as you iterate.

        A server that ignores `since` (the same page again, or a page ending with a transaction already
        returned) stops the iteration with `PaginationLoopError` (a `MonzoValidationError`) instead of
        requesting pages for ever."""
        transactions_call(account_id, expand, MAX_PAGE, since, before)  # refuse bad arguments now
        parse = partial(history_page, client=self._client)

        def page_call(after_id: str | None) -> Call[Page[Transaction]]:
            return Call(transactions_call(account_id, expand, MAX_PAGE, after_id or since, before), parse=parse)

        # The next page starts after the last id: a page ending with an id already returned makes no progress.
        return Pages(page_call, key=_id, cursor_from_key=True)

    @operation
    def retrieve(self, transaction_id: str, expand: Sequence[str] | None = None) -> Call[Transaction]:
        """One transaction (`expand=["merchant"]` for the merchant object)."""
        request = retrieve_transaction.build_request(transaction_id, expand=expand_options(expand))
        return Call(request, parse=bound(self._client, field_of(TransactionResponse, "transaction")))

    @operation
    def annotate(self, transaction_id: str, metadata: dict[str, MetadataValue]) -> Call[Transaction]:
        """Set metadata keys on a transaction (a None or "" value deletes the key; `notes` sets its notes)."""
        if not metadata:
            raise MonzoValidationError("metadata must have at least one key")
        body = TransactionAnnotationRequest.from_dict(
            {f"metadata[{key}]": "" if value is None else str(value) for key, value in metadata.items()}
        )
        # Setting keys is idempotent: sending the same annotation twice leaves the same result.
        request = annotate_transaction.build_request(transaction_id, body=body)
        parse = bound(self._client, field_of(TransactionResponse, "transaction"))
        return Call(request, parse=parse, idempotent=True)
