"""Every monzoh method, sync and async, against the stateful Monzo sandbox."""

from __future__ import annotations

import asyncio
import inspect
import json
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest

from monzoh import AsyncMonzoClient, MonzoBadRequestError, MonzoClient, MonzoNotFoundError, parse_webhook_payload
from monzoh.models import FeedItemParams, Receipt
from monzoh.testing import MonzoSandbox
from overlay_runtime import SyncPager

PERSONAL = "acc_00009237aqC8c5umZmrRdh"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[MonzoSandbox]:
    with MonzoSandbox(seed=11) as monzo:
        yield monzo


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, sandbox: MonzoSandbox) -> Iterator[Callable[..., Any]]:
    """`call(lambda client: client.x.y(...))` on a sync or an async client; coroutines are awaited."""
    if request.param == "sync":
        with MonzoClient(sandbox.access_token, base_url=sandbox.url) as client:
            yield lambda fn: (lambda result: list(result) if isinstance(result, SyncPager) else result)(fn(client))
        return

    def run(fn: Callable[[AsyncMonzoClient], Any]) -> Any:
        async def main() -> Any:
            async with AsyncMonzoClient(sandbox.access_token, base_url=sandbox.url) as client:
                result = fn(client)
                if inspect.isasyncgen(result) or hasattr(result, "__aiter__"):
                    return [item async for item in result]
                return await result

        return asyncio.run(main())

    yield run


def test_whoami_and_accounts(call: Callable[..., Any], sandbox: MonzoSandbox) -> None:
    assert call(lambda c: c.whoami()).user_id == sandbox.user_id
    accounts = call(lambda c: c.accounts.list())
    assert {a.type for a in accounts} >= {"uk_retail", "uk_retail_joint"}
    retail = call(lambda c: c.accounts.list(account_type="uk_retail"))
    assert [a.id for a in retail] == [PERSONAL]
    balance = call(lambda c: c.accounts.get_balance(PERSONAL))
    assert balance.balance == sandbox.state.balance(PERSONAL)["balance"]


def test_transactions_page_and_full_history(call: Callable[..., Any], sandbox: MonzoSandbox) -> None:
    page = call(lambda c: c.transactions.list(PERSONAL, limit=25, expand=["merchant"]))
    assert len(page) == 25 and page == sorted(page, key=lambda t: t.created)
    assert any(getattr(t.merchant, "name", None) for t in page)
    history = call(lambda c: c.transactions.iter_all(PERSONAL))
    expected = [t["id"] for t in sandbox.state.all_transactions(PERSONAL)]
    assert [t.id for t in history] == expected and len(expected) > 300
    since = page[-1].created - timedelta(seconds=1)
    recent = call(lambda c: c.transactions.iter_all(PERSONAL, since=since))
    assert recent[0].created >= since


def test_retrieve_and_annotate(call: Callable[..., Any]) -> None:
    tx = call(lambda c: c.transactions.list(PERSONAL, limit=1))[0]
    full = call(lambda c: c.transactions.retrieve(tx.id, expand=["merchant"]))
    assert full.id == tx.id
    annotated = call(lambda c: c.transactions.annotate(tx.id, {"project": "alpha", "count": 3, "notes": "lunch"}))
    assert (
        annotated.metadata["project"] == "alpha" and annotated.metadata["count"] == "3" and annotated.notes == "lunch"
    )
    cleared = call(lambda c: c.transactions.annotate(tx.id, {"project": None}))
    assert "project" not in (cleared.metadata or {})
    with pytest.raises(MonzoNotFoundError):
        call(lambda c: c.transactions.retrieve("tx_does_not_exist"))


def test_pots_move_money_both_ways(call: Callable[..., Any], sandbox: MonzoSandbox) -> None:
    pots = [p for p in call(lambda c: c.pots.list()) if not p.deleted]
    pot = pots[0]
    start_pot, start_account = pot.balance, sandbox.state.balance(PERSONAL)["balance"]
    after = call(lambda c: c.pots.deposit(pot.id, PERSONAL, 1234))
    assert after.balance == start_pot + 1234
    key = f"withdraw-once-{uuid.uuid4()}"
    again = call(lambda c: c.pots.withdraw(pot.id, PERSONAL, 234, dedupe_id=key))
    same = call(lambda c: c.pots.withdraw(pot.id, PERSONAL, 234, dedupe_id=key))
    assert again.balance == same.balance == start_pot + 1000
    assert sandbox.state.balance(PERSONAL)["balance"] == start_account - 1000
    with pytest.raises(MonzoBadRequestError):
        call(lambda c: c.pots.withdraw(pot.id, PERSONAL, 10**12))


def test_feed_attachments_receipts_webhooks(call: Callable[..., Any], sandbox: MonzoSandbox, tmp_path: Any) -> None:
    call(lambda c: c.feed.create_item(PERSONAL, FeedItemParams(title="Hello", image_url="https://example.com/i.png")))
    tx = call(lambda c: c.transactions.list(PERSONAL, limit=1))[0]
    image = tmp_path / "receipt.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nfake image bytes")
    attachment = call(lambda c: c.attachments.upload(tx.id, file_path=image))
    assert attachment.file_type == "image/png" and attachment.external_id == tx.id
    call(lambda c: c.attachments.deregister(attachment.id))
    hosted = call(lambda c: c.attachments.register(tx.id, "https://example.com/r.jpg", "image/jpeg"))
    assert hosted.file_url == "https://example.com/r.jpg"

    receipt = Receipt(
        external_id=f"order-{id(call)}",
        transaction_id=tx.id,
        total=abs(tx.amount) or 100,
        currency="GBP",
        items=[{"description": "Coffee", "amount": abs(tx.amount) or 100, "currency": "GBP"}],
    )
    receipt_id = call(lambda c: c.receipts.create(receipt))
    assert receipt_id.startswith("receipt_")
    assert call(lambda c: c.receipts.retrieve(receipt.external_id)).items[0].description == "Coffee"
    call(lambda c: c.receipts.delete(receipt.external_id))
    with pytest.raises(MonzoNotFoundError):
        call(lambda c: c.receipts.retrieve(receipt.external_id))

    hook = call(lambda c: c.webhooks.register(PERSONAL, "http://127.0.0.1:9/hook"))
    assert hook.id in [h.id for h in call(lambda c: c.webhooks.list(PERSONAL))]
    call(lambda c: c.webhooks.delete(hook.id))
    assert hook.id not in [h.id for h in call(lambda c: c.webhooks.list(PERSONAL))]


def test_parse_webhook_payload_reads_a_real_event(sandbox: MonzoSandbox) -> None:
    tx = sandbox.state.transaction(sandbox.state.all_transactions(PERSONAL)[-1]["id"], expand_merchant=True)
    body = json.dumps({"type": "transaction.created", "data": {**tx, "account_id": PERSONAL}})
    event = parse_webhook_payload(body)
    assert event.type == "transaction.created" and event.data.id == tx["id"]
