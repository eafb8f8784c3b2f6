"""Every exception the three facades export survives `pickle` and Celery's JSON result backend.

Celery is how seed 000 runs these clients. A worker stores a failed task's exception: it first makes it
picklable (`get_pickleable_exception`, which falls back to the nearest base class that pickles), then,
with the JSON serializer, keeps `type(exc).__qualname__`, `__module__` and `exc.args`, and the caller
rebuilds it with `cls(*args)`. So each class must pickle, its `args` must be JSON values its constructor
takes back, and neither the pickle nor the stored result may carry the credentials the request was sent
with (the live `request` and `response` are dropped; their status, the API's code, a redacted body and
the headers minus credentials are kept).

Each class is raised for real where it can be: from a real response of a loopback server (which echoes
the request's credentials in its headers and body), a real transport failure, or a real refusal of bad
input. The roots no code raises by itself are built by hand, in their peers' constructor shapes.
"""

from __future__ import annotations

import pickle
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from celery import Celery
from celery.utils.serialization import get_pickleable_exception

import bloomy
import monzoh
import rapidpro
from bloomy import _exceptions as bloomy_errors
from monzoh import _exceptions as monzoh_errors
from rapidpro import RapidProInterface
from rapidpro import _exceptions as rapidpro_errors
from tests.errors._support import API_KEY, PASSWORD, TOKEN, leaked, shown
from tests.flaky_server import Action, FlakyServer, Garbage, Hang, Reply, Request, Reset

RETRY_AFTER = 7
Raiser = Callable[["Script"], BaseException]


# -- the classes --------------------------------------------------------------------------------
def public_exceptions() -> dict[str, type[BaseException]]:
    """Every exception class a facade exports (its `__all__`, and the classes nested in what it exports, such
    as `RapidProInterface.RequestFailureException`), plus those its error maps raise without exporting."""
    found: dict[str, type[BaseException]] = {}
    for module in (monzoh, bloomy, rapidpro):
        for name in module.__all__:
            value = getattr(module, name)
            if not isinstance(value, type):
                continue
            if issubclass(value, BaseException):
                found[f"{module.__name__}.{name}"] = value
            for inner_name, inner in vars(value).items():
                if isinstance(inner, type) and issubclass(inner, BaseException):
                    found[f"{module.__name__}.{name}.{inner_name}"] = inner
    for errors in (monzoh_errors.ERRORS, bloomy_errors.ERRORS, bloomy_errors.LOGIN_ERRORS, rapidpro_errors.ERRORS):
        mapped = [errors.configuration, errors.request_validation, errors.connection, errors.timeout]
        mapped += [errors.response_validation, errors.server, errors.other, *errors.by_status.values()]
        for cls in mapped:
            if cls not in found.values():
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


CLASSES = public_exceptions()


# -- a server that answers as each test scripts it, echoing the credentials it was sent --------------
class Script:
    def __init__(self, server: FlakyServer) -> None:
        self.server = server
        self.url = server.url
        self.answer: Callable[[Request], Action] = lambda request: Reply(200, {})

    def __call__(self, request: Request) -> Action:
        return self.answer(request)

    def raised(self, answer: Callable[[Request], Action] | Action, call: Callable[[], Any]) -> BaseException:
        self.answer = answer if callable(answer) else (lambda request: answer)
        try:
            result = call()
        except BaseException as exc:  # what is raised is what is tested
            return exc
        raise AssertionError(f"nothing was raised; the call returned {type(result).__name__}")


def credentials_of(request: Request) -> str:
    """What a server that echoes credentials would echo: the Authorization header, or a login's password."""
    password = request.form.get("password", [""])[0] if request.method == "POST" and request.body else ""
    return request.headers.get("authorization", "") + password


