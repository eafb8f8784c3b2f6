"""MIGRATING.md cannot go stale: the peers' snapshots match the pinned releases, the guide matches what
`python -m tools.peer_api render` makes of them and our code, and the comparison rules hold on small APIs."""

from __future__ import annotations

import difflib
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.peers import peer_python
from tools.peer_api import compare, config, render, venvs
from tools.peer_api.dump import Dumper
from tools.peer_api.kinds import describe
from tools.peer_api.signatures import parameter_differences, result_difference
from tools.peer_api.venvs import NEWEST_MINOR

PEERS = config.load()
Json = dict[str, Any]


def _diff(expected: str, actual: str, names: tuple[str, str], limit: int = 60) -> str:
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), *names, lineterm=""))
    more = f"\n... {len(lines) - limit} more diff lines" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


# ---------------------------------------------------------------- the guide against the world


@pytest.mark.parametrize("name", sorted(PEERS))
def test_each_snapshot_equals_a_fresh_dump_of_the_pinned_peer(name: str) -> None:
    """The committed snapshot is what the dumper reads from the pinned release, installed in its own venv."""
    peer = PEERS[name]
    fresh = venvs.run_dump(peer_python(name), peer.package, distribution=peer.distribution)
    assert json.loads(fresh)["version"] == peer.version
    committed = peer.snapshot.read_text() if peer.snapshot.exists() else ""
    assert fresh == committed, (
        f"{peer.snapshot.relative_to(config.ROOT)} is stale: run `python -m tools.peer_api snapshot {name}`\n"
        + _diff(committed, fresh, ("committed", "fresh"))
    )


def test_a_missing_interpreter_fails_saying_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """No skip: the failure names the peer, the Python it needs and how to get one."""

    def no_python(peer: config.Peer) -> Path:
        return Path(venvs.find_interpreter((3, NEWEST_MINOR + 1)))

    monkeypatch.setattr(venvs, "peer_python", no_python)
    with pytest.raises(AssertionError, match=r"bloomy-python 0\.22\.0 needs Python >= 3\.12: .*pyenv install 3\.\d+"):
        peer_python("bloomy")


@pytest.fixture(scope="module")
def rows() -> dict[str, list[compare.Row]]:
    return render.tables(PEERS)


def test_migrating_md_is_what_render_makes_of_the_snapshots_and_our_code(rows: dict[str, list[compare.Row]]) -> None:
    """MIGRATING.md equals a fresh rendering: a change on our side (or to the template) shows up as a diff."""
    rendered = render.render(PEERS, rows)
    current = render.OUTPUT.read_text() if render.OUTPUT.exists() else ""
    assert current == rendered, "MIGRATING.md is stale: run `python -m tools.peer_api render`\n" + _diff(
        current, rendered, ("MIGRATING.md", "rendered")
    )


def test_every_curated_rename_and_reason_still_applies(rows: dict[str, list[compare.Row]]) -> None:
    """A rename whose target is gone, or a reason for a name that now exists, would mislead readers."""
    stale = [
        note
        for key, peer in PEERS.items()
        for note in compare.stale_entries(peer, render.load_snapshot(peer), rows[key])
    ]
    assert not stale, "fix tools/peer_api/peers.toml, then run `python -m tools.peer_api render`:\n" + "\n".join(stale)


def test_the_money_section_comes_before_any_table() -> None:
    """monzoh users meet pence-versus-pounds before the first table."""
    text = render.OUTPUT.read_text()
    assert text.index("## Money") < text.index("| Name | Kind | Status |")
    assert text.index("## Money") < text.index("| Peer | Names |")


# ---------------------------------------------------------------- the rules, on small synthetic APIs


def param(
    name: str, kind: str = "positional_or_keyword", default: bool = False, kinds: list[str] | None = None
) -> Json:
    return {
        "name": name,
        "kind": kind,
        "default": default,
        "type": {"annotation": " | ".join(kinds), "kinds": kinds} if kinds else None,
    }


def method(*params: Json, returns: list[str] | None = None, is_async: bool | None = False) -> Json:
    result = {"annotation": " | ".join(returns), "kinds": returns} if returns else None
    return {"kind": "method", "binding": "instance", "async": is_async, "params": list(params), "returns": result}


def api(package: str, members: dict[str, Json], extra_names: dict[str, Json] | None = None) -> Json:
    """A dump with one module (`package`) exporting class `Client` with `members`."""
    key = f"{package}._client:Client"
    cls = {
        "name": "Client",
        "module": f"{package}._client",
        "qualname": "Client",
        "category": "class",
        "ancestors": [],
        "init": {"params": []},
        "fields": {},
        "members": {name: {**m, "defined_in": key} for name, m in members.items()},
    }
    names = {"Client": {"kind": "class", "ref": key, "exported": True}, **(extra_names or {})}
    return {"format": 1, "package": package, "modules": {package: {"all": True, "names": names}}, "classes": {key: cls}}


