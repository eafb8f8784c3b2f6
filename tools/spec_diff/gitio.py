"""The few git commands the tool needs (plain `git` subprocesses, no library)."""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(Exception):
    pass


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)


def toplevel(start: Path) -> Path | None:
    proc = git(start, "rev-parse", "--show-toplevel")
    return Path(proc.stdout.strip()) if proc.returncode == 0 and proc.stdout.strip() else None


def commit_of(repo: Path, ref: str) -> str | None:
    """The commit `ref` names, or None (unknown ref, empty repo, commit missing from a shallow clone)."""
    proc = git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    sha = proc.stdout.strip()
    if proc.returncode != 0 or not sha:
        return None
    # in a shallow clone rev-parse may know a parent's id without having the commit itself
    if git(repo, "cat-file", "-e", f"{sha}^{{commit}}").returncode != 0:
        return None
    return sha


def show(repo: Path, commit: str, path: str) -> str | None:
    """The text of `path` at `commit`, or None when the file does not exist there."""
    if git(repo, "cat-file", "-e", f"{commit}:{path}").returncode != 0:
        return None
    proc = git(repo, "show", f"{commit}:{path}")
    if proc.returncode != 0:
        raise GitError(proc.stderr.strip())
    return proc.stdout


def is_shallow(repo: Path) -> bool:
    return git(repo, "rev-parse", "--is-shallow-repository").stdout.strip() == "true"


def added_lines(repo: Path, base: str, head: str, path: str) -> list[str]:
    """Lines added to `path` between two commits."""
    proc = git(repo, "diff", "--no-color", "--unified=0", base, head, "--", path)
    if proc.returncode != 0:
        raise GitError(proc.stderr.strip())
    return [line[1:] for line in proc.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
