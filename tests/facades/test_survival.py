"""The three facades' clients under real-world trouble: every failure is the facade's own typed error.

Options every client takes (sync and async): `deadline`, `max_response_bytes`, `allow_insecure_http`,
and `with_options(deadline=..., max_response_bytes=...)` per call. An async client survives a new
event loop and runs under trio; a Parallel of writes sends the same requests sync and async.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable
from typing import Any

import pytest
import trio

import bloomy
import monzoh
import rapidpro
from bloomy.testing import BloomSandbox
from monzoh.testing import MonzoSandbox
from rapidpro.testing import RapidProSandbox
from tests.bloomy._run import run as run_bloomy
from tests.bloomy._server import bloom_server
from tests.flaky_server import Drip, FlakyServer, Reply, gzip_bomb

KINDS = pytest.mark.parametrize("kind", ["sync", "async"])
MONZO_TOKEN = "tok_" + "m" * 24
BLOOM_KEY = "k" * 32
TEMBA_TOKEN = "t" * 40


class Facade:
    """How to make each facade's clients, call one cheap method, and name its errors."""

    def __init__(
        self,
        name: str,
        sync: Callable[..., Any],
        async_: Callable[..., Any],
        call: Callable[[Any], Any],
        errors: dict[str, type[Exception]],
        path: str = "",
    ) -> None:
        self.name, self.sync, self.async_, self.call, self.errors, self.path = name, sync, async_, call, errors, path

    def run(self, kind: str, url: str, fn: Callable[[Any], Any] | None = None, **options: Any) -> Any:
        fn = fn or self.call
        if kind == "sync":
            with self.sync(base_url=url + self.path, **options) as client:
                return fn(client)

        async def main() -> Any:
            async with self.async_(base_url=url + self.path, **options) as client:
                result = fn(client)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())


FACADES = [
    Facade(
        "monzoh",
        lambda **o: monzoh.MonzoClient(MONZO_TOKEN, **o),
        lambda **o: monzoh.AsyncMonzoClient(MONZO_TOKEN, **o),
        lambda client: client.whoami(),
        {
            "timeout": monzoh.MonzoTimeoutError,
            "validation": monzoh.MonzoValidationError,
            "configuration": monzoh.MonzoConfigurationError,
        },
    ),
    Facade(
        "bloomy",
        lambda **o: bloomy.Client(BLOOM_KEY, **o),
        lambda **o: bloomy.AsyncClient(BLOOM_KEY, **o),
        lambda client: client.user.details(),
        {
            "timeout": bloomy.RequestTimeoutError,
            "validation": bloomy.ResponseValidationError,
            "configuration": bloomy.ConfigurationError,
        },
        path="/api/v1",
    ),
    Facade(
        "rapidpro",
        lambda **o: rapidpro.RapidProClient(TEMBA_TOKEN, **o),
        lambda **o: rapidpro.AsyncRapidProClient(TEMBA_TOKEN, **o),
        lambda client: client.workspace.get(),
        {
            "timeout": rapidpro.TembaTimeoutError,
            "validation": rapidpro.TembaSerializationException,
            "configuration": rapidpro.TembaConfigurationError,
        },
    ),
]
EACH = pytest.mark.parametrize("facade", FACADES, ids=[f.name for f in FACADES])


@EACH
@KINDS
def test_a_gzip_bomb_is_the_facades_validation_error_naming_the_cap(facade: Facade, kind: str) -> None:
    bomb = gzip_bomb(256 << 20)
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    with FlakyServer(lambda request: Reply(200, bomb, headers)) as server:
        started = time.monotonic()
        with pytest.raises(facade.errors["validation"]) as info:
            facade.run(kind, server.url, max_response_bytes=4 << 20)
        assert len(server.requests) == 1
    assert time.monotonic() - started < 3
    assert "max_response_bytes=4194304 (4 MiB)" in str(info.value)


@EACH
@KINDS
def test_a_dripping_answer_is_the_facades_timeout_error_about_timeout_seconds_in(facade: Facade, kind: str) -> None:
    with FlakyServer(lambda request: Drip(Reply(200, {"id": "x" * 20}), interval=0.5)) as server:
        started = time.monotonic()
        with pytest.raises(facade.errors["timeout"]):
            facade.run(kind, server.url, timeout=1, max_retries=0)
        elapsed = time.monotonic() - started
    assert 0.8 < elapsed < 3


@EACH
@KINDS
def test_the_deadline_bounds_the_call_and_with_options_overrides_it(facade: Facade, kind: str) -> None:
    with FlakyServer(lambda request: Drip(Reply(200, {"id": "x" * 20}), interval=0.5)) as server:
        started = time.monotonic()
        with pytest.raises(facade.errors["timeout"]) as info:
            facade.run(kind, server.url, lambda c: facade.call(c.with_options(deadline=1.5)), timeout=1, max_retries=5)
        elapsed = time.monotonic() - started
        assert len(server.requests) == 2
    assert "deadline of 1.5s" in str(info.value)
    assert 1.2 < elapsed < 3.5


@EACH
@KINDS
def test_the_clients_take_the_new_options(facade: Facade, kind: str) -> None:
    make = facade.sync if kind == "sync" else facade.async_
    client = make(base_url="https://api.example.com", deadline=12.5, max_response_bytes=1000, allow_insecure_http=True)
    assert (client.deadline, client.max_response_bytes) == (12.5, 1000)
    copy = client.with_options(deadline=None, max_response_bytes=None)
    assert type(copy) is type(client) and (copy.deadline, copy.max_response_bytes) == (None, None)
    assert (client.deadline, client.max_response_bytes) == (12.5, 1000)
    default = make(base_url="https://api.example.com")
    assert (default.deadline, default.max_response_bytes) == (180.0, 64 << 20)


