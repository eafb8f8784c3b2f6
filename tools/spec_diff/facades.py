"""Which facade methods a spec change affects: a static reading of overlays/<facade>/.

Every facade request is built by the generated `build_request()` of its operation, and bodies by
the generated models, so the facade sources say which operations and models each method uses:
the imports of `<api>_api.api.<tag>.<operation>` modules and of generated models, followed
through the helper functions a method calls (in its own module or a sibling one). A resource
method is named as users call it, on both clients (`MonzoClient.pots.deposit()` and
`AsyncMonzoClient.pots.deposit()`); other public methods by their class (`RapidProAPI.get_flows()`).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["FACADES", "FacadeIndex", "facade_index"]

FACADES = {"monzo": "monzoh", "bloomy": "bloomy", "rapidpro": "rapidpro"}
DECORATORS = {"operation", "paginated"}
CLIENT_BASES = {"SyncAPIClient": "sync", "AsyncAPIClient": "async"}


@dataclass
class FacadeIndex:
    """Facade methods by the generated operation (operationId) or model (class name) they use."""

    by_operation: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_model: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def affected(self, operation_id: str | None, python_object: str | None) -> list[str]:
        found: set[str] = set()
        if operation_id:
            found |= self.by_operation.get(operation_id, set())
        if python_object:
            parts = python_object.split(".")
            if ".api." in python_object and len(parts) > 3:
                found |= self.by_operation.get(parts[3], set())
            for part in parts:
                found |= self.by_model.get(part, set())
        return sorted(found)


@dataclass
class _Module:
    name: str
    tree: ast.Module
    operations: dict[str, str] = field(default_factory=dict)  # local name -> operationId
    models: dict[str, str] = field(default_factory=dict)  # local name -> generated class name
    model_modules: set[str] = field(default_factory=set)  # local names of generated model modules
    functions: dict[str, str] = field(default_factory=dict)  # local name -> "module:function"


def _modules(root: Path, package: str, api: str) -> dict[str, _Module]:
    found = {}
    for path in sorted((root / "overlays" / package).rglob("*.py")):
        relative = path.relative_to(root / "overlays")
        if "testing" in relative.parts:
            continue
        name = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
        found[name] = _Module(name, ast.parse(path.read_text()))
    generated = f"{api}_api"
    for module in found.values():
        package_of = module.name.rsplit(".", 1)[0] if not module.name.endswith(package) else module.name
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                module.functions[node.name] = f"{module.name}:{node.name}"
            if not isinstance(node, ast.ImportFrom) or (node.module is None and node.level == 0):
                continue
            source = _absolute(node, module.name, package_of)
            for alias in node.names:
                local = alias.asname or alias.name
                if source.startswith(f"{generated}.api."):
                    module.operations[local] = alias.name
                elif source in (f"{generated}.models", f"{generated}.pydantic_models"):
                    module.models[local] = alias.name
                elif source == generated and alias.name in ("models", "pydantic_models"):
                    module.model_modules.add(local)
                elif source in found:
                    module.functions[local] = f"{source}:{alias.name}"
    return found


def _absolute(node: ast.ImportFrom, module: str, package: str) -> str:
    if node.level == 0:
        return node.module or ""
    base = package.split(".")
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return ".".join([*base, node.module] if node.module else base)


def _uses(body: Iterable[ast.AST], module: _Module, cls: str | None) -> tuple[set[str], set[str], set[str]]:
    """(operations, models, callees) a function body refers to."""
    ops, models, callees = set(), set(), set()
    for node in (n for part in body for n in ast.walk(part)):
        if isinstance(node, ast.Name):
            if node.id in module.operations:
                ops.add(module.operations[node.id])
            if node.id in module.models:
                models.add(module.models[node.id])
            if node.id in module.functions:
                callees.add(module.functions[node.id])
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id in module.model_modules:
                models.add(node.attr)
            elif node.value.id == "self" and cls is not None:
                callees.add(f"{module.name}:{cls}.{node.attr}")
    return ops, models, callees


def facade_index(api: str, root: Path) -> FacadeIndex:
    """Read overlays/<facade of api>/ and index its public methods by what they use."""
    modules = _modules(root, FACADES[api], api)
    uses: dict[str, tuple[set[str], set[str], set[str]]] = {}
    public: dict[str, tuple[str, str, bool]] = {}  # key -> (class, method, is a resource operation)
    accessors: dict[str, str] = {}  # resource class -> client attribute
    clients: dict[str, list[str]] = defaultdict(list)  # "sync"/"async" -> client class names
    for module in modules.values():
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                uses[f"{module.name}:{node.name}"] = _uses(node.body, module, None)
            if not isinstance(node, ast.ClassDef):
                continue
            for base in node.bases:
                kind = CLIENT_BASES.get(getattr(base, "id", ""))
                if kind:
                    clients[kind].append(node.name)
            for item in node.body:
                if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                key = f"{module.name}:{node.name}.{item.name}"
                uses[key] = _uses(item.body, module, node.name)
                decorators = {getattr(d, "id", getattr(d, "attr", "")) for d in item.decorator_list}
                if "cached_property" in decorators and isinstance(item.returns, ast.Subscript):
                    accessors[getattr(item.returns.value, "id", "")] = item.name
                elif not item.name.startswith("_"):
                    public[key] = (node.name, item.name, bool(decorators & DECORATORS))
    index = FacadeIndex()
    for key, (cls, method, shared) in public.items():
        ops, models = _closure(key, uses)
        if not ops and not models:
            continue
        if shared and cls in accessors:
            names = [f"{c}.{accessors[cls]}.{method}()" for kind in ("sync", "async") for c in clients[kind]]
        elif shared:
            names = [f"{c}.{method}()" for kind in ("sync", "async") for c in clients[kind]]
        else:
            names = [f"{cls}.{method}()"]
        for op in ops:
            index.by_operation[op].update(names)
        for model in models:
            index.by_model[model].update(names)
    return index


def _closure(start: str, uses: dict[str, tuple[set[str], set[str], set[str]]]) -> tuple[set[str], set[str]]:
    ops, models, seen, todo = set(), set(), set(), [start]
    while todo:
        key = todo.pop()
        if key in seen or key not in uses:
            continue
        seen.add(key)
        found_ops, found_models, callees = uses[key]
        ops |= found_ops
        models |= found_models
        todo.extend(callees)
    return ops, models
