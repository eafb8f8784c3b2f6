"""The spec -> generated/ pipeline: atomic replacement, stale detection, reproducibility."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools import generate


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of spec/ and generated/ the pipeline can be pointed at."""
    shutil.copytree(generate.SPEC_DIR, tmp_path / "spec")
    shutil.copytree(generate.GENERATED_DIR, tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(generate, "SPEC_DIR", tmp_path / "spec")
    monkeypatch.setattr(generate, "GENERATED_DIR", tmp_path / "generated")
    return tmp_path


def _snapshot(folder: Path) -> dict[str, bytes]:
    files = (p for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts)
    return {str(p.relative_to(folder)): p.read_bytes() for p in files}


def test_a_broken_spec_leaves_generated_untouched_and_prints_the_error(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(workspace / "generated")
    spec = workspace / "spec" / "bloomy.yaml"
    spec.write_text(
        spec.read_text()
        .replace("$ref: '#/components/schemas/User'", "$ref: '#/components/schemas/Nope'", 1)
        .replace('$ref: "#/components/schemas/User"', '$ref: "#/components/schemas/Nope"', 1)
    )
    assert generate.main([]) == 1
    err = capsys.readouterr().err
    assert "generated/ left untouched" in err
    assert "Nope" in err or "failed" in err
    assert _snapshot(workspace / "generated") == before


def test_check_passes_when_fresh_and_fails_with_a_diff_when_stale(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # One API (`--api`): the whole tree's freshness is test_regeneration_is_byte_for_byte_reproducible's.
    assert generate.main(["--check", "--api", "monzo"]) == 0, capsys.readouterr()
    assert "up to date" in capsys.readouterr().out
    spec = workspace / "spec" / "monzo.yaml"
    spec.write_text(
        spec.read_text().replace("summary: Describe the access token", "summary: Describe the access token (really)", 1)
    )
    assert generate.main(["--check", "--api", "monzo"]) == 1
    out = capsys.readouterr()
    assert "--- generated/monzo_api/api/ping/whoami.py" in out.out
    assert "Describe the access token (really)" in out.out
    assert "stale" in out.err


def test_one_api_is_regenerated_alone(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--api monzo` replaces generated/monzo_api and leaves the other packages as they were."""
    other = workspace / "generated" / "rapidpro_api" / "pydantic_models.py"
    other.write_text(other.read_text() + "# edited by hand\n")
    before = _snapshot(workspace / "generated")
    whoami = workspace / "generated" / "monzo_api" / "api" / "ping" / "whoami.py"
    whoami.write_text("stale\n")
    assert generate.main(["--api", "monzo"]) == 0, capsys.readouterr()
    assert "generated monzo_api into" in capsys.readouterr().out
    assert _snapshot(workspace / "generated") == before  # monzo_api back as generated; rapidpro_api untouched
    with pytest.raises(SystemExit):
        generate.main(["--api", "nope"])
    assert "invalid choice: 'nope'" in capsys.readouterr().err


def test_regeneration_is_byte_for_byte_reproducible(workspace: Path) -> None:
    before = _snapshot(workspace / "generated")
    assert generate.main([]) == 0
    assert _snapshot(workspace / "generated") == before
