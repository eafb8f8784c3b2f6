"""What a spec change does to the generated Python package: generate old and new, compare with griffe.

Both versions of a spec are generated into temporary folders (with `tools.generate.generate_api`,
the project's own pipeline, when it and its generators are installed; otherwise with
openapi-python-client alone and our templates), loaded with griffe (static analysis, nothing is
imported) and compared:

* `griffe.find_breaking_changes(old, new)` gives the breakages users will hit: removed modules,
  functions, classes and fields, removed or newly required parameters, changed defaults...
  Each becomes a `python_api_<griffe kind>` change, severity breaking. A removed module is expanded
  into its public functions and classes, so a renamed `operationId` shows as the removed
  `sync`/`sync_detailed`/`asyncio`/`asyncio_detailed` functions (and the added ones).
  Exception: a removed member of an enum class is `python_api_enum_member_removed`, non-breaking,
  mirroring the spec rule for open enums (the spec-level `enum_value_removed` entry already carries
  the verdict: breaking on the request side).
* Our own walk adds what griffe does not report: added public objects (`python_api_object_added`),
  added optional parameters (`python_api_parameter_added`) and changed annotations of fields,
  parameters and return values (`python_api_annotation_changed`), all non-breaking, informational:
  the spec rules judge the type changes.

Every entry is mapped back to its operation (`api/<tag>/<operation_id>.py`) or schema
(`models/<schema>.py`, `pydantic_models.<Schema>`) so it lands next to the spec findings.
"""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import BREAKING, NON_BREAKING, Change
from .schema import Spec, join, parse_spec

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "spec" / "templates" / "client"
CONFIG = ROOT / "spec" / "generator" / "openapi-python-client.yaml"
ENUM_BASES = {"OpenStrEnum", "OpenIntEnum", "StrEnum", "IntEnum", "Enum", "str, Enum"}

PYTHON_KINDS = (
    "python_api_object_removed",
    "python_api_object_changed_kind",
    "python_api_parameter_removed",
    "python_api_parameter_added_required",
    "python_api_parameter_changed_required",
    "python_api_parameter_changed_default",
    "python_api_parameter_changed_kind",
    "python_api_parameter_moved",
    "python_api_return_changed_type",
    "python_api_attribute_changed_type",
    "python_api_attribute_changed_value",
    "python_api_class_removed_base",
    "python_api_enum_member_removed",
    "python_api_object_added",
    "python_api_parameter_added",
    "python_api_annotation_changed",
)


class GenerationFailed(Exception):
    pass


