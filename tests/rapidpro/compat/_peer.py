"""Running code under rapidpro-python itself (its own venv: Python 3.12, `temba_client` 2.22).

The tests compare `rapidpro.compat.TembaClient` with the real `TembaClient`: its method signatures,
its types' fields, and what it reads and sends against the same server. Without that venv they fail
(they do not skip): the comparison is the point of them.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.peers import peer_python as cached_peer_python


def peer_python() -> Path:
    """rapidpro-python's interpreter: `$RAPIDPRO_PEER_PYTHON`, else the cached pinned venv (tests/peers.py)."""
    override = os.environ.get("RAPIDPRO_PEER_PYTHON")
    return Path(override) if override else cached_peer_python("rapidpro")


def run_peer(code: str, *args: str, timeout: float = 60) -> Any:
    """Run `code` (with `sys.argv[1:]` = `args`) under rapidpro-python's interpreter; it prints one JSON value."""
    python = peer_python()
    # Our PYTHONPATH holds Python 3.11 packages: the peer's interpreter must not see them.
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "PYTHONHOME")}
    result = subprocess.run(
        [str(python), "-c", code, *args], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"the peer's script failed ({result.returncode}):\n{result.stderr[-4000:]}", pytrace=False)
    return json.loads(result.stdout)
