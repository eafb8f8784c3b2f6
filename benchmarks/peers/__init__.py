"""`nox -s bench -- peers`: ours against the libraries users would otherwise pick, in one run.

monzoh 1.2.0, pymonzo 2.2.1, bloomy-python 0.22.0 and rapidpro-python 2.22.2 (TembaClient) each run
in their own venv (their import names collide with ours), ours in a venv on the same interpreter
(venvs.py). One loopback server in its own process (benchmarks/loopback_server.py) serves every client the same bodies:
the Monzo and Bloom sandboxes' own responses, and contacts shaped like the real RapidPro server's.
Each library runs in a warm worker process (worker.py); batches alternate between the libraries of
a row, the order rotating each round, and a row reports the median over rounds of ours ÷ theirs,
with the spread (lowest-highest round). Cold imports alternate fresh interpreters the same way.

    python -m benchmarks.peers [--rounds N] [--markdown FILE] [--readme]

`--readme` also writes the table into README.md's "Performance" section (between its markers).
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
from pathlib import Path

from benchmarks.loopback_server import serving
from benchmarks.peers.venvs import ROOT, ours_python, peer_python
from benchmarks.peers.worker import PAGE_WORK

WORKER = Path(__file__).with_name("worker.py")
MONZO_TOKEN = "bench-monzo-token-0123456789"
BLOOM_KEY = "bench-bloom-key-0123456789"
RAPIDPRO_TOKEN = "bench0123456789abcdef0123456789abcdef0123"
BLOOM_DELAY = 0.05
CONTACT_PAGES, CONTACT_PAGE_SIZE = 200, 250  # 50,000 contacts


def _clean_env() -> dict[str, str]:
    """The environment of every measured process: nothing that leaks this checkout onto sys.path."""
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME"}}


# -- the bodies -----------------------------------------------------------------------------------


def sandbox_routes() -> tuple[dict[str, object], dict[str, str]]:
    """Real responses of our Monzo and Bloom sandboxes, keyed by path, and the ids the calls use."""
    import httpx

    from bloomy.testing import BloomSandbox
    from monzoh.testing import MonzoSandbox

    routes: dict[str, object] = {}
    with MonzoSandbox(seed=1) as monzo, httpx.Client(base_url=monzo.url, headers=monzo.auth_headers) as http:
        accounts = http.get("/accounts").raise_for_status().json()
        account_id = accounts["accounts"][0]["id"]
        routes["/accounts"] = accounts
        routes["/balance"] = http.get("/balance", params={"account_id": account_id}).raise_for_status().json()
        transactions = http.get("/transactions", params={"account_id": account_id, "limit": 100})
        routes["/transactions"] = transactions.raise_for_status().json()
    with BloomSandbox(seed=1) as bloom, httpx.Client(base_url=bloom.url + "/", headers=bloom.auth_headers) as http:
        meetings = http.get("L10/list").raise_for_status().json()
        meeting_id = max(meetings, key=lambda m: m["Id"])["Id"] if meetings else 1
        for part in ("", "/attendees", "/issues", "/todos", "/measurables"):
            routes[f"/api/v1/L10/{meeting_id}{part}"] = http.get(f"L10/{meeting_id}{part}").raise_for_status().json()
    return routes, {"account_id": account_id, "meeting_id": str(meeting_id)}


def loopback(routes: dict[str, object], contact_pages: int = CONTACT_PAGES) -> AbstractContextManager[str]:
    config = {"routes": routes, "delay": {"/api/v1/": BLOOM_DELAY}, "contacts": [contact_pages, CONTACT_PAGE_SIZE]}
    return serving(config)


# -- workers --------------------------------------------------------------------------------------


@dataclass
class Contender:
    label: str  # as the table shows it
    python: Path
    library: str  # worker.py's key: ours, monzoh-1.2.0, pymonzo, bloomy-python, rapidpro-python, httpx


def _output(command: list[str]) -> str:
    """What a measured process prints (in the clean environment, outside this checkout)."""
    done = subprocess.run(
        command, capture_output=True, text=True, env=_clean_env(), cwd=tempfile.gettempdir(), check=True
    )
    return done.stdout


class Worker:
    """A warm client in its own process: `run(n)` makes n calls and returns the seconds per call."""

    def __init__(self, who: Contender, scenario: str, url: str, token: str, ids: dict[str, str]) -> None:
        pairs = [f"{k}={v}" for k, v in ids.items()]
        command = [str(who.python), str(WORKER), who.library, scenario, url, token, *pairs]
        self.proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_clean_env(),
            cwd=tempfile.gettempdir(),
        )
        self.who = who

    def batch(self, n: int) -> tuple[float, int]:
        """Seconds the worker took for n calls, and the items they returned."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{n}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.who.label}: the worker died (its stderr is above)")
        seconds, items = line.split()
        return float(seconds), int(items)

    def run(self, n: int) -> float:
        return self.batch(n)[0] / n

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def alternate(workers: Sequence[Worker], n: int, rounds: int) -> list[list[float]]:
    """Seconds per call of each worker in each round; one warm-up batch each first."""
    for worker in workers:
        worker.run(max(1, n // 4))
    times: list[list[float]] = [[] for _ in workers]
    for r in range(rounds):
        order = list(range(len(workers)))
        order = order[r % len(order) :] + order[: r % len(order)]
        for i in order:
            times[i].append(workers[i].run(n))
    return times


def race(
    ours: tuple[Contender, str],
    theirs: tuple[Contender, str],
    url: str,
    token: str,
    ids: dict[str, str],
    n: int,
    rounds: int,
) -> tuple[list[float], list[float]]:
    """Seconds per call of each (contender, scenario), batches of n alternating for `rounds` rounds."""
    with ExitStack() as stack:
        workers = [Worker(who, scenario, url, token, ids) for who, scenario in (ours, theirs)]
        for worker in workers:
            stack.callback(worker.close)
        mine, other = alternate(workers, n, rounds)
    return mine, other


INFORMS = "-"  # the target of a row that measures a bound, not us against a target


@dataclass
class Row:
    measure: str
    ours: float
    theirs: float
    ratios: list[float]  # ours ÷ theirs, round by round
    unit: str  # how `ours`/`theirs` print
    target: str  # "≤ 1.00" or "≥ 0.85"

    @classmethod
    def of(cls, measure: str, mine: list[float], other: list[float], unit: str, target: str) -> Row:
        """The row of two lists of samples taken in turn (medians, and their ratio sample by sample)."""
        ratios = [a / b for a, b in zip(mine, other, strict=True)]
        return cls(measure, statistics.median(mine), statistics.median(other), ratios, unit, target)

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def met(self) -> bool | None:
        """Whether the ratio meets the target; None for a row that only informs (target "-")."""
        if self.target == INFORMS:
            return None
        bound = float(self.target[2:])
        return self.ratio <= bound if self.target.startswith("≤") else self.ratio >= bound


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1e3:.2f} ms"
    if unit == "items/s":
        return f"{value:,.0f}/s"
    if unit == "B":
        return f"{value:,.0f} B"
    return f"{value:.3g}"


def timed_row(
    measure: str,
    ours: Contender,
    theirs: Contender,
    scenario: str,
    url: str,
    token: str,
    ids: dict[str, str],
    n: int,
    rounds: int,
    target: str = "≤ 1.00",
) -> Row:
    mine, other = race((ours, scenario), (theirs, scenario), url, token, ids, n, rounds)
    return Row.of(measure, mine, other, "ms", target)


def throughput_row(
    measure: str, ours: Contender, baseline: Contender, scenario: str, url: str, rounds: int, target: str = "≥ 0.85"
) -> Row:
    """Items per second of a whole export, ours ÷ baseline (higher is better)."""
    items = CONTACT_PAGES * CONTACT_PAGE_SIZE
    mine, other = race((ours, scenario), (baseline, scenario), url, RAPIDPRO_TOKEN, {}, 1, rounds)
    return Row.of(measure, [items / s for s in mine], [items / s for s in other], "items/s", target)


def memory_row(ours: Contender, theirs: Contender, url: str, rounds: int) -> Row:
    """Bytes a parsed contact keeps alive in `.all()`'s list (a fresh process per sample)."""
    samples: list[list[float]] = [[], []]
    for _ in range(max(1, rounds // 2)):
        for i, who in enumerate((ours, theirs)):
            command = [str(who.python), str(WORKER), who.library, "rapidpro.memory", url, RAPIDPRO_TOKEN]
            samples[i].append(float(_output(command)))
    measure = f"RapidPro `.all()` memory per contact ({CONTACT_PAGES * CONTACT_PAGE_SIZE:,} held)"
    return Row.of(measure, samples[0], samples[1], "B", "≤ 1.00")


def _cold(python: Path, statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    return float(_output([str(python), "-c", code]))


def import_rows(pairs: Sequence[tuple[Contender, str, Contender, str]], samples: int) -> list[Row]:
    """Cold import of each facade: ours ÷ its peer, and ours ÷ `import httpx`, on the same interpreter."""
    rows, against_httpx = [], set()
    for ours, our_statement, theirs, their_statement in pairs:
        runs = ((ours.python, our_statement), (theirs.python, their_statement), (ours.python, "import httpx"))
        for python, statement in runs:
            _cold(python, statement)  # bytecode caches written, files in the page cache
        times: list[list[float]] = [[], [], []]
        for _ in range(samples):
            for i, (python, statement) in enumerate(runs):
                times[i].append(_cold(python, statement))
        mine, other, httpx_times = times
        rows.append(
            Row.of(f"cold `{our_statement}` vs {theirs.label} `{their_statement}`", mine, other, "ms", "≤ 1.00")
        )
        if our_statement not in against_httpx:  # once per facade, with its first peer
            against_httpx.add(our_statement)
            rows.append(Row.of(f"cold `{our_statement}` vs `import httpx`", mine, httpx_times, "ms", "≤ 1.50"))
    return rows


# -- the run --------------------------------------------------------------------------------------


def _version(python: Path) -> str:
    return subprocess.check_output(
        [str(python), "-c", "import platform; print(platform.python_version())"], text=True
    ).strip()


def measure(rounds: int) -> tuple[list[Row], str]:
    """The rows, and which Python each group ran on."""
    peers = {key: peer_python(key) for key in ("monzoh", "pymonzo", "bloomy", "rapidpro")}
    ours_monzo = Contender("ours", ours_python(peers["monzoh"]), "ours")
    ours_312 = Contender("ours", ours_python(peers["rapidpro"]), "ours")
    assert _version(peers["bloomy"]) == _version(peers["rapidpro"]), "bloomy-python and rapidpro-python on one Python"
    pythons = (
        f"Monzo rows on Python {_version(peers['monzoh'])}, Bloom and RapidPro rows on {_version(peers['rapidpro'])}"
    )
    monzoh = Contender("monzoh 1.2.0", peers["monzoh"], "monzoh-1.2.0")
    pymonzo = Contender("pymonzo 2.2.1", peers["pymonzo"], "pymonzo")
    bloomy = Contender("bloomy-python 0.22.0", peers["bloomy"], "bloomy-python")
    temba = Contender("rapidpro-python 2.22.2", peers["rapidpro"], "rapidpro-python")
    raw_312 = Contender("raw httpx", ours_312.python, "httpx")
    one_page_312 = Contender("httpx + pydantic, one page at a time", ours_312.python, "httpx+models-one-page")
    bound_312 = Contender("httpx + pydantic, the bound", ours_312.python, "httpx+models-bound")
    routes, ids = sandbox_routes()
    rows: list[Row] = []
    with loopback(routes) as url:
        for kind in ("sync", "async"):
            for name, call, n in (
                ("transactions", "transactions.list(limit=100)", 20),
                ("accounts", "accounts.list()", 100),
                ("balance", "get_balance()", 100),
            ):
                for theirs in (monzoh, pymonzo) if kind == "sync" else (monzoh,):
                    measure_name = f"Monzo `{call}` {kind}, vs {theirs.label}"
                    print(f"... {measure_name}", flush=True)
                    # Targets: sync calls no slower than monzoh's, async ones within 2 % of them.
                    target = "≤ 1.00" if kind == "sync" else "≤ 1.02"
                    rows.append(
                        timed_row(
                            measure_name,
                            ours_monzo,
                            theirs,
                            f"monzo.{name}.{kind}",
                            url,
                            MONZO_TOKEN,
                            ids,
                            n,
                            rounds,
                            target=target,
                        )
                    )
        for theirs in (monzoh, pymonzo):
            measure_name = (
                f"Monzo, a client per task (`with MonzoClient(token) as c: c.accounts.list()`), vs {theirs.label}"
            )
            print(f"... {measure_name}", flush=True)
            rows.append(
                timed_row(measure_name, ours_monzo, theirs, "monzo.fresh.sync", url, MONZO_TOKEN, ids, 20, rounds)
            )
        bloom_url = url + "/api/v1"
        for kind in ("async", "sync"):
            theirs_label = f"{bloomy.label} {kind}"
            print(f"... Bloom details vs {theirs_label}", flush=True)
            ours_async, theirs_kind = (ours_312, "bloom.details.async"), (bloomy, f"bloom.details.{kind}")
            mine, other = race(ours_async, theirs_kind, bloom_url, BLOOM_KEY, ids, 8, rounds)
            measure_name = (
                f"Bloom `meeting.details()` async (server {BLOOM_DELAY * 1000:.0f} ms a request), vs {theirs_label}"
            )
            rows.append(Row.of(measure_name, mine, other, "ms", "≤ 1.00"))
        print("... RapidPro exports", flush=True)
        export = f"RapidPro export of {CONTACT_PAGES * CONTACT_PAGE_SIZE:,} contacts"
        speed = throughput_row(
            f"{export}, sync, vs {temba.label} (items/s, higher is better)",
            ours_312,
            temba,
            "rapidpro.export.sync",
            url,
            rounds,
        )
        speed.target = "≥ 1.00"
        rows.append(speed)
        for kind in ("sync", "async"):
            raw_label = "raw httpx" if kind == "sync" else "raw async httpx"
            scenario = f"rapidpro.export.{kind}"
            rows.append(
                throughput_row(
                    f"{export}, {kind} pager vs {raw_label} (items/s)", ours_312, raw_312, scenario, url, rounds
                )
            )
            rows.append(
                throughput_row(
                    f"{export}, {kind} pager vs {raw_label} + our pydantic models by hand, one page at a time"
                    " (each dropped before the next is fetched, as the pager does)",
                    ours_312,
                    one_page_312,
                    scenario,
                    url,
                    rounds,
                    target="≥ 1.00",
                )
            )
            rows.append(
                throughput_row(
                    f"{export}, {kind}: the bound for typed items, {raw_label} + our pydantic models by hand, each"
                    " page kept until the next is parsed, the collector paused meanwhile, vs"
                    f" {raw_label} alone",
                    bound_312,
                    raw_312,
                    scenario,
                    url,
                    rounds,
                    target=INFORMS,
                )
            )
        for kind in ("sync", "async"):
            raw_label = "raw httpx" if kind == "sync" else "raw async httpx"
            rows.append(
                throughput_row(
                    f"{export}, {kind}, with {PAGE_WORK * 1000:.0f} ms of work a page (a database write, say):"
                    f" pager `.prefetch()` vs {raw_label} (items/s)",
                    ours_312,
                    raw_312,
                    f"rapidpro.export.working.{kind}",
                    url,
                    rounds,
                )
            )
        print("... RapidPro memory", flush=True)
        rows.append(memory_row(ours_312, temba, url, rounds))
    print("... cold imports", flush=True)
    rows += import_rows(
        [
            (ours_monzo, "from monzoh import MonzoClient", monzoh, "from monzoh import MonzoClient"),
            (ours_monzo, "from monzoh import MonzoClient", pymonzo, "from pymonzo import MonzoAPI"),
            (ours_312, "from bloomy import Client", bloomy, "from bloomy import Client"),
            (ours_312, "from rapidpro import RapidProClient", temba, "from temba_client.v2 import TembaClient"),
        ],
        samples=max(5, 2 * rounds + 1),
    )
    return rows, pythons


def _machine() -> str:
    cpus = os.cpu_count()
    return (
        f"{platform.system()} {platform.machine()}, {cpus} CPU{'s' if cpus != 1 else ''}, {time.strftime('%Y-%m-%d')}"
    )


def _status(met: bool | None) -> str:
    return "bound" if met is None else "met" if met else "not met"


def markdown(rows: Sequence[Row], rounds: int, pythons: str) -> str:
    lines = [
        f"Ratios are ours ÷ theirs, median of {rounds} alternating rounds (spread: lowest-highest round);"
        " times and memory: lower is better; items/s: higher is better. Measured on"
        f" {_machine()}; {pythons}.",
        "",
        "| measure | ours | theirs | ratio | spread | target | |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.measure} | {_fmt(row.ours, row.unit)} | {_fmt(row.theirs, row.unit)} | **{row.ratio:.2f}x**"
            f" | {min(row.ratios):.2f}-{max(row.ratios):.2f} | {row.target} | {_status(row.met)} |"
        )
    return "\n".join(lines)


README_START, README_END = "<!-- bench-peers:start -->", "<!-- bench-peers:end -->"


def write_readme(text: str, readme: Path = ROOT / "README.md") -> None:
    """Put `text` between the README's markers (the Performance section)."""
    current = readme.read_text()
    head, start, rest = current.partition(README_START)
    _, end, tail = rest.partition(README_END)
    if not start or not end:
        raise SystemExit(f"{readme}: no {README_START} ... {README_END} markers to write the table between")
    readme.write_text(f"{head}{README_START}\n{text}\n{README_END}{tail}")


def main(argv: Sequence[str]) -> None:
    rounds, out, readme = 11, None, False
    args = list(argv)
    while args:
        flag = args.pop(0)
        if flag == "--rounds":
            rounds = int(args.pop(0))
        elif flag == "--markdown":
            out = Path(args.pop(0))
        elif flag == "--readme":
            readme = True
        else:
            raise SystemExit(
                f"unknown argument {flag!r}: python -m benchmarks.peers [--rounds N] [--markdown FILE] [--readme]"
            )
    rows, pythons = measure(rounds)
    text = markdown(rows, rounds, pythons)
    print("\n### Against the peers (each row on the peer's own interpreter)\n")
    print(text)
    if out:
        out.write_text(text + "\n")
    if readme:
        write_readme(text)
