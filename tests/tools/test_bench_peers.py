"""`nox -s bench -- peers` keeps working: its server, our side of every scenario, and the README table.

The peers' own sides run only in the benchmark (their venvs take a minute to build); here every
scenario of ours and of raw httpx runs once against the benchmark's server, with this interpreter
standing in for `.peers/ours-*`, and must return what the server holds.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import peers
from benchmarks.peers import CONTACT_PAGE_SIZE, Contender, Row, Worker
from benchmarks.peers.worker import PAGE_WORK

OURS = Contender("ours", Path(sys.executable), "ours")
RAW = Contender("raw httpx", Path(sys.executable), "httpx")
PAGES = 4  # the benchmark serves 200 pages; a few show the scenarios work


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, dict[str, str], dict[str, object]]]:
    routes, ids = peers.sandbox_routes()
    with peers.loopback(routes, contact_pages=PAGES) as url:
        yield url, ids, routes


def _items(who: Contender, scenario: str, url: str, token: str, ids: dict[str, str]) -> tuple[float, int]:
    worker = Worker(who, scenario, url, token, ids)
    try:
        return worker.batch(1)
    finally:
        worker.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("call", ["accounts", "balance", "transactions"])
def test_monzo_scenarios_call_the_sandbox_bodies(
    server: tuple[str, dict[str, str], dict[str, object]], call: str, kind: str
) -> None:
    url, ids, routes = server
    transactions = routes["/transactions"]
    assert isinstance(transactions, dict) and len(transactions["transactions"]) == 100  # a realistic page
    seconds, items = _items(OURS, f"monzo.{call}.{kind}", url, peers.MONZO_TOKEN, ids)
    assert seconds > 0 and items == 1


def test_the_client_per_task_scenario_makes_and_closes_a_client_per_call(
    server: tuple[str, dict[str, str], dict[str, object]],
) -> None:
    url, ids, _ = server
    seconds, items = _items(OURS, "monzo.fresh.sync", url, peers.MONZO_TOKEN, ids)
    assert seconds > 0 and items == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_bloom_details_reads_all_five_parts(server: tuple[str, dict[str, str], dict[str, object]], kind: str) -> None:
    url, ids, _ = server
    seconds, items = _items(OURS, f"bloom.details.{kind}", url + "/api/v1", peers.BLOOM_KEY, ids)
    assert items == 1
    assert seconds >= peers.BLOOM_DELAY  # the server's delay was served, so the five parts were fetched


@pytest.mark.parametrize("who", [OURS, RAW], ids=["ours", "raw"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_exports_read_every_contact(
    server: tuple[str, dict[str, str], dict[str, object]], who: Contender, kind: str
) -> None:
    url, _, _ = server
    _, items = _items(who, f"rapidpro.export.{kind}", url, peers.RAPIDPRO_TOKEN, {})
    assert items == PAGES * CONTACT_PAGE_SIZE
    seconds, items = _items(who, f"rapidpro.export.working.{kind}", url, peers.RAPIDPRO_TOKEN, {})
    assert items == PAGES * CONTACT_PAGE_SIZE and seconds >= PAGES * PAGE_WORK  # each page was worked on


@pytest.mark.parametrize("library", ["httpx+models-one-page", "httpx+models-bound"])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_exports_by_hand_with_our_models_read_every_contact(
    server: tuple[str, dict[str, str], dict[str, object]], library: str, kind: str
) -> None:
    """The typed hand loops (the pager's other baselines) page to the end and count every contact."""
    url, _, _ = server
    who = Contender(library, Path(sys.executable), library)
    _, items = _items(who, f"rapidpro.export.{kind}", url, peers.RAPIDPRO_TOKEN, {})
    assert items == PAGES * CONTACT_PAGE_SIZE


def test_memory_scenario_reports_bytes_per_contact(server: tuple[str, dict[str, str], dict[str, object]]) -> None:
    url, _, _ = server
    row = peers.memory_row(OURS, OURS, url, rounds=2)
    assert 200 < row.ours < 20_000 and row.ratio == pytest.approx(1.0, rel=0.2)


def test_rows_render_and_readme_markers_hold_a_table(tmp_path: Path) -> None:
    rows = [
        Row("faster", 0.5, 1.0, [0.4, 0.5, 0.6], "ms", "≤ 1.00"),
        Row("slower", 2.0, 1.0, [2.0], "B", "≤ 1.00"),
        Row("pager", 90.0, 100.0, [0.9], "items/s", "≥ 0.85"),
        Row("typed", 80.0, 100.0, [0.8], "items/s", peers.INFORMS),
    ]
    assert [r.met for r in rows] == [True, False, True, None]
    text = peers.markdown(rows, 3, "Python 3.x")
    assert "| faster | 500.00 ms | 1000.00 ms | **0.50x** | 0.40-0.60 | ≤ 1.00 | met |" in text
    assert "| slower | 2 B | 1 B | **2.00x** | 2.00-2.00 | ≤ 1.00 | not met |" in text
    assert "| typed | 80/s | 100/s | **0.80x** | 0.80-0.80 | - | bound |" in text
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n## Performance\n\n{peers.README_START}\nold\n{peers.README_END}\n\n## Next\n")
    peers.write_readme(text, readme)
    written = readme.read_text()
    assert "old" not in written and text in written and written.endswith(f"{peers.README_END}\n\n## Next\n")
    assert peers.README_START in (Path(peers.ROOT) / "README.md").read_text()  # the real README has the markers
