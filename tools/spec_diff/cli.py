"""Command line: compare two spec files, or each spec at a git ref with the working tree.

    python -m tools.spec_diff OLD.yaml NEW.yaml [--api NAME] [--format markdown|json] [--no-python]
    python -m tools.spec_diff --base REF [--api NAME] [--format markdown|json] [--no-python]
    python -m tools.spec_diff --ci [BASE..HEAD]        (same as python -m tools.spec_diff.ci_gate)

Exit status: 1 when a change is breaking, 0 otherwise, 2 on a usage error or an unreadable spec.
With `--format json` stdout is the JSON list of changes only; notes go to stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .compare import diff_specs
from .gitio import GitError, commit_of, show, toplevel
from .model import Change
from .report import to_json, to_markdown
from .schema import parse_spec

APIS = ("monzo", "bloomy", "rapidpro")
PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def spec_path(api: str) -> str:
    return f"spec/{api}.yaml"


class UsageError(Exception):
    pass


@dataclass
class Result:
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    apis: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]


def compare_texts(
    pairs: Sequence[tuple[str, str | None, str | None]], *, python: bool = True, labels: dict[str, str] | None = None
) -> Result:
    """Compare (api, old text, new text) triples; None means the spec does not exist on that side."""
    result = Result(apis=[api for api, _, _ in pairs])
    for api, old_text, new_text in pairs:
        where = (labels or {}).get(api, api)
        if old_text is None and new_text is None:
            result.notes.append(f"{api}: {where} exists on neither side; nothing to compare.")
            continue
        if old_text is None:
            result.notes.append(f"{api}: {where} is new: every operation is an addition.")
        if new_text is None:
            result.notes.append(f"{api}: {where} was deleted: every operation is a removal.")
        try:
            old, new = parse_spec(old_text), parse_spec(new_text)
        except (yaml.YAMLError, ValueError) as exc:
            raise UsageError(f"{api}: cannot parse spec: {exc}") from exc
        result.changes.extend(diff_specs(old, new, api))
    if python:
        from .pysurface import python_changes

        changes, notes = python_changes(list(pairs))
        result.changes.extend(changes)
        result.notes.extend(notes)
    else:
        result.notes.append("Generated Python API not compared (--no-python).")
    _name_affected_facade_methods(result.changes, pairs)
    return result


def _name_affected_facade_methods(
    changes: Sequence[Change], pairs: Sequence[tuple[str, str | None, str | None]]
) -> None:
    """Attach to each breaking change the facade methods (sync and async) that use what it changes."""
    from .facades import FACADES, facade_index

    for api, old_text, new_text in pairs:
        if api not in FACADES or not (PACKAGE_ROOT / "overlays" / FACADES[api]).is_dir():
            continue
        index = facade_index(api, PACKAGE_ROOT)
        routes = {**_operation_ids(new_text), **_operation_ids(old_text)}
        for change in changes:
            if change.api == api and change.breaking:
                operation_id = routes.get(change.operation or "")
                change.facade_methods = index.affected(operation_id, change.python_object)


def _operation_ids(text: str | None) -> dict[str, str]:
    """ "GET /accounts" -> its operationId, for every operation of a spec text."""
    try:
        spec = yaml.safe_load(text) if text else None
    except yaml.YAMLError:
        return {}
    found = {}
    for path, item in (spec or {}).get("paths", {}).items():
        for method, operation in (item or {}).items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[f"{method.upper()} {path}"] = operation["operationId"]
    return found


def compare_git(repo: Path, base: str, head: str | None, apis: Sequence[str], *, python: bool = True) -> Result:
    """Each spec at commit `base` against commit `head` (None: the working tree)."""
    pairs = []
    labels = {}
    for api in apis:
        path = spec_path(api)
        old = show(repo, base, path)
        if head is None:
            file = repo / path
            new = file.read_text() if file.is_file() else None
        else:
            new = show(repo, head, path)
        pairs.append((api, old, new))
        labels[api] = path
    return compare_texts(pairs, python=python, labels=labels)


def render(result: Result, fmt: str, title: str = "Spec diff") -> str:
    if fmt == "json":
        return to_json(result.changes)
    return to_markdown(result.changes, result.apis, result.notes, title=title)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tools.spec_diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("specs", nargs="*", metavar="SPEC", help="OLD.yaml NEW.yaml (or, with --ci, a range)")
    parser.add_argument("--base", metavar="REF", help="compare spec/<api>.yaml at REF with the working tree")
    parser.add_argument("--ci", action="store_true", help="CI gate over a commit range (default HEAD~1..HEAD)")
    parser.add_argument("--api", help="API name: label for OLD/NEW (default: NEW's file stem); filter for --base")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--no-python", action="store_true", help="skip the generated-Python-API comparison")
    parser.add_argument("--repo", type=Path, help="git repository for --base (default: the one around the cwd)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.ci:
        from . import ci_gate

        ci_argv = [*args.specs]
        if args.no_python:
            ci_argv.append("--no-python")
        if args.repo:
            ci_argv += ["--repo", str(args.repo)]
        return ci_gate.main(ci_argv)
    python = not args.no_python
    try:
        if args.base:
            if args.specs:
                raise UsageError("give either OLD NEW or --base REF, not both")
            repo = args.repo or toplevel(Path.cwd()) or PACKAGE_ROOT
            commit = commit_of(repo, args.base)
            if commit is None:
                raise UsageError(f"{args.base!r} is not a commit of {repo}")
            apis = [args.api] if args.api else list(APIS)
            result = compare_git(repo, commit, None, apis, python=python)
            title = f"Spec diff: {args.base} → working tree"
        else:
            if len(args.specs) != 2:
                raise UsageError("give OLD.yaml NEW.yaml, or --base REF")
            old_file, new_file = (Path(p) for p in args.specs)
            for f in (old_file, new_file):
                if not f.is_file():
                    raise UsageError(f"{f}: no such file")
            api = args.api or new_file.stem
            result = compare_texts([(api, old_file.read_text(), new_file.read_text())], python=python)
            title = f"Spec diff: {old_file} → {new_file}"
    except (UsageError, GitError) as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    print(render(result, args.format, title))
    if args.format == "json":
        for note in result.notes:
            print(f"note: {note}", file=sys.stderr)
    return 1 if result.breaking else 0
