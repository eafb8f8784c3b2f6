"""The rows of a peer's table: every public name of the peer, and what it is here.

Rows, from a peer's snapshot:

- Modules are visited shallowest first (then by name), skipping those `peers.toml` puts out of scope;
  each exported name is a row at the first, shortest path it is found (`monzoh.Account`, not
  `monzoh.models.accounts.Account`). A second name for the same object is a row of its own (an alias),
  whose members are not repeated.
- A class's members follow it: methods, properties, attributes, nested classes. An attribute whose
  type is one of the peer's classes leads into that class (`monzoh.MonzoClient.accounts.list`).
  Members a class inherits from another row's class are listed once, under that class.

Status of a row:

- **renamed**: `peers.toml` maps it to our name (with why); any differences are appended.
- **same**: found at the mapped path, and every check of `signatures` passes, as do the class checks:
  constructor, exception ancestors (`except MonzoError` must still catch it), model fields and their kinds.
- **different**: found, but some check fails (each failure is said briefly), or found only under our
  top-level package (`import it from monzoh`).
- **missing**: not found; the reason from `peers.toml`, else "not provided".
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .config import Peer
from .signatures import parameter_differences, result_difference

Json = dict[str, Any]
STATUSES = ("same", "different", "renamed", "missing")
CALLABLE = ("function", "method")
VALUE_LIKE = ("attribute", "property", "field", "value", "type_alias")


@dataclass(frozen=True)
class Row:
    path: str  # the peer's dotted path
    kind: str  # class, exception, model, enum, function, method, property, attribute, value, type_alias
    status: str
    detail: str
    ours: str | None  # our dotted path, when found


@dataclass
class Item:
    """A peer name and what it resolves to on our side."""

    path: str
    name: str
    entry: Json
    parent: Item | None
    ours_path: str | None = None
    ours_entry: Json | None = None
    via_fallback: bool = False


class Api:
    """A dump (a peer's snapshot or ours) with lookups by dotted path."""

    def __init__(self, dump: Json) -> None:
        self.dump = dump
        self.package: str = dump["package"]
        self.modules: dict[str, Json] = dump["modules"]
        self.classes: dict[str, Json] = dump["classes"]

    def class_of(self, entry: Json | None) -> Json | None:
        if entry is None or entry.get("kind") not in ("class", "attribute", "property"):
            return None
        ref = entry.get("ref")
        return self.classes.get(ref) if isinstance(ref, str) else None

    def member(self, cls: Json, name: str) -> Json | None:
        if name in cls["members"]:
            member: Json = cls["members"][name]
            return member
        if name in cls["fields"]:
            return {"kind": "field", **cls["fields"][name]}
        return None

    def resolve(self, dotted: str) -> Json | None:
        parts = dotted.split(".")
        for cut in range(len(parts) - 1, 0, -1):
            module = self.modules.get(".".join(parts[:cut]))
            entry = module["names"].get(parts[cut]) if module else None
            if entry is None:
                continue
            for name in parts[cut + 1 :]:
                cls = self.class_of(entry)
                entry = self.member(cls, name) if cls else None
                if entry is None:
                    return None
            return entry
        return None


def row_kind(api: Api, entry: Json) -> str:
    if entry["kind"] == "class":
        cls = api.classes.get(entry["ref"])
        return cls["category"] if cls else "class"
    return str(entry["kind"])


def walk(peer: Peer, api: Api) -> Iterator[Item]:
    """The peer's rows in table order (see the module docstring)."""
    modules = sorted(
        (name for name, module in api.modules.items() if not module.get("error") and not peer.skipped(name)),
        key=lambda name: (name.count("."), name),
    )
    # A base class listed as a row of its own keeps its members; subclasses do not repeat them.
    listed = {
        entry["ref"]
        for name in modules
        for entry in api.modules[name]["names"].values()
        if entry["exported"] and entry["kind"] == "class"
    }
    expanded: set[str] = set()  # classes whose members are listed
    named: set[tuple[str, str]] = set()  # (object ref, name) already listed
    for module in modules:
        for name, entry in api.modules[module]["names"].items():
            if not entry["exported"]:
                continue
            ref = entry.get("ref")
            if ref is not None and (ref, name) in named:
                continue
            item = Item(f"{module}.{name}", name, entry, None)
            yield item
            if ref is not None:
                named.add((ref, name))
                yield from _members(peer, api, item, listed, expanded, named)


def _members(
    peer: Peer, api: Api, item: Item, listed: set[str], expanded: set[str], named: set[tuple[str, str]]
) -> Iterator[Item]:
    """The rows under a class row, the first time that class is met (not for out-of-scope classes)."""
    cls = api.class_of(item.entry)
    if cls is None:
        return
    own_key = f"{cls['module']}:{cls['qualname']}"
    if own_key in expanded or peer.skipped(cls["module"]):
        return
    expanded.add(own_key)
    for name, member in cls["members"].items():
        owner = member.get("defined_in", own_key)
        if owner != own_key and owner in listed:
            continue
        child = Item(f"{item.path}.{name}", name, member, item)
        yield child
        ref = member.get("ref")
        if isinstance(ref, str):
            named.add((ref, name))
            yield from _members(peer, api, child, listed, expanded, named)


def compare(peer: Peer, snapshot: Json, ours_dump: Json) -> list[Row]:
    theirs, ours = Api(snapshot), Api(ours_dump)
    peer_ancestors = {path.rsplit(".", 1)[-1]: r.to.rsplit(".", 1)[-1] for path, r in peer.renamed.items()}
    rows = []
    for item in walk(peer, theirs):
        _resolve(peer, ours, item)
        rename = peer.renamed.get(item.path)
        kind = row_kind(theirs, item.entry)
        if item.ours_entry is None:
            reason = peer.missing_reason(item.path)
            if reason is None and item.parent is not None and item.parent.ours_entry is None:
                reason = _missing_detail(peer, item.parent)
            rows.append(Row(item.path, kind, "missing", reason or "not provided", None))
            continue
        notes = differences(theirs, ours, item.entry, item.ours_entry, peer.label, peer_ancestors, item.name)
        if item.via_fallback:
            notes.insert(0, f"import it from `{ours.package}`")
        if rename is not None:
            detail = f"→ `{rename.to}`: {rename.reason}" + "".join(f"; {note}" for note in notes)
            rows.append(Row(item.path, kind, "renamed", detail, rename.to))
        else:
            rows.append(Row(item.path, kind, "different" if notes else "same", "; ".join(notes), item.ours_path))
    return rows


def _missing_detail(peer: Peer, item: Item) -> str:
    reason = peer.missing_reason(item.path)
    if reason is not None:
        return reason
    if item.parent is not None and item.parent.ours_entry is None:
        return _missing_detail(peer, item.parent)
    return f"`{item.path}` is not provided"


def _resolve(peer: Peer, ours: Api, item: Item) -> None:
    rename = peer.renamed.get(item.path)
    if rename is not None:
        item.ours_path, item.ours_entry = rename.to, ours.resolve(rename.to)
        return
    parent = item.parent
    if (
        parent is not None
        and parent.ours_entry is not None
        and peer.map_path(item.path) == f"{peer.map_path(parent.path)}.{item.name}"
    ):
        cls = ours.class_of(parent.ours_entry)
        item.ours_path = f"{parent.ours_path}.{item.name}"
        item.ours_entry = ours.member(cls, item.name) if cls else None
        return
    mapped = peer.map_path(item.path)
    item.ours_path = mapped
    item.ours_entry = ours.resolve(mapped) if mapped else None
    if item.ours_entry is None and parent is None:  # a module-level name: maybe only at our top level
        entry = ours.modules.get(ours.package, {}).get("names", {}).get(item.name)
        if entry is not None and mapped != f"{ours.package}.{item.name}":
            item.ours_path, item.ours_entry, item.via_fallback = f"{ours.package}.{item.name}", entry, True


def differences(
    theirs: Api, ours: Api, peer: Json, mine: Json, label: str, renames: dict[str, str], name: str = ""
) -> list[str]:
    """Every way the peer's callers could use `peer` that `mine` refuses, briefly. Protocol methods
    (`__exit__`...) are called by the language, positionally: only their existence and async-ness count."""
    peer_kind, my_kind = peer["kind"], mine["kind"]
    if peer_kind == "class":
        if my_kind != "class":
            return [f"is a {_noun(my_kind)} here, not a class"]
        return _class_differences(theirs.classes.get(peer["ref"]), ours.classes.get(mine["ref"]), label, renames)
    if peer_kind in CALLABLE:
        if my_kind == "class":
            return []  # a class is callable: its constructor is compared on its own row
        if my_kind not in CALLABLE:
            return [f"is a {_noun(my_kind)} here, not a method"]
        return _callable_differences(peer, mine, label, protocol=name.startswith("__"))
    if peer_kind in VALUE_LIKE:
        if my_kind in CALLABLE:
            return ["is a method here: call it"]
        note = result_difference(peer.get("type"), mine.get("type"), label, what="value")
        return [note.replace("`value` is", "is")] if note else []
    return []


def _callable_differences(peer: Json, mine: Json, label: str, protocol: bool = False) -> list[str]:
    notes = []
    if peer.get("binding") in ("class", "static") and mine.get("binding") == "instance":
        notes.append("is an instance method here, not callable on the class")
    if mine.get("async") is not None and peer.get("async") is not None and peer["async"] != mine["async"]:
        notes.append("is async here" if mine["async"] else "is not async here")
    if protocol:
        return notes
    if peer.get("params") is not None and mine.get("params") is not None:
        notes += parameter_differences(peer["params"], mine["params"], label)
    returns = result_difference(peer.get("returns"), mine.get("returns"), label)
    if returns:
        notes.append(returns)
    return notes


def _class_differences(peer: Json | None, mine: Json | None, label: str, renames: dict[str, str]) -> list[str]:
    if peer is None or mine is None:
        return []
    notes = []
    if peer["init"] and mine["init"]:
        notes += [
            f"constructor: {note}"
            for note in parameter_differences(peer["init"]["params"], mine["init"]["params"], label)
        ]
    if peer["category"] == "exception":
        for ancestor in peer["ancestors"]:
            if renames.get(ancestor, ancestor) not in mine["ancestors"]:
                notes.append(f"not a subclass of `{ancestor}` here")
    missing = [name for name in peer["fields"] if name not in mine["fields"] and name not in mine["members"]]
    if missing:
        notes.append(("no field " if len(missing) == 1 else "no fields ") + ", ".join(f"`{n}`" for n in missing))
    for name, field in peer["fields"].items():
        other = mine["fields"].get(name) or mine["members"].get(name)
        note = result_difference(field.get("type"), other.get("type"), label, what=name) if other else None
        if note:
            notes.append(note)
    return notes


def _noun(kind: str) -> str:
    return {"type_alias": "type alias"}.get(kind, kind)


def stale_entries(peer: Peer, snapshot: Json, rows: list[Row]) -> list[str]:
    """Curated entries of peers.toml that no longer apply: fix them (the guide would mislead otherwise)."""
    by_path = {row.path: row for row in rows}
    notes = []
    for path, rename in peer.renamed.items():
        row = by_path.get(path)
        if row is None:
            notes.append(f"[{peer.key}.renamed] {path}: no such public name in {peer.label}")
        elif row.status != "renamed":
            notes.append(f"[{peer.key}.renamed] {path}: `{rename.to}` does not exist here")
    for key in peer.missing:
        pattern = any(ch in key for ch in "*?[")
        matched = [row for row in rows if (fnmatch.fnmatchcase(row.path, key) if pattern else row.path == key)]
        if not matched:
            notes.append(f"[{peer.key}.missing] {key}: matches no public name of {peer.label}")
        elif not any(row.status == "missing" for row in matched):
            notes.append(f"[{peer.key}.missing] {key}: provided here now, drop the reason")
    for prefix in peer.skip:
        if prefix not in snapshot["modules"]:
            notes.append(f"[{peer.key}.skip] {prefix}: no such module in {peer.label}")
    return notes


def counts(rows: list[Row]) -> dict[str, int]:
    return {status: sum(1 for row in rows if row.status == status) for status in STATUSES}
