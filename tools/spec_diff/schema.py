"""Loading a spec, following local `$ref`s, and flattening a schema into what a client sees of it.

A flattened schema (`View`) answers the questions the rules ask whatever way the spec spells the
answer: which JSON types a value may have, whether it may be null (`type: [x, "null"]`,
`anyOf: [{$ref}, {type: "null"}]`, 3.0 `nullable`), which enum values are allowed (`enum`, `const`,
an `anyOf` of them), which properties an object has and which are required (merged through
`allOf`/`anyOf`/`oneOf`), and what its items and additional properties are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import yaml

Node = Any

try:  # the C loader is several times faster on our 2000-line specs
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

JSON_TYPES = ("string", "number", "integer", "boolean", "array", "object")
ANY = "any"
NUMERIC_LIMITS_MAX = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
NUMERIC_LIMITS_MIN = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")


def parse_spec(text: str | None) -> dict[str, Any]:
    """Parse a YAML/JSON spec; None or an empty document is an empty spec (no operations)."""
    if not text:
        return {}
    data = yaml.load(text, Loader=_Loader)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError("a spec must be a mapping at the top level")
    return data


def escape(token: str) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: object) -> str:
    return pointer + "".join("/" + escape(str(t)) for t in tokens)


class Spec:
    """A parsed spec with pointer-aware `$ref` resolution."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        # flatten() memo: (id(raw), pointer) -> (raw, view); raw is kept so its id is never reused
        self.views: dict[tuple[int, str], tuple[Node, View]] = {}

    def lookup(self, pointer: str) -> Node:
        node: Node = self.data
        if pointer in ("", "#"):
            return node
        for token in pointer.lstrip("#").lstrip("/").split("/"):
            token = unescape(token)
            if isinstance(node, dict):
                if token not in node:
                    # YAML may have parsed a key such as 200 as an int
                    alt = int(token) if token.isdigit() else None
                    if alt is None or alt not in node:
                        raise KeyError(pointer)
                    token = alt  # type: ignore[assignment]
                node = node[token]
            elif isinstance(node, list):
                node = node[int(token)]
            else:
                raise KeyError(pointer)
        return node

    def resolve(self, node: Node, pointer: str) -> tuple[Node, str]:
        """Follow `$ref` chains (local only; cycles stop). Sibling keys of a `$ref` override the target."""
        seen: set[str] = set()
        overrides: dict[str, Any] = {}
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            overrides = {**siblings, **overrides}
            if not ref.startswith("#") or ref in seen:
                node = {}
                break
            seen.add(ref)
            try:
                node = self.lookup(ref[1:])
            except (KeyError, IndexError, ValueError):
                node = {}
                break
            pointer = ref[1:]
        if overrides and isinstance(node, dict):
            node = {**node, **overrides}
        return node, pointer


def hashable(value: Any) -> Any:
    """Enum values may be lists or mappings: compare them by their JSON text."""
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, default=str)
    return value


@dataclass
class View:
    pointer: str
    types: frozenset[str] = frozenset({ANY})
    nullable: bool = False
    enum: frozenset[Any] | None = None
    formats: frozenset[str] = frozenset()
    properties: dict[str, tuple[Node, str]] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: list[tuple[Node, str]] = field(default_factory=list)
    additional: list[tuple[Node, str]] = field(default_factory=list)
    default: Any = None
    has_default: bool = False
    limits: dict[str, Any] = field(default_factory=dict)
    read_only: bool = False
    write_only: bool = False

    @property
    def is_object_like(self) -> bool:
        return bool(self.types & {"object", ANY})

    @property
    def is_array_like(self) -> bool:
        return bool(self.types & {"array", ANY})