def refusal(status: int) -> Callable[[Request], Action]:
    def answer(request: Request) -> Action:
        echo = credentials_of(request)
        text = f"refused, you sent {echo}"
        body = {"code": "test.refused", "error": "test_refused", "message": text, "Message": text, "detail": text}
        headers = {"Retry-After": str(RETRY_AFTER), "X-Echo": echo, "Set-Cookie": f"session={echo}"}
        return Reply(status, body, headers=headers, reason="Refused")

    return answer


def echoed_in_a_2xx(request: Request) -> Action:
    return Reply(200, [credentials_of(request), {"echo": credentials_of(request)}])


@pytest.fixture(scope="module")
def script() -> Iterator[Script]:
    holder: list[Script] = []
    with FlakyServer(lambda request: holder[0](request)) as server:
        holder.append(Script(server))
        yield holder[0]


# -- how each class is raised ---------------------------------------------------------------------------
def monzo(s: Script, **options: Any) -> monzoh.MonzoClient:
    return monzoh.MonzoClient(TOKEN, base_url=s.url, max_retries=0, **options)


def bloom(s: Script, **options: Any) -> bloomy.Client:
    return bloomy.Client(API_KEY, base_url=s.url + "/api/v1", max_retries=0, **options)


def temba(s: Script, **options: Any) -> rapidpro.RapidProClient:
    return rapidpro.RapidProClient(TOKEN, base_url=s.url, max_retries=0, **options)


def interface(s: Script) -> RapidProInterface:
    return RapidProInterface(TOKEN, api_url=s.url, max_retries=0)


def on_status(status: int, make: Callable[[Script], Any], call: Callable[[Any], Any]) -> Raiser:
    return lambda s: s.raised(refusal(status), lambda: call(make(s)))


RAISERS: dict[type[BaseException], Raiser] = {}
for status, cls in [
    (400, monzoh.MonzoBadRequestError),
    (401, monzoh.MonzoAuthenticationError),
    (403, monzoh.MonzoPermissionDeniedError),
    (404, monzoh.MonzoNotFoundError),
    (405, monzoh.MonzoMethodNotAllowedError),
    (406, monzoh.MonzoNotAcceptableError),
    (418, monzoh.MonzoAPIError),
    (429, monzoh.MonzoRateLimitError),
    (500, monzoh.MonzoServerError),
    (504, monzoh_errors._MonzoGatewayTimeoutError),
]:
    RAISERS[cls] = on_status(status, monzo, lambda c: c.whoami())
for status, cls in [
    (400, bloomy.BadRequestError),
    (401, bloomy.UnauthorizedError),
    (403, bloomy.PermissionDeniedError),
    (404, bloomy.NotFoundError),
    (418, bloomy.APIError),
    (429, bloomy.RateLimitError),
    (500, bloomy.ServerError),
]:
    RAISERS[cls] = on_status(status, bloom, lambda c: c.user.details())
for status, cls in [
    (400, rapidpro.TembaBadRequestError),
    (403, rapidpro.TembaTokenError),
    (404, rapidpro.TembaNoSuchObjectError),
    (409, rapidpro.TembaConflictError),
    (418, rapidpro.TembaHttpError),
    (429, rapidpro.TembaRateExceededError),
    (500, rapidpro.TembaServerError),
]:
    RAISERS[cls] = on_status(status, temba, lambda c: c.workspace.get())

