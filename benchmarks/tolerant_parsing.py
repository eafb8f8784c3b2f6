"""Benchmark: what tolerant parsing costs, measured against pydantic's own one-pass parse in the same run.

- fast path: a page of 250 contacts that matches the model, parsed the way the facades parse it (under a
  client's parse policy, as `BaseAPIClient._parse` sets it) against `ContactPage.model_validate_json`;
- slow path: the same page with one contact, and with every contact, carrying an odd value (the repair);
- end to end: a 50,000-contact export through `RapidProClient` (tolerant, the default) against the same
  export with `strict=True` (which parses as earlier versions did), on one loopback server.

    python -m benchmarks.tolerant_parsing        # prints Markdown tables
"""

from __future__ import annotations

import json
import logging
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks.loopback_server import contact as _contact
from benchmarks.rapidpro_export import TOKEN, export_server

ROUNDS = 15


def _per_call(candidates: dict[str, tuple[Callable[[], Any], int]]) -> dict[str, float]:
    """Seconds per call of each (fn, n): the best of ROUNDS rounds of n calls (as `timeit`: the least
    disturbed by other work on the machine), the candidates taking turns within each round, after a warm-up."""
    for fn, n in candidates.values():
        for _ in range(max(3, n // 10)):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(ROUNDS):
        for name, (fn, n) in candidates.items():
            started = time.perf_counter()
            for _ in range(n):
                fn()
            samples[name].append((time.perf_counter() - started) / n)
    return {name: min(values) for name, values in samples.items()}


def _page(odd_every: int | None) -> bytes:
    results = []
    for i in range(250):
        contact = _contact(i)
        if odd_every is not None and i % odd_every == 0:
            contact["fields"] = {**contact["fields"], "age": 20 + i % 50}  # a number: an old server's shape
        results.append(contact)
    return json.dumps({"next": None, "previous": None, "results": results}).encode()


def parse_figures(n: int = 200) -> dict[str, float]:
    from overlay_runtime import ParsePolicy
    from overlay_runtime._tolerant import enter_parsing, leave_parsing, validate_json
    from rapidpro_api.pydantic_models import ContactPage

    logger = logging.getLogger("benchmarks.tolerant")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    response = httpx.Response(200, request=httpx.Request("GET", "http://bench/api/v2/contacts.json"))

    def tolerant(body: bytes) -> Callable[[], Any]:
        policy = ParsePolicy()

        def parse() -> Any:
            scope = enter_parsing(policy, logger, response)
            try:
                return validate_json(ContactPage, body)
            finally:
                leave_parsing(scope)

        return parse

    good, one_odd, all_odd = _page(None), _page(250), _page(1)
    assert len(tolerant(all_odd)().results) == 250
    return _per_call(
        {
            "pydantic": (lambda: ContactPage.model_validate_json(good), n),
            "fast": (tolerant(good), n),
            "one_odd": (tolerant(one_odd), n // 4),
            "all_odd": (tolerant(all_odd), n // 10),
        }
    )


def export_figures(pages: int = 200, rounds: int = 8) -> dict[str, float]:
    from rapidpro import RapidProClient

    def export(url: str, strict: bool) -> Callable[[], int]:
        def run() -> int:
            with RapidProClient(TOKEN, base_url=url, strict=strict) as client:
                return sum(1 for _ in client.contacts.list())

        return run

    rates: dict[str, list[float]] = {"strict": [], "tolerant": []}
    with export_server(pages, 250) as url:
        for strict in (True, False):
            export(url, strict)()  # warm-up
        for round_ in range(rounds):  # take turns, first one then the other first, so both see the same machine
            for strict in (True, False) if round_ % 2 else (False, True):
                started = time.perf_counter()
                count = export(url, strict)()
                rates["strict" if strict else "tolerant"].append(count / (time.perf_counter() - started))
    return {name: statistics.median(values) for name, values in rates.items()} | {"items": float(pages * 250)}


def report() -> None:
    p = parse_figures()
    print(f"\n### tolerant parsing: one page of 250 contacts (best of {ROUNDS} rounds, taking turns)\n")
    print("| parse | time per page | x pydantic `model_validate_json` |")
    print("|---|---|---|")
    rows = [
        ("pydantic `ContactPage.model_validate_json` (earlier versions, and `strict=True`)", p["pydantic"]),
        ("tolerant, page matches the model (fast path)", p["fast"]),
        ("tolerant, 1 contact of 250 with an odd value (repair)", p["one_odd"]),
        ("tolerant, every contact with an odd value (repair)", p["all_odd"]),
    ]
    for label, seconds in rows:
        print(f"| {label} | {seconds * 1e6:,.0f} µs | {seconds / p['pydantic']:.2f} |")
    e = export_figures()
    print(f"\n### tolerant parsing: export {int(e['items']):,} matching contacts through RapidProClient, loopback\n")
    print("| client | items/s | x strict |")
    print("|---|---|---|")
    print(f"| `strict=True` | {e['strict']:,.0f} | 1.00 |")
    print(f"| default (tolerant) | {e['tolerant']:,.0f} | {e['tolerant'] / e['strict']:.2f} |")


if __name__ == "__main__":
    report()
