"""Would a call that works with the peer work here? Pure rules over dumped signatures and types.

A peer's caller may pass each positional parameter by position, each keyword-capable one by name, omit
each one that has a default, and pass whatever the annotations allow. Ours must accept all of that:

- a positional parameter sits at the same position under the same name (else a positional call lands
  on another parameter), unless ours takes `*args`;
- a keyword-capable parameter is accepted by name (positional-or-keyword or keyword-only), or ours
  takes `**kwargs`;
- a parameter with a default there has one here; ours requires no parameter the peer does not require;
- `*args` / `**kwargs` there are taken here too;
- the peer's annotated kinds fit ours (`int` fits `float`, `list` fits `Sequence`; `Any` or a missing
  annotation on either side gives no verdict).

Extra optional parameters here are fine. Results and fields are compared the other way round: what we
return must be usable as what the peer returned (`int` where the peer gave `Decimal` is not); `None` is
left out of that comparison, since whether a value may be missing is a model detail of each side.
"""

from __future__ import annotations

from typing import Any

from .kinds import ANY, NONE, leq

Json = dict[str, Any]
POSITIONAL = ("positional_only", "positional_or_keyword")
KEYWORD = ("positional_or_keyword", "keyword_only")
VARIADIC = ("var_positional", "var_keyword")


def fits(narrow: list[str], wide: list[str]) -> bool:
    """Every kind of `narrow` is usable as some kind of `wide` (no verdict when either has `any`)."""
    if ANY in narrow or ANY in wide:
        return True
    return all(any(leq(n, w) for w in wide) for n in narrow)


def _shown(type_: Json | None) -> str:
    return f"`{type_['annotation']}`" if type_ else "unannotated"


def _names(param: Json) -> list[str]:
    """The keywords a parameter answers to (a pydantic field: its name and/or alias)."""
    return [param["name"], *param.get("aliases", ())]


def parameter_differences(peer: list[Json], ours: list[Json], label: str) -> list[str]:
    """How a call valid for the peer's parameters is refused by ours (empty: every such call works)."""
    notes: dict[str, str] = {}
    ours_by_name = {name: p for p in ours if p["kind"] not in VARIADIC for name in _names(p)}
    ours_positional = [p for p in ours if p["kind"] in POSITIONAL]
    ours_args = any(p["kind"] == "var_positional" for p in ours)
    ours_kwargs = any(p["kind"] == "var_keyword" for p in ours)

    for index, param in enumerate(p for p in peer if p["kind"] in POSITIONAL):
        name = param["name"]
        if index < len(ours_positional):
            here = ours_positional[index]["name"]
            if here != name:
                notes.setdefault(name, f"positional parameter {index + 1} is `{here}` here, `{name}` in {label}")
        elif not ours_args:
            mine = ours_by_name.get(name)
            if mine is not None and mine["kind"] == "keyword_only":
                notes.setdefault(name, f"parameter `{name}` is keyword-only here")
            elif mine is None and not ours_kwargs:
                notes.setdefault(name, f"no parameter `{name}` here")
            else:
                notes.setdefault(name, f"parameter `{name}` cannot be passed by position here")

    for param in peer:
        if param["kind"] in VARIADIC:
            continue
        for name in _names(param):
            mine = ours_by_name.get(name)
            if param["kind"] in KEYWORD and mine is None and not ours_kwargs:
                notes.setdefault(name, f"no parameter `{name}` here")
            elif param["kind"] in KEYWORD and mine is not None and mine["kind"] == "positional_only":
                notes.setdefault(name, f"parameter `{name}` is positional-only here")
        name = param["name"]
        mine = next((ours_by_name[n] for n in _names(param) if n in ours_by_name), None)
        if mine is None:
            continue
        if param["default"] and not mine["default"]:
            notes.setdefault(name, f"parameter `{name}` is required here")
        if param["type"] and mine["type"] and not fits(param["type"]["kinds"], mine["type"]["kinds"]):
            notes.setdefault(name, f"`{name}` takes {_shown(mine['type'])} here ({label}: {_shown(param['type'])})")

    peer_names = {name for p in peer for name in _names(p)}
    for param in ours:
        name = param["name"]
        if param["kind"] in VARIADIC or param["default"] or name in notes:
            continue
        if not peer_names & set(_names(param)):
            notes.setdefault(name, f"requires parameter `{name}` here")

    for kind, what in (("var_positional", "*args"), ("var_keyword", "**kwargs")):
        if any(p["kind"] == kind for p in peer) and not any(p["kind"] == kind for p in ours):
            notes.setdefault(what, f"takes no {what} here")
    return list(notes.values())


def result_difference(peer: Json | None, ours: Json | None, label: str, what: str = "returns") -> str | None:
    """`what` (returns, or a field's name) gives a value the peer's callers cannot use as theirs."""
    if not peer or not ours:
        return None
    peer_kinds = [k for k in peer["kinds"] if k != NONE]
    ours_kinds = [k for k in ours["kinds"] if k != NONE]
    if not peer_kinds:
        return None  # the peer gives None: nothing to rely on
    if not ours_kinds:
        return f"{what} None here ({label}: {_shown(peer)})"
    if fits(ours_kinds, peer_kinds):
        return None
    verb = what if what == "returns" else f"`{what}` is"
    return f"{verb} {_shown(ours)} here ({label}: {_shown(peer)})"
