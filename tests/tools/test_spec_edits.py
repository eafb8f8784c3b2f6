"""A spec edit reaches the facades, or fails the type check at the facade line it breaks.

Each test edits a temporary copy of a spec, regenerates that API's package into a temporary
folder, and puts it in front of the real one (PYTHONPATH for running, MYPYPATH for mypy, which is
what `nox -s typecheck` runs over overlays/).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.specs import ROOT
from tools import generate

Spec = dict[str, Any]


def regenerate(api: str, edit: Callable[[Spec], None], tmp_path: Path) -> Path:
    """Generate `api`'s package from an edited copy of its spec into `tmp_path/generated`; return that folder."""
    spec = yaml.safe_load((ROOT / "spec" / f"{api}.yaml").read_text())
    edit(spec)
    edited = tmp_path / f"{api}.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    out = tmp_path / "generated"
    out.mkdir()
    generate.generate_api(generate.Api(api), out, spec=edited)
    return out


def run_with(generated: Path, script: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(generated), str(ROOT)])}
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout.strip()


# What each facade sends for one call, read off a mock transport: (api, path edit, script printing the path).
RECORD = """
    import httpx
    seen = []
    def handler(request):
        seen.append(request.method + " " + request.url.raw_path.decode().split("?")[0])
        return httpx.Response(404, json={{}})
    http = httpx.Client(transport=httpx.MockTransport(handler))
    {setup}
    try:
        {call}
    except Exception as exc:
        assert type(exc).__module__.split(".")[0] in ("monzoh", "bloomy", "rapidpro"), repr(exc)
    print(seen[0])
"""
MOVES = {
    "monzo": (
        "/pots/{pot_id}/deposit",
        "/v2/pots/{pot_id}/deposit",
        "from monzoh import MonzoClient; client = MonzoClient('t' * 20, base_url='https://x.test', http_client=http)",
        "client.pots.deposit('pot_1', 'acc_1', 100)",
        "PUT /v2/pots/pot_1/deposit",
    ),
    "bloomy": (
        "/todo/{todoId}",
        "/todos/v2/{todoId}",
        "from bloomy import Client; client = Client('k' * 20, base_url='https://x.test/api/v1', http_client=http)",
        "client.todo.details(7)",
        "GET /api/v1/todos/v2/7",
    ),
    "rapidpro": (
        "/contacts.json",
        "/people.json",
        "from rapidpro import RapidProClient; client = RapidProClient('t' * 40, base_url='https://x.test', http_client=http)",
        "client.contacts.list(group='Farmers').first()",
        "GET /api/v2/people.json",
    ),
}


def move_path(old: str, new: str) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        spec["paths"] = {new if path == old else path: item for path, item in spec["paths"].items()}

    return edit


@pytest.mark.parametrize("api", sorted(MOVES))
def test_a_moved_path_is_followed_by_the_facade_with_no_hand_edit(api: str, tmp_path: Path) -> None:
    old, new, setup, call, expected = MOVES[api]
    generated = regenerate(api, move_path(old, new), tmp_path)
    assert run_with(generated, RECORD.format(setup=setup, call=call)) == expected


def _line_of(source: Path, snippet: str) -> int:
    for number, line in enumerate(source.read_text().splitlines(), start=1):
        if snippet in line:
            return number
    raise AssertionError(f"{snippet!r} not in {source}")


def _operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def breaking_edits(spec: Spec) -> None:
    """A renamed body field, a removed query parameter, and an optional body field made required."""
    deposit = spec["components"]["schemas"]["PotDepositRequest"]
    deposit["properties"]["from_account_id"] = deposit["properties"].pop("source_account_id")
    deposit["required"] = ["from_account_id" if r == "source_account_id" else r for r in deposit["required"]]
    accounts = _operation(spec, "list_accounts")
    accounts["parameters"] = [p for p in accounts["parameters"] if p.get("name") != "account_type"]
    feed = spec["components"]["schemas"]["FeedItemRequest"]
    feed["required"] = [*feed["required"], "url"]


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for this module's runs (one worker runs them in turn): what no edit touches
    (the stdlib, httpx, pydantic, the runtime) is checked once. mypy compares each module's source
    hash with its cache entry, so an edited generated package is checked afresh."""
    return tmp_path_factory.mktemp("mypy-cache")


def typecheck(package: str, generated: Path, tmp_path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """mypy over overlays/<package> as `nox -s typecheck` runs it (strict), with `generated` in front.

    The generated package is checked "silently", as an installed one is: its own lint does not count.
    """
    config = tmp_path / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\npython_version = 3.11\n\n[mypy-monzo_api.*,bloomy_api.*,rapidpro_api.*]\nfollow_imports = silent\n"
    )
    command = ["mypy", "--config-file", str(config), "--cache-dir", str(cache), f"overlays/{package}"]
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": str(generated)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_renamed_removed_or_newly_required_parameter_fails_the_typecheck_at_the_facade_line(
    tmp_path: Path, mypy_cache: Path
) -> None:
    proc = typecheck("monzoh", regenerate("monzo", breaking_edits, tmp_path), tmp_path, mypy_cache)
    assert proc.returncode != 0, proc.stdout
    resources = ROOT / "overlays" / "monzoh" / "resources"
    expected = {
        ("pots.py", _line_of(resources / "pots.py", "body = PotDepositRequest(")),
        ("accounts.py", _line_of(resources / "accounts.py", "list_accounts.build_request(account_type=")),
        ("feed.py", _line_of(resources / "feed.py", "url=or_unset(url or item.url)")),
    }
    reported = {
        (Path(m.group(1)).name, int(m.group(2)))
        for m in re.finditer(r"^(overlays/monzoh/\S+\.py):(\d+): error", proc.stdout, re.MULTILINE)
    }
    assert expected <= reported, proc.stdout


def test_the_unedited_spec_typechecks(tmp_path: Path, mypy_cache: Path) -> None:
    """The control: the same regeneration without an edit leaves the facade clean."""
    proc = typecheck("monzoh", regenerate("monzo", lambda spec: None, tmp_path), tmp_path, mypy_cache)
    assert proc.returncode == 0, proc.stdout
