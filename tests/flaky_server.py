"""A scripted HTTP/1.1 server on a real 127.0.0.1 socket, for fault tests.

Each request is answered by a handler that returns an action: a normal `Reply`, a `Reset`
(close the socket with RST, no response), a `Hang` (say nothing for a while), `Garbage`
(bytes that are not HTTP) or a `Drip` (a reply whose body trickles in a few bytes at a time).
The server records every request and how many were in flight at once. `gzip_bomb(size)` is a
small gzip body that inflates to `size` bytes.

    with FlakyServer(lambda req: Reply(200, {"ok": True})) as server:
        httpx.get(server.url + "/ping")
        assert server.requests[0].path == "/ping"
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    received_at: float

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    @property
    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode(), keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reason: str = "Status"

    def encode(self) -> bytes:
        body = self.body
        headers = dict(self.headers)
        if not isinstance(body, bytes | str):
            body = json.dumps(body)
            headers.setdefault("Content-Type", "application/json")
        if isinstance(body, str):
            body = body.encode()
        headers["Content-Length"] = str(len(body))
        head = f"HTTP/1.1 {self.status} {self.reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        return head.encode() + b"\r\n" + body


@dataclass
class Reset:
    """Close the connection with a TCP RST instead of answering."""


@dataclass
class Hang:
    """Answer nothing for `seconds` (longer than the client's read timeout), then close."""

    seconds: float = 5.0


@dataclass
class Garbage:
    """Send bytes that are not an HTTP response, then close."""

    data: bytes = b"this is not http\r\n\r\n"


@dataclass
class Drip:
    """Send the status line and headers of `reply` at once, then its body `chunk` bytes every `interval` seconds."""

    reply: Reply
    interval: float = 1.0
    chunk: int = 1


Action = Reply | Reset | Hang | Garbage | Drip


def gzip_bomb(size: int) -> bytes:
    """A valid gzip body of about size/1000 bytes that inflates to `size` zero bytes (a multiple of 1 MiB)."""
    block = 1 << 20
    if size % block:
        raise ValueError("size must be a multiple of 1 MiB")
    zeros = bytes(block)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    # After a full flush the stream is byte-aligned and starts afresh, so one MiB's blocks repeat as they are.
    segment = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // block):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    final_empty_block = b"\x03\x00"
    return header + segment * (size // block) + final_empty_block + struct.pack("<II", crc, size & 0xFFFFFFFF)


Handler = Callable[[Request], Action]


class FlakyServer:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[Request] = []
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.1)
        self.port: int = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> FlakyServer:
        thread = threading.Thread(target=self._accept_loop, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._sock.close()

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def requests_seen(self, expected: int, within: float = 5.0) -> int:
        """How many requests arrived, once `expected` did or `within` seconds passed. A client that timed out
        gives up before the server has read its last request on a loaded machine: count after it has."""
        deadline = time.monotonic() + within
        while len(self.requests) < expected and time.monotonic() < deadline:
            time.sleep(0.01)
        return len(self.requests)

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        buffer = b""
        with conn:
            while not self._stop.is_set():
                try:
                    request, buffer = self._read_request(conn, buffer)
                except (ConnectionError, OSError):
                    return
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                    self._in_flight += 1
                    self.max_in_flight = max(self.max_in_flight, self._in_flight)
                try:
                    keep_open = self._act(conn, self.handler(request))
                finally:
                    with self._lock:
                        self._in_flight -= 1
                if not keep_open:
                    return

    def _act(self, conn: socket.socket, action: Action) -> bool:
        if isinstance(action, Reply):
            self._sleep(action.delay)
            conn.sendall(action.encode())
            return True
        if isinstance(action, Reset):
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if isinstance(action, Hang):
            self._sleep(action.seconds)
            return False
        if isinstance(action, Drip):
            encoded = action.reply.encode()
            head, _, body = encoded.partition(b"\r\n\r\n")
            conn.sendall(head + b"\r\n\r\n")
            for start in range(0, len(body), action.chunk):
                self._sleep(action.interval)
                if self._stop.is_set():
                    return False
                try:
                    conn.sendall(body[start : start + action.chunk])
                except OSError:  # the client gave up
                    return False
            return True
        conn.sendall(action.data)
        return False

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self._stop.is_set() and time.monotonic() < deadline:
            time.sleep(min(0.02, max(0.0, deadline - time.monotonic())))

    def _read_request(self, conn: socket.socket, buffer: bytes) -> tuple[Request | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            chunk = self._recv(conn)
            if not chunk:
                return None, b""
            buffer += chunk
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = self._recv(conn)
            if not chunk:
                return None, b""
            rest += chunk
        body, buffer = rest[:length], rest[length:]
        return Request(method, target, headers, body, time.monotonic()), buffer

    def _recv(self, conn: socket.socket) -> bytes:
        while not self._stop.is_set():
            try:
                return conn.recv(65536)
            except TimeoutError:
                continue
        return b""


def sequence(*actions: Action) -> Handler:
    """A handler that plays `actions` in order, repeating the last one."""
    queue: Iterator[Action] = iter(actions)
    last: list[Action] = [actions[-1]]

    def handler(_: Request) -> Action:
        action = next(queue, last[0])
        return action

    return handler
