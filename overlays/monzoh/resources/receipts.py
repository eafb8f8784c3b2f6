"""`client.receipts`: attach itemised receipts to transactions (JSON API, keyed by your `external_id`)."""

from __future__ import annotations

from typing import Any

from monzo_api.pydantic_models import Receipt, ReceiptCreated, ReceiptResponse
from overlay_runtime import AsyncResource, Call, SyncResource, field_of, nothing

from .._params import required


def create_receipt(receipt: Receipt | dict[str, Any]) -> Call[str]:
    body = receipt if isinstance(receipt, Receipt) else Receipt.model_validate(receipt)
    # PUT with the same external_id updates the receipt: safe to retry.
    return Call(
        "PUT",
        "/transaction-receipts",
        json=body.model_dump(mode="json", exclude_none=True, by_alias=True),
        parse=lambda r: ReceiptCreated.model_validate_json(r.content or b"{}").receipt_id or "",
    )


def retrieve_receipt(external_id: str) -> Call[Receipt]:
    return Call(
        "GET",
        "/transaction-receipts",
        params={"external_id": required(external_id, "external_id")},
        parse=field_of(ReceiptResponse, "receipt"),
    )


def delete_receipt(external_id: str) -> Call[None]:
    return Call(
        "DELETE", "/transaction-receipts", params={"external_id": required(external_id, "external_id")}, parse=nothing
    )


class Receipts(SyncResource):
    def create(self, receipt: Receipt | dict[str, Any]) -> str:
        """Create or update (same `external_id`) a receipt; returns Monzo's receipt id ("" if none sent)."""
        return self._client.run(create_receipt(receipt))

    def retrieve(self, external_id: str) -> Receipt:
        return self._client.run(retrieve_receipt(external_id))

    def delete(self, external_id: str) -> None:
        self._client.run(delete_receipt(external_id))


class AsyncReceipts(AsyncResource):
    async def create(self, receipt: Receipt | dict[str, Any]) -> str:
        """Create or update (same `external_id`) a receipt; returns Monzo's receipt id ("" if none sent)."""
        return await self._client.run(create_receipt(receipt))

    async def retrieve(self, external_id: str) -> Receipt:
        return await self._client.run(retrieve_receipt(external_id))

    async def delete(self, external_id: str) -> None:
        await self._client.run(delete_receipt(external_id))
