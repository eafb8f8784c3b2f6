"""`client.receipts`: attach itemised receipts to transactions (JSON API, keyed by your `external_id`)."""

from __future__ import annotations

from typing import Any

import httpx

from monzo_api import models as wire
from monzo_api.api.receipts import create_receipt, delete_receipt, retrieve_receipt
from monzo_api.pydantic_models import Receipt, ReceiptCreated, ReceiptResponse
from overlay_runtime import Call, ClientT, Resource, field_of, nothing, operation, validate_json

from .._params import required


def receipt_id(response: httpx.Response) -> str:
    return validate_json(ReceiptCreated, response.content or b"{}").receipt_id or ""


class Receipts(Resource[ClientT]):
    @operation
    def create(self, receipt: Receipt | dict[str, Any]) -> Call[str]:
        """Create or update (same `external_id`) a receipt; returns Monzo's receipt id ("" if none sent)."""
        checked = receipt if isinstance(receipt, Receipt) else Receipt.model_validate(receipt)
        body = wire.Receipt.from_dict(checked.model_dump(mode="json", exclude_none=True, by_alias=True))
        # PUT with the same external_id updates the receipt: safe to retry.
        return Call(create_receipt.build_request(body=body), parse=receipt_id)

    @operation
    def retrieve(self, external_id: str) -> Call[Receipt]:
        request = retrieve_receipt.build_request(external_id=required(external_id, "external_id"))
        return Call(request, parse=field_of(ReceiptResponse, "receipt"))

    @operation
    def delete(self, external_id: str) -> Call[None]:
        return Call(delete_receipt.build_request(external_id=required(external_id, "external_id")), parse=nothing)