RAISERS.update(
    {
        # transport failures
        monzoh.MonzoNetworkError: lambda s: s.raised(Reset(), lambda: monzo(s).whoami()),
        monzoh.MonzoTimeoutError: lambda s: s.raised(Hang(0.6), lambda: monzo(s, timeout=0.1).whoami()),
        bloomy.NetworkError: lambda s: s.raised(Garbage(), lambda: bloom(s).user.details()),
        bloomy.RequestTimeoutError: lambda s: s.raised(Hang(0.6), lambda: bloom(s, timeout=0.1).user.details()),
        rapidpro.TembaConnectionError: lambda s: s.raised(Reset(), lambda: temba(s).workspace.get()),
        rapidpro.TembaTimeoutError: lambda s: s.raised(Hang(0.6), lambda: temba(s, timeout=0.1).workspace.get()),
        # a 2xx that is not what the API documents (it echoes the credentials)
        monzoh_errors._MonzoResponseValidationError: lambda s: s.raised(echoed_in_a_2xx, lambda: monzo(s).whoami()),
        bloomy.ResponseValidationError: lambda s: s.raised(echoed_in_a_2xx, lambda: bloom(s).user.details()),
        rapidpro.TembaSerializationException: lambda s: s.raised(echoed_in_a_2xx, lambda: temba(s).workspace.get()),
        # no credentials anywhere
        monzoh.MonzoConfigurationError: lambda s: s.raised(Reply(), lambda: monzoh.MonzoClient(base_url=s.url)),
        bloomy.ConfigurationError: lambda s: s.raised(Reply(), lambda: bloomy.Client(base_url=s.url)),
        rapidpro.TembaConfigurationError: lambda s: s.raised(Reply(), lambda: rapidpro.RapidProClient(base_url=s.url)),
        # bad input, refused before sending
        monzoh.MonzoValidationError: lambda s: s.raised(Reply(), lambda: monzo(s).accounts.get_balance(account_id="")),
        bloomy.ValidationError: lambda s: s.raised(Reply(), lambda: bloom(s).meeting.details("not-an-id")),
        rapidpro.TembaValidationError: lambda s: s.raised(Reply(), lambda: temba(s).contacts.list(no_such_filter=1)),
        monzoh.WebhookParseError: lambda s: s.raised(Reply(), lambda: monzoh.parse_webhook_payload("{not json")),
        # a monzoh 1.2.0 model method on a model no client returned
        monzoh.MonzoUnboundModelError: lambda s: s.raised(
            Reply(), lambda: monzoh.Account.model_construct(id="acc_1").get_balance()
        ),
        # a refused login (the server echoes the password)
        bloomy.LoginError: lambda s: s.raised(
            refusal(400),
            lambda: bloomy.Configuration().configure_api_key(
                "jane@acme.example", PASSWORD, base_url=s.url, max_retries=0
            ),
        ),
        # the tutorial interface's own exceptions
        RapidProInterface.RequestFailureException: lambda s: s.raised(refusal(404), lambda: interface(s).get_flows()),
        RapidProInterface.ResponseParsingException: lambda s: s.raised(
            Reply(200, "not json"), lambda: interface(s).get_flows()
        ),
        RapidProInterface.TokenValidationException: lambda s: s.raised(
            refusal(404), lambda: interface(s).validate_token()
        ),
        # roots no code raises by itself: built by hand, in the shapes of the libraries they stand in for
        monzoh.MonzoError: lambda s: monzoh.MonzoError("built by hand", 418, {"detail": "teapot"}),  # monzoh's
        bloomy.BloomyError: lambda s: bloomy.BloomyError("built by hand"),
        bloomy.AuthenticationError: lambda s: bloomy.AuthenticationError(
            "built by hand", 401
        ),  # bloomy-python's APIError
        rapidpro.TembaException: lambda s: rapidpro.TembaException("built by hand"),  # TembaClient's: a message
        RapidProInterface.AbstractRequestException: lambda s: RapidProInterface.AbstractRequestException(
            "built by hand",
            httpx.Response(418, request=httpx.Request("GET", s.url, headers={"Authorization": f"Token {TOKEN}"})),
        ),
    }
)
STATUS_OF = {cls: status for status, cls in [(418, monzoh.MonzoError), (401, bloomy.AuthenticationError)]}


def raiser_of(cls: type[BaseException]) -> Raiser | None:
    if cls in RAISERS:
        return RAISERS[cls]
    if issubclass(cls, Warning):  # a warning class (issued, not raised): built with its message
        return lambda s: cls("built by hand")
    return None


