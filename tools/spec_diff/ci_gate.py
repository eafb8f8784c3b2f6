"""CI gate: the spec diff of a commit range, failing on an unacknowledged breaking change.

    python -m tools.spec_diff.ci_gate [BASE..HEAD] [--no-python] [--repo DIR]

The default range is HEAD~1..HEAD (the last commit against its parent). Each spec at BASE is
compared with the same spec at HEAD and the Markdown report is printed. The exit status is 1 when a
change is breaking for an API and spec/CHANGELOG.md did not gain, within the range, a line
acknowledging that API:

    - BREAKING(monzo): `Pot.round_up` removed; the API dropped it on 2026-11-01.
    - BREAKING(bloomy, rapidpro): ...

Nothing to compare (no commit yet, a single commit, a shallow clone without the base commit, a
directory that is not a git repository) exits 0 with a note.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from .cli import APIS, PACKAGE_ROOT, UsageError, compare_git, render
from .gitio import GitError, added_lines, commit_of, is_shallow, toplevel

CHANGELOG = "spec/CHANGELOG.md"
ACK = re.compile(r"^\s*[-*]\s*BREAKING\(([^)]*)\)\s*:\s*\S")


def acknowledged_apis(lines: Sequence[str]) -> set[str]:
    """APIs named by `- BREAKING(api[, api]): text` lines."""
    out: set[str] = set()
    for line in lines:
        match = ACK.match(line)
        if match:
            out.update(name.strip().lower() for name in match.group(1).split(",") if name.strip())
    return out


def split_range(spec: str) -> tuple[str, str]:
    if "..." in spec:
        raise UsageError("use a two-dot range BASE..HEAD")
    if ".." in spec:
        base, head = spec.split("..", 1)
        return base or "HEAD", head or "HEAD"
    return spec, "HEAD"


def gate(repo: Path, commit_range: str, *, python: bool = True, out: Path | None = None) -> int:
    try:
        base_ref, head_ref = split_range(commit_range)
    except UsageError as exc:
        print(f"ci_gate: {exc}", file=sys.stderr)
        return 2
    head = commit_of(repo, head_ref)
    if head is None:
        print(f"Spec diff: {head_ref} is not a commit of {repo} (no commit yet?): nothing to compare.")
        return 0
    base = commit_of(repo, base_ref)
    if base is None:
        why = "the clone is shallow" if is_shallow(repo) else "it does not exist (a single commit?)"
        print(f"Spec diff: base {base_ref} is not available ({why}): nothing to compare.")
        return 0

    result = compare_git(repo, base, head, APIS, python=python)
    report = render(result, "markdown", title=f"Spec diff: {base_ref} ({base[:10]}) → {head_ref} ({head[:10]})")
    lines = [report]
    breaking_apis = sorted({c.api for c in result.breaking})
    status = 0
    if not breaking_apis:
        lines.append("**Gate: pass** (no breaking change).")
    else:
        acked = acknowledged_apis(added_lines(repo, base, head, CHANGELOG))
        missing = [api for api in breaking_apis if api not in acked]
        if missing:
            status = 1
            lines.append(
                f"**Gate: FAIL**: breaking change(s) in {', '.join(missing)} not acknowledged. Add to "
                f"{CHANGELOG}, in the same commit range, one line per API such as\n\n"
                + "\n".join(f"    - BREAKING({api}): what changed and why" for api in missing)
            )
        else:
            lines.append(
                f"**Gate: pass**: breaking change(s) in {', '.join(breaking_apis)} acknowledged in {CHANGELOG}."
            )
    text = "\n".join(lines).rstrip() + "\n"
    print(text)
    if out is not None:
        out.write_text(text)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.spec_diff.ci_gate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("range", nargs="?", default="HEAD~1..HEAD", help="BASE..HEAD (default HEAD~1..HEAD)")
    parser.add_argument("--no-python", action="store_true", help="skip the generated-Python-API comparison")
    parser.add_argument("--repo", type=Path, help="git repository (default: the one around the cwd)")
    parser.add_argument("--output", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)
    repo = args.repo or toplevel(Path.cwd()) or PACKAGE_ROOT
    if toplevel(repo) is None:
        print(f"Spec diff: {repo} is not a git repository: nothing to compare.")
        return 0
    try:
        return gate(repo, args.range, python=not args.no_python, out=args.output)
    except (GitError, UsageError) as exc:
        print(f"ci_gate: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
