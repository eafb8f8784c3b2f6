"""Typed errors and faults through the shared runtime: TembaClient's classes, readable 400s, no token anywhere."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from overlay_runtime import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from rapidpro import (
    RapidProClient,
    RapidProInterface,
    TembaBadRequestError,
    TembaConfigurationError,
    TembaConflictError,
    TembaConnectionError,
    TembaException,
    TembaHttpError,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaSerializationException,
    TembaServerError,
    TembaTimeoutError,
    TembaTokenError,
)
from tests.flaky_server import FlakyServer, Garbage, Hang, Reply, Reset, sequence
from tests.rapidpro._helpers import KINDS, call
from tests.rapidpro._server import TOKEN, rapidpro_server

URN_TAKEN = {
    "urns": {"0": ["URN is in use by another contact."], "1": ["URN is not valid."]},
    "name": ["Ensure this field has no more than 64 characters."],
    "fields": {"age": ["Must be a number"]},
    "non_field_errors": ["Contact group must not be query based: Adults"],
}


def create_contact(client: Any) -> Any:
    return client.contacts.create(name="x" * 65, urns=["tel:+250788000001", "tel:nope"], fields={"age": "old"})


@KINDS
def test_400_keeps_field_errors_and_shows_them(kind: str) -> None:
    """The body's field errors stay a dict (nested and non-field ones too) and each is named in the message."""
    with FlakyServer(lambda request: Reply(400, URN_TAKEN, reason="Bad Request")) as server:
        with pytest.raises(TembaBadRequestError) as info:
            call(kind, server.url, create_contact)
    error = info.value
    assert error.errors == URN_TAKEN and error.status_code == 400 and isinstance(error, BadRequestError)
    assert error.field_errors == {
        "urns[0]": ["URN is in use by another contact."],
        "urns[1]": ["URN is not valid."],
        "name": ["Ensure this field has no more than 64 characters."],
        "fields[age]": ["Must be a number"],
        "non_field_errors": ["Contact group must not be query based: Adults"],
    }
    assert str(error) == (
        "400 Bad Request from POST /api/v2/contacts.json: urns[0]: URN is in use by another contact.; "
        "urns[1]: URN is not valid.; name: Ensure this field has no more than 64 characters.; "
        "fields[age]: Must be a number.; Contact group must not be query based: Adults."
    )


@pytest.mark.parametrize(
    ("body", "errors", "shown"),
    [
        ({"detail": "Param 'uuid': xyz is not a valid UUID."}, None, "Param 'uuid': xyz is not a valid UUID."),
        ({"message": {"eng": ["Ensure this field has no more than 4096 characters."]}}, None, "message[eng]: Ensure"),
        (["Msg1", "Msg2"], {"non_field_errors": ["Msg1", "Msg2"]}, ": Msg1. Msg2."),
        ("XYZ", {"details": ["XYZ"]}, ": XYZ"),
    ],
)
def test_400_bodies_of_every_shape(body: Any, errors: Any, shown: str) -> None:
    """Query-parameter errors, translation errors, a list body and a non-JSON body (TembaClient's `details`)."""
    with FlakyServer(lambda request: Reply(400, body)) as server:
        with pytest.raises(TembaBadRequestError) as info:
            call("sync", server.url, lambda c: c.contacts.list(uuid="xyz").first())
    assert info.value.errors == (errors if errors is not None else body)
    assert shown in str(info.value)


@pytest.mark.parametrize(
    ("status", "body", "cls", "generic"),
    [
        (403, {"detail": "Invalid token"}, TembaTokenError, PermissionDeniedError),
        (404, {"detail": "Not found."}, TembaNoSuchObjectError, NotFoundError),
        (
            409,
            {"detail": "Cannot create object because workspace has reached limit."},
            TembaConflictError,
            ConflictError,
        ),
        (405, {"detail": 'Method "PUT" not allowed.'}, TembaHttpError, APIStatusError),
        (500, "Server Error. Site administrators have been notified.", TembaServerError, InternalServerError),
    ],
)
def test_status_classes(status: int, body: Any, cls: type[Exception], generic: type[Exception]) -> None:
    """Each status gets TembaClient's class, which is also the runtime's generic class; the body is kept."""
    with FlakyServer(lambda request: Reply(status, body)) as server:
        with pytest.raises(cls) as info:
            call("sync", server.url, lambda c: c.groups.update("a1b2", name="New"), max_retries=0)
    error: Any = info.value
    assert isinstance(error, generic) and isinstance(error, TembaException)
    assert error.status_code == status and error.body == body
    text = body if isinstance(body, str) else body["detail"]
    assert text.rstrip(".") in str(error) and "POST /api/v2/groups.json" in str(error)
    if status in (409, 500):
        assert isinstance(error, TembaHttpError)  # as in TembaClient, other statuses are TembaHttpError


def test_403_hints_at_the_token() -> None:
    with rapidpro_server() as (server, _):
        with RapidProClient("not-the-token-0000", base_url=server.url) as client:
            with pytest.raises(TembaTokenError, match="bad token and to a missing permission"):
                client.workspace.get()


@KINDS
def test_reads_retry_5xx_and_succeed(kind: str) -> None:
    """A 503 then a page: the read is retried (backoff from the runtime) and succeeds."""
    page = {"next": None, "previous": None, "results": []}
    with FlakyServer(sequence(Reply(503, "busy"), Reply(200, page))) as server:
        assert call(kind, server.url, lambda c: c.flows.list().all()) == []
    assert len(server.requests) == 2


