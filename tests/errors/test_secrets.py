"""No credential shows in what the library raises or logs, and none with a control character is ever sent.

"Shows" covers `str()`, `repr()` and `args` of the error and of every exception chained to it
(`__cause__`, `__context__`), `traceback.format_exception()` of the whole chain, and every log record
captured at DEBUG, from our loggers and httpx's. The servers are real sockets on 127.0.0.1 that echo
the credentials they were sent: in a malformed header line (an h11 protocol error quotes it), in the
headers and body of a 4xx, and in a 2xx body that does not validate (pydantic quotes the input).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import bloomy
import monzoh
import rapidpro
from rapidpro import RapidProInterface
from tests.errors._support import API_KEY, CLIENT_SECRET, PASSWORD, TOKEN, leaked, shown
from tests.flaky_server import Action, FlakyServer, Garbage, Reply, Request

FORM_SECRETS = ("password", "client_secret", "refresh_token", "code")


def echo_of(request: Request) -> str:
    """The credentials a request carried: its Authorization header and the secret fields of its form body."""
    form = request.form if request.method == "POST" and request.body and b"=" in request.body else {}
    return " ".join([request.headers.get("authorization", ""), *(form.get(k, [""])[0] for k in FORM_SECRETS)]).strip()


def malformed_header(request: Request) -> Action:
    return Garbage(b"HTTP/1.1 200 OK\r\nX-Echo: " + echo_of(request).encode() + b"\x00\r\nContent-Length: 0\r\n\r\n")


def refused_with_echo(request: Request) -> Action:
    text = f"you sent {echo_of(request)}"
    body = {"code": "test.echo", "error": "invalid_grant", "message": text, "Message": text, "detail": text}
    return Reply(401, body, headers={"X-Echo": echo_of(request), "Set-Cookie": f"s={echo_of(request)}"})


def wrong_2xx_with_echo(request: Request) -> Action:
    echo = echo_of(request)
    return Reply(200, [echo, {"echo": echo, "long": "x" * 40 + echo + "y" * 40}])


ECHOES = {"malformed-header": malformed_header, "4xx": refused_with_echo, "2xx-invalid": wrong_2xx_with_echo}


class Echo:
    def __init__(self) -> None:
        self.answer: Callable[[Request], Action] = refused_with_echo

    def __call__(self, request: Request) -> Action:
        return self.answer(request)


@pytest.fixture
def server() -> Iterator[tuple[FlakyServer, Echo]]:
    echo = Echo()
    with FlakyServer(echo) as flaky:
        yield flaky, echo


def oauth(url: str) -> monzoh.MonzoOAuth:
    return monzoh.MonzoOAuth("oauth2client_1", CLIENT_SECRET, "http://localhost:8080/callback", base_url=url)


CALLS: dict[str, Callable[[str], Any]] = {
    "monzoh": lambda url: monzoh.MonzoClient(TOKEN, base_url=url, max_retries=0).whoami(),
    "monzoh-oauth-exchange": lambda url: oauth(url).exchange_code("code-" + TOKEN[4:]),
    "monzoh-oauth-refresh": lambda url: oauth(url).refresh("refresh-" + TOKEN[4:]),
    "bloomy": lambda url: bloomy.Client(API_KEY, base_url=url + "/api/v1", max_retries=0).user.details(),
    "bloomy-login": lambda url: bloomy.Configuration().configure_api_key(
        "jane@acme.example", PASSWORD, base_url=url, max_retries=0
    ),
    "rapidpro": lambda url: rapidpro.RapidProClient(TOKEN, base_url=url, max_retries=0).workspace.get(),
    "rapidpro-interface": lambda url: RapidProInterface(TOKEN, api_url=url, max_retries=0).get_flows(),
}
ROOTS = (monzoh.MonzoError, bloomy.BloomyError, rapidpro.TembaException, RapidProInterface.AbstractRequestException)


def raised_by(call: Callable[[], Any]) -> BaseException:
    try:
        call()
    except BaseException as exc:  # what is raised is what is tested
        return exc
    raise AssertionError("nothing was raised")


def assert_nothing_shows(exc: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    records = "\n".join(record.getMessage() for record in caplog.records)
    in_error, in_logs = leaked(shown(exc)), leaked(caplog.text + records)
    # Only the names of what leaked are shown, never the values (a failing test must not print a credential).
    assert not in_error, f"in the error or its chain: {in_error}"
    assert not in_logs, f"in the log records: {in_logs}"


# The tutorial interface's own exceptions quote nothing of a 4xx or of an invalid 2xx, so only its transport
# errors (TembaConnectionError) could leak.
CASES = [(f, e) for f in sorted(CALLS) for e in sorted(ECHOES) if f != "rapidpro-interface" or e == "malformed-header"]


@pytest.mark.parametrize(("facade", "echo"), CASES)
def test_an_echoing_server_gets_no_credential_into_errors_or_logs(
    facade: str, echo: str, server: tuple[FlakyServer, Echo], caplog: pytest.LogCaptureFixture
) -> None:
    flaky, script = server
    script.answer = ECHOES[echo]
    with caplog.at_level(logging.DEBUG):
        exc = raised_by(lambda: CALLS[facade](flaky.url))
    assert isinstance(exc, ROOTS), f"{type(exc).__module__}.{type(exc).__qualname__} is not one of the facade's errors"
    assert flaky.requests, "the request was sent"
    assert_nothing_shows(exc, caplog)


# -- credentials with control characters are refused before anything is sent ------------------------------
CONTROLS = {"LF": "\n", "CRLF": "\r\n", "CR": "\r", "NUL": "\x00", "ESC": "\x1b", "TAB": "\t", "DEL": "\x7f"}


def trailing(secret: str, control: str) -> str:
    return secret + control


def inside(secret: str, control: str) -> str:
    return secret[:10] + control + secret[10:]


def monzo_set_token(url: str, token: str) -> Any:
    with monzoh.MonzoClient(TOKEN, base_url=url, max_retries=0) as client:
        client.set_access_token(token)
        return client.whoami()


def monzo_env_token(url: str, token: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("MONZO_ACCESS_TOKEN", token)
    return monzoh.MonzoClient(base_url=url, max_retries=0).whoami()


def rapidpro_set_token(url: str, token: str) -> Any:
    interface = RapidProInterface(TOKEN, api_url=url, max_retries=0)
    interface.set_api_token(token)
    return interface.validate_token()


REFUSALS: dict[str, tuple[Callable[..., Any], Callable[[str, str], str], type[BaseException]]] = {
    "monzoh-constructor": (
        lambda url, t: monzoh.MonzoClient(t, base_url=url, max_retries=0).whoami(),
        trailing,
        monzoh.MonzoConfigurationError,
    ),
    "monzoh-async-constructor": (
        lambda url, t: monzoh.AsyncMonzoClient(t, base_url=url, max_retries=0),
        trailing,
        monzoh.MonzoConfigurationError,
    ),
    "monzoh-set_access_token": (monzo_set_token, trailing, monzoh.MonzoConfigurationError),
    "monzoh-oauth-logout": (lambda url, t: oauth(url).logout(t), trailing, monzoh.MonzoValidationError),
    "monzoh-oauth-client-secret": (
        lambda url, t: monzoh.MonzoOAuth("oauth2client_1", t, base_url=url).exchange_code("code-1234"),
        trailing,
        monzoh.MonzoConfigurationError,
    ),
    "bloomy-api-key": (
        lambda url, t: bloomy.Client(t, base_url=url + "/api/v1", max_retries=0).user.details(),
        inside,  # surrounding whitespace is stripped from a key (as bloomy-python does): a control inside is not
        bloomy.ConfigurationError,
    ),
    "bloomy-password": (
        lambda url, t: bloomy.Configuration().configure_api_key("jane@acme.example", t, base_url=url, max_retries=0),
        trailing,
        bloomy.ValidationError,
    ),
    "rapidpro-constructor": (
        lambda url, t: rapidpro.RapidProClient(t, base_url=url, max_retries=0).workspace.get(),
        trailing,
        rapidpro.TembaConfigurationError,
    ),
    "rapidpro-api": (
        lambda url, t: __import__("asyncio").run(rapidpro.RapidProAPI(t, api_url=url, max_retries=0).get_flows()),
        trailing,
        rapidpro.TembaConfigurationError,
    ),
    "rapidpro-interface-set_api_token": (rapidpro_set_token, trailing, rapidpro.TembaConfigurationError),
}
SECRET_OF = {"bloomy-api-key": API_KEY, "bloomy-password": PASSWORD, "monzoh-oauth-client-secret": CLIENT_SECRET}


@pytest.mark.parametrize("control", sorted(CONTROLS))
@pytest.mark.parametrize("where", sorted(REFUSALS))
def test_a_credential_with_a_control_character_is_refused_before_sending(
    where: str, control: str, server: tuple[FlakyServer, Echo], caplog: pytest.LogCaptureFixture
) -> None:
    flaky, _ = server
    call, place, expected = REFUSALS[where]
    secret = place(SECRET_OF.get(where, TOKEN), CONTROLS[control])
    with caplog.at_level(logging.DEBUG):
        exc = raised_by(lambda: call(flaky.url, secret))
    assert type(exc) is expected, f"{where}: {type(exc).__module__}.{type(exc).__qualname__}"
    assert "control character" in str(exc)
    assert not flaky.requests, "nothing may be sent"
    assert_nothing_shows(exc, caplog)


@pytest.mark.parametrize("control", ["LF", "CR", "ESC"])  # (an environment variable cannot hold a NUL)
def test_a_token_from_the_environment_with_a_control_character_is_refused(
    control: str, server: tuple[FlakyServer, Echo], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    flaky, _ = server
    with caplog.at_level(logging.DEBUG):
        exc = raised_by(lambda: monzo_env_token(flaky.url, TOKEN + CONTROLS[control], monkeypatch))
        monkeypatch.setenv("RAPIDPRO_API_TOKEN", TOKEN + CONTROLS[control])
        temba = raised_by(lambda: rapidpro.RapidProClient(base_url=flaky.url).workspace.get())
    assert type(exc) is monzoh.MonzoConfigurationError and type(temba) is rapidpro.TembaConfigurationError
    assert not flaky.requests
    assert_nothing_shows(exc, caplog)
    assert_nothing_shows(temba, caplog)


# -- log records ---------------------------------------------------------------------------------------------
def test_an_exception_logged_on_our_loggers_has_its_traceback_redacted(caplog: pytest.LogCaptureFixture) -> None:
    """A record with `exc_info` (logger.exception) is formatted with the secret masked, whatever raised."""
    monzoh.MonzoClient(TOKEN, base_url="http://127.0.0.1:9").close()  # registers the token, as any client does
    with caplog.at_level(logging.DEBUG):
        try:
            raise RuntimeError(f"an error quoting the header Bearer {TOKEN}")
        except RuntimeError:
            logging.getLogger("monzoh").exception("while syncing")
            logging.getLogger("httpx").warning("retrying", exc_info=True, stack_info=True)
    assert "while syncing" in caplog.text and "RuntimeError" in caplog.text
    found = leaked(caplog.text)
    assert not found, found
