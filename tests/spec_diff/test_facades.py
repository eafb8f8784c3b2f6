"""Each breaking change names the facade methods it affects, on both clients."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.spec_diff import cli
from tools.spec_diff.facades import facade_index

ROOT = Path(__file__).resolve().parents[2]


def monzo_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "monzo.yaml").read_text())
    return spec


def changed(edit: Any) -> list[Any]:
    old = (ROOT / "spec" / "monzo.yaml").read_text()
    spec = monzo_spec()
    edit(spec)
    return cli.compare_texts([("monzo", old, yaml.safe_dump(spec, sort_keys=False))], python=False).changes


def rename_deposit_source(spec: dict[str, Any]) -> None:
    body = spec["components"]["schemas"]["PotDepositRequest"]
    body["properties"]["from_account_id"] = body["properties"].pop("source_account_id")
    body["required"] = ["from_account_id" if r == "source_account_id" else r for r in body["required"]]


def drop_account_type(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/accounts"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p.get("name") != "account_type"]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (rename_deposit_source, {"MonzoClient.pots.deposit()", "AsyncMonzoClient.pots.deposit()"}),
        (
            drop_account_type,
            # pots.list() composes with accounts.list() to find the current account
            {
                "MonzoClient.accounts.list()",
                "AsyncMonzoClient.accounts.list()",
                "MonzoClient.pots.list()",
                "AsyncMonzoClient.pots.list()",
            },
        ),
    ],
)
def test_breaking_changes_name_the_facade_methods_they_affect(edit: Any, expected: set[str]) -> None:
    breaking = [c for c in changed(edit) if c.breaking]
    assert breaking
    for change in breaking:
        assert set(change.facade_methods) == expected, change.to_dict()
        assert change.to_dict()["facade_methods"] == sorted(expected)


def test_the_report_lists_them_under_the_change() -> None:
    result = cli.compare_texts(
        [("monzo", (ROOT / "spec" / "monzo.yaml").read_text(), yaml.safe_dump(_edited(), sort_keys=False))],
        python=False,
    )
    report = cli.render(result, "markdown")
    assert "  - affects `AsyncMonzoClient.pots.deposit()`, `MonzoClient.pots.deposit()`" in report


def _edited() -> dict[str, Any]:
    spec = monzo_spec()
    rename_deposit_source(spec)
    return spec


@pytest.mark.parametrize("api", ["monzo", "bloomy", "rapidpro"])
def test_every_facade_method_that_sends_a_request_is_indexed(api: str) -> None:
    """Each facade's methods are found, on both clients, through the helpers they call."""
    index = facade_index(api, ROOT)
    methods = {m for names in index.by_operation.values() for m in names}
    assert len(methods) >= 10
    sync = {m for m in methods if not m.startswith("Async")}
    assert {f"Async{m}" for m in sync if m.count(".") == 2} <= methods
