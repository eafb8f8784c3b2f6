"""The API client core every facade stands on.

A facade method does not do I/O: it describes what to do, and one of the two clients runs it.

- `Call(request, parse=..., ...)`: one request, built by the generated `build_request()` of its
  operation, and how to parse its 2xx body.
- An operation flow: a generator that yields `Call`s (answered with their parsed results) or
  `Parallel(calls)` (answered with the list of results), and returns the method's result. The
  sync client runs a `Parallel` one call after another; the async client runs it concurrently,
  under the same rule for failures (see `Parallel`).

So a facade writes each method body once (see `_resource.py` for how one method serves both
clients). Every request goes through `send_flow()` (retries, auth, rate limits, logging, typed
errors), and each 2xx body is parsed exactly once, by the call's own `parse`. A ValueError or
TypeError raised while building a call (bad caller input) becomes the facade's validation error.
"""

from __future__ import annotations

import contextlib
import copy
import functools
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from ._constants import DEFAULT_TIMEOUT
from ._errors import APIError
from ._flow import Runtime, Stepper, check_transport_security, run_async, run_sync, send_flow
from ._pools import AsyncPool, SyncPool
from ._request import RequestParts, httpx_arguments
from ._tolerant import ParsePolicy, enter_parsing, leave_parsing
from ._transport import RuntimeTransport
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = ["AsyncAPIClient", "BaseAPIClient", "Call", "Operation", "OperationFlow", "Parallel", "SyncAPIClient"]

T = TypeVar("T")
G = TypeVar("G")


@dataclass(frozen=True)
class Call(Generic[T]):
    """One request, and how to turn its 2xx response into the method's result.

    `request` comes from a generated `build_request()` (or is an `ExternalRequest`).
    `idempotent=True` marks a write that is safe to send again (it carries an idempotency key), so
    the runtime may retry it; GET, PUT and DELETE are retried anyway. Credentials are only ever
    sent to the API's own origin, and not at all when `authenticated=False`. `carries_secret=True`
    marks a request whose own content is a secret (a login's password, an OAuth client secret): like
    credentials, it is never sent over plain http:// to a host that is not loopback, unless the
    client allows it (`allow_insecure_http=True`).
    """

    request: RequestParts
    parse: Callable[[httpx.Response], T]
    idempotent: bool = False
    authenticated: bool = True
    carries_secret: bool = False


@dataclass(frozen=True)
class Parallel(Generic[T]):
    """Several calls whose results are wanted together, in order.

    The async client runs them concurrently (at most `limit` at a time), the sync one in order; the
    same rule decides what is sent when one fails, so both send the same requests:

    - with `return_exceptions=True` every call runs, and a failed one gives its exception in its place;
    - otherwise the first failure is raised and no call starts after it: calls not sent yet (waiting
      for their turn under `limit`) are dropped, calls already sent finish (a write in flight is never
      abandoned halfway). When any call is a write (not GET, HEAD or OPTIONS), the first call is sent
      alone and the others only once it succeeded, so a failure that would fail them all (a bad
      credential, a missing parent, a refused first item) costs one request in both clients.
    """

    calls: Sequence[Call[T]]
    limit: int | None = None
    return_exceptions: bool = False


# An operation flow: yields Calls (or a Parallel of them), is sent their results, returns a T.
OperationFlow = Generator[Call[Any] | Parallel[Any], Any, T]
Operation = Call[T] | OperationFlow[T]


@dataclass
class _Settings:
    base_url: str
    runtime: Runtime
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    headers: Mapping[str, str] = field(default_factory=dict)
    origin: tuple[str, str, int | None] = field(init=False)  # (scheme, host, port) credentials may go to

    def __post_init__(self) -> None:
        url = httpx.URL(self.base_url)
        self.origin = (url.scheme, url.host, url.port)


