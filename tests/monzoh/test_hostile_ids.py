"""No id given to a monzoh method can reach another endpoint (see tests/hostile_ids.py)."""

from __future__ import annotations

from typing import Any

import pytest

from monzoh import AsyncMonzoClient, MonzoClient, MonzoError, MonzoValidationError
from tests.flaky_server import FlakyServer
from tests.hostile_ids import Facade, IdCase, check_hostile_ids

CASES = [
    IdCase("accounts.get_balance", lambda c, i: c.accounts.get_balance(i), ["get_balance"], "query:account_id"),
    IdCase("transactions.list", lambda c, i: c.transactions.list(i), ["list_transactions"], "query:account_id"),
    IdCase("transactions.iter_all", lambda c, i: c.transactions.iter_all(i), ["list_transactions"], "query:account_id"),
    IdCase("transactions.retrieve", lambda c, i: c.transactions.retrieve(i), ["retrieve_transaction"]),
    IdCase("transactions.annotate", lambda c, i: c.transactions.annotate(i, {"notes": "x"}), ["annotate_transaction"]),
    IdCase("pots.list", lambda c, i: c.pots.list(i), ["list_pots"], "query:current_account_id"),
    IdCase("pots.deposit", lambda c, i: c.pots.deposit(i, "acc_1", 100), ["deposit_into_pot"]),
    IdCase("pots.withdraw", lambda c, i: c.pots.withdraw(i, "acc_1", 100), ["withdraw_from_pot"]),
    IdCase(
        "pots.deposit(source)",
        lambda c, i: c.pots.deposit("pot_1", i, 100),
        ["deposit_into_pot"],
        "body:source_account_id",
    ),
    IdCase(
        "pots.withdraw(destination)",
        lambda c, i: c.pots.withdraw("pot_1", i, 100),
        ["withdraw_from_pot"],
        "body:destination_account_id",
    ),
    IdCase(
        "webhooks.register",
        lambda c, i: c.webhooks.register(i, "https://example.com/h"),
        ["register_webhook"],
        "body:account_id",
    ),
    IdCase("webhooks.list", lambda c, i: c.webhooks.list(i), ["list_webhooks"], "query:account_id"),
    IdCase("webhooks.delete", lambda c, i: c.webhooks.delete(i), ["delete_webhook"]),
    IdCase("receipts.retrieve", lambda c, i: c.receipts.retrieve(i), ["retrieve_receipt"], "query:external_id"),
    IdCase("receipts.delete", lambda c, i: c.receipts.delete(i), ["delete_receipt"], "query:external_id"),
    IdCase(
        "attachments.register",
        lambda c, i: c.attachments.register(i, "https://example.com/a.png", "image/png"),
        ["register_attachment"],
        "body:external_id",
    ),
    IdCase("attachments.deregister", lambda c, i: c.attachments.deregister(i), ["deregister_attachment"], "body:id"),
    IdCase(
        "feed.create_item",
        lambda c, i: c.feed.create_item(i, {"title": "t", "image_url": "https://example.com/i.png"}),
        ["create_feed_item"],
        "body:account_id",
    ),
]


def make_client(kind: str, url: str) -> Any:
    cls = MonzoClient if kind == "sync" else AsyncMonzoClient
    return cls("token-0000000000000", base_url=url, max_retries=0)


FACADE = Facade("monzo", make_client, MonzoValidationError, MonzoError)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_ids_never_reach_another_endpoint(case: IdCase, kind: str, counting_server: FlakyServer) -> None:
    """Each hostile id is refused before sending, or arrives intact at the method's own endpoint."""
    check_hostile_ids(FACADE, case, kind, counting_server)
