"""monzoh 1.2.0's module layout and error constructors, on ours.

`monzoh.exceptions`, `monzoh.webhooks` and `monzoh.auth` exist with 1.2.0's names; its error
classes take 1.2.0's arguments (`response_data=` included) and still pickle, rebuild from `args`
as Celery does, and carry no secret.
"""

from __future__ import annotations

import importlib
import json
import pickle

import pytest

import monzoh
from monzoh import exceptions
from monzoh.exceptions import (
    MonzoAPIError,
    MonzoAuthenticationError,
    MonzoBadRequestError,
    MonzoError,
    MonzoMethodNotAllowedError,
    MonzoNotAcceptableError,
    MonzoNotFoundError,
    MonzoPermissionDeniedError,
    MonzoRateLimitError,
    MonzoServerError,
    MonzoTimeoutError,
    MonzoUnboundModelError,
    MonzoValidationError,
    create_error_from_response,
)
from monzoh.webhooks import TransactionWebhookPayload, WebhookParseError, parse_webhook_payload
from overlay_runtime import register_secret

SECRET = "tok_compat_Zq8Wm3Xn7Bv1Cl5Kd9Fj4Hs2"

# The public names of monzoh 1.2.0, as its modules list them.
PEER_NAMES = {
    "monzoh": [
        "MonzoClient", "AsyncMonzoClient", "MonzoOAuth", "Account", "Balance", "Transaction", "Pot",
        "Attachment", "Receipt", "Webhook", "OAuthToken", "WhoAmI", "MonzoError", "MonzoAuthenticationError",
        "MonzoBadRequestError", "MonzoNotFoundError", "MonzoRateLimitError", "MonzoServerError",
        "MonzoNetworkError", "MonzoValidationError", "WebhookParseError", "parse_transaction_webhook",
        "parse_webhook_payload",
    ],
    "monzoh.exceptions": [
        "MonzoError", "MonzoAuthenticationError", "MonzoBadRequestError", "MonzoNotFoundError",
        "MonzoMethodNotAllowedError", "MonzoNotAcceptableError", "MonzoRateLimitError", "MonzoServerError",
        "MonzoTimeoutError", "MonzoNetworkError", "MonzoValidationError", "create_error_from_response",
    ],
    "monzoh.webhooks": [
        "WebhookParseError", "WebhookPayload", "TransactionWebhookPayload", "parse_webhook_payload",
        "parse_transaction_webhook",
    ],
    "monzoh.auth": ["MonzoOAuth"],
    "monzoh.models": [  # all but PaginationParams and ExpandParams, which no method of ours takes
        "OAuthToken", "WhoAmI", "Account", "AccountType", "Balance", "AccountsResponse", "Transaction", "Merchant",
        "Address", "TransactionsResponse", "TransactionResponse", "Pot", "PotsResponse", "Attachment",
        "AttachmentUpload", "AttachmentResponse", "FeedItemParams", "Receipt", "ReceiptItem", "ReceiptTax",
        "ReceiptPayment", "ReceiptMerchant", "ReceiptResponse", "Webhook", "WebhookEvent", "WebhooksResponse",
        "WebhookResponse",
    ],
}  # fmt: skip
MONZO_ERRORS = sorted(
    (name for name in exceptions.__all__ if isinstance(getattr(exceptions, name), type)),
    key=str,
)


@pytest.mark.parametrize("module", sorted(PEER_NAMES))
def test_the_peers_names_import(module: str) -> None:
    """Every public name of 1.2.0's package and of its three modules imports from ours."""
    loaded = importlib.import_module(module)
    missing = [name for name in PEER_NAMES[module] if not hasattr(loaded, name)]
    assert not missing
    if module == "monzoh":
        assert set(PEER_NAMES[module]) <= set(monzoh.__all__)


