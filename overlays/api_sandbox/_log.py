"""The request log every sandbox keeps: what came in, what went out, and how many at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["RequestLog", "RequestRecord"]


@dataclass
class RequestRecord:
    """One request as the server saw it.

    `status` is None while the request is in flight and for a dropped connection (`fault` is then
    `"drop"`); `fault` names the injected fault that answered it (`"latency"` alone does not
    answer, so a slowed request keeps `fault=None` and its real status).
    """

    method: str
    path: str
    query: str
    client: tuple[str, int] | None
    started: float
    finished: float | None = None
    status: int | None = None
    fault: str | None = None
    delay: float = 0.0

    @property
    def duration(self) -> float | None:
        return None if self.finished is None else self.finished - self.started


class RequestLog:
    """Thread-safe list of `RequestRecord`s plus in-flight counters.

    The server thread appends; tests read from their own thread. Reads return copies.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: list[RequestRecord] = []
        self._in_flight = 0
        self._max_in_flight = 0

    # -- written by the server ---------------------------------------------------------------
    def begin(self, method: str, path: str, query: str = "", client: tuple[str, int] | None = None) -> RequestRecord:
        record = RequestRecord(method, path, query, client, time.monotonic())
        with self._lock:
            self._records.append(record)
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)
        return record

    def end(self, record: RequestRecord) -> None:
        """Mark `record` finished (once): called just before the last byte goes out."""
        with self._lock:
            if record.finished is None:
                record.finished = time.monotonic()
                self._in_flight -= 1

    # -- read by tests -----------------------------------------------------------------------
    @property
    def records(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight

    @property
    def max_in_flight(self) -> int:
        """The most requests the server was handling at the same moment since the last `clear()`."""
        with self._lock:
            return self._max_in_flight

    def count(self, method: str | None = None, path: str | None = None, status: int | None = None) -> int:
        return sum(
            1
            for r in self.records
            if (method is None or r.method == method.upper())
            and (path is None or r.path == path)
            and (status is None or r.status == status)
        )

    def paths(self) -> list[str]:
        return [r.path for r in self.records]

    def statuses(self) -> list[int | None]:
        return [r.status for r in self.records]

    def connections(self) -> int:
        """How many distinct client connections (host, port) sent requests."""
        return len({r.client for r in self.records if r.client is not None})

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self._max_in_flight = self._in_flight

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __iter__(self) -> Iterator[RequestRecord]:
        return iter(self.records)

    def __getitem__(self, index: int) -> RequestRecord:
        with self._lock:
            return self._records[index]

    def __repr__(self) -> str:
        return f"<RequestLog {len(self)} requests, max {self.max_in_flight} in flight>"
