"""The request path, written once for sync and async.

`send_flow()` is a generator that does no I/O: it yields `Send(request)` and `Sleep(seconds)` steps
and is handed back the response (or the transport exception) of each send. It applies the
credentials, waits for the client-side rate limiter, retries what is safe to retry, refreshes an
expired token once and replays, logs every attempt, and finally returns the response or raises the
API's typed error. Two short drivers run a flow: `run_sync()` with blocking sends and
`time.sleep`, `run_async()` with awaited sends and `asyncio.sleep`.

Flows compose with `yield from`: a token refresh is itself a flow of sends.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx

from ._errors import ErrorMap
from ._logging import describe_request
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy

__all__ = ["Auth", "Runtime", "Send", "SendFlow", "Sleep", "Stepper", "run_async", "run_sync", "send_flow"]

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    """Send this request; the driver answers with the response (body read) or throws the error."""

    request: httpx.Request


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
    limiter: RateLimiter | None = None
    logger: logging.Logger = field(default_factory=lambda: logging.getLogger("overlay_runtime"))


def send_flow(
    runtime: Runtime, request: httpx.Request, *, idempotent: bool = False, authenticate: bool = True
) -> SendFlow[httpx.Response]:
    """Send `request` until it succeeds, fails for good, or runs out of retries."""
    policy = runtime.retry
    may_retry = policy.may_retry(request.method, idempotent=idempotent)
    retries_taken = 0
    refreshed = False
    auth = runtime.auth if authenticate else None
    while True:
        if auth is not None:
            if auth.needs_refresh():
                yield from auth.refresh_flow(runtime, None)
            auth.apply(request)
        if runtime.limiter is not None:
            wait = runtime.limiter.acquire(request)
            if wait > 0:
                runtime.logger.info("rate limiter: waiting %.2fs before %s", wait, describe_request(request))
                yield Sleep(wait)
        started = time.monotonic()
        attempt = retries_taken + 1
        try:
            response: httpx.Response = yield Send(request)
        except httpx.RequestError as exc:  # transport failures, and bodies that cannot be decoded
            _log_attempt(runtime.logger, request, attempt, time.monotonic() - started, error=exc)
            if isinstance(exc, httpx.TransportError) and may_retry and retries_taken < policy.max_retries:
                delay = policy.delay(retries_taken)
                yield Sleep(delay or 0.0)
                retries_taken += 1
                continue
            raise runtime.errors.transport_error(exc, request) from exc
        elapsed = time.monotonic() - started
        status = response.status_code
        _log_attempt(runtime.logger, request, attempt, elapsed, status=status)
        if status == 401 and not refreshed and auth is not None and auth.should_refresh(response):
            refreshed = True
            runtime.logger.info("credentials expired: refreshing once and replaying %s", describe_request(request))
            yield from auth.refresh_flow(runtime, request)
            continue
        # A 429 is a refusal before any work was done, so even a write may be sent again after it.
        retry_allowed = may_retry or status == 429
        if policy.retryable_status(status) and retry_allowed and retries_taken < policy.max_retries:
            delay = policy.delay(retries_taken, response.headers)
            if delay is not None:
                runtime.logger.info("retrying %s in %.2fs after %d", describe_request(request), delay, status)
                yield Sleep(delay)
                retries_taken += 1
                continue
        if 200 <= status < 300:
            return response
        raise runtime.errors.status_error(response)


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
    """Drive `flow` with blocking I/O."""
    stepper = Stepper(flow)
    while (step := stepper.next_step()) is not None:
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            continue
        try:
            stepper.reply(send(step.request))
        except httpx.RequestError as exc:
            stepper.fail(exc)
    return stepper.result  # type: ignore[no-any-return]


async def run_async(flow: SendFlow[T], send: Callable[[httpx.Request], Awaitable[httpx.Response]]) -> T:
    """Drive `flow` with asyncio."""
    stepper = Stepper(flow)
    while (step := stepper.next_step()) is not None:
        if isinstance(step, Sleep):
            await asyncio.sleep(step.seconds)
            continue
        try:
            stepper.reply(await send(step.request))
        except httpx.RequestError as exc:
            stepper.fail(exc)
    return stepper.result  # type: ignore[no-any-return]
