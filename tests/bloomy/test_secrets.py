"""The API key (and a login's password) never appear in logs, reprs or error messages."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bloomy import AsyncClient, Client, Configuration, LoginError, UnauthorizedError
from tests.bloomy._run import KINDS, run
from tests.bloomy._server import API_KEY, BloomServer
from tests.flaky_server import Reply, sequence


@KINDS
def test_the_key_is_in_no_log_line(kind: str, bloom: BloomServer, caplog: pytest.LogCaptureFixture) -> None:
    bloom.handler.on("get_current_user", sequence(Reply(503), bloom.handler.example("get_current_user")))
    with caplog.at_level(logging.DEBUG):
        run(kind, bloom.url, lambda c: c.meeting.details(327249))
        run(kind, bloom.url, lambda c: c.user.details())
        with pytest.raises(UnauthorizedError) as info:
            run(kind, bloom.url, lambda c: c.user.details(), api_key=API_KEY + "-wrong")
    assert "GET /api/v1/users/mine -> 503 (attempt 1" in caplog.text
    assert API_KEY not in caplog.text
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    assert all(API_KEY not in str(arg) for arg in info.value.args)


def test_the_key_is_in_no_repr(bloom: BloomServer) -> None:
    with Client(API_KEY, base_url=bloom.url) as client:
        shown = [
            repr(client),
            repr(client.configuration),
            repr(client.runtime),
            repr(client.user),
            repr(client.generated),
        ]
        shown.append(str(client.runtime.auth))
    async_client = AsyncClient(API_KEY, base_url=bloom.url)
    shown += [repr(async_client), repr(async_client.configuration), repr(Configuration(API_KEY))]
    asyncio.run(async_client.close())
    assert all(API_KEY not in text for text in shown), shown
    assert "api_key=[set]" in repr(client.configuration)


def test_the_password_is_in_no_log_or_message(bloom: BloomServer, caplog: pytest.LogCaptureFixture) -> None:
    password = "hunter2-but-longer"
    bloom.handler.on("create_access_token", Reply(400, {"error": "invalid_grant", "error_description": password}))
    with caplog.at_level(logging.DEBUG), pytest.raises(LoginError) as info:
        Configuration().configure_api_key("jane@acme.example", password, base_url=bloom.url)
    assert password not in caplog.text
    assert "POST /Token -> 400" in caplog.text
    assert info.value.status_code == 400
