"""One attempt of a request: send it and read its whole body, within a time and a size.

httpx bounds each socket operation (connect, each read...), not the exchange: a server that drips
its body a byte a second never trips a 30 s read timeout. And it inflates a gzip body in one go, so
1 MB on the wire can become 1 GiB in memory. The drivers of `send_flow()` therefore send with
`stream=True` and read the body here:

- the attempt has a deadline (`Send.deadline`, a `time.monotonic()` value). Async: the whole
  exchange runs under an anyio cancel scope that ends at the deadline. Sync (no thread per
  request): every httpx timeout of the request is shrunk to the time left before sending and again
  before the body, and the clock is checked as each piece of the body arrives, so an attempt ends
  within the deadline plus at most one read of a server that stalls mid-body.
- the body is decoded here, with zlib's output bounded per step, and counted: past `Send.max_bytes`
  decoded bytes reading stops at once with `ResponseTooLarge`. Requests ask only for the codings
  decoded with a bound (`ACCEPT_ENCODING`); another coding a server sends anyway is decoded with
  httpx's own decoder, a kilobyte of input at a time.

Failures are raised as httpx exceptions (`ExchangeTimeout` is an `httpx.TimeoutException`,
`ResponseTooLarge` an `httpx.DecodingError`) for `send_flow()` to turn into the API's errors.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Awaitable, Callable, Iterator

import httpx

__all__ = [
    "ACCEPT_ENCODING",
    "ExchangeTimeout",
    "ResponseTooLarge",
    "exchange_async",
    "exchange_sync",
    "read_body_async",
    "read_body_sync",
]

ACCEPT_ENCODING = "gzip, deflate"
# The most decoded bytes one zlib step may produce; a piece of the body is decoded in such steps.
DECODE_STEP = 64 * 1024
# Input slice for decoders without an output bound (brotli, zstd): 1 KiB in, a bounded amount out.
FOREIGN_SLICE = 1024

# Codings we decode ourselves, with bounded output: name -> (wbits, fallback wbits on a first error)
_ZLIB_CODINGS: dict[str, tuple[int, int | None]] = {
    "gzip": (zlib.MAX_WBITS | 16, None),
    "x-gzip": (zlib.MAX_WBITS | 16, None),
    # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: try both, as httpx does.
    "deflate": (zlib.MAX_WBITS, -zlib.MAX_WBITS),
}


class ExchangeTimeout(httpx.TimeoutException):
    """The attempt was not over (connected, sent, answered and its body read) by its deadline."""


class ResponseTooLarge(httpx.DecodingError):
    """The decoded body grew past the cap; reading stopped there. `status_code` is the response's."""

    def __init__(self, limit: int, *, request: httpx.Request, status_code: int) -> None:
        super().__init__(f"the response body is larger than max_response_bytes={limit}", request=request)
        self.limit = limit
        self.status_code = status_code


def describe_size(size: int) -> str:
    """`67108864` -> `64 MiB`."""
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:g} {unit}"
    return f"{size} bytes"


class _ZlibDecoder:
    def __init__(self, wbits: int, fallback: int | None) -> None:
        self._decompressor = zlib.decompressobj(wbits)
        self._fallback = fallback
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                out = self._decompressor.decompress(data, DECODE_STEP)
            except zlib.error as exc:
                if not self._started and self._fallback is not None:  # the very first bytes: try the other framing
                    self._decompressor = zlib.decompressobj(self._fallback)
                    self._fallback = None
                    continue
                raise httpx.DecodingError(f"cannot decode the response body: {exc}") from exc
            self._started = True
            data = self._decompressor.unconsumed_tail
            if out:
                yield out
            # A full step may leave output inside zlib even with all input taken: ask again.
            if not data and len(out) < DECODE_STEP:
                return

    def flush(self) -> Iterator[bytes]:
        yield from self.decode(b"")
        try:
            tail = self._decompressor.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(f"cannot decode the response body: {exc}") from exc
        if tail:
            yield tail


class _ForeignDecoder:
    """A coding we did not ask for (brotli, zstd): httpx's decoder for it, a kilobyte of input at a time."""

    def __init__(self, decoder: object) -> None:
        self._decoder = decoder

    def decode(self, data: bytes) -> Iterator[bytes]:
        for start in range(0, len(data), FOREIGN_SLICE):
            out: bytes = self._decoder.decode(data[start : start + FOREIGN_SLICE])  # type: ignore[attr-defined]
            if out:
                yield out

    def flush(self) -> Iterator[bytes]:
        out: bytes = self._decoder.flush()  # type: ignore[attr-defined]
        if out:
            yield out


_Decoder = _ZlibDecoder | _ForeignDecoder


def _decoder_for(coding: str) -> _Decoder | None:
    """The decoder of one content coding; None for identity and codings no one here knows (kept as they are, as httpx does)."""
    if coding in _ZLIB_CODINGS:
        return _ZlibDecoder(*_ZLIB_CODINGS[coding])
    try:  # httpx's decoders for the codings it supports when an optional package is installed
        from httpx._decoders import SUPPORTED_DECODERS
    except ImportError:  # pragma: no cover - a future httpx
        return None
    decoder_class = SUPPORTED_DECODERS.get(coding)
    if decoder_class is None or coding == "identity":
        return None
    return _ForeignDecoder(decoder_class())