class BaseAPIClient:
    """What needs no I/O: configuration, building requests, parsing responses.

    Time, size and transport options (each also a keyword of the sync and async clients):

    - `timeout`: httpx's timeouts; the read value (30 s by default) also bounds each attempt as a
      whole, from connecting to the last byte of the body, so a server that drips its answer meets
      the timeout error about `timeout` seconds in.
    - `deadline`: seconds one call may take in all, every attempt, retry wait and rate-limiter wait
      included (default 180); a wait that would cross it is not taken and the error is raised at
      once. None: no bound. Per call: `client.with_options(deadline=10)`.
    - `max_response_bytes`: the largest response body accepted, counted after decompression
      (default 64 MiB); a larger one stops the read and raises the API's response-validation error.
      None: no cap.
    - `allow_insecure_http`: credentials (and requests carrying a secret) are refused over plain
      `http://` to a host that is not loopback; True allows it, for a proxy that adds TLS.
    - `strict`: True refuses a whole response for one value of an unexpected type; False keeps the
      value as received and logs it once (see `_tolerant`). None: the runtime's own policy.
    """

    _settings: _Settings
    _owns_http: bool
    _generated: tuple[Any, RuntimeTransport] | None = None

    def __init__(
        self,
        *,
        base_url: str,
        runtime: Runtime,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
        allow_insecure_http: bool | None = None,
        strict: bool | None = None,
    ) -> None:
        runtime = _with_limits(runtime, deadline, max_response_bytes, allow_insecure_http)
        if strict is not None:  # a policy of this client's own: it remembers what it has logged
            runtime = replace(runtime, parsing=ParsePolicy(strict=strict))
        self._settings = _Settings(base_url.rstrip("/") + "/", runtime, timeout, dict(headers or {}))
        if runtime.auth is not None:
            check_transport_security(runtime, httpx.URL(self._settings.base_url))

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def runtime(self) -> Runtime:
        return self._settings.runtime

    @property
    def max_retries(self) -> int:
        return self._settings.runtime.retry.max_retries

    @property
    def deadline(self) -> float | None:
        return self._settings.runtime.deadline

    @property
    def max_response_bytes(self) -> int | None:
        return self._settings.runtime.max_response_bytes

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other retry, timeout, deadline or size settings, sharing its
        connection pool: `client.with_options(deadline=5).accounts.list()`.

        The copy never closes the pool: the original owns it.
        """
        clone = copy.copy(self)
        runtime = _with_limits(self.runtime, deadline, max_response_bytes, None)
        if max_retries is not None:
            runtime = replace(runtime, retry=replace(runtime.retry, max_retries=max_retries))
        clone._settings = replace(
            self._settings,
            runtime=runtime,
            timeout=self._settings.timeout if isinstance(timeout, NotGiven) else timeout,
        )
        clone._owns_http = False
        clone._copied_from(self)
        return clone

    def _copied_from(self, original: Any) -> None:
        """Drop cached resources bound to `original`, so the copy builds its own on first use."""
        for name in [k for k, v in vars(self).items() if getattr(v, "_client", None) is original]:
            delattr(self, name)
        self._generated = None

    def generated_client(self, factory: Callable[..., G]) -> G:
        """The API's generated low-level client (`factory` is its `AuthenticatedClient`), made on first
        use: every one of its operations runs through this client's request path (credentials,
        retries, rate limits, logging, typed errors). The credentials stay in the runtime."""
        if self._generated is None:
            timeout = self._settings.timeout
            transport = RuntimeTransport(self.runtime)
            client = factory(
                base_url=self.base_url.rstrip("/"),
                token="",  # replaced on every request by the runtime's auth
                # NOT_GIVEN: the default; None: no timeout at all (the generated client reads None as its default)
                timeout=DEFAULT_TIMEOUT
                if isinstance(timeout, NotGiven)
                else httpx.Timeout(None)
                if timeout is None
                else timeout,
                httpx_args={"transport": transport},
            )
            self._generated = (client, transport)
        return cast(G, self._generated[0])

    def _build_request(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        arguments = httpx_arguments(call.request, self._settings.base_url)
        arguments["headers"] = {**self._settings.headers, **arguments["headers"]}
        if not isinstance(self._settings.timeout, NotGiven):
            arguments["timeout"] = self._settings.timeout
        return http.build_request(**arguments)

    def build(self, make: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`make(*args, **kwargs)`, with a ValueError or TypeError (bad caller input) raised as the
        facade's validation error: what builds a call runs through here."""
        try:
            return make(*args, **kwargs)
        except APIError:
            raise
        except (ValueError, TypeError) as exc:
            raise self.runtime.errors.invalid_input(exc) from exc

    def _next_step(self, stepper: Stepper) -> Any:
        """The flow's next step; what the flow itself raises from bad input becomes a validation error."""
        try:
            return stepper.next_step()
        except APIError:
            raise
        except (ValueError, TypeError) as exc:
            raise self.runtime.errors.invalid_input(exc) from exc

    def _authenticate(self, call: Call[Any], request: httpx.Request) -> bool:
        """Credentials go only to the API's own origin, and only when the call wants them."""
        return call.authenticated and (request.url.scheme, request.url.host, request.url.port) == self._settings.origin

    def _flow(self, call: Call[Any], request: httpx.Request) -> Any:
        if call.carries_secret:
            check_transport_security(self.runtime, request.url)
        return send_flow(
            self.runtime, request, idempotent=call.idempotent, authenticate=self._authenticate(call, request)
        )

    def _parse(self, call: Call[T], response: httpx.Response) -> T:
        import pydantic  # here: pydantic loads with the first model

        runtime = self.runtime
        # The parsers of `_parsing`/`_tolerant` read the client's parse policy (strict or tolerant) from here.
        scope = enter_parsing(runtime.parsing, runtime.logger, response)
        try:
            return call.parse(response)
        # Also a body nested too deeply to decode, and a link in it that is not a URL.
        except (
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            RecursionError,
            httpx.InvalidURL,
            pydantic.ValidationError,
        ) as exc:
            error = runtime.errors.parse_error(response, exc)
        finally:
            leave_parsing(scope)
        # Raised here, not in the `except` block: the parser's error (which may quote a credential the server
        # echoed) is then chained only as its redacted copy, not as the `__context__` too.
        raise error

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


