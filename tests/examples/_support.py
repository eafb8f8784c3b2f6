"""Running the examples as a user would: `uvicorn main:app` and `celery -A tasks worker` in child processes.

The children get a clean environment: no developer credentials or settings (MONZO_*, MONZOH_*,
BG_API_KEY, BLOOMY_*, RAPIDPRO_*, CELERY_*, EXPORT_*), token caches and config files under the test's
tmp dir, the test's own import path, and whatever the test adds (the sandbox's URL and token).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRUBBED = ("MONZO_", "MONZOH_", "BG_API_KEY", "BLOOMY_", "CELERY_", "SYNC_RETRY_", "RAPIDPRO_", "EXPORT_")
UVICORN_URL = re.compile(r"Uvicorn running on (http://\S+)")


def child_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(SCRUBBED)}
    env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in sys.path if p)
    env["MONZOH_TOKEN_CACHE"] = str(tmp / "monzoh-tokens.json")
    env["BLOOMY_CONFIG"] = str(tmp / "bloomy-config.yaml")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


@dataclass
class Child:
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for(self, pattern: re.Pattern[str] | str, timeout: float = 20.0) -> re.Match[str]:
        """The first match of `pattern` in the child's output, once it appears."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        while True:
            found = regex.search(self.log)
            if found:
                return found
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"the child exited ({self.process.returncode}) before {regex.pattern!r}:\n{self.log}"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {regex.pattern!r} in the child's output within {timeout} s:\n{self.log}")
            time.sleep(0.05)


@contextmanager
def child(args: list[str], *, cwd: Path, env: Mapping[str, str], log_path: Path) -> Iterator[Child]:
    """`python -m <args>` in `cwd`; on exit SIGTERM (a graceful shutdown), then SIGKILL if it hangs."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", *args], cwd=cwd, env=dict(env), stdin=subprocess.DEVNULL, stdout=log, stderr=log
        )
    try:
        yield Child(process, log_path)
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@contextmanager
def uvicorn_app(app_dir: Path, env: Mapping[str, str], log_path: Path) -> Iterator[tuple[str, Child]]:
    """`uvicorn main:app` from `app_dir` on a free port of 127.0.0.1: yields its URL once it serves."""
    args = ["uvicorn", "main:app", "--host", "127.0.0.1", "--port", "0"]
    with child(args, cwd=app_dir, env=env, log_path=log_path) as server:
        url = server.wait_for(UVICORN_URL).group(1)
        yield url, server
