"""Command line of tools.peer_api (see its package docstring).

    python -m tools.peer_api snapshot [PEER ...]          # peers' venvs (.peers/), then snapshots/<peer>-<version>.json
    python -m tools.peer_api render [--check] [--ours-root DIR]
    python -m tools.peer_api counts [--ours-root DIR]

`--ours-root DIR` compares another checkout of this repository (its overlays/ and generated/), e.g. the
last commit: `git archive HEAD | tar -x -C /tmp/before`. Exit status: 1 when `render --check` finds
MIGRATING.md stale, or a curated entry of peers.toml no longer applies.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import compare, config, render, venvs


def snapshot(peers: dict[str, config.Peer], names: Sequence[str]) -> int:
    for name in names or list(peers):
        peer = peers[name]
        python = venvs.peer_python(peer, log=True)
        text = venvs.run_dump(python, peer.package, distribution=peer.distribution)
        version = json.loads(text).get("version")
        if version != peer.version:
            print(f"{peer.key}: {version} is installed, {peer.version} pinned", file=sys.stderr)
            return 1
        config.SNAPSHOTS.mkdir(exist_ok=True)
        for old in config.SNAPSHOTS.glob(f"{peer.key}-*.json"):
            if old != peer.snapshot:
                old.unlink()
        peer.snapshot.write_text(text)
        print(f"wrote {peer.snapshot.relative_to(config.ROOT)}")
    return 0


def _stale(peers: dict[str, config.Peer], rows: dict[str, list[compare.Row]]) -> list[str]:
    return [
        note
        for key, peer in peers.items()
        for note in compare.stale_entries(peer, render.load_snapshot(peer), rows[key])
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.peer_api", description="MIGRATING.md from the peers' APIs")
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="dump each pinned peer's API in its venv into snapshots/")
    snap.add_argument("peers", nargs="*")
    for name in ("render", "counts"):
        cmd = sub.add_parser(name)
        cmd.add_argument("--ours-root", type=Path, help="compare this checkout's overlays/ and generated/")
        if name == "render":
            cmd.add_argument("--check", action="store_true", help="fail with a diff when MIGRATING.md is stale")
            cmd.add_argument("--output", type=Path, default=render.OUTPUT)
    args = parser.parse_args(argv)
    peers = config.load()

    if args.command == "snapshot":
        return snapshot(peers, args.peers)
    rows = render.tables(peers, args.ours_root)
    stale = _stale(peers, rows)
    for note in stale:
        print(f"peers.toml: {note}", file=sys.stderr)
    if args.command == "counts":
        width = max(len(p.label) for p in peers.values())
        print(f"{'peer':<{width}}  " + "  ".join(f"{s:>9}" for s in compare.STATUSES))
        for key, peer in peers.items():
            counts = compare.counts(rows[key])
            print(f"{peer.label:<{width}}  " + "  ".join(f"{counts[s]:>9}" for s in compare.STATUSES))
        return 1 if stale else 0
    text = render.render(peers, rows)
    if args.check:
        current = args.output.read_text() if args.output.exists() else ""
        if current != text:
            sys.stdout.writelines(
                difflib.unified_diff(current.splitlines(True), text.splitlines(True), str(args.output), "rendered")
            )
            print(f"{args.output} is stale: run `python -m tools.peer_api render`", file=sys.stderr)
            return 1
        return 1 if stale else 0
    args.output.write_text(text)
    print(f"wrote {args.output}")
    return 1 if stale else 0
