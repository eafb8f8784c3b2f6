"""parse_webhook_payload: a typed transaction.created event, and a clear error for anything else."""

from __future__ import annotations

import json

import pytest

from monzoh import MonzoValidationError, WebhookParseError, parse_transaction_webhook, parse_webhook_payload

EVENT = {
    "type": "transaction.created",
    "data": {
        "account_id": "acc_00008gju41AHyfLUzBUk8A",
        "amount": -350,
        "created": "2015-09-04T14:28:40Z",
        "currency": "GBP",
        "description": "Ozone Coffee Roasters",
        "id": "tx_00008zjky19HyFLAzlUk7t",
        "category": "eating_out",
        "is_load": False,
        "settled": "",
        "decline_reason": "SOMETHING_NEW",
        "merchant": {
            "id": "merch_1",
            "group_id": "grp_1",
            "name": "Ozone",
            "category": "eating_out",
            "created": "2015-08-22T12:20:18Z",
            "brand_new_field": True,
        },
    },
}


@pytest.mark.parametrize("body", [json.dumps(EVENT), json.dumps(EVENT).encode()])
def test_transaction_created_is_typed(body: str | bytes) -> None:
    event = parse_webhook_payload(body)
    assert event.data.amount == -350 and event.data.settled == ""
    assert event.data.decline_reason == "SOMETHING_NEW"
    assert event.data.merchant.name == "Ozone"  # type: ignore[union-attr]
    assert parse_transaction_webhook(body).id == "tx_00008zjky19HyFLAzlUk7t"


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("not json", "not JSON"),
        ("[]", "no event `type`"),
        (json.dumps({"type": "balance.updated", "data": {}}), "unknown webhook event type 'balance.updated'"),
        (json.dumps({"type": "transaction.created", "data": {"id": "tx_1"}}), "malformed at data."),
    ],
)
def test_anything_else_is_a_clear_parse_error(body: str, says: str) -> None:
    with pytest.raises(WebhookParseError, match=says) as info:
        parse_webhook_payload(body)
    assert isinstance(info.value, MonzoValidationError) and isinstance(info.value, ValueError)
