"""The command line (files and --base against a temporary git repo) and the CI gate."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.spec_diff import cli, pysurface
from tools.spec_diff.ci_gate import acknowledged_apis

from .builders import base_spec

ROOT = Path(__file__).resolve().parents[2]
GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def run(*args: str, module: str = "tools.spec_diff") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def dump(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def without_receipts() -> dict[str, Any]:
    spec = base_spec()
    del spec["paths"]["/transaction-receipts"]
    return spec


def with_new_operation() -> dict[str, Any]:
    spec = base_spec()
    spec["paths"]["/ping"] = {
        "get": {"operationId": "ping", "tags": ["ping"], "responses": {"200": {"description": "ok"}}}
    }
    return spec


# ----------------------------------------------------------------------------- OLD NEW


def test_files_breaking_exits_1_with_json(tmp_path: Path) -> None:
    old = dump(tmp_path / "old.yaml", base_spec())
    new = dump(tmp_path / "new.yaml", without_receipts())
    proc = run(str(old), str(new), "--format", "json", "--api", "bank", "--no-python")
    assert proc.returncode == 1, proc.stderr
    changes = json.loads(proc.stdout)
    assert [(c["api"], c["kind"], c["severity"], c["operation"]) for c in changes] == [
        ("bank", "operation_removed", "breaking", "PUT /transaction-receipts")
    ]
    assert "--no-python" in proc.stderr  # notes go to stderr in JSON mode


def test_files_non_breaking_exits_0_with_markdown(tmp_path: Path) -> None:
    old = dump(tmp_path / "old.yaml", base_spec())
    new = dump(tmp_path / "bank.yaml", with_new_operation())
    proc = run(str(old), str(new), "--no-python")
    assert proc.returncode == 0, proc.stderr
    assert "## bank: 0 breaking, 1 non-breaking" in proc.stdout  # API named after NEW's file stem
    assert "### GET /ping" in proc.stdout
    assert "`operation_added`" in proc.stdout


def test_identical_files_exit_0(tmp_path: Path) -> None:
    old = dump(tmp_path / "old.yaml", base_spec())
    proc = run(str(old), str(old))  # identical: the Python comparison is skipped without generating
    assert proc.returncode == 0
    assert "No change." in proc.stdout


@pytest.mark.parametrize(
    "args", [["only-one.yaml"], ["a.yaml", "b.yaml", "--base", "HEAD"], ["missing.yaml", "x.yaml"]]
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args, "--no-python").returncode == 2


def test_unparseable_spec_exits_2(tmp_path: Path) -> None:
    old = dump(tmp_path / "old.yaml", base_spec())
    bad = tmp_path / "bad.yaml"
    bad.write_text("paths: [unclosed\n")
    proc = run(str(old), str(bad), "--no-python")
    assert proc.returncode == 2
    assert "cannot parse" in proc.stderr


def test_missing_generator_is_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("griffe")
    monkeypatch.setattr(pysurface.Generator, "find", classmethod(lambda cls: None))
    result = cli.compare_texts([("bank", yaml.safe_dump(base_spec()), yaml.safe_dump(without_receipts()))])
    assert [c.kind for c in result.changes] == ["operation_removed"]
    assert any("openapi-python-client is not installed" in n for n in result.notes)


# ---------------------------------------------------------------------------- git repos


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
        check=True,
    )
    return proc.stdout


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repo whose first commit has spec/monzo.yaml only (no bloomy, no rapidpro yet)."""
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q")
    dump(path / "spec" / "monzo.yaml", base_spec())
    (path / "spec" / "CHANGELOG.md").write_text("# Spec changelog\n\n## Unreleased\n")
    commit(path, "base")
    return path


def test_base_mode_against_working_tree(repo: Path) -> None:
    dump(repo / "spec" / "monzo.yaml", without_receipts())
    dump(repo / "spec" / "bloomy.yaml", with_new_operation())  # missing at HEAD: all added
    proc = run("--base", "HEAD", "--repo", str(repo), "--format", "json", "--no-python")
    assert proc.returncode == 1, proc.stderr
    changes = json.loads(proc.stdout)
    by_api: dict[str, set[tuple[str, str]]] = {}
    for c in changes:
        by_api.setdefault(c["api"], set()).add((c["kind"], c["severity"]))
    assert by_api["monzo"] == {("operation_removed", "breaking")}
    assert by_api["bloomy"] == {("operation_added", "non-breaking"), ("schema_added", "non-breaking")}
    assert "rapidpro" not in by_api
    assert "spec/bloomy.yaml is new" in proc.stderr


def test_base_mode_non_breaking_and_api_filter(repo: Path) -> None:
    dump(repo / "spec" / "monzo.yaml", with_new_operation())
    proc = run("--base", "HEAD", "--repo", str(repo), "--api", "monzo", "--no-python")
    assert proc.returncode == 0, proc.stderr
    assert "## monzo: 0 breaking, 1 non-breaking" in proc.stdout
    assert "bloomy" not in proc.stdout


