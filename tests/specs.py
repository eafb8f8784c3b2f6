"""The three specs, loaded once, and helpers to walk their operations."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# libyaml's loader parses the specs ~15x faster than the pure-Python one (the same data): every
# xdist worker loads them at collection.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
APIS = ("monzo", "bloomy", "rapidpro")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@functools.cache
def load_spec(api: str) -> dict[str, Any]:
    with (SPEC_DIR / f"{api}.yaml").open() as fh:
        spec: dict[str, Any] = yaml.load(fh, Loader=_SafeLoader)
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until `node` is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    api: str
    method: str
    path: str
    operation_id: str
    tag: str
    raw: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.api}:{self.operation_id}"

    def parameters(self) -> list[dict[str, Any]]:
        spec = load_spec(self.api)
        merged = {}
        for param in [*self.path_item.get("parameters", []), *self.raw.get("parameters", [])]:
            param = resolve(spec, param)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def success_response(self) -> tuple[int, dict[str, Any]]:
        spec = load_spec(self.api)
        for code, response in sorted(self.raw["responses"].items()):
            if str(code).startswith("2"):
                return int(code), resolve(spec, response)
        raise AssertionError(f"{self.id} documents no 2xx response")


def operations(api: str) -> Iterator[Operation]:
    spec = load_spec(api)
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                yield Operation(api, method, path, op["operationId"], op["tags"][0], op, item)


def all_operations() -> list[Operation]:
    return [op for api in APIS for op in operations(api)]
