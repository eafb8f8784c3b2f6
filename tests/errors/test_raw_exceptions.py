"""Whatever goes wrong, the facades raise their own typed errors: never a bare RecursionError, TypeError,
ValueError, pydantic or httpx error, and bad input is refused before anything is sent."""

from __future__ import annotations

import asyncio
import json
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import bloomy
import monzoh
import rapidpro
from rapidpro import RapidProInterface
from tests.errors._support import API_KEY, CLIENT_SECRET, TOKEN
from tests.flaky_server import FlakyServer, Reply, Request

DEEP = 100_000  # far past the recursion limit of any JSON decoder
FLAT_BUT_DEEP = 400  # decodes, but walking it naively (and encoding it again) is asking for trouble


def nested(depth: int) -> str:
    return '{"detail": ' * depth + '"deep"' + "}" * depth


class Answer:
    def __init__(self) -> None:
        self.reply = Reply(200, {})

    def __call__(self, request: Request) -> Reply:
        return self.reply


@pytest.fixture
def server() -> Iterator[tuple[FlakyServer, Answer]]:
    answer = Answer()
    with FlakyServer(answer) as flaky:
        yield flaky, answer


def raised_by(call: Callable[[], Any]) -> BaseException:
    try:
        result = call()
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    except BaseException as exc:  # what is raised is what is tested
        return exc
    raise AssertionError("nothing was raised")


def described(exc: BaseException) -> str:
    return f"{type(exc).__module__}.{type(exc).__qualname__}"


# -- bodies nested too deeply ------------------------------------------------------------------------------
FACADE_CALLS: dict[str, tuple[Callable[[str], Any], type[BaseException], type[BaseException]]] = {
    # name: (call, error for a 400, error for a 2xx that cannot be read)
    "monzoh": (
        lambda url: monzoh.MonzoClient(TOKEN, base_url=url, max_retries=0).whoami(),
        monzoh.MonzoBadRequestError,
        monzoh.MonzoValidationError,
    ),
    "bloomy": (
        lambda url: bloomy.Client(API_KEY, base_url=url + "/api/v1", max_retries=0).user.details(),
        bloomy.BadRequestError,
        bloomy.ResponseValidationError,
    ),
    "rapidpro": (
        lambda url: rapidpro.RapidProClient(TOKEN, base_url=url, max_retries=0).workspace.get(),
        rapidpro.TembaBadRequestError,
        rapidpro.TembaSerializationException,
    ),
    "monzoh-oauth": (
        lambda url: monzoh.MonzoOAuth("oauth2client_1", CLIENT_SECRET, base_url=url).exchange_code("code-1234"),
        monzoh.MonzoBadRequestError,
        monzoh.MonzoValidationError,
    ),
    "bloomy-login": (
        lambda url: bloomy.Configuration().configure_api_key("jane@acme.example", "pw-123456", base_url=url),
        bloomy.LoginError,
        bloomy.ResponseValidationError,
    ),
}


@pytest.mark.parametrize("depth", [DEEP, FLAT_BUT_DEEP])
@pytest.mark.parametrize("facade", sorted(FACADE_CALLS))
def test_a_deeply_nested_error_body_is_a_typed_error(
    facade: str, depth: int, server: tuple[FlakyServer, Answer]
) -> None:
    flaky, answer = server
    call, expected, _ = FACADE_CALLS[facade]
    answer.reply = Reply(400, nested(depth), headers={"Content-Type": "application/json"})
    exc = raised_by(lambda: call(flaky.url))
    assert type(exc) is expected, described(exc)
    assert exc.status_code == 400
    # What it keeps of the body can be pickled and stored as JSON (a Celery result) without recursing.
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is expected and str(copy) == str(exc)
    json.dumps(exc.args)


@pytest.mark.parametrize("facade", sorted(FACADE_CALLS))
def test_a_deeply_nested_2xx_body_is_a_typed_error(facade: str, server: tuple[FlakyServer, Answer]) -> None:
    flaky, answer = server
    call, _, expected = FACADE_CALLS[facade]
    answer.reply = Reply(200, "[" * DEEP + "]" * DEEP, headers={"Content-Type": "application/json"})
    exc = raised_by(lambda: call(flaky.url))
    assert isinstance(exc, expected), described(exc)


# -- the token endpoints' invalid 200s -------------------------------------------------------------------
INVALID_TOKENS = {
    "wrong-types": {"access_token": 5, "refresh_token": ["x"], "expires_in": "soon"},
    "null": None,
    "not-json": "<html>maintenance</html>",
    "deep": json.loads(nested(50)),
}


