"""A worker process that exports contacts through its own client for a while (spawned by the shared-limiter tests).

It lives in a module of its own so that `multiprocessing`'s spawn start method can import it by name.
"""

from __future__ import annotations

import time
from multiprocessing.synchronize import Barrier

from overlay_runtime import set_testing
from rapidpro import RapidProClient, TembaRateExceededError, scoped_rate_limiter


def export_contacts(url: str, token: str, rate: str, store: str | None, barrier: Barrier, seconds: float) -> None:
    """Page through every contact again and again for `seconds` after `barrier`, limited by `rate` (in
    Redis at `store`, or in this process when None). A 429 past the retries is counted by the server, not here."""
    set_testing(True)  # no computed backoff: a 429's Retry-After is still waited for
    limiter = scoped_rate_limiter(rate) if store is None else scoped_rate_limiter(rate, store=store)
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
