"""Every public name of rapidpro-python's `TembaClient` is here, taking the same arguments.

The peer's surface is read from the installed rapidpro-python at test time (in its own interpreter),
so a new release that adds or changes a method makes these tests say which.
"""

from __future__ import annotations

import ast
import functools
import inspect
from collections.abc import Callable
from typing import Any

import rapidpro
from rapidpro import compat
from rapidpro.compat import CursorIterator, CursorQuery, TembaClient

from ._peer import run_peer

DUMP = r"""
import inspect, json
import temba_client.base as base, temba_client.exceptions as exceptions, temba_client.v2 as v2
from temba_client.serialization import TembaObject

def parameters(function):
    return [
        {"name": p.name, "kind": p.kind.name, "default": None if p.default is p.empty else repr(p.default)}
        for p in list(inspect.signature(function).parameters.values())[1:]
    ]

def public(cls):
    return {n: parameters(f) for n, f in inspect.getmembers(cls, inspect.isfunction) if not n.startswith("_")}

returned = [n for n, c in vars(v2).items() if isinstance(c, type) and issubclass(c, TembaObject)]
print(json.dumps({
    "methods": public(v2.TembaClient),
    "init": parameters(v2.TembaClient.__init__),
    "query": public(base.CursorQuery),
    "iterator": public(base.CursorIterator),
    "exceptions": [n for n, c in vars(exceptions).items() if isinstance(c, type) and issubclass(c, Exception)],
    "types": {n: list(getattr(v2, n)._get_fields()) for n in returned},
}))
"""


@functools.cache
def surface() -> dict[str, Any]:
    """The peer's surface, read once (each test fails, not errors, without the peer's venv)."""
    found: dict[str, Any] = run_peer(DUMP)
    return found


def same_default(theirs: str, ours: Any) -> bool:
    """Equal defaults; an empty tuple stands for TembaClient's (mutable) empty list."""
    value = ast.literal_eval(theirs)
    if isinstance(value, list | tuple) and isinstance(ours, list | tuple):
        return list(value) == list(ours)
    return bool(value == ours) and type(value) is type(ours)


def incompatibilities(theirs: list[dict[str, Any]], ours: Callable[..., Any]) -> list[str]:
    """How a call written for TembaClient's parameters `theirs` could fail on `ours` (bound or not)."""
    parameters = list(inspect.signature(ours).parameters.values())
    if parameters and parameters[0].name == "self":
        parameters = parameters[1:]
    problems = []
    for index, peer in enumerate(theirs):
        mine = parameters[index] if index < len(parameters) else None
        if mine is None or mine.name != peer["name"] or mine.kind.name != peer["kind"]:
            problems.append(f"parameter {index} is {peer['name']} ({peer['kind']}), ours {mine}")
        elif peer["default"] is not None and (
            mine.default is mine.empty or not same_default(peer["default"], mine.default)
        ):
            problems.append(f"{peer['name']} defaults to {peer['default']}, ours to {mine.default!r}")
    for extra in parameters[len(theirs) :]:
        if extra.default is extra.empty and extra.kind not in (extra.VAR_POSITIONAL, extra.VAR_KEYWORD):
            problems.append(f"{extra.name} is required, and TembaClient has no such parameter")
    return problems


def test_every_public_method_of_tembaclient_is_here_with_compatible_parameters() -> None:
    """All of them (56 in 2.22): same names, same positions and kinds, same defaults."""
    peer = surface()
    assert len(peer["methods"]) >= 56, sorted(peer["methods"])
    problems = {}
    for name, parameters in sorted(peer["methods"].items()):
        ours = getattr(TembaClient, name, None)
        if not callable(ours):
            problems[name] = ["missing"]
        elif found := incompatibilities(parameters, ours):
            problems[name] = found
    assert not problems, problems
    ours = {n for n, f in inspect.getmembers(TembaClient, inspect.isfunction) if not n.startswith("_")}
    assert ours - set(peer["methods"]) == {"close"}  # the one addition: TembaClient had no pool to close


def test_the_constructor_takes_tembaclients_arguments() -> None:
    """`TembaClient(host, token, user_agent=None, verify_ssl=None, transformer=None)`."""
    peer = surface()
    assert [p["name"] for p in peer["init"]] == ["host", "token", "user_agent", "verify_ssl", "transformer"]
    assert incompatibilities(peer["init"], TembaClient.__init__) == []


def test_query_objects_have_tembaclients_methods() -> None:
    """`CursorQuery.all/first/iterfetches` and `CursorIterator.get_cursor`, with the same parameters."""
    peer = surface()
    for cls, theirs in ((CursorQuery, peer["query"]), (CursorIterator, peer["iterator"])):
        for name, parameters in theirs.items():
            assert incompatibilities(parameters, getattr(cls, name)) == [], f"{cls.__name__}.{name}"
    assert set(peer["query"]) == {"all", "first", "iterfetches"}
    assert "__next__" in vars(CursorIterator) and "__iter__" in vars(CursorIterator)


def test_every_exception_of_tembaclient_has_its_name_here() -> None:
    """Catching by TembaClient's names works; every one of them is also a `rapidpro.TembaException`."""
    peer = surface()
    assert {"TembaBadRequestError", "TembaRateExceededError", "TembaHttpError"} <= set(peer["exceptions"])
    for name in peer["exceptions"]:
        cls = getattr(compat, name, None)
        assert isinstance(cls, type), f"rapidpro.compat has no {name}"
        assert issubclass(cls, rapidpro.TembaException) and cls is getattr(rapidpro, name)


def test_every_type_tembaclient_returns_has_its_fields_here() -> None:
    """`rapidpro.compat.types` names each, with each of its fields, none of them deprecated (no warning on read)."""
    peer = surface()
    assert len(peer["types"]) >= 21
    problems = []
    for name, fields in sorted(peer["types"].items()):
        cls = getattr(compat.types, name, None)
        if cls is None:
            problems.append(f"{name}: missing")
            continue
        for field in fields:
            info = cls.model_fields.get(field)
            if info is None or info.deprecated:
                problems.append(f"{name}.{field}: {'missing' if info is None else 'deprecated'}")
    assert not problems, problems
    assert sorted(compat.types.__all__) == sorted([*peer["types"], "Listing"])
