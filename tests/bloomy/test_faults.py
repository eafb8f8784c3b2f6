"""Faults against a real flaky server, through the shared runtime: bloomy adds no retry or error code of its
own, only its error classes (an ErrorMap). Sync and async alike; the generated client takes the same path."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

import overlay_runtime as rt
from bloomy import (
    APIError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    BloomyError,
    Client,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseValidationError,
    ServerError,
    UnauthorizedError,
)
from bloomy_api.api.rocks import get_rock_milestones
from bloomy_api.api.users import get_current_user
from tests.bloomy._run import KINDS, run
from tests.bloomy._server import API_KEY, BloomServer
from tests.flaky_server import FlakyServer, Garbage, Hang, Reply, Reset, sequence

OK_USER = Reply(200, {"Id": 1, "Name": "Jane"})


def serve(*actions: Any) -> FlakyServer:
    return FlakyServer(sequence(*actions))


@KINDS
@pytest.mark.parametrize("fault", [Reply(503, ""), Reset(), Garbage(), Reply(502, "<html>bad gateway</html>")])
def test_a_transient_fault_on_a_read_is_retried(kind: str, fault: Any) -> None:
    with serve(fault, OK_USER) as server:
        user = run(kind, server.url, lambda c: c.user.details())
        assert len(server.requests) == 2
    assert user.name == "Jane"


@KINDS
def test_429_waits_for_retry_after(kind: str) -> None:
    with serve(Reply(429, {"Message": "Slow down."}, {"Retry-After": "0.3"}), OK_USER) as server:
        run(kind, server.url, lambda c: c.user.details())
        gap = server.requests[1].received_at - server.requests[0].received_at
    assert gap >= 0.29


@KINDS
def test_429_asking_too_long_a_wait_is_raised_at_once_with_retry_after(kind: str) -> None:
    with serve(Reply(429, {"Message": "Slow down."}, {"Retry-After": "3600"})) as server:
        with pytest.raises(RateLimitError) as info:
            run(kind, server.url, lambda c: c.user.details())
        assert len(server.requests) == 1
    assert isinstance(info.value, APIError) and isinstance(info.value, rt.RateLimitError)
    assert info.value.status_code == 429 and info.value.retry_after == 3600.0
    assert "Slow down." in info.value.message


@KINDS
def test_a_read_timeout_is_retried_then_raised_as_a_timeout(kind: str) -> None:
    with serve(Hang(3)) as server:
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError) as info:
            run(kind, server.url, lambda c: c.user.details(), timeout=0.2, max_retries=1)
        assert server.requests_seen(2) == 2
    assert time.monotonic() - started < 2.5
    assert isinstance(info.value, NetworkError) and isinstance(info.value, BloomyError)
    assert not isinstance(info.value, APIError)
    assert "GET /users/mine" in str(info.value)


@KINDS
def test_connection_refused_is_a_network_error(kind: str) -> None:
    with FlakyServer(lambda req: OK_USER) as server:
        url = server.url
    with pytest.raises(NetworkError) as info:
        run(kind, url, lambda c: c.user.details(), max_retries=0)
    assert isinstance(info.value.__cause__, httpx.TransportError)


@KINDS
def test_a_create_is_never_sent_twice(kind: str) -> None:
    """A POST without an idempotency key may have been applied: no retry, even after a reset."""
    with serve(Reset()) as server:
        with pytest.raises(NetworkError):
            run(kind, server.url, lambda c: c.todo.create("Once", meeting_id=1))
        assert len(server.requests) == 1


@KINDS
def test_completing_is_retried_since_setting_a_state_is_idempotent(kind: str) -> None:
    todo = {"Id": 5, "Name": "t", "Complete": True}
    with serve(Reply(503), Reply(200, True), Reply(200, todo)) as server:
        done = run(kind, server.url, lambda c: c.todo.complete(5))
        assert [r.path for r in server.requests] == ["/todo/5/complete"] * 2 + ["/todo/5"]
    assert done.complete is True


@KINDS
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, APIError),
        (418, APIError),
        (500, ServerError),
        (520, ServerError),
    ],
)
def test_every_non_2xx_is_an_api_error_with_status_message_and_body(kind: str, status: int, cls: type) -> None:
    body = {"Message": "The request is invalid.", "MessageDetail": "Field 'title' is required."}
    with serve(Reply(status, body)) as server:
        with pytest.raises(cls) as info:
            run(kind, server.url, lambda c: c.issue.create(1, "t"))
    error = info.value
    assert type(error) is cls or issubclass(type(error), cls)
    assert isinstance(error, APIError) and isinstance(error, rt.APIStatusError)
    assert error.status_code == status and error.body == body
    assert "POST /issues/create" in error.message
    assert "The request is invalid. Field 'title' is required." in str(error)
    assert isinstance(error, AuthenticationError) == (status in (401, 403))


@KINDS
def test_401_says_how_to_fix_the_key(kind: str) -> None:
    with serve(Reply(401, {"Message": "Authorization has been denied for this request."})) as server:
        with pytest.raises(UnauthorizedError) as info:
            run(kind, server.url, lambda c: c.user.details())
    assert "BG_API_KEY" in str(info.value) and "two weeks" in str(info.value)


@KINDS
def test_an_html_error_page_keeps_its_text(kind: str) -> None:
    page = "<html><body>Bad gateway</body></html>"
    with serve(Reply(502, page, {"Content-Type": "text/html"})) as server:
        with pytest.raises(ServerError) as info:
            run(kind, server.url, lambda c: c.user.details(), max_retries=0)
    assert info.value.body == page and "Bad gateway" in str(info.value)


@KINDS
@pytest.mark.parametrize(
    ("body", "call", "strict"),
    [
        ('{"Id": ', lambda c: c.user.details(), False),  # not JSON
        ('{"Name": "no id"}', lambda c: c.user.details(), True),  # no Id: refused only by a strict client
        ('{"Message": "an object"}', lambda c: c.meeting.list(), False),  # not a list
        ("", lambda c: c.todo.details(5), False),  # empty
    ],
)
def test_a_2xx_body_bloomy_cannot_read_is_a_response_validation_error(
    kind: str, body: str, call: Any, strict: bool
) -> None:
    with serve(Reply(200, body, {"Content-Type": "application/json"})) as server:
        with pytest.raises(ResponseValidationError) as info:
            run(kind, server.url, call, strict=strict)
    assert info.value.status_code == 200 and info.value.body == " ".join(body.split())
    assert isinstance(info.value, BloomyError) and not isinstance(info.value, APIError)


@KINDS
def test_one_failed_part_of_meeting_details_raises_its_error(kind: str, bloom: BloomServer) -> None:
    bloom.handler.on("get_meeting_measurables", Reply(404, {"Message": "No such meeting."}))
    with pytest.raises(NotFoundError):
        run(kind, bloom.url, lambda c: c.meeting.details(9))


def test_the_generated_client_takes_the_runtime_path(bloom: BloomServer) -> None:
    """Auth from the facade's key, typed errors, retries, for any operation of the generated package."""
    with Client(API_KEY, base_url=bloom.url) as client:
        milestones = get_rock_milestones.sync(1234567, client=client.generated)
        assert milestones[0].name == "Design review signed off"
        assert bloom.requests[-1].headers["authorization"] == f"Bearer {API_KEY}"
        bloom.handler.on("get_rock_milestones", Reply(404, {"Message": "No such rock."}))
        with pytest.raises(NotFoundError) as info:
            get_rock_milestones.sync_detailed(1, client=client.generated)
        assert info.value.status_code == 404 and "No such rock." in str(info.value)


def test_the_generated_client_retries_and_works_with_asyncio() -> None:
    with serve(Reply(503), Reply(200, {"Id": 7, "Name": "Jane"})) as server:

        async def main() -> Any:
            async with AsyncClient(API_KEY, base_url=server.url) as client:
                return await get_current_user.asyncio(client=client.generated)

        user = asyncio.run(main())
        assert len(server.requests) == 2
    assert user.id == 7