@pytest.mark.parametrize("body", sorted(INVALID_TOKENS))
@pytest.mark.parametrize("facade", ["monzoh-oauth", "bloomy-login"])
def test_an_invalid_200_from_a_token_endpoint_is_a_typed_error(
    facade: str, body: str, server: tuple[FlakyServer, Answer]
) -> None:
    flaky, answer = server
    call, _, expected = FACADE_CALLS[facade]
    value = INVALID_TOKENS[body]
    answer.reply = Reply(200, value if isinstance(value, str) else json.dumps(value))
    exc = raised_by(lambda: call(flaky.url))
    assert isinstance(exc, expected), described(exc)


def test_a_deeply_nested_webhook_is_a_webhook_parse_error() -> None:
    for body in ("[" * DEEP, '{"type": "transaction.created", "data": ' + "[" * DEEP + "]" * DEEP + "}"):
        for given in (body, body.encode()):
            exc = raised_by(lambda given=given: monzoh.parse_webhook_payload(given))
            assert type(exc) is monzoh.WebhookParseError, described(exc)
            assert isinstance(exc, monzoh.MonzoValidationError) and isinstance(exc, ValueError)


# -- RapidPro's next links -------------------------------------------------------------------------------
BAD_LINKS = ["http://[::1:bad/api/v2/flows.json?cursor=abc", "http://host:port/api/v2/flows.json?cursor=abc"]


@pytest.mark.parametrize("link", BAD_LINKS)
def test_a_malformed_next_link_is_the_interfaces_parsing_exception(
    link: str, server: tuple[FlakyServer, Answer]
) -> None:
    flaky, answer = server
    answer.reply = Reply(200, {"next": link, "previous": None, "results": [{"uuid": "f-1", "name": "Flow"}]})
    exc = raised_by(lambda: RapidProInterface(TOKEN, api_url=flaky.url).get_flows())
    assert type(exc) is RapidProInterface.ResponseParsingException, described(exc)
    assert exc.status_code == 200
    exc = raised_by(lambda: RapidProInterface(TOKEN, api_url=flaky.url).get_flow("f-1"))
    assert type(exc) is RapidProInterface.ResponseParsingException, described(exc)


@pytest.mark.parametrize("link", BAD_LINKS)
def test_a_malformed_next_link_stops_a_pager_with_a_typed_error(link: str, server: tuple[FlakyServer, Answer]) -> None:
    flaky, answer = server
    answer.reply = Reply(200, {"next": link, "previous": None, "results": []})
    with rapidpro.RapidProClient(TOKEN, base_url=flaky.url, max_retries=0) as client:
        exc = raised_by(lambda: client.flows.list().all())
    assert isinstance(exc, rapidpro.TembaSerializationException), described(exc)


def test_a_deeply_nested_page_is_the_interfaces_parsing_exception(server: tuple[FlakyServer, Answer]) -> None:
    flaky, answer = server
    answer.reply = Reply(200, "[" * DEEP + "]" * DEEP)
    exc = raised_by(lambda: RapidProInterface(TOKEN, api_url=flaky.url).get_flows())
    assert type(exc) is RapidProInterface.ResponseParsingException, described(exc)


# -- bad input to the helpers that are not resources ------------------------------------------------------
def oauth(url: str) -> monzoh.MonzoOAuth:
    return monzoh.MonzoOAuth("oauth2client_1", CLIENT_SECRET, base_url=url)


