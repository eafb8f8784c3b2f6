"""What a process that sees tokens without end pays for masking them (not a test).

    python -m benchmarks.run secrets

A Celery worker or a web app with a client per task and each user's own token makes clients by the
thousand. Each registers its token so that no log line or error message shows it. The figures: the
time `redact()` takes on one log line (done for every record our loggers emit, and every error
message), and the memory the process holds, after N clients were made and dropped, as ratios against
the same process before the first of them.
"""

from __future__ import annotations

import gc
import secrets
import time
import tracemalloc

from benchmarks.run import table

LINE = "GET /accounts 200 attempt 1 elapsed 0.012 s"
COUNTS = (1_000, 10_000, 50_000)


def _redact_us() -> float:
    from overlay_runtime import redact

    rounds = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(1000):
            redact(LINE)
        rounds.append((time.perf_counter() - started) / 1000 * 1e6)
    return min(rounds)


def report() -> None:
    from monzoh import MonzoClient

    MonzoClient("warm-up-token-0000").close()
    gc.collect()
    tracemalloc.start()
    base_time, base_memory = _redact_us(), tracemalloc.get_traced_memory()[0]
    rows, made = [], 0
    for count in COUNTS:
        for _ in range(count - made):
            MonzoClient(f"tok_{secrets.token_urlsafe(48)}").close()
        made = count
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - base_memory
        spent = _redact_us()
        rows.append([f"{count:,}", f"{spent:.1f} us", f"{spent / base_time:.2f}x", f"{grown / 1024:+,.0f} KiB"])
    tracemalloc.stop()
    table(
        f"Secrets: after N clients with their own token were made and dropped (redact() of one line was {base_time:.1f} us before)",
        ["clients made", "redact() of one log line", "vs before the first", "memory held since"],
        rows,
    )


if __name__ == "__main__":
    report()
