"""The facades build no request by hand: no spec path in their sources, no copied parameter lists.

Every request a facade sends for an operation of the spec must be built by that operation's
generated `build_request()`. This scans the hand-written facade sources (not their sandboxes under
`testing/`) for string constants that spell a spec path (`"/pots/{pot_id}/deposit"`,
`f"todo/{todo_id}"`, `"contacts.json"`, or a prefix of one such as `"L10/"`), for `Call(...)` given
a method and a path, and for hand-written TypedDicts (the generated `QueryParams` are the lists).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.specs import APIS, ROOT, load_spec

FACADES = {"monzoh": "monzo", "bloomy": "bloomy", "rapidpro": "rapidpro"}
HTTP_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}


def facade_sources(package: str) -> list[Path]:
    root = ROOT / "overlays" / package
    return sorted(p for p in root.rglob("*.py") if "testing" not in p.relative_to(root).parts)


def spec_paths(api: str) -> list[str]:
    return [path.strip("/") for path in load_spec(api)["paths"]]


def _segment_matches(written: str, spec: str) -> bool:
    """One path segment as written in a facade (an f-string hole reads `{}`) against the spec's."""
    if spec.startswith("{") or written == "{}":
        return True
    if "{}" in written:
        return re.fullmatch(re.escape(written).replace(r"\{\}", ".*"), spec) is not None
    return written == spec


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def string_constants(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, text) of every string constant that is not a docstring; an f-string's holes read `{}`."""
    docs = _docstrings(tree)
    inside_fstrings = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            yield node.lineno, str(text)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs
            and id(node) not in inside_fstrings
        ):
            yield node.lineno, node.value


def spells_a_spec_path(text: str, paths: list[str]) -> str | None:
    """The spec path `text` spells (whole, or a leading part ending in `/`), if any."""
    candidate = text.split("?", 1)[0].strip()
    if not candidate or " " in candidate or "://" in candidate:
        return None
    rooted = candidate.startswith("/")
    candidate = candidate.lstrip("/")
    if not candidate:
        return None
    for path in paths:
        if "/" not in path and "." not in path and not rooted:
            continue  # `"accounts"` is also a JSON field name; as a path it would be written `"/accounts"`
        written, spec = candidate.split("/"), path.split("/")
        if candidate.endswith("/"):  # a leading part of a path, completed elsewhere
            written = written[:-1]
            spec = spec[: len(written)] if len(spec) > len(written) else []
        if all(w in ("", "{}") for w in written):
            continue  # nothing literal to recognise (`f"{base}/?{query}"`)
        if len(written) == len(spec) and all(_segment_matches(w, p) for w, p in zip(written, spec, strict=True)):
            return path
    return None


@pytest.mark.parametrize("package", sorted(FACADES))
def test_no_facade_source_spells_a_spec_path(package: str) -> None:
    """Paths come from the generated builders only: a spec edit that moves one reaches the facade."""
    paths = spec_paths(FACADES[package])
    found = []
    for source in facade_sources(package):
        tree = ast.parse(source.read_text())
        for line, text in string_constants(tree):
            path = spells_a_spec_path(text, paths)
            if path is not None:
                found.append(f"{source.relative_to(ROOT)}:{line}: {text!r} spells /{path}")
    assert found == []


@pytest.mark.parametrize("package", sorted(FACADES))
def test_no_facade_builds_a_call_from_a_method_and_a_path(package: str) -> None:
    found = []
    for source in facade_sources(package):
        for node in ast.walk(ast.parse(source.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) in {"Call", "Request", "build_request"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and str(node.args[0].value).upper() in HTTP_METHODS
            ):
                found.append(f"{source.relative_to(ROOT)}:{node.lineno}")
    assert found == []


@pytest.mark.parametrize("package", sorted(FACADES))
def test_no_facade_hand_writes_a_parameter_list(package: str) -> None:
    """Query parameters are the generated `QueryParams` TypedDicts; bodies the generated models."""
    found = []
    for source in facade_sources(package):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", None) == "TypedDict" for b in node.bases):
                found.append(f"{source.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert found == []


@pytest.mark.parametrize("api", APIS)
def test_the_path_check_recognises_every_spec_path(api: str) -> None:
    """The check above would catch each path of the spec, written with or without its leading slash."""
    paths = spec_paths(api)
    for path in paths:
        assert spells_a_spec_path("/" + path, paths) is not None
        if "/" in path or "." in path:  # a one-word path counts only with its slash (else: a field name)
            assert spells_a_spec_path(path, paths) is not None
    assert spells_a_spec_path("overlay-clients", paths) is None
