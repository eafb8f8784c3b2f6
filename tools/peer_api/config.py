"""The curated part: tools/peer_api/peers.toml (pins, name mapping, scope, renames, reasons)."""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONFIG = HERE / "peers.toml"
SNAPSHOTS = HERE / "snapshots"


@dataclass(frozen=True)
class Rename:
    to: str
    reason: str


@dataclass(frozen=True)
class Peer:
    """One peer library: what to install, what to walk, and how its names map to ours."""

    key: str  # monzoh, bloomy, rapidpro
    distribution: str  # the PyPI name
    version: str
    requires_python: tuple[int, int]
    package: str  # the import name the dumper walks
    ours: str  # our package compared against
    ours_own: tuple[str, ...]  # our other packages whose base classes count as ours
    modules: dict[str, str]  # peer dotted prefix -> our dotted prefix (longest wins)
    skip: dict[str, str] = field(default_factory=dict)  # peer module prefix -> why it is out of scope
    renamed: dict[str, Rename] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)  # peer path or fnmatch pattern -> why

    @property
    def label(self) -> str:
        return f"{self.distribution} {self.version}"

    @property
    def snapshot(self) -> Path:
        return SNAPSHOTS / f"{self.key}-{self.version}.json"

    def skipped(self, module: str) -> str | None:
        for prefix, reason in self.skip.items():
            if module == prefix or module.startswith(prefix + "."):
                return reason
        return None

    def map_path(self, path: str) -> str | None:
        """Our dotted path for a peer's, by the longest matching prefix of `modules`."""
        best = max((p for p in self.modules if path == p or path.startswith(p + ".")), key=len, default=None)
        if best is None:
            return None
        return self.modules[best] + path[len(best) :]

    def missing_reason(self, path: str) -> str | None:
        """The curated reason for a missing name: an exact key first, then the first matching pattern."""
        if path in self.missing:
            return self.missing[path]
        for pattern, reason in self.missing.items():
            if any(ch in pattern for ch in "*?[") and fnmatch.fnmatchcase(path, pattern):
                return reason
        return None


def load(path: Path = CONFIG) -> dict[str, Peer]:
    data = tomllib.loads(path.read_text())
    peers = {}
    for key, raw in data.items():
        major, minor = (int(x) for x in str(raw["requires_python"]).split("."))
        peers[key] = Peer(
            key=key,
            distribution=raw["distribution"],
            version=raw["version"],
            requires_python=(major, minor),
            package=raw["package"],
            ours=raw["ours"],
            ours_own=tuple(raw.get("ours_own", ())),
            modules=dict(raw.get("modules", {})),
            skip=dict(raw.get("skip", {})),
            renamed={k: Rename(v["to"], v["reason"]) for k, v in raw.get("renamed", {}).items()},
            missing=dict(raw.get("missing", {})),
        )
    return peers
