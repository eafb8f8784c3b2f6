"""TembaClient's exceptions as its users (and their test doubles) make and read them."""

from __future__ import annotations

import pickle

import pytest

from rapidpro import TembaServerError
from rapidpro.compat import (
    TembaBadRequestError,
    TembaClient,
    TembaException,
    TembaHttpError,
    TembaRateExceededError,
)
from tests.flaky_server import Reply
from tests.rapidpro._server import TOKEN, rapidpro_server


def test_tembaclients_constructor_shapes_are_accepted() -> None:
    """`TembaBadRequestError(errors)`, `TembaRateExceededError(retry_after)`, `TembaHttpError(caused_by)`."""
    bad = TembaBadRequestError({"name": ["This field is required."], "urns": ["Msg1", "Msg2"]})
    assert bad.errors == {"name": ["This field is required."], "urns": ["Msg1", "Msg2"]}
    assert str(bad) == "This field is required.. Msg1. Msg2"  # TembaClient's join, its double dot included
    assert str(TembaBadRequestError({"detail": "Not allowed"})) == "Not allowed"
    assert TembaBadRequestError(["Msg1", "Msg2"]).errors == {"non_field_errors": ["Msg1", "Msg2"]}
    slow = TembaRateExceededError(15)
    assert slow.retry_after == 15 and str(slow) == (
        "You have exceeded the number of requests allowed per org in a given time window. "
        "Please wait 15 seconds before making further requests"
    )
    cause = RuntimeError("500 Server Error: boom")
    http = TembaHttpError(cause)
    assert http.caused_by is cause and str(http) == "500 Server Error: boom"
    assert str(TembaException("no such object")) == "no such object"


def test_the_facades_own_shapes_still_work() -> None:
    """The message-first form (and a pickled copy) is unchanged."""
    error = TembaRateExceededError("throttled", 429, {"detail": "Request was throttled."}, None, 3.0)
    assert (str(error), error.retry_after, error.status_code) == ("throttled", 3.0, 429)
    copy = pickle.loads(pickle.dumps(TembaRateExceededError(7)))
    assert copy.retry_after == 7 and "wait 7 seconds" in str(copy)
    assert pickle.loads(pickle.dumps(TembaBadRequestError({"name": ["x"]}))).errors == {"name": ["x"]}


def test_caused_by_of_a_real_http_error_has_the_response() -> None:
    """`exc.caused_by.response.status_code`, as TembaClient's users read a 5xx."""
    with rapidpro_server() as (server, handler):
        handler.intercept = lambda request: Reply(502, "Bad Gateway", {"Content-Type": "text/plain"})
        with TembaClient(server.url, TOKEN) as client, pytest.raises(TembaHttpError) as caught:
            client.get_org()
    assert isinstance(caught.value, TembaServerError) and caught.value.caused_by is caught.value
    assert caught.value.caused_by.response is not None and caught.value.caused_by.response.status_code == 502
