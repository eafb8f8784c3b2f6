"""The pinned peer libraries (monzoh, bloomy-python, rapidpro-python), each in its own cached venv.

`peer_python("bloomy")` is the python of `.peers/bloomy-0.22.0/`, built on first use (tools/peer_api/venvs.py;
pins in tools/peer_api/peers.toml). Tests never skip for a missing interpreter: they fail saying what to install.
"""

from __future__ import annotations

from pathlib import Path

from tools.peer_api import config, venvs


def peer_python(name: str) -> Path:
    """The python of a venv with the pinned peer `name` installed (created under .peers/ on first use)."""
    peer = config.load()[name]
    try:
        return venvs.peer_python(peer)
    except venvs.InterpreterNotFound as exc:
        raise AssertionError(
            f"{peer.label} needs Python >= {'.'.join(map(str, peer.requires_python))}: {exc}"
        ) from None
