"""The sandbox and spec/monzo.yaml cannot drift: every operation, every error, held against the spec."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
import pytest

from monzoh.testing import MonzoSandbox

from ._openapi import SpecChecker

Case = Callable[[MonzoSandbox, httpx.Client], list[httpx.Response]]
CASES: dict[str, Case] = {}


def case(operation_id: str) -> Callable[[Case], Case]:
    def register(func: Case) -> Case:
        CASES[operation_id] = func
        return func

    return register


def _some_tx(monzo: MonzoSandbox, http: httpx.Client) -> str:
    page = http.get("/transactions", params={"account_id": monzo.state.current_account_id, "limit": 5}).json()
    tx_id: str = page["transactions"][-1]["id"]
    return tx_id


@case("exchange_token")
def _exchange(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    base = {"client_id": monzo.client_id, "client_secret": monzo.client_secret}
    code = monzo.mint_authorization_code()
    first = httpx.post(
        f"{monzo.url}/oauth2/token",
        data={**base, "grant_type": "authorization_code", "redirect_uri": monzo.redirect_uri, "code": code},
    )
    refreshed = httpx.post(
        f"{monzo.url}/oauth2/token",
        data={**base, "grant_type": "refresh_token", "refresh_token": first.json()["refresh_token"]},
    )
    return [first, refreshed]


@case("logout")
def _logout(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.post("/oauth2/logout")]


@case("whoami")
def _whoami(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("/ping/whoami")]


@case("list_accounts")
def _accounts(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("/accounts"), http.get("/accounts", params={"account_type": "uk_retail_joint"})]


@case("get_balance")
def _balance(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [
        http.get("/balance", params={"account_id": account})
        for account in (monzo.state.current_account_id, monzo.state.joint_account_id)
    ]


@case("list_pots")
def _pots(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [http.get("/pots", params={"current_account_id": monzo.state.current_account_id})]


def _pot_id(monzo: MonzoSandbox, name: str) -> str:
    return next(str(pot["id"]) for pot in monzo.state.pots() if pot["name"] == name)


@case("deposit_into_pot")
def _deposit(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    form = {"source_account_id": monzo.state.current_account_id, "amount": "2500", "dedupe_id": str(uuid.uuid4())}
    return [http.put(f"/pots/{_pot_id(monzo, 'Savings')}/deposit", data=form)]


@case("withdraw_from_pot")
def _withdraw(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    form = {"destination_account_id": monzo.state.current_account_id, "amount": "1000", "dedupe_id": str(uuid.uuid4())}
    return [http.put(f"/pots/{_pot_id(monzo, 'Holiday')}/withdraw", data=form)]


@case("list_transactions")
def _transactions(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    account = monzo.state.current_account_id
    first = http.get("/transactions", params={"account_id": account})
    since_id = first.json()["transactions"][-1]["id"]
    return [
        first,
        http.get(
            "/transactions", params={"account_id": account, "since": since_id, "limit": 100, "expand[]": "merchant"}
        ),
        http.get(
            "/transactions",
            params={
                "account_id": account,
                "since": "2025-12-01T00:00:00Z",
                "before": "2026-01-01T00:00:00Z",
                "limit": 100,
            },
        ),
        http.get("/transactions", params={"account_id": monzo.state.joint_account_id, "limit": 100}),
        http.get("/transactions", params={"account_id": monzo.state.prepaid_account_id, "limit": 100}),
    ]


@case("retrieve_transaction")
def _retrieve(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    tx = _some_tx(monzo, http)
    return [http.get(f"/transactions/{tx}"), http.get(f"/transactions/{tx}", params={"expand[]": "merchant"})]


@case("annotate_transaction")
def _annotate(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    tx = _some_tx(monzo, http)
    return [
        http.patch(
            f"/transactions/{tx}",
            data={"metadata[notes]": "Lunch", "metadata[project]": "neverland", "metadata[old]": ""},
        )
    ]


@case("create_feed_item")
def _feed(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    form = {
        "account_id": monzo.state.current_account_id,
        "type": "basic",
        "url": "https://www.example.com/summary",
        "params[title]": "Your summary is ready",
        "params[image_url]": "https://www.example.com/icon.png",
        "params[body]": "You spent £312.40 on eating out",
    }
    return [http.post("/feed", data=form)]


def _upload(http: httpx.Client) -> httpx.Response:
    return http.post(
        "/attachment/upload", data={"file_name": "receipt.png", "file_type": "image/png", "content_length": "4"}
    )


@case("upload_attachment")
def _upload_case(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [_upload(http)]


@case("register_attachment")
def _register(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    file_url = _upload(http).json()["file_url"]
    form = {"external_id": _some_tx(monzo, http), "file_url": file_url, "file_type": "image/png"}
    return [http.post("/attachment/register", data=form)]


@case("deregister_attachment")
def _deregister(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    attachment = _register(monzo, http)[0].json()["attachment"]
    return [http.post("/attachment/deregister", data={"id": attachment["id"]})]


def _receipt(tx_id: str) -> dict[str, object]:
    return {
        "transaction_id": tx_id,
        "external_id": "order-42",
        "total": 1899,
        "currency": "GBP",
        "items": [
            {
                "description": "Coffee beans",
                "amount": 1500,
                "currency": "GBP",
                "quantity": 1,
                "unit": "bag",
                "tax": 250,
            },
            {
                "description": "Pastries",
                "amount": 399,
                "currency": "GBP",
                "quantity": 2,
                "sub_items": [{"description": "Croissant", "amount": 199, "currency": "GBP", "quantity": 1}],
            },
        ],
        "taxes": [{"description": "VAT", "amount": 250, "currency": "GBP", "tax_number": "945719291"}],
        "payments": [{"type": "card", "amount": 1899, "currency": "GBP", "last_four": "4242"}],
        "merchant": {"name": "Ozone Coffee", "online": False, "store_postcode": "EC2A 4AQ"},
    }


@case("create_receipt")
def _create_receipt(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    body = _receipt(_some_tx(monzo, http))
    return [
        http.put("/transaction-receipts", json=body),
        http.put("/transaction-receipts", json={**body, "total": 1999}),
    ]


@case("retrieve_receipt")
def _retrieve_receipt(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    _create_receipt(monzo, http)
    return [http.get("/transaction-receipts", params={"external_id": "order-42"})]


@case("delete_receipt")
def _delete_receipt(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    _create_receipt(monzo, http)
    return [http.delete("/transaction-receipts", params={"external_id": "order-42"})]


@case("register_webhook")
def _register_webhook(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    return [
        http.post("/webhooks", data={"account_id": monzo.state.current_account_id, "url": "https://example.com/hook"})
    ]


@case("list_webhooks")
def _list_webhooks(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    _register_webhook(monzo, http)
    return [http.get("/webhooks", params={"account_id": monzo.state.current_account_id})]


@case("delete_webhook")
def _delete_webhook(monzo: MonzoSandbox, http: httpx.Client) -> list[httpx.Response]:
    hook = _register_webhook(monzo, http)[0].json()["webhook"]
    return [http.delete(f"/webhooks/{hook['id']}")]


def test_every_operation_has_a_case(monzo_spec: SpecChecker) -> None:
    assert sorted(CASES) == sorted(monzo_spec.operations())


@pytest.mark.parametrize("operation_id", sorted(SpecChecker("monzo").operations()))
def test_operation_matches_spec(
    operation_id: str, monzo: MonzoSandbox, http: httpx.Client, monzo_spec: SpecChecker
) -> None:
    method, template = monzo_spec.operations()[operation_id]
    responses = CASES[operation_id](monzo, http)
    mine = [r for r in responses if r.request.method == method and _matches(template, r.request.url.path)]
    assert mine, f"no request of {operation_id} was made"
    for response in responses:
        assert response.is_success, (response.request.url, response.status_code, response.text)
        monzo_spec.check(response)


def _matches(template: str, path: str) -> bool:
    parts, actual = template.strip("/").split("/"), path.strip("/").split("/")
    return len(parts) == len(actual) and all(p.startswith("{") or p == a for p, a in zip(parts, actual, strict=True))
