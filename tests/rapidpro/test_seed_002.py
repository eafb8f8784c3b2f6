"""Every code sample of seed 002 runs against a local RapidPro on 127.0.0.1 and behaves as the tutorial says.

The samples are run as source text (seed_002_samples.py, verbatim). Three kinds of change are made to
them, each at the place it is needed: the host `https://app.rapidpro.io` becomes the local server's
(the point of "pointing at a local server"); names the reader brings (`uuid`, their own flow's UUID
for the placeholder `'2313-0293-8732'`, which the real API refuses as "not a valid UUID") are supplied;
and a sample's own bug gets its smallest fix, with a comment naming the bug.

The design samples are run twice: assembled into the tutorial's own classes, and as the usage they
describe of `rapidpro.RapidProAPI` (async) and `rapidpro.RapidProInterface` (sync).
"""

from __future__ import annotations

import ast
import asyncio
import gc
import inspect
import sys
import textwrap
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import rapidpro
from rapidpro import RapidProAPI, RapidProInterface, TembaTimeoutError
from tests.flaky_server import FlakyServer, Hang, Reply
from tests.rapidpro import seed_002_samples as seed
from tests.rapidpro._server import TOKEN, RapidProHandler, rapidpro_server

SEED_TOKEN = "1k2ej1kjek1usj1us1s1ous"  # the token the samples hard-code
HOST = "https://app.rapidpro.io"


@pytest.fixture
def local() -> Iterator[tuple[FlakyServer, RapidProHandler]]:
    """A local RapidPro with 5 flows on pages of 2, taking the samples' token, and the environment pointing at it."""
    with rapidpro_server(counts={"flows": 5}, page_size=2) as (server, handler):
        handler.tokens |= {SEED_TOKEN}
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("RAPIDPRO_BASE_URL", server.url)
            yield server, handler


def flow_uuid(handler: RapidProHandler, i: int = 0) -> str:
    value: str = handler.item("flows", i)["uuid"]
    return value


def pointed(source: str, server: FlakyServer) -> str:
    return source.replace(HOST, server.url)


