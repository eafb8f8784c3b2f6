"""monzoh through the shared runtime against a real flaky server on 127.0.0.1: typed errors, retries, nothing twice."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from monzoh import (
    AsyncMonzoClient,
    MonzoAPIError,
    MonzoAuthenticationError,
    MonzoBadRequestError,
    MonzoClient,
    MonzoError,
    MonzoNetworkError,
    MonzoPermissionDeniedError,
    MonzoRateLimitError,
    MonzoServerError,
    MonzoTimeoutError,
    MonzoValidationError,
)
from overlay_runtime import APIConnectionError, RateLimitError
from tests.flaky_server import FlakyServer, Hang, Reply, Request, Reset, sequence

TOKEN = "monzo-test-access-token-0123456789"
ACCOUNT = {
    "id": "acc_1",
    "description": "user_1",
    "created": "2020-01-01T00:00:00Z",
    "type": "uk_retail",
    "closed": False,
}
POT = {
    "id": "pot_1",
    "name": "Savings",
    "style": "beach_ball",
    "balance": 1000,
    "currency": "GBP",
    "created": "2020-01-01T00:00:00Z",
    "updated": "2020-01-01T00:00:00Z",
    "deleted": False,
}
FAST = {"max_retries": 2, "timeout": 0.5}


def run(kind: str, url: str, method: Any, **options: Any) -> Any:
    """Call `method(client)` on a fresh sync or async client."""
    options = {**FAST, **options}
    if kind == "sync":
        with MonzoClient(TOKEN, base_url=url, **options) as client:
            return method(client)

    async def main() -> Any:
        async with AsyncMonzoClient(TOKEN, base_url=url, **options) as client:
            return await method(client)

    return asyncio.run(main())


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


class PotLedger:
    """A fake pot endpoint that applies each dedupe_id once, like Monzo."""

    def __init__(self, faults: list[Any]) -> None:
        self.faults = faults
        self.applied: dict[str, int] = {}
        self.balance = 1000

    def __call__(self, request: Request) -> Any:
        if request.path == "/pots/pot_1/deposit":
            form = request.form
            dedupe = form["dedupe_id"][0]
            if dedupe not in self.applied:
                self.applied[dedupe] = int(form["amount"][0])
                self.balance += int(form["amount"][0])
            if self.faults:  # applied, but the answer is lost
                return self.faults.pop(0)
            return Reply(200, {**POT, "balance": self.balance})
        return Reply(404, {"code": "not_found.no_handler", "message": "No handler"})


@KINDS
@pytest.mark.parametrize("fault", [Reset(), Reply(503, "busy"), Reply(502, "<html>gw</html>"), Hang(2)])
def test_a_retried_deposit_is_applied_once(kind: str, fault: Any) -> None:
    ledger = PotLedger([fault])
    with FlakyServer(ledger) as server:
        pot = run(kind, server.url, lambda c: c.pots.deposit("pot_1", "acc_1", 250))
        attempts = [r for r in server.requests if r.path == "/pots/pot_1/deposit"]
    assert len(attempts) == 2
    assert attempts[0].form["dedupe_id"] == attempts[1].form["dedupe_id"]
    assert len(ledger.applied) == 1 and ledger.balance == 1250 and pot.balance == 1250


@KINDS
def test_two_deposits_get_two_dedupe_ids(kind: str) -> None:
    ledger = PotLedger([])

    async def twice_async(c: Any) -> None:
        await c.pots.deposit("pot_1", "acc_1", 100)
        await c.pots.deposit("pot_1", "acc_1", 100)

    def twice(c: Any) -> Any:
        if isinstance(c, MonzoClient):
            c.pots.deposit("pot_1", "acc_1", 100)
            return c.pots.deposit("pot_1", "acc_1", 100)
        return twice_async(c)

    with FlakyServer(ledger) as server:
        run(kind, server.url, twice)
    assert len(ledger.applied) == 2 and ledger.balance == 1200


@KINDS
@pytest.mark.parametrize("amount", [1.5, "150", 0, -5, True])
def test_bad_amounts_are_refused_before_any_request(kind: str, amount: Any) -> None:
    with FlakyServer(lambda req: Reply(200, POT)) as server:
        with pytest.raises(MonzoValidationError, match="amount"):
            run(kind, server.url, lambda c: c.pots.deposit("pot_1", "acc_1", amount))
        assert server.requests == []


@KINDS
def test_429_with_retry_after_then_success(kind: str) -> None:
    replies = sequence(
        Reply(429, {"code": "rate_limited", "message": "slow"}, {"Retry-After": "0.2"}),
        Reply(200, {"accounts": [ACCOUNT]}),
    )
    with FlakyServer(replies) as server:
        accounts = run(kind, server.url, lambda c: c.accounts.list())
        assert len(server.requests) == 2
        assert server.requests[1].received_at - server.requests[0].received_at >= 0.19
    assert accounts[0].id == "acc_1"


@KINDS
def test_429_that_persists_is_a_rate_limit_error_with_retry_after(kind: str) -> None:
    with FlakyServer(
        lambda req: Reply(429, {"code": "rate_limited", "message": "slow down"}, {"Retry-After": "0"})
    ) as server:
        with pytest.raises(MonzoRateLimitError) as info:
            run(kind, server.url, lambda c: c.accounts.list())
        assert len(server.requests) == 3
    assert info.value.retry_after == 0.0
    assert isinstance(info.value, RateLimitError) and isinstance(info.value, MonzoError)
    assert info.value.response_headers["retry-after"] == "0"


@KINDS
def test_read_timeout_becomes_monzo_timeout_after_retries(kind: str) -> None:
    with FlakyServer(lambda req: Hang(3)) as server:
        with pytest.raises(MonzoTimeoutError) as info:
            run(kind, server.url, lambda c: c.accounts.get_balance("acc_1"), timeout=0.2)
        assert server.requests_seen(3) == 3
    assert isinstance(info.value, MonzoNetworkError) and isinstance(info.value, APIConnectionError)


@KINDS
def test_connection_reset_on_webhook_register_is_not_retried(kind: str) -> None:
    with FlakyServer(lambda req: Reset()) as server:
        with pytest.raises(MonzoNetworkError):
            run(kind, server.url, lambda c: c.webhooks.register("acc_1", "https://example.com/hook"))
        assert len(server.requests) == 1


@KINDS
@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (
            400,
            {"code": "bad_request.bad_param.account_id", "message": "Bad account"},
            MonzoBadRequestError,
            "bad_request.bad_param.account_id",
        ),
        (
            401,
            {"code": "unauthorized.bad_access_token", "message": "bad token", "error": "invalid_token"},
            MonzoAuthenticationError,
            "unauthorized.bad_access_token",
        ),
        (
            403,
            {"code": "forbidden.insufficient_permissions", "message": "Access forbidden"},
            MonzoPermissionDeniedError,
            "forbidden.insufficient_permissions",
        ),
        (
            500,
            {"code": "internal_service.request_failed", "message": "boom"},
            MonzoServerError,
            "internal_service.request_failed",
        ),
        (529, "<html>overloaded</html>", MonzoServerError, None),
        (499, "client closed", MonzoAPIError, None),
    ],
)
def test_statuses_become_typed_errors(
    kind: str, status: int, body: Any, error: type[Exception], code: str | None
) -> None:
    with FlakyServer(lambda req: Reply(status, body)) as server:
        with pytest.raises(error) as info:
            run(kind, server.url, lambda c: c.accounts.list(), max_retries=0)
    exc: Any = info.value
    assert exc.status_code == status and exc.code == code
    assert "GET /accounts" in str(exc)
    if status == 403:
        assert isinstance(exc, MonzoAuthenticationError)  # monzoh maps 401 and 403 to one family
        assert "approve access" in str(exc)


@KINDS
@pytest.mark.parametrize(
    ("body", "strict"),
    [
        ('{"accounts": [', False),  # not JSON
        ('{"accounts": {"id": "acc_1"}}', False),  # not the right shape: no list of accounts
        ("<html>ok?</html>", False),
        ('{"accounts": [{"id": 5}]}', True),  # odd values: refused only by a strict client
    ],
)
def test_bad_success_bodies_are_validation_errors(kind: str, body: str, strict: bool) -> None:
    with FlakyServer(lambda req: Reply(200, body, {"Content-Type": "application/json"})) as server:
        with pytest.raises(MonzoValidationError) as info:
            run(kind, server.url, lambda c: c.accounts.list(), strict=strict)
    assert "GET /accounts" in str(info.value)


@KINDS
def test_the_token_is_in_no_log_line_message_or_repr(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    replies = sequence(
        Reply(500, {"code": "internal_service", "message": f"echo Bearer {TOKEN}"}),
        Reply(401, {"code": "unauthorized.bad_access_token", "message": f"token {TOKEN} is bad"}),
    )
    with FlakyServer(replies) as server, caplog.at_level(logging.DEBUG):
        with pytest.raises(MonzoAuthenticationError) as info:
            run(kind, server.url, lambda c: c.accounts.list())
        assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
        assert any("GET /accounts -> 500" in r.getMessage() for r in caplog.records)
    assert TOKEN not in caplog.text
    client = MonzoClient(TOKEN, base_url="http://127.0.0.1:9")
    assert TOKEN not in repr(client) and TOKEN not in repr(client.runtime)
    assert "Bearer" not in str(info.value) or TOKEN not in str(info.value)


def test_pots_list_without_an_account_uses_the_only_current_account() -> None:
    def handler(req: Request) -> Reply:
        if req.path == "/accounts":
            closed = {**ACCOUNT, "id": "acc_old", "closed": True}
            joint = {**ACCOUNT, "id": "acc_joint", "type": "uk_retail_joint"}
            return Reply(200, {"accounts": [closed, ACCOUNT, joint]})
        return Reply(200, {"pots": [POT]} if req.query["current_account_id"] == ["acc_1"] else {"pots": []})

    with FlakyServer(handler) as server:
        pots = run("sync", server.url, lambda c: c.pots.list())
    assert [p.id for p in pots] == ["pot_1"]


@pytest.mark.parametrize("accounts", [[], [{**ACCOUNT, "closed": True}], [ACCOUNT, {**ACCOUNT, "id": "acc_2"}]])
def test_pots_list_without_an_account_explains_when_it_cannot_choose(accounts: list[Any]) -> None:
    with FlakyServer(lambda req: Reply(200, {"accounts": accounts})) as server:
        with pytest.raises(MonzoValidationError, match="current_account_id"):
            run("sync", server.url, lambda c: c.pots.list())