def _infer_type(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "string"  # dates and the like parsed by YAML


def flatten(spec: Spec, raw: Node, pointer: str, _depth: int = 0) -> View:
    key = (id(raw), pointer)
    cached = spec.views.get(key)
    if cached is not None and cached[0] is raw:
        return cached[1]
    view = _flatten(spec, raw, pointer, _depth)
    spec.views[key] = (raw, view)
    return view


def _flatten(spec: Spec, raw: Node, pointer: str, _depth: int) -> View:
    node, pointer = spec.resolve(raw, pointer)
    view = View(pointer=pointer)
    if not isinstance(node, dict) or _depth > 16:
        return view

    types: set[str] = set()
    nullable = bool(node.get("nullable"))
    declared = node.get("type")
    if isinstance(declared, str):
        declared = [declared]
    if isinstance(declared, list):
        for t in declared:
            if t == "null":
                nullable = True
            elif isinstance(t, str):
                types.add(t)

    enum: set[Any] | None = None
    if "const" in node:
        enum = {hashable(node["const"])}
        if node["const"] is None:
            nullable = True
            enum = set()
        elif not types and (t := _infer_type(node["const"])):
            types.add(t)
    if isinstance(node.get("enum"), list):
        values = node["enum"]
        if None in values:
            nullable = True
        enum = {hashable(v) for v in values if v is not None}
        if not types:
            types.update(t for v in values if (t := _infer_type(v)))

    formats = {node["format"]} if isinstance(node.get("format"), str) else set()
    properties: dict[str, tuple[Node, str]] = {}
    if isinstance(node.get("properties"), dict):
        for name, sub in node["properties"].items():
            properties[str(name)] = (sub, join(pointer, "properties", name))
    required = {str(r) for r in node.get("required", []) if isinstance(r, str | int)}
    items: list[tuple[Node, str]] = []
    if isinstance(node.get("items"), dict):
        items.append((node["items"], join(pointer, "items")))
    additional: list[tuple[Node, str]] = []
    if isinstance(node.get("additionalProperties"), dict):
        additional.append((node["additionalProperties"], join(pointer, "additionalProperties")))

    own_shape = bool(types or enum is not None or properties or items or additional)

    # anyOf / oneOf: the value is one of the alternatives
    for keyword in ("anyOf", "oneOf"):
        alternatives = node.get(keyword)
        if not isinstance(alternatives, list):
            continue
        alt_views = [flatten(spec, alt, join(pointer, keyword, i), _depth + 1) for i, alt in enumerate(alternatives)]
        non_null = [v for v in alt_views if not (v.nullable and not v.types - {ANY} and v.enum in (None, frozenset()))]
        if any(v.nullable for v in alt_views):
            nullable = True
        alt_types: set[str] = set()
        for v in non_null:
            alt_types |= v.types
        if not own_shape:
            types |= alt_types
        if enum is None and non_null and all(v.enum is not None for v in non_null):
            enum = set().union(*(v.enum or frozenset() for v in non_null))
        for v in non_null:
            formats |= v.formats
        object_alts = [v for v in non_null if v.properties]
        for v in object_alts:
            for name, (sub, ptr) in v.properties.items():
                if name in properties and properties[name][1] != ptr:
                    properties[name] = ({"anyOf": [properties[name][0], sub]}, properties[name][1])
                else:
                    properties.setdefault(name, (sub, ptr))
        if object_alts:
            common = set(object_alts[0].required)
            for v in object_alts[1:]:
                common &= v.required
            required |= common
        for v in non_null:
            items.extend(v.items)
            additional.extend(v.additional)

    # allOf: the value satisfies every part
    parts = node.get("allOf")
    if isinstance(parts, list):
        part_views = [flatten(spec, p, join(pointer, "allOf", i), _depth + 1) for i, p in enumerate(parts)]
        constrained = [v.types for v in part_views if v.types != {ANY}]
        if constrained and not types:
            merged = set(constrained[0])
            for t in constrained[1:]:
                merged &= t
            types |= merged
        if part_views and all(v.nullable for v in part_views) and not declared:
            nullable = True
        for v in part_views:
            if v.enum is not None:
                enum = set(v.enum) if enum is None else enum & v.enum
            formats |= v.formats
            for name, entry in v.properties.items():
                properties.setdefault(name, entry)
            required |= v.required
            items.extend(v.items)
            additional.extend(v.additional)

    if not types:
        if properties or additional:
            types.add("object")
        elif items:
            types.add("array")
    view.types = frozenset(types) if types else frozenset({ANY})
    view.nullable = nullable
    view.enum = frozenset(enum) if enum is not None else None
    view.formats = frozenset(formats)
    view.properties = properties
    view.required = frozenset(required)
    view.items = items
    view.additional = additional
    if "default" in node:
        view.has_default = True
        view.default = node["default"]
    view.limits = {k: node[k] for k in (*NUMERIC_LIMITS_MAX, *NUMERIC_LIMITS_MIN, "pattern") if k in node}
    view.read_only = bool(node.get("readOnly"))
    view.write_only = bool(node.get("writeOnly"))
    return view


def merge_raw(entries: list[tuple[Node, str]]) -> tuple[Node, str] | None:
    """Several item/additionalProperties schemas reached through alternatives, as one schema."""
    if not entries:
        return None
    if len(entries) == 1:
        return entries[0]
    return {"anyOf": [raw for raw, _ in entries]}, entries[0][1]


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Does every type in `narrow` fit in `wide`? (`any` fits all; an integer is a number.)"""
    if ANY in wide:
        return True
    if ANY in narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def describe_types(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))