BAD_INPUT: dict[str, tuple[Callable[[str], Any], type[BaseException]]] = {
    # MonzoOAuth
    "oauth-client_id-int": (
        lambda url: monzoh.MonzoOAuth(123, CLIENT_SECRET, base_url=url),
        monzoh.MonzoConfigurationError,
    ),
    "oauth-client_secret-none": (
        lambda url: monzoh.MonzoOAuth("c", None, base_url=url),
        monzoh.MonzoConfigurationError,
    ),
    "oauth-redirect_uri-not-a-url": (
        lambda url: monzoh.MonzoOAuth("c", CLIENT_SECRET, "not a url", base_url=url),
        monzoh.MonzoConfigurationError,
    ),
    "oauth-base_url-not-a-url": (
        lambda url: monzoh.MonzoOAuth("c", CLIENT_SECRET, base_url="http://[::1:bad"),
        monzoh.MonzoConfigurationError,
    ),
    "oauth-state-int": (lambda url: oauth(url).authorization_url(5), monzoh.MonzoValidationError),
    "oauth-code-none": (lambda url: oauth(url).exchange_code(None), monzoh.MonzoValidationError),
    "oauth-code-empty": (lambda url: oauth(url).exchange_code(""), monzoh.MonzoValidationError),
    "oauth-refresh-none": (lambda url: oauth(url).refresh(None), monzoh.MonzoValidationError),
    "oauth-logout-none": (lambda url: oauth(url).logout(None), monzoh.MonzoValidationError),
    "oauth-store-not-a-token": (lambda url: oauth(url).store({"access_token": "x"}), monzoh.MonzoValidationError),
    # bloomy.Configuration
    "bloomy-api_key-int": (lambda url: bloomy.Configuration(12345), bloomy.ConfigurationError),
    "bloomy-config_path-int": (lambda url: bloomy.Configuration(config_path=5), bloomy.ConfigurationError),
    "bloomy-login-base_url-not-a-url": (
        lambda url: bloomy.Configuration().configure_api_key("jane", "pw-123456", base_url="http://[::1:bad"),
        bloomy.ConfigurationError,
    ),
    "bloomy-login-max_retries-str": (
        lambda url: bloomy.Configuration().configure_api_key("jane", "pw-123456", base_url=url, max_retries="2"),
        bloomy.ConfigurationError,
    ),
    "bloomy-login-username-none": (
        lambda url: bloomy.Configuration().configure_api_key(None, "pw-123456", base_url=url),
        bloomy.ValidationError,
    ),
    "bloomy-login-password-empty": (
        lambda url: bloomy.Configuration().configure_api_key("jane", "", base_url=url),
        bloomy.ValidationError,
    ),
    "bloomy-alogin-password-none": (
        lambda url: bloomy.Configuration().aconfigure_api_key("jane", None, base_url=url),
        bloomy.ValidationError,
    ),
    # RapidProAPI / RapidProInterface
    "rapidpro-api-token-int": (lambda url: rapidpro.RapidProAPI(5, api_url=url), rapidpro.TembaConfigurationError),
    "rapidpro-api-api_url-int": (lambda url: rapidpro.RapidProAPI("t", api_url=5), rapidpro.TembaConfigurationError),
    "rapidpro-api-api_url-bad": (
        lambda url: rapidpro.RapidProAPI(TOKEN, api_url="http://[::1:bad").get_flows(),
        rapidpro.TembaConfigurationError,
    ),
    "rapidpro-api-max_retries-str": (
        lambda url: rapidpro.RapidProAPI(TOKEN, api_url=url, max_retries="3"),
        rapidpro.TembaConfigurationError,
    ),
    "rapidpro-api-get_flows-uuid-int": (
        lambda url: rapidpro.RapidProAPI(TOKEN, api_url=url).get_flows(uuid=5),
        rapidpro.TembaValidationError,
    ),
    "rapidpro-api-set_api_token-none": (
        lambda url: rapidpro.RapidProAPI(TOKEN, api_url=url).set_api_token(None),
        rapidpro.TembaConfigurationError,
    ),
    "rapidpro-interface-token-int": (lambda url: RapidProInterface(5, api_url=url), rapidpro.TembaConfigurationError),
    "rapidpro-interface-get_flow-int": (
        lambda url: RapidProInterface(TOKEN, api_url=url).get_flow(5),
        rapidpro.TembaValidationError,
    ),
    "rapidpro-interface-get_flows-date-int": (
        lambda url: RapidProInterface(TOKEN, api_url=url).get_flows(after_date=20240101),
        rapidpro.TembaValidationError,
    ),
    "rapidpro-interface-api_url-bad": (
        lambda url: RapidProInterface(TOKEN, api_url="http://[::1:bad").validate_token(),
        rapidpro.TembaConfigurationError,
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_to_a_helper_is_the_facades_error_and_nothing_is_sent(
    case: str, server: tuple[FlakyServer, Answer], tmp_path: Path
) -> None:
    flaky, answer = server
    answer.reply = Reply(200, {"access_token": "a" * 20, "results": [], "next": None})
    call, expected = BAD_INPUT[case]
    exc = raised_by(lambda: call(flaky.url))
    assert type(exc) is expected, described(exc)
    assert not flaky.requests, "bad input must be refused before anything is sent"
