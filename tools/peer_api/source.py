"""What the dumper reads from source code: top-level definitions, TYPE_CHECKING imports, `self.x = ...`.

Standard library only (it runs in the peers' venvs).
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import sys
import textwrap
import types
from collections.abc import Iterator

Assignment = tuple[ast.expr | None, ast.expr | None, dict[str, ast.expr]]  # (annotation, value, parameter annotations)


def source_tree(obj: object) -> ast.Module | None:
    try:
        return ast.parse(textwrap.dedent(inspect.getsource(obj)))  # type: ignore[arg-type]
    except (OSError, TypeError, SyntaxError):
        return None


def top_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Statements at module level, including those inside top-level `if`/`try` (not `if TYPE_CHECKING`)."""
    for node in body:
        if isinstance(node, ast.If):
            if not is_type_checking(node.test):
                yield from top_level(node.body)
                yield from top_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                yield from top_level(block)
        else:
            yield node


def is_type_checking(test: ast.expr) -> bool:
    return ast.unparse(test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")


def defined_names(tree: ast.Module | None) -> set[str]:
    names: set[str] = set()
    for node in top_level(tree.body if tree else []):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif sys.version_info >= (3, 12) and isinstance(node, ast.TypeAlias):
            names.add(node.name.id)
    return names


def union_parts(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return union_parts(node.left) + union_parts(node.right)
    if isinstance(node, ast.Subscript) and ast.unparse(node.value).rsplit(".", 1)[-1] in ("Optional", "Union"):
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return [part for item in items for part in union_parts(item)]
    if isinstance(node, ast.Constant) and node.value is None:
        return []
    return [node]


def type_checking_names(module: types.ModuleType) -> dict[str, object]:
    """Import what `if TYPE_CHECKING:` imports, so annotations naming those classes resolve."""
    tree = source_tree(module)
    names: dict[str, object] = {}
    for node in tree.body if tree else []:
        if not (isinstance(node, ast.If) and is_type_checking(node.test)):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.ImportFrom):
                base = "." * stmt.level + (stmt.module or "")
                try:
                    target = importlib.util.resolve_name(base, module.__package__) if stmt.level else base
                    source = importlib.import_module(target)
                except Exception:
                    continue
                for alias in stmt.names:
                    value = getattr(source, alias.name, None)
                    if value is None:
                        try:
                            value = importlib.import_module(f"{target}.{alias.name}")
                        except Exception:
                            continue
                    names[alias.asname or alias.name] = value
            elif isinstance(stmt, ast.Import):
                for alias in stmt.names:
                    try:
                        imported = importlib.import_module(alias.name)
                    except Exception:
                        continue
                    if alias.asname:
                        names[alias.asname] = imported
                    else:
                        names[alias.name.split(".")[0]] = sys.modules[alias.name.split(".")[0]]
    return names


def self_assignments(fn: object) -> dict[str, Assignment]:
    """Public attributes a method sets on `self` (first assignment wins), with what the dumper types them by."""
    tree = source_tree(fn)
    if tree is None or not tree.body or not isinstance(tree.body[0], ast.FunctionDef | ast.AsyncFunctionDef):
        return {}
    func = tree.body[0]
    if not func.args.args:
        return {}
    self_name = func.args.args[0].arg
    params = {a.arg: a.annotation for a in [*func.args.args, *func.args.kwonlyargs] if a.annotation}
    found: dict[str, Assignment] = {}
    for node in ast.walk(func):
        targets: list[ast.expr] = []
        annotation: ast.expr | None = None
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, annotation, value = [node.target], node.annotation, node.value
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == self_name
                and not target.attr.startswith("_")
            ):
                found.setdefault(target.attr, (annotation, value, params))
    return found
