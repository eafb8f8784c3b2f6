"""Compile spec/*.yaml into the packages under generated/.

For each API this runs, into a temporary folder:

1. openapi-python-client with our templates (spec/templates/client): the attrs + httpx client
   package `<api>_api` (sync, sync_detailed, asyncio, asyncio_detailed per operation);
2. datamodel-code-generator with our enum template (spec/templates/models): pydantic v2 models for
   every schema, as `<api>_api/pydantic_models.py`; for an API with `compact_models`, every model
   derives from `CompactModel` (spec/templates/model_base.py, copied as `<api>_api/model_base.py`),
   whose instances a client may compact when it holds many of them (`pager.all()`);
3. one pinned ruff pass (isolated from the project's own settings), so output is byte-for-byte
   reproducible.

The APIs are generated side by side (each generator is a process of its own). Only when every API
generated cleanly is generated/ replaced; a broken spec leaves it untouched and the generator's
own error is printed. `--check` generates into a temporary folder and fails with a diff when
generated/ is stale. `--api NAME` (repeatable) does the same for that API alone, e.g. while
editing one spec.

    python -m tools.generate                    # regenerate generated/
    python -m tools.generate --check            # fail with a diff if generated/ is stale
    python -m tools.generate --api monzo        # regenerate generated/monzo_api only
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
GENERATED_DIR = ROOT / "generated"
CLIENT_TEMPLATES = SPEC_DIR / "templates" / "client"
MODEL_TEMPLATES = SPEC_DIR / "templates" / "models"
MODEL_BASE = SPEC_DIR / "templates" / "model_base.py"
CLIENT_CONFIG = SPEC_DIR / "generator" / "openapi-python-client.yaml"
LINE_LENGTH = "120"


@dataclass(frozen=True)
class Api:
    name: str  # spec file stem: spec/<name>.yaml
    # Models derive from `<package>.model_base.CompactModel`: `pager.all()` shares their fields sets (memory).
    compact_models: bool = False

    @property
    def spec(self) -> Path:
        return SPEC_DIR / f"{self.name}.yaml"

    @property
    def package(self) -> str:
        return f"{self.name}_api"


APIS = (Api("monzo"), Api("bloomy"), Api("rapidpro", compact_models=True))


class GenerationError(Exception):
    """A generator failed; the message carries its own output."""


def _tool(name: str) -> str:
    """The console script `name` from this interpreter's environment (nox venv or the user's)."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise GenerationError(f"{name} is not installed: pip install -e '.[generate]' (or run `nox -s generate`)")
    return found


def _run(args: list[str], cwd: Path) -> None:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip()
        raise GenerationError(
            f"`{' '.join(Path(a).name if i == 0 else a for i, a in enumerate(args))}` failed:\n{output}"
        )


def generate_api(api: Api, out_dir: Path, spec: Path | None = None) -> Path:
    """Generate `api` (from `spec`, default its file under spec/) into `out_dir/<package>`."""
    spec = (spec or api.spec).resolve()
    out_dir = out_dir.resolve()
    package_dir = out_dir / api.package
    _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--overwrite",
            "--fail-on-warning",
            "--config",
            str(CLIENT_CONFIG),
            "--custom-template-path",
            str(CLIENT_TEMPLATES),
        ],
        cwd=out_dir,
    )
    base_class: list[str] = []
    if api.compact_models:
        shutil.copyfile(MODEL_BASE, package_dir / "model_base.py")
        base_class = ["--base-class", f"{api.package}.model_base.CompactModel"]
    _run(
        [
            _tool("datamodel-codegen"),
            "--input",
            str(spec),
            "--input-file-type",
            "openapi",
            "--output",
            str(package_dir / "pydantic_models.py"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--disable-timestamp",
            "--formatters",
            "builtin",
            "--use-union-operator",
            "--use-standard-collections",
            "--collapse-root-models",
            "--extra-fields",
            "allow",
            "--snake-case-field",
            "--allow-population-by-field-name",
            "--output-datetime-class",
            "datetime",
            "--custom-template-dir",
            str(MODEL_TEMPLATES),
            "--additional-imports",
            f"{api.package}.types.OpenStrEnum,{api.package}.types.OpenIntEnum",
            "--custom-file-header",
            f'"""Pydantic v2 models for every schema of spec/{api.name}.yaml (generated; do not edit)."""',
            *base_class,
        ],
        cwd=out_dir,
    )
    (package_dir / "py.typed").write_text("")
    return package_dir


def _format(out_dir: Path) -> None:
    out_dir = out_dir.resolve()
    ruff = _tool("ruff")
    common = ["--isolated", "--line-length", LINE_LENGTH, "--target-version", "py311", "--no-cache"]
    _run([ruff, "check", *common, "--select", "F401,I", "--fix-only", "--quiet", "."], cwd=out_dir)
    _run([ruff, "format", *common, "--quiet", "."], cwd=out_dir)
    for junk in [*out_dir.rglob("__pycache__"), *out_dir.rglob(".ruff_cache")]:
        shutil.rmtree(junk, ignore_errors=True)


def generate_all(out_dir: Path, apis: Sequence[Api] = APIS) -> None:
    """Generate `apis` (default: every API) into `out_dir`, side by side, formatted; raises the
    GenerationError of the first API (in `apis` order) that failed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=len(apis)) as pool:
        # list(): every generator has finished (and the first failure, in order, is raised) before formatting.
        list(pool.map(lambda api: generate_api(api, out_dir), apis))
    _format(out_dir)


def _files(tree: Path, apis: Sequence[Api] = APIS) -> dict[str, Path]:
    """The generated files under `tree`, keyed by path relative to it (the packages of `apis` only)."""
    return {
        str(p.relative_to(tree)): p
        for api in apis
        for p in sorted((tree / api.package).rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(old: Path, new: Path, apis: Sequence[Api] = APIS) -> str:
    """A unified diff between the generated packages of `apis` in `old` and `new` ('' when identical)."""
    old_files, new_files = _files(old, apis), _files(new, apis)
    chunks: list[str] = []
    for rel in sorted(old_files.keys() | new_files.keys()):
        a = old_files[rel].read_text().splitlines(keepends=True) if rel in old_files else []
        b = new_files[rel].read_text().splitlines(keepends=True) if rel in new_files else []
        if a != b:
            chunks.extend(difflib.unified_diff(a, b, f"generated/{rel}", f"regenerated/{rel}"))
    return "".join(chunks)


def _replace_generated(fresh: Path, apis: Sequence[Api]) -> None:
    GENERATED_DIR.mkdir(exist_ok=True)
    for api in apis:
        target = GENERATED_DIR / api.package
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh / api.package, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail with a diff when generated/ is stale")
    parser.add_argument(
        "--api",
        action="append",
        choices=[api.name for api in APIS],
        help="only this API (repeatable; default: every API)",
    )
    args = parser.parse_args(argv)
    apis = [api for api in APIS if args.api is None or api.name in args.api]
    with tempfile.TemporaryDirectory(prefix="overlay-generate-") as tmp:
        fresh = Path(tmp)
        try:
            generate_all(fresh, apis)
        except GenerationError as exc:
            print(f"generation failed; generated/ left untouched.\n{exc}", file=sys.stderr)
            return 1
        if args.check:
            diff = diff_trees(GENERATED_DIR, fresh, apis)
            if diff:
                print(diff)
                print("generated/ is stale: run `nox -s generate` and commit the result.", file=sys.stderr)
                return 1
            print("generated/ is up to date.")
            return 0
        _replace_generated(fresh, apis)
    print(f"generated {', '.join(api.package for api in apis)} into {GENERATED_DIR}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
