"""The interpreters the peer benchmark runs: each peer's own venv, and ours next to it.

Peers come from tools/peer_api (pinned, cached under .peers/; pymonzo, which MIGRATING.md does not
cover, is pinned here). Ours is installed (editable, with only its runtime dependencies, as a user
would have it) into `.peers/ours-<python>/`, built from the same interpreter as the peer it is
compared with: rapidpro-python and bloomy-python need 3.12, and an import or a request loop
timed on another Python minor than the peer's would measure the interpreter, not the library.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from filelock import FileLock

from tools.peer_api import config, venvs

ROOT = Path(__file__).resolve().parents[2]
PYMONZO = config.Peer(
    key="pymonzo",
    distribution="pymonzo",
    version="2.2.1",
    requires_python=(3, 8),
    package="pymonzo",
    ours="monzoh",
    ours_own=(),
    modules={},
)


def peer_python(key: str) -> Path:
    """`monzoh`, `pymonzo`, `bloomy` or `rapidpro`: the python of that peer's venv."""
    peer = PYMONZO if key == "pymonzo" else config.load()[key]
    return venvs.peer_python(peer, log=True)


def _minor(python: Path) -> str:
    return subprocess.check_output(
        [str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], text=True
    ).strip()


def ours_python(like: Path) -> Path:
    """The python of a venv on `like`'s interpreter with this checkout installed (editable)."""
    venv = venvs.CACHE / f"ours-py{_minor(like)}"
    python = venv / "bin" / "python"
    stamp = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    marker = venv / "overlay-ours.txt"
    if marker.is_file() and marker.read_text() == stamp and python.exists():
        return python
    venvs.CACHE.mkdir(exist_ok=True)
    with FileLock(str(venvs.CACHE / f"{venv.name}.lock"), timeout=900):
        if marker.is_file() and marker.read_text() == stamp and python.exists():
            return python
        subprocess.run([str(like), "-m", "venv", "--clear", str(venv)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input"]
        subprocess.run([*pip, "-e", str(ROOT)], check=True)
        marker.write_text(stamp)
        print(f"created {venv.relative_to(ROOT)} (this checkout, editable)", flush=True)
    return python
