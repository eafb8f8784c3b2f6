"""The request path, written once for sync and async.

`send_flow()` is a generator that does no I/O: it yields `Send(request)` and `Sleep(seconds)` steps
and is handed back the response (or the transport exception) of each send. It applies the
credentials, waits for the client-side rate limiter (and shares a 429's `Retry-After` with it, so
every client of a shared limiter pauses), retries what is safe to retry, refreshes an
expired token once and replays, logs every attempt, and finally returns the response or raises the
API's typed error. Two short drivers run a flow: `run_sync()` with blocking sends and
`time.sleep`, `run_async()` with awaited sends and `anyio.sleep` (asyncio or trio).

Time and size. Each `Send` carries the attempt's deadline and the body cap: the client's timeout
(its read value) bounds each attempt's whole exchange, body included, and `Runtime.deadline`
bounds the call (every attempt, retry wait and rate-limiter wait): a wait that would cross it is
not taken, and the caller gets the error at once. A decoded body past `Runtime.max_response_bytes`
stops the read and is the API's response-validation error. The drivers read bodies through
`_exchange.py`.

Where credentials go. A flow that authenticates refuses plain `http://` to any host but a loopback
one (127.0.0.0/8, ::1, localhost), unless `Runtime.allow_insecure_http` (a TLS-terminating proxy).

A DELETE whose earlier attempt may have reached the server (its answer was lost, or it was a 5xx)
and that then meets 404 has done its work: the flow answers 204 instead of raising.

Flows compose with `yield from`: a token refresh is itself a flow of sends.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Generator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx

from ._constants import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES
from ._errors import APIError, ErrorMap, redact_chain
from ._exchange import ACCEPT_ENCODING, ResponseTooLarge, describe_size, exchange_async, exchange_sync
from ._logging import describe_request, redact
from ._ratelimit import Limiter
from ._retry import RetryPolicy, parse_retry_after
from ._tolerant import ParsePolicy

__all__ = ["Auth", "Runtime", "Send", "SendFlow", "Sleep", "Stepper", "run_async", "run_sync", "send_flow"]

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    """Send this request; the driver answers with the response (body read) or throws the error.

    `deadline` (a `time.monotonic()` value) is when the whole exchange must be over, body included;
    `max_bytes` caps the decoded body. None: no bound. `must_complete`: once sent, the exchange is
    finished and its answer handed to the flow even if the task is cancelled meanwhile (the
    cancellation then takes effect at the next step): a token exchange, whose answer is the only
    copy of the new tokens.
    """

    request: httpx.Request
    deadline: float | None = None
    max_bytes: int | None = None
    must_complete: bool = False


@dataclass(frozen=True)
class Sleep:
    seconds: float


Step = Send | Sleep
# A send flow: yields Send/Sleep steps, is answered with responses, returns a T.
SendFlow = Generator[Step, Any, T]


class Auth(Protocol):
    """How a client authenticates: put credentials on a request, and maybe renew them."""

    def apply(self, request: httpx.Request) -> None:
        """Set the credentials header(s) on `request`."""

    def needs_refresh(self) -> bool:
        """Whether the credentials are known to have expired already (renew before sending)."""

    def should_refresh(self, response: httpx.Response) -> bool:
        """Whether `response` (a 401) means the credentials expired and can be renewed."""

    def refresh_flow(self, runtime: Runtime, stale: httpx.Request | None) -> SendFlow[None]:
        """Renew the credentials; `stale` is the request that was refused with them, if any.

        Sends go through `send_flow()` like any other. An implementation must cope with several
        flows asking at once (one refresh, the others wait for it) and with a `stale` request whose
        credentials were already renewed by someone else (nothing to do but replay).
        """


@dataclass(frozen=True)
class Runtime:
    """Everything the request path needs to know about one API client, none of it I/O."""

    errors: ErrorMap = field(default_factory=ErrorMap)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    auth: Auth | None = None
    # Asked before each attempt, told of each 429's Retry-After (RateLimiter, SharedRateLimiter, ...).
    limiter: Limiter | None = None
    logger: logging.Logger = field(default_factory=lambda: logging.getLogger("overlay_runtime"))
    # How 2xx bodies are parsed: tolerant of one odd value (kept, logged once) unless strict.
    parsing: ParsePolicy = field(default_factory=ParsePolicy)
    # Seconds one call may take in all (attempts, retry waits, rate-limiter waits); None: no bound.
    deadline: float | None = DEFAULT_DEADLINE
    # The largest decoded response body accepted; None: no cap.
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
    # Send credentials over plain http:// to hosts that are not loopback (a TLS-terminating proxy).
    allow_insecure_http: bool = False


def send_flow(
    runtime: Runtime,
    request: httpx.Request,
    *,
    idempotent: bool = False,
    authenticate: bool = True,
    must_complete: bool = False,
) -> SendFlow[httpx.Response]:
    """Send `request` until it succeeds, fails for good, runs out of retries or reaches the deadline.

    `must_complete`: each attempt, once sent, runs to its answer even if the caller is cancelled (`Send`)."""
    policy = runtime.retry
    may_retry = policy.may_retry(request.method, idempotent=idempotent)
    retries_taken = 0
    refreshed = False
    auth = runtime.auth if authenticate else None
    limiter = runtime.limiter
    if auth is not None:
        check_transport_security(runtime, request.url)
    call_deadline = None if runtime.deadline is None else time.monotonic() + runtime.deadline
    # The client's timeouts, as httpx put them on the request: each attempt starts from them afresh,
    # and their read value bounds the attempt as a whole.
    timeouts = dict(request.extensions.get("timeout") or {})
    attempt_timeout: float | None = timeouts.get("read")
    # Only codings whose decoded size we can bound while decoding (see _exchange.py).
    request.headers["Accept-Encoding"] = ACCEPT_ENCODING
    reached = False  # whether an earlier attempt may have reached the server (and done its work)
    while True:
        if auth is not None:
            if auth.needs_refresh():
                yield from auth.refresh_flow(runtime, None)
            auth.apply(request)
        # Not reserving: a wait takes nothing, so ask again after it (another client may have taken the slot).
        while limiter is not None and (wait := limiter.acquire(request)) > 0:
            if _crosses(call_deadline, wait):
                raise _deadline_error(runtime, request, retries_taken, f"the rate limiter asks for {wait:.1f}s more")
            runtime.logger.info("rate limiter: waiting %.2fs before %s", wait, describe_request(request))
            yield Sleep(wait)
        started = time.monotonic()
        attempt = retries_taken + 1
        if call_deadline is not None and started >= call_deadline:
            raise _deadline_error(runtime, request, retries_taken, None)
        request.extensions["timeout"] = dict(timeouts)
        ends = _earliest(None if attempt_timeout is None else started + attempt_timeout, call_deadline)
        try:
            response: httpx.Response = yield Send(
                request, deadline=ends, max_bytes=runtime.max_response_bytes, must_complete=must_complete
            )
        except httpx.RequestError as exc:  # transport failures, and bodies that cannot be decoded or are too large
            _log_attempt(runtime.logger, request, attempt, time.monotonic() - started, error=exc)
            if isinstance(exc, ResponseTooLarge):
                raise _too_large(runtime, request, exc) from exc
            reached = reached or not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
            if isinstance(exc, httpx.TransportError) and may_retry and retries_taken < policy.max_retries:
                pause = policy.delay(retries_taken) or 0.0
                if not _crosses(call_deadline, pause):
                    yield Sleep(pause)
                    retries_taken += 1
                    continue
                # (its message redacted in place first, as transport_error() does: it may quote a header line)
                raise _deadline_error(runtime, request, attempt, type(exc).__name__) from redact_chain(exc)
            raise runtime.errors.transport_error(exc, request) from exc
        elapsed = time.monotonic() - started
        status = response.status_code
        _log_attempt(runtime.logger, request, attempt, elapsed, status=status)
        if status == 404 and reached and request.method == "DELETE":
            runtime.logger.info(
                "%s -> 404 after an earlier attempt may have reached the server: taken as deleted",
                describe_request(request),
            )
            return httpx.Response(204, request=request, extensions={"overlay_deleted_on_retry": True})
        if status == 401 and not refreshed and auth is not None and auth.should_refresh(response):
            refreshed = True
            runtime.logger.info("credentials expired: refreshing once and replaying %s", describe_request(request))
            yield from auth.refresh_flow(runtime, request)
            continue
        reached = reached or status >= 500
        if status == 429 and limiter is not None:
            _share_retry_after(limiter, runtime, request, response)
        # A 429 is a refusal before any work was done, so even a write may be sent again after it.
        retry_allowed = may_retry or status == 429
        if policy.retryable_status(status) and retry_allowed and retries_taken < policy.max_retries:
            delay = policy.delay(retries_taken, response.headers)
            if delay is not None and _crosses(call_deadline, delay):
                runtime.logger.info(
                    "not retrying %s after %d: waiting %.2fs would cross the call deadline",
                    describe_request(request),
                    status,
                    delay,
                )
            elif delay is not None:
                runtime.logger.info("retrying %s in %.2fs after %d", describe_request(request), delay, status)
                yield Sleep(delay)
                retries_taken += 1
                continue
        if 200 <= status < 300:
            return response
        raise runtime.errors.status_error(response)


def _share_retry_after(limiter: Limiter, runtime: Runtime, request: httpx.Request, response: httpx.Response) -> None:
    """Pause `request`'s scope in `limiter` for the 429's `Retry-After`, so every client of a shared limiter
    waits, not only this one; capped at `max_retry_after`, so one odd header cannot stop them for days."""
    retry_after = parse_retry_after(response.headers)
    if retry_after:
        seconds = min(retry_after, runtime.retry.max_retry_after)
        runtime.logger.info("%s -> 429: pausing its rate-limiter scope for %.2fs", describe_request(request), seconds)
        limiter.pause(request, seconds)


def _earliest(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else min(a, b)


def _crosses(deadline: float | None, wait: float) -> bool:
    """Whether waiting `wait` seconds from now would reach `deadline`."""
    return deadline is not None and time.monotonic() + wait >= deadline


def _deadline_error(runtime: Runtime, request: httpx.Request, attempts: int, last: str | None) -> APIError:
    """The API's timeout error for a call that reached its deadline (`Runtime.deadline`)."""
    tried = f"after {attempts} attempt{'' if attempts == 1 else 's'}" if attempts else "before any attempt"
    message = f"Gave up on {request.method} {request.url.path} at the call deadline of {runtime.deadline:g}s, {tried}"
    if last:
        message += f" (last: {last})"
    message += "; allow longer with deadline=... on the client, or client.with_options(deadline=...)"
    return runtime.errors.timeout(redact(message), request=request)