def test_every_public_exception_has_a_way_to_be_raised() -> None:
    missing = sorted(name for name, cls in CLASSES.items() if raiser_of(cls) is None)
    assert not missing
    assert len(CLASSES) >= 45  # 15 monzoh + 15 bloomy + 13 rapidpro + 4 nested + 2 private, not a shrunken list


# -- what must survive --------------------------------------------------------------------------------
def summary(exc: BaseException) -> dict[str, Any]:
    headers = getattr(exc, "headers", None)
    return {
        "class": type(exc),
        "str": str(exc),
        "message": getattr(exc, "message", None),
        "status_code": getattr(exc, "status_code", None),
        "code": getattr(exc, "code", None),
        "retry_after": getattr(exc, "retry_after", None),
        "body": getattr(exc, "body", None),
        "headers": None if headers is None else sorted(httpx.Headers(headers).multi_items()),
        "errors": getattr(exc, "errors", None),
    }


def differences(copy: BaseException, original: BaseException) -> list[str]:
    """The names of the fields that differ (names only: a failing test must not print a credential)."""
    a, b = summary(copy), summary(original)
    return [name for name in b if a[name] != b[name]]


@pytest.fixture(scope="module")
def celery_app() -> Celery:
    """A Celery app whose result backend stores results as JSON, as seed 000's celeryconfig says."""
    app = Celery("error-round-trips", broker="memory://", backend="cache+memory://")
    app.conf.update(task_serializer="json", result_serializer="json", accept_content=["json"])
    return app


def through_celery(app: Celery, exc: BaseException) -> tuple[BaseException, bytes]:
    """What a caller's `AsyncResult` gives back after a worker stored `exc` as a task's failure, and the bytes stored.

    The worker's own steps: `get_pickleable_exception` (celery.app.trace), then `mark_as_failure`."""
    task_id = uuid.uuid4().hex
    app.backend.mark_as_failure(task_id, get_pickleable_exception(exc))
    stored = app.backend.client.get(app.backend.get_key_for_task(task_id))
    result = app.AsyncResult(task_id)
    assert result.state == "FAILURE"
    rebuilt = result.result
    assert isinstance(rebuilt, BaseException)
    return rebuilt, stored if isinstance(stored, bytes) else str(stored).encode()


@pytest.fixture(scope="module")
def raised(script: Script) -> dict[type[BaseException], BaseException]:
    """Each class, raised once (raising some takes a timeout, and the checks below share them). A class that
    cannot even be built gives the error that says so (and fails the tests of that class only)."""
    found: dict[type[BaseException], BaseException] = {}
    for cls in dict.fromkeys(CLASSES.values()):
        raiser = raiser_of(cls)
        if raiser is not None:
            try:
                found[cls] = raiser(script)
            except Exception as exc:  # kept: it is what the tests of this class see
                found[cls] = exc
    return found


NAMES = sorted(CLASSES)


@pytest.mark.parametrize("name", NAMES)
def test_raised_as_itself(name: str, raised: dict[type[BaseException], BaseException]) -> None:
    cls = CLASSES[name]
    exc = raised[cls]
    assert type(exc) is cls, f"{name}: the scripted failure raised {type(exc).__qualname__}"
    status = getattr(exc, "status_code", None)
    statuses = monzoh.MonzoAPIError | bloomy.APIError | rapidpro_errors.APIStatusError
    if isinstance(exc, statuses) and exc.response is not None:
        # From a real response: its Retry-After read, its credential headers dropped, the echo redacted.
        assert exc.retry_after == RETRY_AFTER and exc.code in ("test.refused", "test_refused", None)
        assert exc.headers is not None and "set-cookie" not in exc.headers and "[redacted]" in exc.headers["x-echo"]
    if cls in STATUS_OF:
        assert status == STATUS_OF[cls]


