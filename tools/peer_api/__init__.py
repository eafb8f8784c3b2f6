"""Migration guide per peer library (monzoh, bloomy-python, rapidpro-python) that cannot go stale.

    python -m tools.peer_api snapshot [PEER ...]   # dump each pinned peer's API in its own venv
    python -m tools.peer_api render [--check]      # MIGRATING.md from the snapshots and our live API
    python -m tools.peer_api counts                # same / different / renamed / missing per peer

Modules: `dump` (a package's public API as JSON), `source` (what it reads from source code) and `kinds`
(annotations as coarse kinds): standard library only, they run in the peers' venvs. `venvs` (one cached
venv per pinned peer), `config` (pins, name mapping, scope, renames and reasons: peers.toml), `signatures`
(would a call valid for the peer work here), `compare` (the table rows and their status), `render`
(MIGRATING.md from template.md), `cli`.

This file imports nothing, so `python -m tools.peer_api.dump` runs in a venv without our dependencies.
"""