def _too_large(runtime: Runtime, request: httpx.Request, exc: ResponseTooLarge) -> APIError:
    """The API's response-validation error for a body past `Runtime.max_response_bytes`."""
    message = (
        f"Response to {request.method} {request.url.path} ({exc.status_code}) is larger than "
        f"max_response_bytes={exc.limit} ({describe_size(exc.limit)}) once decoded; stopped reading it. "
        "If such a body is expected, raise the cap: max_response_bytes=... on the client "
        "(None for no cap), or client.with_options(max_response_bytes=...)"
    )
    return runtime.errors.response_validation(redact(message), request=request, status_code=exc.status_code, body="")


@functools.lru_cache(maxsize=256)
def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost (with its subdomains) never leave the machine (asked per request
    sent over http://, so the answer for a host is kept)."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_transport_security(runtime: Runtime, url: httpx.URL) -> None:
    """Refuse to send credentials over plain http:// to a host that is not loopback, unless allowed."""
    if url.scheme == "http" and not runtime.allow_insecure_http and not is_loopback(url.host):
        raise runtime.errors.configuration(
            f"Refusing to send credentials over plain http:// to {url.host}: anyone on the way could read "
            f"them. Use https://{url.host}, or pass allow_insecure_http=True to the client if a trusted "
            "proxy on the way adds TLS."
        )


def _log_attempt(
    logger: logging.Logger,
    request: httpx.Request,
    attempt: int,
    elapsed: float,
    *,
    status: int | None = None,
    error: Exception | None = None,
) -> None:
    """One record per attempt. Its `extra` fields (http_method, http_path, http_status, attempt,
    elapsed) let a handler count requests and retries without parsing messages."""
    level = logging.WARNING if error is not None else logging.INFO
    if not logger.isEnabledFor(level):
        return
    extra = {
        "http_method": request.method,
        "http_path": request.url.path,
        "http_status": status,
        "attempt": attempt,
        "elapsed": elapsed,
    }
    what = f"failed: {type(error).__name__}" if error is not None else f"-> {status}"
    logger.log(level, "%s %s (attempt %d, %.3fs)", describe_request(request), what, attempt, elapsed, extra=extra)


class Stepper:
    """Advances a generator-based flow: hands it each reply (or error) and returns its next step."""

    def __init__(self, flow: Generator[Any, Any, Any]) -> None:
        self._flow = flow
        self._reply: Any = None
        self._error: BaseException | None = None
        self.result: Any = None

    def next_step(self) -> Any:
        """The flow's next step, or None once it returned (its value is then in `result`)."""
        reply, error = self._reply, self._error
        self._reply, self._error = None, None
        try:
            return self._flow.throw(error) if error is not None else self._flow.send(reply)
        except StopIteration as done:
            self.result = done.value
            return None

    def reply(self, value: Any) -> None:
        self._reply = value

    def fail(self, error: BaseException) -> None:
        self._error = error


def run_sync(flow: SendFlow[T], send: Callable[[httpx.Request], httpx.Response]) -> T:
    """Drive `flow` with blocking I/O.

    `send` returns the response before its body is read (`functools.partial(client.send, stream=True)`,
    a transport's `handle_request`); the driver reads the body within the step's deadline and cap.
    A `send` that reads the body itself works too, with the cap checked afterwards.

    A flow the driver stops driving (KeyboardInterrupt) is closed, so its `finally` blocks run now
    (a token refresh it was leading is handed over to the requests waiting for it).
    """
    stepper = Stepper(flow)
    try:
        while (step := stepper.next_step()) is not None:
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
                continue
            try:
                stepper.reply(exchange_sync(send, step.request, deadline=step.deadline, limit=step.max_bytes))
            except httpx.RequestError as exc:
                stepper.fail(exc)
    finally:
        flow.close()
    return stepper.result  # type: ignore[no-any-return]


async def run_async(flow: SendFlow[T], send: Callable[[httpx.Request], Awaitable[httpx.Response]]) -> T:
    """Drive `flow` with awaited sends, under asyncio or trio (anyio's sleep and cancel scopes);
    `send` is as for `run_sync()` (`httpx.AsyncClient.send(..., stream=True)`).

    A cancelled task's flow is closed at once, so its `finally` blocks run (a token refresh it was
    leading is handed over to the requests waiting for it). A `must_complete` send is finished
    first and its answer handed to the flow, which takes it in up to its next step; that step is
    not taken.
    """
    import anyio  # here: asyncio and anyio load on first async use

    stepper = Stepper(flow)
    try:
        while (step := stepper.next_step()) is not None:
            if isinstance(step, Sleep):
                await anyio.sleep(step.seconds)
                continue
            exchange = exchange_async(send, step.request, deadline=step.deadline, limit=step.max_bytes)
            if step.must_complete:
                held = await _to_completion(exchange, stepper)
                if held is not None:  # cancelled while the exchange ran: let the flow take the answer in
                    with contextlib.suppress(Exception):
                        stepper.next_step()
                    raise held
                continue
            try:
                stepper.reply(await exchange)
            except httpx.RequestError as exc:
                stepper.fail(exc)
    finally:
        flow.close()
    return stepper.result  # type: ignore[no-any-return]


async def _to_completion(exchange: Coroutine[Any, Any, httpx.Response], stepper: Stepper) -> BaseException | None:
    """Run `exchange` to its end even if the task is cancelled meanwhile, and hand its answer (or
    transport error) to the flow. Returns the cancellation held back, for the driver to raise.
    A second cancellation abandons the exchange. Under trio, a shielded scope holds the
    cancellation back until the next checkpoint."""
    import asyncio  # here: asyncio and anyio load on first async use

    import anyio

    try:
        asyncio.current_task()
    except RuntimeError:  # not asyncio
        with anyio.CancelScope(shield=True):
            try:
                stepper.reply(await exchange)
            except httpx.RequestError as exc:
                stepper.fail(exc)
        return None
    inner = asyncio.ensure_future(exchange)
    held: BaseException | None = None
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError as cancelled:
        held = cancelled
        try:
            await asyncio.wait({inner})
        except asyncio.CancelledError:
            inner.cancel()
            raise
    try:
        stepper.reply(inner.result())
    except httpx.RequestError as exc:
        stepper.fail(exc)
    return held