@pytest.mark.parametrize("name", NAMES)
def test_survives_pickle_without_credentials(name: str, raised: dict[type[BaseException], BaseException]) -> None:
    exc = raised[CLASSES[name]]
    try:
        data = pickle.dumps(exc)
        copy = pickle.loads(data)
    except Exception as failure:  # reported as the test's failure, with its type and message
        pytest.fail(f"{name} does not survive pickle: {type(failure).__name__}: {failure}")
    changed = differences(copy, exc)
    assert not changed, f"{name}: changed by pickle"
    in_bytes, in_text = leaked(data), leaked(shown(exc)) + leaked(shown(copy))
    assert not in_bytes, f"{name}: a credential is in the pickled bytes"
    assert not in_text, f"{name}: a credential shows in the error or its copy"
    assert getattr(copy, "response", None) is None and getattr(copy, "request", None) is None


@pytest.mark.parametrize("name", NAMES)
def test_survives_celerys_json_result_backend(
    name: str, raised: dict[type[BaseException], BaseException], celery_app: Celery
) -> None:
    exc = raised[CLASSES[name]]
    rebuilt, stored = through_celery(celery_app, exc)
    changed = differences(rebuilt, exc)
    assert not changed, f"{name} came back as {type(rebuilt).__qualname__}"
    in_stored = leaked(stored)
    assert not in_stored, f"{name}: a credential is in the stored result"


def test_the_rebuilt_error_is_raised_by_asyncresult_get(
    raised: dict[type[BaseException], BaseException], celery_app: Celery
) -> None:
    exc = raised[monzoh.MonzoRateLimitError]
    task_id = uuid.uuid4().hex
    celery_app.backend.mark_as_failure(task_id, get_pickleable_exception(exc))
    with pytest.raises(monzoh.MonzoRateLimitError) as info:
        celery_app.AsyncResult(task_id).get(timeout=5)
    assert info.value.retry_after == RETRY_AFTER and info.value.status_code == 429 and info.value.code == "test.refused"
    assert str(info.value) == str(exc) and info.value.response_headers == exc.response_headers


def test_args_are_json_values_the_constructor_takes_back(raised: dict[type[BaseException], BaseException]) -> None:
    import json

    for name in NAMES:
        exc = raised[CLASSES[name]]
        args = json.loads(json.dumps(exc.args))  # JSON, as a result backend keeps them
        changed = differences(type(exc)(*args), exc)
        assert not changed, name


def test_the_peers_constructor_shapes_are_accepted() -> None:
    """monzoh's `MonzoError(message, status_code=None, response_data=None)`, bloomy-python's
    `APIError(message, status_code=None)` and TembaClient's `TembaException(message)`."""
    error = monzoh.MonzoError("insufficient funds", 400, {"code": "bad_request"})
    assert (error.message, error.status_code, error.response_data) == (
        "insufficient funds",
        400,
        {"code": "bad_request"},
    )
    assert str(error) == "insufficient funds"
    api = bloomy.APIError("not found", 404)
    assert (api.message, api.status_code, str(api)) == ("not found", 404, "not found")
    assert str(rapidpro.TembaException("no such object")) == "no such object"


def test_a_pagination_loop_error_survives_pickle_and_celery(script: Script, celery_app: Celery) -> None:
    """The pagers' `PaginationLoopError` is made at run time under each facade's response-validation class;
    it must still be found where pickle and Celery look a class up."""

    def same_cursor_for_ever(request: Request) -> Action:
        return Reply(200, {"next": f"{script.url}/api/v2/flows.json?cursor=abc", "previous": None, "results": []})

    exc = script.raised(same_cursor_for_ever, lambda: temba(script).flows.list().all())
    assert isinstance(exc, rapidpro.TembaSerializationException), type(exc).__qualname__
    copy = pickle.loads(pickle.dumps(exc))
    rebuilt, stored = through_celery(celery_app, exc)
    assert type(copy) is type(exc) and type(rebuilt) is type(exc)
    changed = differences(copy, exc) + differences(rebuilt, exc)
    assert not changed and getattr(copy, "cursor", None) == getattr(exc, "cursor", None)
    in_stored = leaked(stored)
    assert not in_stored
