"""Counts requests, retries and time per service from the runtime's per-attempt log records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class ServiceStats:
    requests: int = 0
    retries: int = 0
    failures: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


class StatsHandler(logging.Handler):
    """Reads the `extra` fields the runtime puts on each attempt record (http_status, attempt ...)."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.by_logger: dict[str, ServiceStats] = {}

    def emit(self, record: logging.LogRecord) -> None:
        if not hasattr(record, "attempt"):
            return
        stats = self.by_logger.setdefault(record.name, ServiceStats())
        stats.requests += 1
        if record.attempt > 1:  # type: ignore[attr-defined]
            stats.retries += 1
        status = record.http_status  # type: ignore[attr-defined]
        if status is None:
            stats.failures += 1
        else:
            stats.statuses[status] = stats.statuses.get(status, 0) + 1


@contextmanager
def counting(*logger_names: str) -> Iterator[StatsHandler]:
    """Count attempts on the given facade loggers while the block runs (without printing them)."""
    handler = StatsHandler()
    loggers = [logging.getLogger(name) for name in logger_names]
    saved = [(lg.level, lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.INFO)
        lg.propagate = False
    try:
        yield handler
    finally:
        for lg, (level, propagate) in zip(loggers, saved, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
            lg.propagate = propagate