def run_source(source: str, **names: Any) -> dict[str, Any]:
    """Run a sample in a fresh namespace (plus `names` from the reader's session), top-level `await` allowed."""
    namespace: dict[str, Any] = {"__name__": "seed_002", **names}
    code = compile(source, "<seed 002>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if inspect.iscoroutine(result):
        asyncio.run(result)
    return namespace


def requests_module() -> types.ModuleType:
    """`requests` if installed; else httpx standing in for it (`httpx.Client` has Session's `headers` and `get`)."""
    try:
        import requests  # type: ignore[import-untyped]
    except ImportError:
        return types.SimpleNamespace(Session=httpx.Client)  # type: ignore[return-value]
    module: types.ModuleType = requests
    return module


# -- Introduction to Sending Requests ---------------------------------------------------------------


def test_requests_sample_prints_the_flow(local: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    """The motivating synchronous sample gets the flow page; `self.session` is the sample's bug (no `self`)."""
    server, handler = local
    monkeypatch.setitem(sys.modules, "requests", requests_module())
    source = pointed(seed.REQUESTS_SESSION, server).replace("'2313-0293-8732'", repr(flow_uuid(handler)))
    with pytest.raises(NameError, match="self"):
        run_source(source)
    namespace = run_source(source.replace("self.session.get", "session.get"))  # seed bug: `self` outside a class
    namespace["session"].close()
    assert namespace["data"]["results"][0]["uuid"] == flow_uuid(handler)
    assert repr(namespace["data"]) in capsys.readouterr().out
    assert server.requests[-1].headers["authorization"] == f"Token {SEED_TOKEN}"


def test_the_step_by_step_fragments_run_in_one_session(local: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Session configuration, sending the request and reading its JSON, both ways, as the text walks through them."""
    server, handler = local
    monkeypatch.setitem(sys.modules, "requests", requests_module())
    namespace = run_source("import requests\n" + seed.SESSION_CONFIGURATION)
    sending = pointed(seed.SENDING_THE_REQUEST, server).replace("'2313-0293-8732'", repr(flow_uuid(handler, 1)))
    exec(sending, namespace)
    exec(seed.RESPONSE_JSON, namespace)
    namespace["session"].close()
    assert namespace["data"] == namespace["response"].json()
    assert [f["name"] for f in namespace["data"]["results"]] == ["Flow 1"]
    shape = eval(seed.SAMPLE_RESPONSE)  # the sample response is a dict with "results", as real pages are
    assert set(shape) <= set(namespace["data"])


def test_placeholder_uuid_is_refused_as_the_real_api_refuses_it(local: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run with its placeholder UUID, the sample prints the API's 400 body (why the tests use a real flow's UUID)."""
    server, _ = local
    monkeypatch.setitem(sys.modules, "requests", requests_module())
    source = pointed(seed.REQUESTS_SESSION, server).replace("self.session.get", "session.get")
    namespace = run_source(source)
    namespace["session"].close()
    assert namespace["data"] == {"detail": "Param 'uuid': 2313-0293-8732 is not a valid UUID."}


# -- Asynchronous Requests ---------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # ASYNC_REQUEST never closes its AsyncClient, as written
@pytest.mark.parametrize("name", ["ASYNC_REQUEST", "ASYNC_WITH"])
def test_async_samples_print_the_flow(name: str, local: Any, capsys: Any) -> None:
    """Both httpx.AsyncClient samples get the flow; `uuid` is the reader's (the samples never define it)."""
    server, handler = local
    source = pointed(getattr(seed, name), server)
    with pytest.raises(NameError, match="uuid"):
        run_source(source)
    run_source(source, uuid=flow_uuid(handler, 2))
    gc.collect()  # the sample's unclosed client, collected while its warning is expected
    printed = capsys.readouterr().out
    assert "'name': 'Flow 2'" in printed and printed.count("'uuid': ") >= 1


def test_calling_the_coroutine_from_async_code(local: Any, capsys: Any) -> None:
    """`async make_async_request()` is a syntax error (seed bug); its correct form `await ...` works in async code."""
    server, handler = local
    with pytest.raises(SyntaxError):
        compile(seed.AWAIT_FRAGMENT, "<seed 002>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    definition = pointed(seed.ASYNC_WITH, server).replace("asyncio.run(make_async_request())", "")
    fixed = seed.AWAIT_FRAGMENT.replace("async make_async_request()", "await make_async_request()")
    run_source(definition + fixed, uuid=flow_uuid(handler, 3))
    assert "'name': 'Flow 3'" in capsys.readouterr().out


def test_token_from_the_environment(local: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The token read from the environment, as the note on tokens advises, works with both classes."""
    monkeypatch.setenv("API_TOKEN", TOKEN)
    token = run_source(seed.ENV_TOKEN)["token"]
    assert RapidProInterface(token).validate_token() is True

    async def main() -> int:
        async with RapidProAPI(token) as api:
            return (await api.get_connection_status()).status_code

    assert asyncio.run(main()) == 200


# -- The tutorial's own classes, assembled from its samples -------------------------------------------


def tutorial_module() -> dict[str, Any]:
    """One namespace holding the tutorial's `RapidProAPI` and `RapidProInterface`, bodies from their samples."""
    ns: dict[str, Any] = {"__name__": "tutorial"}
    exec(seed.API_OUTLINE, ns)
    exec(seed.INTERFACE_OUTLINE, ns)
    api, interface = ns["RapidProAPI"], ns["RapidProInterface"]
    for source, cls in [
        (seed.API_INIT, api),
        (seed.API_CONNECTION_STATUS, api),
        (seed.API_GET_FLOWS, api),
        (seed.INTERFACE_INIT, interface),
        (seed.STATUS_INTERPRETATION, interface),
        (textwrap.dedent(seed.EXCEPTIONS), interface),  # written indented, as inside the class
        (seed.VALIDATE_TOKEN, interface),
        (seed.GET_FLOW_AND_FLOWS, interface),
    ]:
        before = set(ns)
        exec(source, ns)
        for name in [n for n in ns if n not in before or n.startswith(("get_", "set_", "validate", "__init__"))]:
            setattr(cls, name, ns.pop(name))
    return ns


def tutorial_interface(ns: dict[str, Any], server: FlakyServer, token: str) -> Any:
    interface = ns["RapidProInterface"](token)
    interface.rapidProAPI.API_URL = f"{server.url}/api/v2/"  # what a reader does to point it elsewhere
    return interface


def test_tutorial_classes_run_as_written(local: Any) -> None:
    """Assembled from the samples, the tutorial's interface validates tokens and gets flows (its first page only)."""
    server, handler = local
    ns = tutorial_module()
    interface = tutorial_interface(ns, server, SEED_TOKEN)
    assert interface.validate_token() is True
    assert interface.get_flow(flow_uuid(handler, 4))["name"] == "Flow 4"
    assert interface.get_flow(rapidpro_uuid_nobody_has()) is None
    assert len(interface.get_flows()) == 2  # only the first page: the tutorial never follows `next`
    interface.set_api_token("wrong")
    assert interface.validate_token() is False
    with pytest.raises(ns["RapidProInterface"].RequestFailureException) as info:
        interface.get_flows()
    assert info.value.status_code == 403 and info.value.message.startswith("403: ")


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # each closed loop's connections go to the collector
def test_tutorial_interface_runs_on_our_rapidpro_api(local: Any) -> None:
    """The tutorial's interface code, unchanged, on `rapidpro.RapidProAPI`: one `asyncio.run` loop after another."""
    _, handler = local
    ns = tutorial_module()
    ns["RapidProAPI"] = rapidpro.RapidProAPI
    interface = ns["RapidProInterface"](SEED_TOKEN)
    assert isinstance(interface.rapidProAPI, rapidpro.RapidProAPI)
    assert interface.validate_token() is True
    assert interface.get_flow(flow_uuid(handler, 1))["name"] == "Flow 1"
    assert [f["name"] for f in interface.get_flows()] == ["Flow 0", "Flow 1"]
    interface.set_api_token("")
    assert interface.validate_token() is False
    del interface
    gc.collect()


def test_tutorial_interface_fails_inside_a_running_loop_and_ours_does_not(local: Any) -> None:
    """`asyncio.run` refuses to run inside a running loop (the tutorial's limit); `RapidProInterface` works there."""
    server, handler = local
    ns = tutorial_module()

    async def web_handler() -> list[dict[str, Any]]:
        theirs = tutorial_interface(ns, server, SEED_TOKEN)
        coroutine_runner_error = None
        try:
            theirs.get_flows()
        except RuntimeError as exc:
            coroutine_runner_error = exc
        assert coroutine_runner_error is not None and "running event loop" in str(coroutine_runner_error)
        with RapidProInterface(SEED_TOKEN) as ours:
            assert ours.validate_token() is True
            return ours.get_flows()

    with pytest.warns(RuntimeWarning, match="never awaited"):
        flows = asyncio.run(web_handler())
        gc.collect()
    assert [f["uuid"] for f in flows] == [flow_uuid(handler, i) for i in range(5)]


def test_error_handling_sample_has_an_unbound_response(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a timeout the sample's handler (`...`) leaves `response` unbound (seed bug); ours raises a typed timeout."""
    ns = tutorial_module()
    exec(seed.CONNECTION_STATUS_TIMEOUT, ns)
    ns["RapidProAPI"].get_connection_status = ns.pop("get_connection_status")
    with FlakyServer(lambda request: Hang(3.0)) as server:
        theirs = ns["RapidProAPI"](SEED_TOKEN)
        theirs.API_URL = f"{server.url}/api/v2/"
        with pytest.raises(UnboundLocalError):
            asyncio.run(theirs.get_connection_status())

        async def ours() -> None:
            async with RapidProAPI(SEED_TOKEN, api_url=server.url, timeout=0.3, max_retries=1) as api:
                await api.get_connection_status()

        with pytest.raises(TembaTimeoutError, match="timed out"):
            asyncio.run(ours())


# -- The same design, done right: rapidpro.RapidProAPI (async) and rapidpro.RapidProInterface (sync) ------


def rapidpro_uuid_nobody_has() -> str:
    return "00000000-0000-4000-8000-000000000000"


def test_rapidpro_api_as_the_tutorial_describes(local: Any) -> None:
    """Async: token set and reset, connection status, flows by UUID and date range, responses returned as they are."""
    server, handler = local

    async def main() -> None:
        api = RapidProAPI(SEED_TOKEN)
        assert f"{server.url}/api/v2/" == api.API_URL  # from RAPIDPRO_BASE_URL
        status = await api.get_connection_status()
        assert status.is_success and status.json()["name"] == "Nyaruka"
        one = await api.get_flows(uuid=flow_uuid(handler, 3))
        assert [f["name"] for f in one.json()["results"]] == ["Flow 3"]
        ranged = await api.get_flows(before_date="2026-02-28T23:59:00", after_date="2026-02-28T23:57:00")
        assert [f["name"] for f in ranged.json()["results"]] == ["Flow 1", "Flow 2"]  # inclusive; first page of 3
        api.set_api_token("wrong")
        refused = await api.get_connection_status()
        assert refused.status_code == 403 and refused.json() == {"detail": "Invalid token"}
        await api.aclose()

    asyncio.run(main())
    flows = [r for r in server.requests if r.path.endswith("flows.json")]
    assert flows[1].query == {"before": ["2026-02-28T23:59:00"], "after": ["2026-02-28T23:57:00"]}  # no empty uuid=
    assert flows[0].query == {"uuid": [flow_uuid(handler, 3)]}


def test_rapidpro_api_reuses_one_connection(local: Any) -> None:
    """One pooled connection per instance (the tutorial opens one per request), closed by `async with`."""
    server, _ = local

    async def main() -> RapidProAPI:
        async with RapidProAPI(SEED_TOKEN) as api:
            for _ in range(3):
                await api.get_flows()
            await api.get_connection_status()
        return api

    api = asyncio.run(main())
    assert len(server.requests) == 4 and server.max_in_flight == 1
    assert api._http is None  # closed and dropped; a later call would open a new pool
    ports = {r.headers.get("host") for r in server.requests}
    assert ports == {server.url.removeprefix("http://")}


def test_rapidpro_api_url_default_override_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """`API_URL` is app.rapidpro.io's API root unless given, or set in RAPIDPRO_BASE_URL; it may be reassigned."""
    assert RapidProAPI("t").API_URL == "https://app.rapidpro.io/api/v2/"
    assert RapidProAPI("t", api_url="https://textit.in").API_URL == "https://textit.in/api/v2/"
    monkeypatch.setenv("RAPIDPRO_BASE_URL", "http://localhost:8000/api/v2")
    assert RapidProAPI("t").API_URL == "http://localhost:8000/api/v2/"

    async def status(api: RapidProAPI) -> int:
        async with api:
            return (await api.get_connection_status()).status_code

    with rapidpro_server() as (server, _):
        api = RapidProAPI(TOKEN)
        api.API_URL = f"{server.url}/api/v2/"
        assert asyncio.run(status(api)) == 200


def test_rapidpro_interface_as_the_tutorial_describes(local: Any) -> None:
    """Sync: validate_token True/False/raises, get_flow dict/None, get_flows every page, interpretations."""
    _, handler = local
    with RapidProInterface(SEED_TOKEN) as interface:
        assert interface.validate_token() is True
        assert interface.get_flow(flow_uuid(handler, 2)) == handler.item("flows", 2)
        assert interface.get_flow(rapidpro_uuid_nobody_has()) is None
        assert [f["name"] for f in interface.get_flows()] == [f"Flow {i}" for i in range(5)]
        assert [f["name"] for f in interface.get_flows(after_date="2026-02-28T23:58")] == ["Flow 0", "Flow 1", "Flow 2"]
        with pytest.raises(RapidProInterface.RequestFailureException) as failed:
            interface.get_flow("not-a-uuid")
        assert failed.value.status_code == 400 and failed.value.message == interface.get_status_code_interpretation(400)
        interface.set_api_token("wrong")
        assert interface.validate_token() is False

    handler.intercept = lambda request: Reply(404, {"detail": "Not found."})
    with pytest.raises(RapidProInterface.TokenValidationException) as info:
        RapidProInterface(SEED_TOKEN).validate_token()
    assert (info.value.status_code, str(info.value)) == (404, "404: The specified resource was not found.")
    assert isinstance(info.value, RapidProInterface.AbstractRequestException)
    assert info.value.args[0]["response"].status_code == 404  # the tutorial's args: {"message", "response"}


def test_rapidpro_interface_parsing_failure(local: Any) -> None:
    """A 2xx body that is not JSON raises ResponseParsingException with the tutorial's message."""
    _, handler = local
    handler.intercept = lambda request: Reply(200, "<html>not json</html>", {"Content-Type": "text/html"})
    with pytest.raises(RapidProInterface.ResponseParsingException, match=r"Failed to parse flow in HTTP response\."):
        RapidProInterface(SEED_TOKEN).get_flows()


@pytest.mark.parametrize(
    ("code", "start"),
    [
        (200, "200: Request was successful."),
        (201, "201: Resource was successfully created."),
        (204, "204: Successful DELETE"),
        (400, "400: Request failed due to invalid parameters."),
        (403, "403: You do not have permission"),
        (404, "404: The specified resource was not found."),
        (429, "429: You have exceeded the rate limit for this endpoint (by default 3,600 requests per hour)."),
        (418, "418: Unknown status code."),
    ],
)
def test_status_code_interpretation(code: int, start: str) -> None:
    """The tutorial's table (429 with today's default rate; the tutorial's 2,500/hour is from before v11)."""
    assert RapidProInterface.get_status_code_interpretation(code).startswith(start)


def test_interface_inside_a_running_loop(local: Any) -> None:
    """Called from a coroutine (an async web handler), the blocking interface does its work and returns."""
    _, handler = local

    async def endpoint() -> tuple[bool, dict[str, Any] | None, int]:
        interface = RapidProInterface(SEED_TOKEN)
        try:
            return interface.validate_token(), interface.get_flow(flow_uuid(handler)), len(interface.get_flows())
        finally:
            interface.close()

    assert asyncio.run(endpoint()) == (True, handler.item("flows", 0), 5)


def test_interface_follows_api_url_and_token_of_its_api(local: Any) -> None:
    """The token and API_URL set on `interface.rapidProAPI` are the ones the interface uses."""
    server, _ = local
    interface = RapidProInterface("wrong", api_url="http://127.0.0.1:9")
    interface.rapidProAPI.API_URL = f"{server.url}/api/v2/"
    interface.rapidProAPI.set_api_token(SEED_TOKEN)
    assert interface.validate_token() is True
    assert "wrong" not in repr(interface) and SEED_TOKEN not in repr(interface.rapidProAPI)
    interface.close()


def test_seed_requests_are_sent_as_the_api_wants(local: Any) -> None:
    """Every request of both classes goes to `<name>.json` with `Authorization: Token <token>`."""
    server, _ = local
    with RapidProInterface(SEED_TOKEN) as interface:
        interface.get_flows()

    async def main() -> None:
        async with RapidProAPI(SEED_TOKEN) as api:
            await api.get_flows()

    asyncio.run(main())
    assert {r.path for r in server.requests} == {"/api/v2/flows.json"}
    assert {r.headers["authorization"] for r in server.requests} == {f"Token {SEED_TOKEN}"}