def test_the_modules_re_export_our_own_objects() -> None:
    """The modules hold our classes, not copies: one `except` catches what either name raises."""
    import monzoh.auth
    import monzoh.webhooks

    assert monzoh.auth.MonzoOAuth is monzoh.MonzoOAuth
    assert exceptions.MonzoError is monzoh.MonzoError and exceptions.WebhookParseError is monzoh.WebhookParseError
    assert monzoh.webhooks.parse_webhook_payload is monzoh.parse_webhook_payload


@pytest.mark.parametrize("name", MONZO_ERRORS)
def test_error_classes_take_the_peers_arguments(name: str) -> None:
    """`cls(message)`, `cls(message, status_code, response_data)` and the keyword forms all work."""
    cls = getattr(exceptions, name)
    assert str(cls("plain")) == "plain"
    for error in (
        cls("failed", 400, {"code": "bad_request.x"}),
        cls("failed", status_code=400, response_data={"code": "bad_request.x"}),
        cls(message="failed", status_code=400, response_data={"code": "bad_request.x"}),
    ):
        assert (error.message, error.original_message, error.status_code) == ("failed", "failed", 400)
        assert error.response_data == {"code": "bad_request.x"} == error.body
        rebuilt = type(error)(*json.loads(json.dumps(error.args)))  # as Celery's JSON result backend does
        copied = pickle.loads(pickle.dumps(error))
        for other in (rebuilt, copied):
            assert type(other) is cls and other.response_data == error.response_data and str(other) == "failed"


def test_peer_built_errors_carry_no_secret() -> None:
    """A secret in a message or in `response_data=` is masked, in the error and in its pickle."""
    register_secret(SECRET)
    error = MonzoAuthenticationError(f"token {SECRET} refused", 401, response_data={"echo": SECRET})
    for text in (str(error), repr(error.args), repr(error.response_data), pickle.dumps(error).decode("latin-1")):
        assert SECRET not in text


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, MonzoBadRequestError),
        (401, MonzoAuthenticationError),
        (403, MonzoPermissionDeniedError),  # a MonzoAuthenticationError, as 1.2.0 raised
        (404, MonzoNotFoundError),
        (405, MonzoMethodNotAllowedError),
        (406, MonzoNotAcceptableError),
        (429, MonzoRateLimitError),
        (500, MonzoServerError),
        (504, MonzoServerError),  # 1.2.0: MonzoTimeoutError, which here means a timeout on our side
        (418, MonzoAPIError),
    ],
)
def test_create_error_from_response(status: int, cls: type[MonzoError]) -> None:
    """1.2.0's factory gives the class monzoh raises for the status, with its arguments kept."""
    error = create_error_from_response(status, "nope", {"code": "x"})
    assert isinstance(error, cls) and not isinstance(error, MonzoTimeoutError)
    assert (error.status_code, error.response_data, str(error)) == (status, {"code": "x"}, "nope")
    assert not isinstance(error, MonzoAuthenticationError) or status in (401, 403)


def test_the_unbound_model_error_is_a_runtime_error_that_pickles() -> None:
    """1.2.0 raised RuntimeError for a model without a client; ours is one too, and a MonzoError."""
    error = MonzoUnboundModelError("account.get_balance() needs a client")
    assert isinstance(error, RuntimeError | MonzoError)
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_webhook_payloads_keep_the_peers_class_names() -> None:
    """`parse_webhook_payload` returns a `TransactionWebhookPayload`; an unknown event is a parse error."""
    body = {
        "type": "transaction.created",
        "data": {
            "id": "tx_1",
            "amount": -350,
            "currency": "GBP",
            "created": "2026-01-02T03:04:05Z",
            "description": "X",
        },
    }
    payload = parse_webhook_payload(json.dumps(body).encode())
    assert isinstance(payload, TransactionWebhookPayload) and payload.data.amount == -350
    assert f"{payload.data.amount / 100:.2f}" == "-3.50" == f"{payload.data.amount:.2f}"
    with pytest.raises(WebhookParseError) as info:
        parse_webhook_payload(json.dumps({"type": "balance.updated", "data": {}}))
    assert isinstance(info.value, MonzoValidationError)
