"""`python -m rapidpro.testing`: the sandbox as a command-line server, with its own options."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def test_command_line_server() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("generated", "overlays", "."))}
    command = [sys.executable, "-m", "rapidpro.testing", "--port", "0", "--contacts", "1200", "--page-size", "100"]
    command += ["--rate", "v2.runs=1/minute", "--duration", "20", "--log-level", "warning"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines[0].startswith("RapidProSandbox running at http://127.0.0.1:"), lines
        url = lines[0].split(" at ")[1].strip()
        assert lines[1].strip() == f"api root: {url}"
        token = lines[2].split(":", 1)[1].strip()
        headers = {"Authorization": f"Token {token}"}
        page = httpx.get(f"{url}/contacts.json", headers=headers).json()
        assert len(page["results"]) == 100 and page["next"]
        assert [httpx.get(f"{url}/runs.json", headers=headers).status_code for _ in range(2)] == [200, 429]
    finally:
        process.terminate()
        process.wait(10)
