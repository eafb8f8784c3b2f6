"""Start and stop the Prism mock server (npm @stoplight/prism-cli, pinned in package.json)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def prism_mock(spec: Path, log: Path) -> Iterator[str]:
    """Run `prism mock spec` on a free 127.0.0.1 port; yield its base URL; kill it (by PID) after."""
    if not PRISM.exists():
        raise RuntimeError(f"Prism is not installed at {PRISM}: run `npm ci` (the `nox -s tests` session does).")
    port = free_port()
    env = {**os.environ, "SCARF_ANALYTICS": "false"}
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", "false", str(spec)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _listening(port):
            if proc.poll() is not None:
                raise RuntimeError(f"Prism exited with {proc.returncode}:\n{log.read_text()[-4000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"Prism did not listen on port {port} within {STARTUP_TIMEOUT}s:\n{log.read_text()[-4000:]}"
                )
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