def find_tool(name: str) -> str | None:
    """A console script next to this interpreter (nox venv, /tmp venvs) or on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    return shutil.which(name)


@dataclass
class Generator:
    opc: str  # openapi-python-client
    use_project_pipeline: bool

    @classmethod
    def find(cls) -> Generator | None:
        opc = find_tool("openapi-python-client")
        if opc is None:
            return None
        project = find_tool("datamodel-codegen") is not None
        if project:
            try:
                importlib.import_module("tools.generate")
            except ImportError:
                project = False
        return cls(opc, project)

    def generate(self, api: str, spec_text: str, workdir: Path) -> Path:
        workdir.mkdir(parents=True, exist_ok=True)
        spec_file = workdir / f"{api}.yaml"
        spec_file.write_text(spec_text)
        out = workdir / "out"
        out.mkdir(exist_ok=True)
        package = f"{api}_api"
        if self.use_project_pipeline:
            gen: Any = importlib.import_module("tools.generate")
            # tools.generate finds its tools next to sys.executable or on PATH, like find_tool
            try:
                return Path(gen.generate_api(gen.Api(api), out, spec=spec_file))
            except gen.GenerationError as exc:
                raise GenerationFailed(str(exc)) from exc
        args = [
            self.opc,
            "generate",
            "--path",
            str(spec_file),
            "--meta",
            "none",
            "--output-path",
            str(out / package),
            "--overwrite",
        ]
        if TEMPLATES.is_dir():
            args += ["--custom-template-path", str(TEMPLATES)]
        if CONFIG.is_file():
            args += ["--config", str(CONFIG)]
        proc = subprocess.run(args, cwd=out, capture_output=True, text=True)
        if proc.returncode != 0 or not (out / package).is_dir():
            raise GenerationFailed((proc.stdout + proc.stderr).strip()[-2000:])
        return out / package


# ------------------------------------------------------------------ griffe walk


@dataclass
class Entry:
    path: str
    kind: str  # module, class, function, attribute, alias
    annotation: str | None
    params: dict[str, tuple[bool, str | None]]  # name -> (required, annotation)
    returns: str | None
    in_enum: bool  # a member of an enum class


def _safe(fn: Any, default: Any) -> Any:
    try:
        return fn()
    except Exception:
        return default


def surface(root: Any) -> dict[str, Entry]:
    """Every public object of a griffe package, by dotted path (aliases recorded, not followed)."""
    out: dict[str, Entry] = {}

    def visit(obj: Any, in_enum: bool = False) -> None:
        for name, member in obj.members.items():
            if not _safe(lambda m=member: m.is_public, False):
                continue
            path = f"{obj.path}.{name}"
            if member.is_alias:
                out[path] = Entry(path, "alias", None, {}, None, False)
                continue
            kind = member.kind.value
            annotation = str(member.annotation) if getattr(member, "annotation", None) is not None else None
            params: dict[str, tuple[bool, str | None]] = {}
            returns = None
            if member.is_function:
                for p in member.parameters:
                    if p.name in ("self", "cls"):
                        continue
                    params[p.name] = (bool(p.required), str(p.annotation) if p.annotation is not None else None)
                returns = str(member.returns) if member.returns is not None else None
            is_enum = bool(member.is_class and {str(b) for b in member.bases} & ENUM_BASES)
            out[path] = Entry(path, kind, annotation, params, returns, in_enum)
            if member.is_module or member.is_class:
                visit(member, is_enum)

    out[root.path] = Entry(root.path, "module", None, {}, None, False)
    visit(root)
    return out


def _snake(name: str) -> str:
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return re.sub(r"[^0-9a-zA-Z]+", "_", s).strip("_").lower()


class Locator:
    """Maps a generated object path back to the spec: (operation, JSON pointer)."""

    def __init__(self, data: dict[str, Any]) -> None:
        from .compare import op_name, operations

        spec = Spec(data)
        self.ops: dict[str, tuple[str, str]] = {}
        for (method, path), (op, ptr, _, _) in operations(spec).items():
            if op.get("operationId"):
                self.ops[_snake(str(op["operationId"]))] = (op_name(method, path), ptr)
        self.schemas: dict[str, tuple[str, dict[str, Any]]] = {}
        schemas = (data.get("components") or {}).get("schemas") or {}
        for name, schema in schemas.items():
            entry = (str(name), schema if isinstance(schema, dict) else {})
            self.schemas[_snake(str(name))] = entry
            self.schemas[str(name)] = entry

    def _schema(self, key: str, attr: str | None) -> tuple[str | None, str]:
        found = self.schemas.get(key)
        if found is None:
            return None, ""
        name, schema = found
        ptr = join("/components/schemas", name)
        if attr:
            plain = attr.removeprefix("field_")
            for prop in schema.get("properties") or {}:
                if _snake(str(prop)) == plain or str(prop) == attr:
                    return None, join(ptr, "properties", prop)
        return None, ptr

    def locate(self, parts: list[str]) -> tuple[str | None, str]:
        if len(parts) >= 4 and parts[1] == "api":
            found = self.ops.get(parts[3])
            if found:
                return found
        if len(parts) >= 3 and parts[1] == "models":
            return self._schema(parts[2], parts[4] if len(parts) >= 5 else None)
        if len(parts) >= 3 and parts[1] == "pydantic_models":
            return self._schema(_snake(parts[2]), parts[3] if len(parts) >= 4 else None)
        return None, ""


def _kind_name(breakage: Any) -> str:
    return f"python_api_{str(breakage.kind.name).lower()}"


def compare_packages(
    api: str, griffe: Any, old_dir: Path, new_dir: Path, old_data: dict[str, Any], new_data: dict[str, Any]
) -> list[Change]:
    package = f"{api}_api"

    def load(folder: Path) -> Any:
        return griffe.load(
            package,
            search_paths=[str(folder)],
            allow_inspection=False,
            store_source=False,
            modules_collection=griffe.ModulesCollection(),
            lines_collection=griffe.LinesCollection(),
        )

    old_pkg, new_pkg = load(old_dir), load(new_dir)
    old_s, new_s = surface(old_pkg), surface(new_pkg)
    old_loc, new_loc = Locator(old_data), Locator(new_data)
    changes: list[Change] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, breaking: bool, path: str, message: str, removed: bool = False) -> None:
        if (kind, path) in seen:
            return
        seen.add((kind, path))
        operation, location = (old_loc if removed else new_loc).locate(path.split("."))
        changes.append(
            Change(
                api,
                kind,
                BREAKING if breaking else NON_BREAKING,
                operation,
                location,
                message,
                python_object=path,
            )
        )

    def members_of(s: dict[str, Entry], path: str) -> list[Entry]:
        prefix = path + "."
        return [
            e
            for p, e in s.items()
            if p.startswith(prefix) and "." not in p[len(prefix) :] and e.kind in ("function", "class")
        ]

    def _plain(text: str) -> str:
        """griffe's explanation without colour codes or the temporary checkout's file location."""
        text = re.sub(r"\x1b\[[0-9;]*m", "", text).strip().replace("\n", " ")
        return re.sub(r"^\S+\.py:\d+: ", "", text)

    for breakage in griffe.find_breaking_changes(old_pkg, new_pkg):
        path = str(breakage.obj.path)
        kind = _kind_name(breakage)
        explanation = _plain(str(breakage.explain()))
        if kind == "python_api_object_removed":
            entry = old_s.get(path)
            if entry and entry.in_enum:
                add(
                    "python_api_enum_member_removed",
                    False,
                    path,
                    f"enum member `{path}` removed (enums are open: the value still parses; code naming the "
                    "member must use the string)",
                    removed=True,
                )
                continue
            if entry and entry.kind == "module":
                inner = members_of(old_s, path)
                for e in inner:
                    add(kind, True, e.path, f"{e.kind} `{e.path}` removed (module `{path}` is gone)", removed=True)
                if inner:
                    continue
            what = entry.kind if entry else "object"
            add(kind, True, path, f"{what} `{path}` removed", removed=True)
            continue
        add(kind, True, path, f"`{path}`: {breakage.kind.value}: {explanation}")

    # additions and annotation changes (informational)
    for path in sorted(new_s.keys() - old_s.keys()):
        parent = path.rsplit(".", 1)[0]
        if parent in new_s and parent not in old_s:
            continue  # only the outermost added object
        entry = new_s[path]
        if entry.kind == "module":
            inner = members_of(new_s, path)
            for e in inner:
                add("python_api_object_added", False, e.path, f"{e.kind} `{e.path}` added (new module `{path}`)")
            if inner:
                continue
        add("python_api_object_added", False, path, f"{entry.kind} `{path}` added")
    for path in sorted(old_s.keys() & new_s.keys()):
        old_e, new_e = old_s[path], new_s[path]
        if old_e.kind != new_e.kind:
            continue
        if old_e.annotation != new_e.annotation and old_e.kind == "attribute":
            add(
                "python_api_annotation_changed",
                False,
                path,
                f"`{path}`: annotation changed from `{old_e.annotation}` to `{new_e.annotation}`",
            )
        if old_e.kind == "function":
            for name in new_e.params.keys() - old_e.params.keys():
                required, _ = new_e.params[name]
                if not required:
                    add(
                        "python_api_parameter_added",
                        False,
                        f"{path}({name})",
                        f"`{path}`: optional parameter `{name}` added",
                    )
            for name in new_e.params.keys() & old_e.params.keys():
                if old_e.params[name][1] != new_e.params[name][1]:
                    add(
                        "python_api_annotation_changed",
                        False,
                        f"{path}({name})",
                        f"`{path}`: parameter `{name}` annotation changed from `{old_e.params[name][1]}` "
                        f"to `{new_e.params[name][1]}`",
                    )
            if old_e.returns != new_e.returns:
                add(
                    "python_api_annotation_changed",
                    False,
                    f"{path}()",
                    f"`{path}`: return annotation changed from `{old_e.returns}` to `{new_e.returns}`",
                )
    return changes


DOC_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs"})


def without_docs(node: Any, parent: str = "") -> Any:
    """The spec minus descriptions and examples, which only reach docstrings (never a name or a signature).

    Keys under `properties` are field names, kept whatever they are called.
    """
    if isinstance(node, dict):
        return {
            k: without_docs(v, str(k))
            for k, v in node.items()
            if parent in ("properties", "paths", "webhooks", "schemas") or k not in DOC_KEYS
        }
    if isinstance(node, list):
        return [without_docs(v, parent) for v in node]
    return node


def python_changes(
    pairs: list[tuple[str, str | None, str | None]],
) -> tuple[list[Change], list[str]]:
    """Python-surface changes for (api, old spec text, new spec text) pairs, plus report notes."""
    notes: list[str] = []
    changed = [(api, old, new) for api, old, new in pairs if old != new]
    if not changed:
        return [], notes
    try:
        griffe: Any = importlib.import_module("griffe")
    except ImportError:
        return [], ["Generated Python API not compared: griffe is not installed (`pip install griffe`)."]
    generator = Generator.find()
    if generator is None:
        return [], [
            "Generated Python API not compared: openapi-python-client is not installed "
            "(run through `nox -s spec_diff`, or `pip install openapi-python-client`)."
        ]

    changes: list[Change] = []
    jobs: list[tuple[str, str, str, dict[str, Any], dict[str, Any]]] = []
    for api, old, new in changed:
        if old is None:
            notes.append(f"{api}: no old spec, the whole package `{api}_api` is new.")
            continue
        if new is None:
            changes.append(
                Change(
                    api,
                    "python_api_object_removed",
                    BREAKING,
                    None,
                    "",
                    f"package `{api}_api` removed",
                    python_object=f"{api}_api",
                )
            )
            continue
        old_data, new_data = parse_spec(old), parse_spec(new)
        if without_docs(old_data) == without_docs(new_data):
            notes.append(f"{api}: only descriptions/examples changed: the generated Python API is the same.")
            continue
        jobs.append((api, old, new, old_data, new_data))

    with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp, ThreadPoolExecutor(max_workers=6) as pool:
        futures = {}
        for api, old, new, _, _ in jobs:
            futures[(api, "old")] = pool.submit(generator.generate, api, old, Path(tmp) / api / "old")
            futures[(api, "new")] = pool.submit(generator.generate, api, new, Path(tmp) / api / "new")
        for api, _, _, old_data, new_data in jobs:
            try:
                old_pkg = futures[(api, "old")].result()
                new_pkg = futures[(api, "new")].result()
            except GenerationFailed as exc:
                first = str(exc).strip().splitlines()[-1:] or [""]
                notes.append(f"{api}: generated Python API not compared, generation failed: {first[0]}")
                continue
            try:
                changes.extend(compare_packages(api, griffe, old_pkg.parent, new_pkg.parent, old_data, new_data))
            except Exception as exc:  # griffe on unexpected code: report, never crash the spec report
                notes.append(f"{api}: generated Python API not compared, griffe failed: {exc!r}")
    return changes, notes