def test_base_mode_unknown_ref_exits_2(repo: Path) -> None:
    proc = run("--base", "no-such-ref", "--repo", str(repo), "--no-python")
    assert proc.returncode == 2
    assert "not a commit" in proc.stderr


# ------------------------------------------------------------------------------ CI gate


def gate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run("--repo", str(repo), "--no-python", *args, module="tools.spec_diff.ci_gate")


def test_gate_fails_on_unacknowledged_breaking_change(repo: Path) -> None:
    dump(repo / "spec" / "monzo.yaml", without_receipts())
    commit(repo, "drop receipts")
    proc = gate(repo)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "operation_removed" in proc.stdout
    assert "Gate: FAIL" in proc.stdout
    assert "BREAKING(monzo)" in proc.stdout  # tells how to acknowledge


def test_gate_passes_with_changelog_acknowledgement(repo: Path) -> None:
    dump(repo / "spec" / "monzo.yaml", without_receipts())
    with (repo / "spec" / "CHANGELOG.md").open("a") as fh:
        fh.write("- BREAKING(monzo): receipts endpoint removed upstream.\n")
    commit(repo, "drop receipts, acknowledged")
    proc = gate(repo)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Gate: pass" in proc.stdout
    assert "operation_removed" in proc.stdout  # the report is printed all the same


def test_gate_acknowledgement_must_name_the_api(repo: Path) -> None:
    dump(repo / "spec" / "monzo.yaml", without_receipts())
    with (repo / "spec" / "CHANGELOG.md").open("a") as fh:
        fh.write("- BREAKING(bloomy): unrelated.\n- monzo: receipts removed (not marked BREAKING)\n")
    commit(repo, "drop receipts")
    assert gate(repo).returncode == 1


def test_gate_acknowledgement_outside_the_range_does_not_count(repo: Path) -> None:
    with (repo / "spec" / "CHANGELOG.md").open("a") as fh:
        fh.write("- BREAKING(monzo): an older break.\n")
    commit(repo, "old ack")
    dump(repo / "spec" / "monzo.yaml", without_receipts())
    commit(repo, "drop receipts")
    assert gate(repo).returncode == 1
    # ...but a range that includes it does
    assert gate(repo, "HEAD~2..HEAD").returncode == 0


def test_gate_non_breaking_passes(repo: Path) -> None:
    dump(repo / "spec" / "monzo.yaml", with_new_operation())
    commit(repo, "add ping")
    proc = gate(repo)
    assert proc.returncode == 0
    assert "Gate: pass" in proc.stdout


def test_gate_single_commit_has_nothing_to_compare(repo: Path) -> None:
    proc = gate(repo)
    assert proc.returncode == 0
    assert "nothing to compare" in proc.stdout


def test_gate_shallow_clone_has_nothing_to_compare(repo: Path, tmp_path: Path) -> None:
    dump(repo / "spec" / "monzo.yaml", without_receipts())
    commit(repo, "drop receipts")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    proc = gate(clone)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "shallow" in proc.stdout


def test_gate_empty_repo_and_non_repo(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert gate(empty).returncode == 0  # not a git repository
    git(empty, "init", "-q")
    proc = gate(empty)  # no commit yet
    assert proc.returncode == 0
    assert "nothing to compare" in proc.stdout


def test_ci_flag_of_the_main_cli(repo: Path) -> None:
    dump(repo / "spec" / "monzo.yaml", without_receipts())
    commit(repo, "drop receipts")
    proc = run("--ci", "--repo", str(repo), "--no-python")
    assert proc.returncode == 1
    assert "Gate: FAIL" in proc.stdout


def test_acknowledgement_format() -> None:
    lines = [
        "- BREAKING(monzo): text",
        "* BREAKING(Bloomy, rapidpro): text",
        "- BREAKING(monzo):",  # no text: not an acknowledgement
        "BREAKING(other): not a list item",
        "  - BREAKING( spaced ): fine",
    ]
    assert acknowledged_apis(lines) == {"monzo", "bloomy", "rapidpro", "spaced"}


def test_docs_only_change_skips_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("griffe")

    class NoGenerator:
        def generate(self, *args: Any) -> Path:
            raise AssertionError("nothing to generate")

    monkeypatch.setattr(pysurface.Generator, "find", classmethod(lambda cls: NoGenerator()))
    new = base_spec()
    new["info"]["description"] = "Now documented."
    new["components"]["schemas"]["Error"]["properties"]["code"]["description"] = "A dotted code."
    new["components"]["schemas"]["Error"]["properties"]["code"]["example"] = "bad_request.missing"
    result = cli.compare_texts([("bank", yaml.safe_dump(base_spec()), yaml.safe_dump(new))])
    assert result.changes == []
    assert any("only descriptions/examples changed" in n for n in result.notes)


def test_without_docs_keeps_fields_named_like_doc_keywords() -> None:
    schema = {"type": "object", "description": "doc", "properties": {"description": {"type": "string"}}}
    assert pysurface.without_docs(schema) == {"type": "object", "properties": {"description": {"type": "string"}}}