class BodyReader:
    """Decodes a response body piece by piece and keeps it, failing as soon as it exceeds `limit` bytes."""

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        codings = [c.strip().lower() for c in response.headers.get_list("content-encoding", split_commas=True)]
        # Codings are listed in the order they were applied: undo them from the last.
        self._decoders = [d for d in (_decoder_for(c) for c in reversed(codings) if c) if d is not None]
        self._limit = limit
        self._request = response.request
        self._status = response.status_code
        self._pieces: list[bytes] = []
        self._size = 0

    def feed(self, raw: bytes) -> None:
        for piece in self._through(iter((raw,)), 0):
            self._keep(piece)

    def finish(self) -> bytes:
        for index, decoder in enumerate(self._decoders):
            for piece in self._through(decoder.flush(), index + 1):
                self._keep(piece)
        body = b"".join(self._pieces)
        self._pieces = []
        return body

    def _through(self, pieces: Iterator[bytes], index: int) -> Iterator[bytes]:
        """`pieces` passed through decoders[index:]."""
        if index == len(self._decoders):
            yield from pieces
            return
        decoder = self._decoders[index]
        for piece in pieces:
            yield from self._through(decoder.decode(piece), index + 1)

    def _keep(self, piece: bytes) -> None:
        self._size += len(piece)
        if self._limit is not None and self._size > self._limit:
            self._pieces = []
            raise ResponseTooLarge(self._limit, request=self._request, status_code=self._status)
        self._pieces.append(piece)


def _already_read(response: httpx.Response, limit: int | None) -> bool:
    """A response whose body was read by whoever made it (a mock transport, a send without stream=True)."""
    if not response.is_stream_consumed:
        return False
    if limit is not None and len(response.content) > limit:
        raise ResponseTooLarge(limit, request=response.request, status_code=response.status_code)
    return True


def _store(response: httpx.Response, body: bytes) -> None:
    # What `Response.read()` does with the bytes it decoded; `.content`, `.text` and `.json()` read it.
    response._content = body


def _time_left(deadline: float | None) -> float | None:
    return None if deadline is None else deadline - time.monotonic()


def _timed_out(request: httpx.Request) -> ExchangeTimeout:
    return ExchangeTimeout("the attempt did not finish within its timeout", request=request)


def shrink_timeouts(request: httpx.Request, deadline: float | None) -> None:
    """Lower every httpx timeout of `request` (connect, read, write, pool) to the time left before `deadline`.

    httpx reads them as each phase starts (the body's read timeout when the body starts), so this is
    called before sending and again before reading the body."""
    left = _time_left(deadline)
    if left is None:
        return
    if left <= 0:
        raise _timed_out(request)
    timeouts = dict(request.extensions.get("timeout") or {})
    for phase in ("connect", "read", "write", "pool"):
        current = timeouts.get(phase)
        timeouts[phase] = left if current is None else min(current, left)
    request.extensions["timeout"] = timeouts


def read_body_sync(response: httpx.Response, *, deadline: float | None = None, limit: int | None = None) -> None:
    """Read and decode the body of a streamed `response` into it (then `.content` has it), within
    `deadline` and `limit` decoded bytes. The response is closed whatever happens."""
    try:
        if _already_read(response, limit):
            return
        shrink_timeouts(response.request, deadline)
        reader = BodyReader(response, limit)
        for raw in response.iter_raw():
            reader.feed(raw)
            left = _time_left(deadline)
            if left is not None and left <= 0:
                raise _timed_out(response.request)
        _store(response, reader.finish())
    finally:
        response.close()


async def read_body_async(response: httpx.Response, *, limit: int | None = None) -> None:
    """`read_body_sync()` for an async response, closing it once read; the caller bounds the time (a
    cancel scope) and closes the response when reading fails (`exchange_async()`, shielded)."""
    if _already_read(response, limit):
        return
    reader = BodyReader(response, limit)
    async for raw in response.aiter_raw():
        reader.feed(raw)
    _store(response, reader.finish())
    await response.aclose()  # unshielded: the one cancel scope per exchange is exchange_async's


def exchange_sync(
    send: Callable[[httpx.Request], httpx.Response],
    request: httpx.Request,
    *,
    deadline: float | None = None,
    limit: int | None = None,
) -> httpx.Response:
    """Send `request` with `send` (which returns the response before reading its body, as
    `httpx.Client.send(stream=True)` does) and read the body, within `deadline` and `limit`."""
    shrink_timeouts(request, deadline)
    response = send(request)
    read_body_sync(response, deadline=deadline, limit=limit)
    return response


async def exchange_async(
    send: Callable[[httpx.Request], Awaitable[httpx.Response]],
    request: httpx.Request,
    *,
    deadline: float | None = None,
    limit: int | None = None,
) -> httpx.Response:
    """`exchange_sync()` for async sends: the whole exchange runs in a cancel scope that ends at `deadline`."""
    import anyio  # here: asyncio and anyio load on first async use

    shrink_timeouts(request, deadline)  # also fails at once when no time is left
    left = _time_left(deadline)
    response: httpx.Response | None = None
    try:
        with anyio.move_on_after(left) as scope:
            response = await send(request)
            await read_body_async(response, limit=limit)
            return response
    finally:
        if response is not None and not response.is_closed:
            with anyio.CancelScope(shield=True):
                await response.aclose()
    # The scope swallowed the cancellation at the deadline (had anything else happened, it would have risen).
    assert scope.cancelled_caught
    raise _timed_out(request)
