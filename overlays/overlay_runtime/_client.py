"""The API client core every facade stands on.

A facade method does not do I/O: it describes what to do, and one of the two clients runs it.

- `Call(request, parse=..., ...)`: one request, built by the generated `build_request()` of its
  operation, and how to parse its 2xx body.
- An operation flow: a generator that yields `Call`s (answered with their parsed results) or
  `Parallel(calls)` (answered with the list of results), and returns the method's result. The
  sync client runs a `Parallel` one call after another; the async client runs it concurrently.

So a facade writes each method body once (see `_resource.py` for how one method serves both
clients). Every request goes through `send_flow()` (retries, auth, rate limits, logging, typed
errors), and each 2xx body is parsed exactly once, by the call's own `parse`. A ValueError or
TypeError raised while building a call (bad caller input) becomes the facade's validation error.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx
import pydantic

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT
from ._errors import APIError
from ._flow import Runtime, Stepper, run_async, run_sync, send_flow
from ._request import RequestParts, httpx_arguments
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
    sent to the API's own origin, and not at all when `authenticated=False`.
    """

    request: RequestParts
    parse: Callable[[httpx.Response], T]
    idempotent: bool = False
    authenticated: bool = True


@dataclass(frozen=True)
class Parallel(Generic[T]):
    """Several calls whose results are wanted together, in order.

    The async client runs them concurrently (at most `limit` at a time); with
    `return_exceptions=True` a failed call gives its exception in its place instead of raising.
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
    """What needs no I/O: configuration, building requests, parsing responses."""

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
    ) -> None:
        self._settings = _Settings(base_url.rstrip("/") + "/", runtime, timeout, dict(headers or {}))

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def runtime(self) -> Runtime:
        return self._settings.runtime

    @property
    def max_retries(self) -> int:
        return self._settings.runtime.retry.max_retries

    def with_options(self, *, max_retries: int | None = None, timeout: TimeoutTypes | NotGiven = NOT_GIVEN) -> Self:
        """A copy of this client with other retry or timeout settings, sharing its connection pool.

        The copy never closes the pool: the original owns it.
        """
        clone = copy.copy(self)
        runtime = self.runtime
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
        return send_flow(
            self.runtime, request, idempotent=call.idempotent, authenticate=self._authenticate(call, request)
        )

    def _parse(self, call: Call[T], response: httpx.Response) -> T:
        try:
            return call.parse(response)
        except (ValueError, KeyError, TypeError, pydantic.ValidationError) as exc:
            raise self.runtime.errors.validation_error(response, _short(exc)) from exc

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()
    return "; ".join(line.strip() for line in text[:6])


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
    ) -> None:
        super().__init__(base_url=base_url, runtime=runtime, timeout=timeout, headers=headers)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, not {type(http_client).__name__}")
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            limits=DEFAULT_CONNECTION_LIMITS,
            headers=_default_headers(user_agent),
        )
        if not self._owns_http:
            self._settings.headers = {**_default_headers(user_agent), **self._settings.headers}

    def request(self, call: Call[T]) -> T:
        """Send one call through the request path and parse its response."""
        request = self._build_request(self._http, call)
        response = run_sync(self._flow(call, request), self._http.send)
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


class AsyncAPIClient(BaseAPIClient):
    """Runs calls and operation flows with asyncio on an `httpx.AsyncClient`.

    Safe to share between tasks (`asyncio.gather` over one client). A client passed in as
    `http_client` is used as it is and never closed by us.
    """

    def __init__(
        self,
        *,
        base_url: str,
        runtime: Runtime,
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        user_agent: str = "overlay-clients",
    ) -> None:
        super().__init__(base_url=base_url, runtime=runtime, timeout=timeout, headers=headers)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            limits=DEFAULT_CONNECTION_LIMITS,
            headers=_default_headers(user_agent),
        )
        if not self._owns_http:
            self._settings.headers = {**_default_headers(user_agent), **self._settings.headers}

    async def request(self, call: Call[T]) -> T:
        """Send one call through the request path and parse its response."""
        request = self._build_request(self._http, call)
        response = await run_async(self._flow(call, request), self._http.send)
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
        gate = asyncio.Semaphore(parallel.limit) if parallel.limit else None

        async def one(call: Call[Any]) -> Any:
            if gate is None:
                return await self.request(call)
            async with gate:
                return await self.request(call)

        return await asyncio.gather(*(one(c) for c in parallel.calls), return_exceptions=parallel.return_exceptions)

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def aclose(self) -> None:
        """Close the connection pool, if we opened it (and the generated client's, if one was made)."""
        if self._generated is not None:
            self._generated[1].close()
            await self._generated[1].aclose()
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
