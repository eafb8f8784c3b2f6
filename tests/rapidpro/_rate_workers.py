"""A worker process that exports contacts through its own client for a while (spawned by the shared-limiter tests).

It lives in a module of its own so that `multiprocessing`'s spawn start method can import it by name.
"""

from __future__ import annotations

import time
from multiprocessing.synchronize import Barrier

from overlay_runtime import set_testing
from rapidpro import RapidProClient, TembaRateExceededError, scoped_rate_limiter

# Seconds the shared window is counted longer than the server's: the default's 50 ms, and 30 ms more for
# this machine, where the rest of the test suite runs beside these processes and the server (on 2 cores,
# a request was seen to reach the server more than 50 ms later than the one before it had: a 429).
MARGIN = 0.08


def export_contacts(url: str, token: str, rate: str, store: str | None, barrier: Barrier, seconds: float) -> None:
    """Page through every contact again and again for `seconds` after `barrier`, limited by `rate` (in
    Redis at `store`, or in this process when None). A 429 past the retries is counted by the server, not here."""
    set_testing(True)  # no computed backoff: a 429's Retry-After is still waited for
    limiter = scoped_rate_limiter(rate) if store is None else scoped_rate_limiter(rate, store=store, margin=MARGIN)
    with RapidProClient(token, base_url=url, rate_limiter=limiter) as client:
        client.endpoints()  # the connection and imports are warm before the clock starts
        barrier.wait(timeout=120)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                for _ in client.contacts.list().pages():
                    if time.monotonic() >= end:
                        break
            except TembaRateExceededError:
                pass