def peer_config(**curated: Any) -> config.Peer:
    return config.Peer(
        key="old",
        distribution="old-lib",
        version="1.0",
        requires_python=(3, 11),
        package="old",
        ours="new",
        ours_own=(),
        modules={"old": "new"},
        **curated,
    )


def statuses(peer: config.Peer, theirs: Json, ours: Json) -> dict[str, tuple[str, str]]:
    return {row.path: (row.status, row.detail) for row in compare.compare(peer, theirs, ours)}


def test_a_parameter_that_is_keyword_only_here_refuses_a_positional_call() -> None:
    """`send(to, limit)` there, `send(to, *, limit)` here: `send("a", 5)` fails here."""
    notes = parameter_differences(
        [param("to"), param("limit", default=True)], [param("to"), param("limit", "keyword_only", True)], "old"
    )
    assert notes == ["parameter `limit` is keyword-only here"]


def test_an_extra_optional_parameter_here_is_fine_and_an_extra_required_one_is_not() -> None:
    """Callers that never pass `timeout` are unaffected; callers that never pass `token` break."""
    peer = [param("to")]
    assert parameter_differences(peer, [param("to"), param("timeout", "keyword_only", True)], "old") == []
    assert parameter_differences(peer, [param("to"), param("token", "keyword_only")], "old") == [
        "requires parameter `token` here"
    ]


def test_an_optional_parameter_that_is_required_here_and_a_missing_one_are_reported() -> None:
    """Omitting `limit` works there, not here; passing `expand=` works there, not here."""
    peer = [param("limit", default=True), param("expand", default=True)]
    assert sorted(parameter_differences(peer, [param("limit")], "old")) == [
        "no parameter `expand` here",
        "parameter `limit` is required here",
    ]


def test_positional_order_and_kinds_of_values_are_compared() -> None:
    """A swapped positional order moves arguments silently; `Decimal` pounds do not fit an `int` parameter."""
    swapped = parameter_differences([param("a"), param("b")], [param("b"), param("a")], "old")
    assert swapped[0] == "positional parameter 1 is `b` here, `a` in old"
    amount = parameter_differences(
        [param("amount", kinds=["Decimal", "float"])], [param("amount", kinds=["int"])], "old"
    )
    assert amount == ["`amount` takes `int` here (old: `Decimal | float`)"]
    assert parameter_differences([param("n", kinds=["int"])], [param("n", kinds=["float", "None"])], "old") == []


def test_results_must_be_usable_as_the_peers() -> None:
    """An `int` where the peer returned `Decimal` differs; a list where it returned a sequence does not."""
    decimal = {"annotation": "Decimal", "kinds": ["Decimal"]}
    assert (
        result_difference(decimal, {"annotation": "int", "kinds": ["int"]}, "old")
        == "returns `int` here (old: `Decimal`)"
    )
    sequence = {"annotation": "Sequence[str]", "kinds": ["sequence"]}
    assert result_difference(sequence, {"annotation": "list[str]", "kinds": ["list", "None"]}, "old") is None


def test_classification_same_different_renamed_missing() -> None:
    """The four statuses, from synthetic dumps of a peer and of ours."""
    theirs = api(
        "old",
        {
            "get": method(param("id"), returns=["str"]),
            "fetch": method(param("id"), param("limit", default=True)),
            "iterate": method(),
            "gone": method(),
            "legacy": method(),
        },
    )
    ours = api(
        "new",
        {
            "get": method(param("id"), param("timeout", "keyword_only", True), returns=["str"]),
            "fetch": method(param("id"), param("limit", "keyword_only", True)),
            "iter_all": method(),
        },
    )
    peer = peer_config(
        renamed={"old.Client.iterate": config.Rename("new.Client.iter_all", "one pager for all pages")},
        missing={"old.Client.legacy": "removed upstream"},
    )
    result = statuses(peer, theirs, ours)
    assert result["old.Client"] == ("same", "")
    assert result["old.Client.get"] == ("same", "")
    assert result["old.Client.fetch"] == ("different", "parameter `limit` is keyword-only here")
    assert result["old.Client.iterate"] == ("renamed", "→ `new.Client.iter_all`: one pager for all pages")
    assert result["old.Client.gone"] == ("missing", "not provided")
    assert result["old.Client.legacy"] == ("missing", "removed upstream")