@KINDS
def test_writes_are_never_sent_twice(kind: str) -> None:
    """A POST that fails (5xx, reset) is not retried: the server may have applied it."""
    with FlakyServer(sequence(Reply(502, "bad gateway"))) as server:
        with pytest.raises(TembaServerError):
            call(kind, server.url, lambda c: c.messages.create("tel:+250788123123", "hi"))
    assert len(server.requests) == 1
    with FlakyServer(lambda request: Reset()) as server:
        with pytest.raises(TembaConnectionError):
            call(kind, server.url, lambda c: c.contacts.bulk_block(["a"]))
    assert len(server.requests) == 1


@KINDS
def test_a_throttled_write_waits_and_is_applied_once(kind: str) -> None:
    """A 429 refuses a POST before any work is done, so the write is sent again after Retry-After, once."""
    replies = sequence(
        Reply(429, {"detail": "Request was throttled."}, {"Retry-After": "0.2"}),
        Reply(
            201,
            {
                "uuid": "5f05311e-8f81-4a67-a5b5-1501b6d6496a",
                "name": "Farmers",
                "query": None,
                "status": "ready",
                "system": False,
                "count": 0,
            },
        ),
    )
    with FlakyServer(replies) as server:
        group = call(kind, server.url, lambda c: c.groups.create("Farmers"))
        assert group.name == "Farmers" and len(server.requests) == 2
        assert server.requests[1].received_at - server.requests[0].received_at >= 0.19


@KINDS
def test_a_write_throttled_for_too_long_is_raised_with_retry_after(kind: str) -> None:
    """A Retry-After beyond the client's max_retry_after is not slept through: the caller gets `retry_after`."""
    with FlakyServer(
        lambda request: Reply(429, {"detail": "Request was throttled."}, {"Retry-After": "700"})
    ) as server:
        with pytest.raises(TembaRateExceededError) as info:
            call(kind, server.url, lambda c: c.groups.create("Farmers"))
    assert info.value.retry_after == 700 and isinstance(info.value, RateLimitError) and len(server.requests) == 1


@KINDS
@pytest.mark.parametrize(
    ("action", "cls"),
    [(Reset(), TembaConnectionError), (Garbage(), TembaConnectionError), (Hang(2.0), TembaTimeoutError)],
)
def test_transport_faults_become_typed_errors_after_retries(kind: str, action: Any, cls: type[Exception]) -> None:
    """Resets, garbage and hangs on a read: retried `max_retries` times, then a typed, chained error."""
    with FlakyServer(lambda request: action) as server:
        with pytest.raises(cls) as info:
            call(kind, server.url, lambda c: c.contacts.list().first(), max_retries=1, timeout=0.3)
    assert isinstance(info.value, APIConnectionError) and info.value.__cause__ is not None
    assert len(server.requests) == 2 and "/api/v2/contacts.json" in str(info.value)


@KINDS
def test_a_body_that_does_not_parse(kind: str) -> None:
    """A 2xx page that is not the documented shape raises TembaSerializationException with a snippet."""
    with FlakyServer(lambda request: Reply(200, {"results": "nope"})) as server:
        with pytest.raises(TembaSerializationException, match=r"contacts\.json"):
            call(kind, server.url, lambda c: c.contacts.list().first())


def test_missing_token_is_refused_before_any_request(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(TembaException, match="RAPIDPRO_API_TOKEN") as info:
        RapidProClient()
    assert isinstance(info.value, TembaConfigurationError) and isinstance(info.value, ConfigurationError)
    assert info.value.status_code is None
    monkeypatch.setenv("RAPIDPRO_API_TOKEN", TOKEN)
    with rapidpro_server() as (server, _), RapidProClient(base_url=server.url) as client:
        assert client.workspace.get().name == "Nyaruka"
        assert server.requests[0].headers["authorization"] == f"Token {TOKEN}"


def test_the_token_never_appears_in_logs_reprs_or_messages(caplog: pytest.LogCaptureFixture) -> None:
    """Through successes, errors and faults: logs (DEBUG, httpx's too), reprs and messages never hold the token."""
    caplog.set_level(logging.DEBUG)
    seen: list[str] = []
    with rapidpro_server(counts={"contacts": 5}, page_size=2) as (server, handler):
        client = RapidProClient(TOKEN, base_url=server.url)
        pager = client.contacts.list(group="Farmers")
        pager.all()
        seen += [repr(client), repr(pager), repr(client.contacts), repr(client.runtime.auth)]
        handler.intercept = lambda request: Reply(400, {"detail": f"bad header {request.headers['authorization']}"})
        with pytest.raises(TembaBadRequestError) as bad:
            client.contacts.create(name="x")
        seen += [str(bad.value), repr(bad.value)]  # `.errors`/`.body` keep the server's words as it sent them
        handler.intercept = lambda request: None
        with RapidProInterface(TOKEN, api_url=server.url) as interface:
            interface.set_api_token("wrong-token-abcdef")
            assert interface.validate_token() is False
            seen += [repr(interface), repr(interface.rapidProAPI)]
        client.close()
    with RapidProClient(TOKEN, base_url=server.url, max_retries=0) as down_client:
        with pytest.raises(TembaConnectionError) as down:
            down_client.workspace.get()
    seen.append(str(down.value))
    assert TOKEN not in caplog.text and "Token 0123" not in caplog.text
    assert "GET /api/v2/contacts.json -> 200" in caplog.text  # the runtime does log each attempt
    for text in seen:
        assert TOKEN not in text, text