@EACH
@KINDS
def test_credentials_over_plain_http_to_a_remote_host_are_refused(facade: Facade, kind: str) -> None:
    make = facade.sync if kind == "sync" else facade.async_
    with pytest.raises(facade.errors["configuration"]) as info:
        make(base_url="http://api.example.com" + facade.path)
    message = str(info.value)
    assert "api.example.com" in message and "allow_insecure_http=True" in message
    assert MONZO_TOKEN not in message and BLOOM_KEY not in message and TEMBA_TOKEN not in message
    make(base_url="http://api.example.com" + facade.path, allow_insecure_http=True)


def test_a_bloomy_login_is_refused_over_plain_http_to_a_remote_host() -> None:
    configuration = bloomy.Configuration("k" * 32)
    with pytest.raises(bloomy.ConfigurationError) as info:
        configuration.configure_api_key("jane@acme.example", "hunter2-password", base_url="http://bloom.example.com")
    assert "bloom.example.com" in str(info.value) and "hunter2-password" not in str(info.value)
    with pytest.raises(bloomy.ConfigurationError):
        asyncio.run(
            configuration.aconfigure_api_key("jane@acme.example", "hunter2-password", base_url="http://10.1.2.3/api/v1")
        )


def test_a_bloomy_login_over_loopback_http_still_works() -> None:
    with BloomSandbox(seed=1) as bloom:
        configuration = bloomy.Configuration("k" * 32)
        configuration.configure_api_key(bloom.username, bloom.password, base_url=bloom.url)
        assert configuration.api_key and configuration.api_key != "k" * 32


def test_a_monzo_oauth_exchange_is_refused_over_plain_http_to_a_remote_host() -> None:
    oauth = monzoh.MonzoOAuth("oauth2client_x", "mnzconf.secret", base_url="http://monzo.example.com")
    with pytest.raises(monzoh.MonzoConfigurationError) as info:
        oauth.exchange_code("code")
    assert "mnzconf.secret" not in str(info.value)


# -- a Parallel of writes: bloomy's meeting.create with attendees -------------------------------


@KINDS
def test_meeting_create_sends_the_same_requests_sync_and_async_when_adding_attendees_fails(kind: str) -> None:
    """The meeting is made, the first attendee is refused: before, sync sent 2 requests and async 5."""
    with bloom_server() as bloom:
        refused = Reply(404, {"Message": "No such user"}, delay=0.2)  # an answer takes a round trip
        bloom.handler.on("add_meeting_attendee", lambda request: refused)
        with pytest.raises(bloomy.NotFoundError):
            run_bloomy(kind, bloom.url, lambda client: client.meeting.create("Weekly", attendees=[7, 8, 9, 10]))
        assert len(bloom.requests) == 2, bloom.paths()


# -- event loops and trio ------------------------------------------------------------------------


def test_an_async_monzo_client_survives_two_asyncio_runs() -> None:
    """Before: the second run raised `RuntimeError: Event loop is closed`."""
    with MonzoSandbox(seed=1) as monzo:
        client = monzoh.AsyncMonzoClient(monzo.access_token, base_url=monzo.url)
        first = asyncio.run(client.accounts.list())
        second = asyncio.run(client.accounts.list())
        assert [a.id for a in first] == [a.id for a in second] and first
        asyncio.run(client.aclose())


def test_an_async_monzo_client_runs_under_trio() -> None:
    with MonzoSandbox(seed=1) as monzo:

        async def main() -> Any:
            async with monzoh.AsyncMonzoClient(monzo.access_token, base_url=monzo.url) as client:
                accounts = await client.accounts.list()
                return accounts, await client.accounts.get_balance(accounts[0].id)

        accounts, balance = trio.run(main)
    assert accounts and isinstance(balance.balance, int)


def test_bloomy_and_rapidpro_async_clients_run_under_trio() -> None:
    with BloomSandbox(seed=1) as bloom, RapidProSandbox(seed=1) as temba:

        async def main() -> Any:
            async with bloomy.AsyncClient(bloom.api_key, base_url=bloom.url) as b:
                meetings = await b.meeting.list()
                details = await b.meeting.details(meetings[0].id)  # a Parallel of five reads
            async with rapidpro.AsyncRapidProClient(temba.token, base_url=temba.url) as r:
                workspace = await r.workspace.get()
            return details, workspace

        details, workspace = trio.run(main)
    assert details.name and workspace.name


@KINDS
def test_one_shared_rate_limiter_serves_every_facades_client(kind: str, redis_url: str) -> None:
    """The same `SharedRateLimiter` (on Redis) counts the requests of all three facades' clients: with
    3 slots a minute, three calls (one per facade) go through and the fourth waits, here past its deadline."""
    from overlay_runtime import SharedRateLimiter

    limiter = SharedRateLimiter(3, per=60, store=redis_url, namespace="one-account")
    with FlakyServer(lambda request: Reply(200, {"id": "x" * 20})) as server:
        for facade in FACADES:
            try:
                facade.run(kind, server.url, rate_limiter=limiter, max_retries=0)
            except facade.errors["validation"]:
                pass  # {"id": ...} is not every facade's answer: the request was sent, which is what counts
        assert len(server.requests) == 3
        started = time.monotonic()
        with pytest.raises(monzoh.MonzoTimeoutError) as info:
            FACADES[0].run(kind, server.url, rate_limiter=limiter, deadline=1)
        assert len(server.requests) == 3
    assert time.monotonic() - started < 1  # a wait that would cross the deadline is not taken
    assert "rate limiter" in str(info.value)
    limiter.close()
