"""One venv per pinned peer, created on first use under .peers/ and shared by every process.

The peers' import names collide with ours (`monzoh`, `bloomy`), so each lives in its own venv:
`.peers/<key>-<version>/`, made with an interpreter the peer supports (the running one when it
is recent enough, else `python3.X` on PATH, else a pyenv install under /root/.pyenv/versions), and
the pinned distribution pip-installed from PyPI. A file lock makes two processes that race (two pytest
runs) build it once; a marker file written last says the venv is complete, so an interrupted build is
redone. The dumper runs there with PYTHONPATH set to the repository root only: `tools` imports, our
overlays do not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from filelock import FileLock

from .config import ROOT, Peer

CACHE = ROOT / ".peers"
PYENV_VERSIONS = Path("/root/.pyenv/versions")
MARKER = "overlay-peer.json"
LOCK_TIMEOUT = 900.0
NEWEST_MINOR = 14


class InterpreterNotFound(RuntimeError):
    """No Python the peer supports was found; the message says what to install."""


def _version_of(python: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    return (int(out[0]), int(out[1])) if len(out) == 2 else None


def find_interpreter(minimum: tuple[int, int]) -> str:
    """The running interpreter if it is recent enough, else the oldest suitable `python3.X` found."""
    if sys.version_info[:2] >= minimum:
        return sys.executable
    candidates: list[str] = []
    for minor in range(minimum[1], NEWEST_MINOR + 1):
        found = shutil.which(f"python{minimum[0]}.{minor}")
        if found:
            candidates.append(found)
        candidates += [str(p) for p in sorted(PYENV_VERSIONS.glob(f"{minimum[0]}.{minor}*/bin/python"))]
    for candidate in candidates:
        version = _version_of(candidate)
        if version is not None and version >= minimum:
            return candidate
    wanted = f"{minimum[0]}.{minimum[1]}"
    raise InterpreterNotFound(
        f"no Python >= {wanted} found (tried the running {sys.version.split()[0]}, python{wanted} and newer"
        f" on PATH, and {PYENV_VERSIONS}/{wanted}* and newer): install one, e.g. `pyenv install {wanted}` or"
        f" `apt-get install python{wanted} python{wanted}-venv`"
    )


def venv_dir(peer: Peer) -> Path:
    return CACHE / f"{peer.key}-{peer.version}"


def _python_in(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _complete(venv: Path, peer: Peer) -> bool:
    marker = venv / MARKER
    if not marker.is_file() or not _python_in(venv).exists():
        return False
    try:
        data = json.loads(marker.read_text())
    except ValueError:
        return False
    return bool(data.get("distribution") == peer.distribution and data.get("version") == peer.version)


def peer_python(peer: Peer, log: bool = False) -> Path:
    """The python of a venv with `peer` installed, creating the venv on first use (safe across processes)."""
    venv = venv_dir(peer)
    if _complete(venv, peer):
        return _python_in(venv)
    CACHE.mkdir(exist_ok=True)
    with FileLock(str(CACHE / f"{venv.name}.lock"), timeout=LOCK_TIMEOUT):
        if _complete(venv, peer):  # another process built it while we waited
            return _python_in(venv)
        interpreter = find_interpreter(peer.requires_python)
        started = time.monotonic()
        if venv.exists():
            shutil.rmtree(venv)
        _run([interpreter, "-m", "venv", str(venv)])
        python = _python_in(venv)
        pin = f"{peer.distribution}=={peer.version}"
        _run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input", pin])
        installed = _run(
            [str(python), "-c", f"import importlib.metadata as m; print(m.version({peer.distribution!r}))"]
        )
        if installed.strip() != peer.version:
            raise RuntimeError(f"{venv}: {peer.distribution} {installed.strip()} installed, {peer.version} pinned")
        seconds = round(time.monotonic() - started, 1)
        info = {"distribution": peer.distribution, "version": peer.version, "seconds": seconds}
        (venv / MARKER).write_text(json.dumps(info) + "\n")
        if log:
            print(f"created {venv.relative_to(ROOT)} ({pin}) in {seconds} s", file=sys.stderr)
        return python


def _run(args: list[str]) -> str:
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{(proc.stdout + proc.stderr)[-4000:]}")
    return proc.stdout


def dump_env(extra_path: list[Path] | None = None) -> dict[str, str]:
    """The environment the dumper runs in: PYTHONPATH = `extra_path` then the repository root, nothing else."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in [*(extra_path or []), ROOT])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"
    return env


def run_dump(
    python: Path | str,
    package: str,
    own: tuple[str, ...] = (),
    distribution: str | None = None,
    extra_path: list[Path] | None = None,
) -> str:
    """The dumper's JSON text for `package`, run by `python` in `dump_env`."""
    args = [str(python), "-m", "tools.peer_api.dump", package]
    if own:
        args += ["--own", ",".join(own)]
    if distribution:
        args += ["--dist", distribution]
    proc = subprocess.run(args, capture_output=True, text=True, env=dump_env(extra_path), cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"dumping {package} with {python} failed:\n{proc.stderr[-4000:]}")
    return proc.stdout