def _with_limits(
    runtime: Runtime,
    deadline: float | NotGiven | None,
    max_response_bytes: int | NotGiven | None,
    allow_insecure_http: bool | None,
) -> Runtime:
    """`runtime` with the options that were given, checked (a bad one is the API's configuration error)."""
    changes: dict[str, Any] = {}
    if not isinstance(deadline, NotGiven):
        if deadline is not None and not deadline > 0:
            raise runtime.errors.configuration(
                f"deadline must be a positive number of seconds or None, not {deadline!r}"
            )
        changes["deadline"] = deadline
    if not isinstance(max_response_bytes, NotGiven):
        if max_response_bytes is not None and (not isinstance(max_response_bytes, int) or max_response_bytes <= 0):
            raise runtime.errors.configuration(
                f"max_response_bytes must be a positive number of bytes or None, not {max_response_bytes!r}"
            )
        changes["max_response_bytes"] = max_response_bytes
    if allow_insecure_http is not None:
        changes["allow_insecure_http"] = allow_insecure_http
    return replace(runtime, **changes) if changes else runtime


def _is_write(call: Call[Any]) -> bool:
    return call.request.method.upper() not in ("GET", "HEAD", "OPTIONS")


def _release(response: httpx.Response) -> None:
    """Let a read response be freed at once: httpx binds its stream back to it (a reference cycle),
    which otherwise leaves every page of a long export to the garbage collector."""
    if getattr(response.stream, "_response", None) is response:
        response.stream._response = None


def _default_headers(user_agent: str) -> dict[str, str]:
    return {"User-Agent": user_agent, "Accept": "application/json"}