def test_async_and_protocol_methods() -> None:
    """A sync method where the peer's was async differs; `__exit__` counts by existence only."""
    theirs = api(
        "old",
        {"close": method(is_async=True), "__exit__": method(param("exc_type"), param("exc_val"), param("exc_tb"))},
    )
    ours = api("new", {"close": method(is_async=False), "__exit__": method(param("args", "var_positional"))})
    result = statuses(peer_config(), theirs, ours)
    assert result["old.Client.close"] == ("different", "is not async here")
    assert result["old.Client.__exit__"] == ("same", "")


def test_a_name_found_only_at_our_top_level_says_where_to_import_it() -> None:
    """`from old.errors import Boom` needs `from new import Boom` here."""
    theirs = api("old", {})
    theirs["modules"]["old.errors"] = {
        "all": False,
        "names": {"VERSION": {"kind": "value", "exported": True, "type": None}},
    }
    ours = api("new", {}, {"VERSION": {"kind": "value", "exported": True, "type": None}})
    assert statuses(peer_config(), theirs, ours)["old.errors.VERSION"] == ("different", "import it from `new`")


def test_stale_curated_entries_are_reported() -> None:
    """A reason for a name that exists here, and a rename to a name that does not, are both stale."""
    theirs = api("old", {"get": method(), "put": method()})
    ours = api("new", {"get": method()})
    peer = peer_config(
        renamed={"old.Client.put": config.Rename("new.Client.store", "why")},
        missing={"old.Client.get": "was removed"},
    )
    rows = compare.compare(peer, theirs, ours)
    assert compare.stale_entries(peer, theirs, rows) == [
        "[old.renamed] old.Client.put: `new.Client.store` does not exist here",
        "[old.missing] old.Client.get: provided here now, drop the reason",
    ]


# ---------------------------------------------------------------- the dumper and the kinds


def test_annotations_become_kinds_the_same_way_from_text_and_from_objects() -> None:
    """`Optional[Decimal]` and `"Decimal | None"` agree; an int subclass (a Pence type) is an int."""
    from decimal import Decimal
    from typing import Literal, Optional

    class Pence(int):
        pass

    namespace = {"Decimal": Decimal, "Pence": Pence}
    assert describe(Optional[Decimal], {}) == ("Decimal | None", ["Decimal", "None"])  # noqa: UP045
    assert describe("Decimal | None", namespace) == ("Decimal | None", ["Decimal", "None"])
    assert describe("Pence", namespace) == ("Pence", ["int"])
    assert describe(Literal["a", "b"], {})[1] == ["str"]
    assert describe("list[Unknown]", {}) == ("list[Unknown]", ["list"])


def test_the_dumper_records_signatures_attributes_and_exceptions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tiny package: exported names only, `self.x = Resource(...)` followed, async methods marked."""
    package = tmp_path / "peer_api_sample"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            """
            from ._client import Client, SampleError

            __all__ = ["Client", "SampleError"]
            """
        )
    )
    (package / "_client.py").write_text(
        textwrap.dedent(
            """
            from decimal import Decimal


            class SampleError(ValueError):
                def __init__(self, message: str, status_code: int | None = None) -> None:
                    super().__init__(message)
                    self.status_code = status_code


            class Resource:
                def __init__(self, client: "Client") -> None:
                    self._client = client

                async def balance(self, account_id: str, *, pounds: bool = False) -> Decimal:
                    raise NotImplementedError


            class Client:
                def __init__(self, token: str | None = None) -> None:
                    self.accounts = Resource(self)
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        dump = Dumper("peer_api_sample", ()).run()
    finally:
        for name in [m for m in sys.modules if m.startswith("peer_api_sample")]:
            del sys.modules[name]
    assert set(dump["modules"]["peer_api_sample"]["names"]) == {"Client", "SampleError"}
    client = dump["classes"]["peer_api_sample._client:Client"]
    assert client["members"]["accounts"]["ref"] == "peer_api_sample._client:Resource"
    balance = dump["classes"]["peer_api_sample._client:Resource"]["members"]["balance"]
    assert balance["async"] is True
    assert [(p["name"], p["kind"], p["default"]) for p in balance["params"]] == [
        ("account_id", "positional_or_keyword", False),
        ("pounds", "keyword_only", True),
    ]
    assert balance["returns"] == {"annotation": "Decimal", "kinds": ["Decimal"]}
    error = dump["classes"]["peer_api_sample._client:SampleError"]
    assert error["category"] == "exception" and error["ancestors"] == ["ValueError"]
    assert error["members"]["status_code"]["type"]["kinds"] == ["None", "int"]