class SyncAPIClient(BaseAPIClient):
    """Runs calls and operation flows with blocking I/O on an `httpx.Client`.

    A client passed in as `http_client` is used as it is (its timeout and limits are respected)
    and is never closed by us; otherwise we make one and close it in `close()` / `with`.
    """

    def __init__(
        self,
        *,
        base_url: str,
        runtime: Runtime,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        user_agent: str = "overlay-clients",
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
        allow_insecure_http: bool | None = None,
        strict: bool | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            runtime=runtime,
            timeout=timeout,
            headers=headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
            strict=strict,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, not {type(http_client).__name__}")
        self._owns_http = http_client is None
        self._http = http_client or SyncPool(
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout, headers=_default_headers(user_agent)
        )
        if not self._owns_http:
            self._settings.headers = {**_default_headers(user_agent), **self._settings.headers}

    def request(self, call: Call[T]) -> T:
        """Send one call through the request path and parse its response."""
        request = self._build_request(self._http, call)
        # The body is read by the driver, within the attempt's deadline and the size cap.
        response = run_sync(self._flow(call, request), functools.partial(self._http.send, stream=True))
        try:
            return self._parse(call, response)
        finally:
            _release(response)

    def run(self, operation: Operation[T]) -> T:
        """Run a `Call` or an operation flow."""
        if isinstance(operation, Call):
            return self.request(operation)
        stepper = Stepper(operation)
        while (step := self._next_step(stepper)) is not None:
            try:
                if isinstance(step, Parallel):
                    # In order, stopping at the first failure unless return_exceptions (the rule of `Parallel`).
                    stepper.reply([self._attempt(call, step.return_exceptions) for call in step.calls])
                else:
                    stepper.reply(self.request(step))
            except Exception as exc:  # handed to the flow, which may handle it or let it rise
                stepper.fail(exc)
        return cast(T, stepper.result)

    def _attempt(self, call: Call[Any], return_exceptions: bool) -> Any:
        try:
            return self.request(call)
        except Exception as exc:
            if return_exceptions:
                return exc
            raise

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def close(self) -> None:
        """Close the connection pool, if we opened it (and the generated client's, if one was made)."""
        if self._generated is not None:
            self._generated[1].close()
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _LoopBoundPool:
    """The async client's `httpx.AsyncClient`, and the event loop it was last used in.

    A pool's connections belong to the event loop that opened them: used from another loop (a
    second `asyncio.run()`, a new trio run) they fail with "Event loop is closed". A pool we made is
    then replaced by a fresh one (the old one cannot be closed from the new loop; its sockets go with
    it); a pool the caller gave us is theirs to replace, and a failure it causes says so.
    Shared by a client and its `with_options()` copies.
    """

    def __init__(self, http: httpx.AsyncClient | None, make: Callable[[], httpx.AsyncClient]) -> None:
        self.owned = http is None
        self.http = http or make()
        self._make = make
        self._loop: object | None = None
        self.moved = False  # a given pool was used from a loop other than its first

    def current(self) -> httpx.AsyncClient:
        import anyio.lowlevel  # here: asyncio and anyio load on first async use

        loop = anyio.lowlevel.current_token().native_token
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            self._loop = loop
            if self.owned:
                if not self.http.is_closed:  # a closed client stays closed: using it raises as it should
                    self.http = self._make()
            else:
                self.moved = True
        return self.http


class AsyncAPIClient(BaseAPIClient):
    """Runs calls and operation flows on an `httpx.AsyncClient`, under asyncio or trio (via anyio).

    Safe to share between tasks (`asyncio.gather` over one client), and across event loops: a
    client used again from a new loop (a second `asyncio.run()`) opens a fresh connection pool.
    A client passed in as `http_client` is used as it is and never closed (nor replaced) by us.
    """

    _pool: _LoopBoundPool

    def __init__(
        self,
        *,
        base_url: str,
        runtime: Runtime,
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        user_agent: str = "overlay-clients",
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
        allow_insecure_http: bool | None = None,
        strict: bool | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            runtime=runtime,
            timeout=timeout,
            headers=headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
            strict=strict,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        self._owns_http = http_client is None
        self._pool = _LoopBoundPool(
            http_client,
            functools.partial(
                AsyncPool,
                timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
                headers=_default_headers(user_agent),
            ),
        )
        if not self._owns_http:
            self._settings.headers = {**_default_headers(user_agent), **self._settings.headers}

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.http

    async def request(self, call: Call[T]) -> T:
        """Send one call through the request path and parse its response."""
        http = self._pool.current()
        request = self._build_request(http, call)
        try:
            # The body is read by the driver, within the attempt's deadline and the size cap.
            response = await run_async(self._flow(call, request), functools.partial(http.send, stream=True))
        except RuntimeError as exc:
            if self._pool.moved:
                raise self.runtime.errors.configuration(
                    f"The httpx.AsyncClient given as http_client was opened in another event loop ({exc}): "
                    "its connections cannot be used from this one. Make the httpx.AsyncClient (and this "
                    "client) inside the event loop that uses them, or leave out http_client to let the "
                    "client manage its own pool across loops."
                ) from exc
            raise
        try:
            return self._parse(call, response)
        finally:
            _release(response)

    async def run(self, operation: Operation[T]) -> T:
        """Run a `Call` or an operation flow; a `Parallel` step runs its calls concurrently."""
        if isinstance(operation, Call):
            return await self.request(operation)
        stepper = Stepper(operation)
        while (step := self._next_step(stepper)) is not None:
            try:
                if isinstance(step, Parallel):
                    stepper.reply(await self._gather(step))
                else:
                    stepper.reply(await self.request(step))
            except Exception as exc:  # handed to the flow, which may handle it or let it rise
                stepper.fail(exc)
        return cast(T, stepper.result)

    async def _gather(self, parallel: Parallel[Any]) -> list[Any]:
        """Run the calls of `parallel` concurrently, under the rule of `Parallel` for failures."""
        import anyio  # here: asyncio and anyio load on first async use

        calls = list(parallel.calls)
        results: list[Any] = [None] * len(calls)
        failures: list[Exception] = []
        gate = anyio.Semaphore(parallel.limit) if parallel.limit else None

        async def one(index: int) -> None:
            if failures:
                return
            async with gate if gate is not None else contextlib.nullcontext():
                if failures:  # failed while this call waited for its turn: it is not sent
                    return
                try:
                    results[index] = await self.request(calls[index])
                except Exception as exc:
                    if parallel.return_exceptions:
                        results[index] = exc
                    else:
                        failures.append(exc)

        start = 0
        if calls and not parallel.return_exceptions and any(_is_write(call) for call in calls):
            results[0] = await self.request(calls[0])  # a write batch's first call goes alone
            start = 1
        async with anyio.create_task_group() as group:
            for index in range(start, len(calls)):
                group.start_soon(one, index)
        if failures:
            raise failures[0]
        return results

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def aclose(self) -> None:
        """Close the connection pool, if we opened it (and the generated client's, if one was made)."""
        if self._generated is not None:
            self._generated[1].close()
            await self._generated[1].aclose()
        if self._owns_http:
            await self._pool.current().aclose()  # a pool of an earlier event loop is replaced, then closed

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
