"""Dump a package's public API as JSON, from inside the interpreter that has it installed.

    python -m tools.peer_api.dump PACKAGE [--own PKG,...] [--dist DISTRIBUTION]

Run with PYTHONPATH set to the repository root only, so `tools` imports and `PACKAGE` comes from the
interpreter's own site-packages (a peer's venv) or from PYTHONPATH (ours). Standard library only, Python
3.11+. The JSON, written to stdout with sorted keys, holds:

- `modules`: every public module of PACKAGE (no `_` in its path, no `tests`), each with its public names.
  `exported` is true for the names in `__all__` or, without `__all__`, for those the module itself defines
  (assignments, `def`, `class`; not imports). Other names are kept when they are classes or functions of
  an own package (what `from module import name` reaches).
- `classes`: every class of an own package reachable from those names, keyed `module:qualname`: its
  category (exception, model, enum, class), constructor signature, own-package ancestors (and builtin
  exception bases), fields (pydantic, dataclasses, attrs, serializer-style `*Field` attributes) and
  members. A member is a method (its signature, whether it is async, how it binds), a property or
  attribute (its type, and `ref` when that is an own class: `client.accounts` leads to the resource
  class), or a nested class. Attributes come from class bodies, annotations and `self.x = ...` in
  `__init__`. Members of external bases (object, pydantic's BaseModel, Exception) are left out, except
  the protocol methods listed in `PROTOCOL`, and so are pydantic validators.
- A signature is the list of parameters (name, kind, whether it has a default, its type) and the return
  type; a type is the annotation as written (short names) and its kinds (see `tools.peer_api.kinds`).

No default value, address or file path is recorded, so two dumps of one installed version are equal.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import enum
import functools
import importlib
import importlib.metadata
import importlib.util
import inspect
import json
import pkgutil
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

from .kinds import ANY, Resolver, describe, kind_of_class, kind_of_object
from .source import defined_names, self_assignments, source_tree, type_checking_names, union_parts

FORMAT = 1
PROTOCOL = frozenset(
    {
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__iter__",
        "__aiter__",
        "__next__",
        "__anext__",
        "__call__",
        "__len__",
        "__getitem__",
        "__contains__",
    }
)
# Our runtime's `@operation` / `@paginated` methods return what the client runs; the caller gets the inner type.
UNWRAP = frozenset({"Call", "Operation", "OperationFlow"})
PAGER = frozenset({"Pages"})
# Serializer-style fields (`uuid = SimpleField()`, rapidpro-python's TembaObject): what reading one gives.
FIELD_KINDS = {
    "SimpleField": ANY,
    "BooleanField": "bool",
    "IntegerField": "int",
    "DatetimeField": "datetime",
    "ListField": "list",
    "ObjectListField": "list",
    "ObjectDictField": "dict",
}
PARAMETER_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional_only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional_or_keyword",
    inspect.Parameter.VAR_POSITIONAL: "var_positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword_only",
    inspect.Parameter.VAR_KEYWORD: "var_keyword",
}

Json = dict[str, Any]


def class_key(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def public_modules(package: str) -> list[str]:
    """PACKAGE and its submodules, minus private ones (a `_` part) and test modules."""
    root = importlib.import_module(package)
    names = [package]
    path = getattr(root, "__path__", None)
    if path is not None:
        for info in pkgutil.walk_packages(path, prefix=package + ".", onerror=lambda _name: None):
            parts = info.name.split(".")[1:]
            if any(p.startswith("_") or p in ("tests", "conftest") or p.startswith("test_") for p in parts):
                continue
            names.append(info.name)
    return sorted(names)


class Dumper:
    def __init__(self, package: str, own: tuple[str, ...]) -> None:
        self.package = package
        self.own = (package, *own)
        self.modules: dict[str, Json] = {}
        self.classes: dict[str, Json] = {}
        self._pending: dict[str, type] = {}
        self._namespaces: dict[str, dict[str, object]] = {}

    # ------------------------------------------------------------------ walking

    def run(self) -> Json:
        for name in public_modules(self.package):
            self.modules[name] = self.dump_module(name)
        while self._pending:
            key, cls = self._pending.popitem()
            self.classes[key] = self.dump_class(cls)
        return {"format": FORMAT, "package": self.package, "modules": self.modules, "classes": self.classes}

    def is_own(self, obj: object) -> bool:
        module = getattr(obj, "__module__", None)
        return isinstance(module, str) and module.split(".")[0] in self.own

    def ref(self, cls: type) -> str:
        key = class_key(cls)
        if self.is_own(cls) and key not in self.classes:
            self._pending[key] = cls
        return key

    def namespace(self, module_name: str) -> dict[str, object]:
        """A module's globals plus the names it imports under `if TYPE_CHECKING:`."""
        if module_name not in self._namespaces:
            module = sys.modules.get(module_name)
            namespace: dict[str, object] = {}
            if module is not None:
                namespace.update(type_checking_names(module))
                namespace.update(vars(module))
            self._namespaces[module_name] = namespace
        return self._namespaces[module_name]

    # ------------------------------------------------------------------ modules

    def dump_module(self, name: str) -> Json:
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            return {"error": type(exc).__name__, "names": {}}
        declared = getattr(module, "__all__", None)
        defined = defined_names(source_tree(module))
        names: dict[str, Json] = {}
        for attr in sorted(set(dir(module))):
            if attr.startswith("_") and attr != "__version__":
                continue
            obj = getattr(module, attr, None)
            if isinstance(obj, types.ModuleType):
                continue
            if declared is not None:
                exported = attr in declared or attr == "__version__"
            else:
                exported = attr in defined or (getattr(obj, "__module__", None) == name and _is_code(obj))
            if not exported and not (_is_code(obj) and self.is_own(obj)):
                continue
            names[attr] = {**self.describe_value(obj, self.namespace(name)), "exported": exported}
        return {"all": declared is not None, "names": names}

    def describe_value(self, obj: object, namespace: Mapping[str, object]) -> Json:
        if isinstance(obj, type):
            entry: Json = {"kind": "class", "ref": self.ref(obj)}
            if not self.is_own(obj):
                entry["external"] = True
            return entry
        if inspect.isroutine(obj) or isinstance(obj, functools.partial):
            fn: Any = obj
            return {
                "kind": "function",
                "ref": f"{getattr(fn, '__module__', '?')}:{getattr(fn, '__qualname__', '?')}",
                "async": _is_async(fn),
                **self.signature(fn, skip_first=False),
            }
        if (
            obj is not None
            and not isinstance(obj, enum.Enum)
            and (kind_of_object(obj) is not None or typing_construct(obj))
        ):
            text, kinds = describe(obj, namespace)
            return {"kind": "type_alias", "type": {"annotation": text, "kinds": kinds}}
        return {"kind": "value", "type": {"annotation": type(obj).__name__, "kinds": [kind_of_class(type(obj))]}}

    # ------------------------------------------------------------------ signatures and types

    def type_of(self, annotation: object, namespace: Mapping[str, object]) -> Json | None:
        if annotation is inspect.Parameter.empty or annotation is inspect.Signature.empty:
            return None
        text, kinds = describe(annotation, namespace)
        return {"annotation": text, "kinds": kinds}

    def signature(self, fn: Callable[..., Any], skip_first: bool, unwrap_result: bool = False) -> Json:
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            return {"params": None, "returns": None}
        namespace = self.namespace(getattr(inspect.unwrap(fn), "__module__", "") or "")
        params = list(sig.parameters.values())
        if skip_first and params and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            params = params[1:]
        returns = sig.return_annotation
        returns_json = self._unwrapped(returns, namespace) if unwrap_result else self.type_of(returns, namespace)
        return {"params": [self.parameter(p, namespace) for p in params], "returns": returns_json}

    def parameter(self, param: inspect.Parameter, namespace: Mapping[str, object]) -> Json:
        return {
            "name": param.name,
            "kind": PARAMETER_KINDS[param.kind],
            "default": param.default is not param.empty,
            "type": self.type_of(param.annotation, namespace),
        }

    def _unwrapped(self, annotation: object, namespace: Mapping[str, object]) -> Json | None:
        text = annotation if isinstance(annotation, str) else None
        if text is None:
            return self.type_of(annotation, namespace)
        try:
            node = ast.parse(text, mode="eval").body
        except SyntaxError:
            return self.type_of(annotation, namespace)
        if isinstance(node, ast.Subscript):
            outer = ast.unparse(node.value).rsplit(".", 1)[-1]
            inner = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
            if outer in UNWRAP:
                return self.type_of(ast.unparse(inner), namespace)
            if outer in PAGER:
                shown = describe(ast.unparse(inner), namespace)[0]
                return {"annotation": f"pager of {shown}", "kinds": ["iterable"]}
        return self.type_of(annotation, namespace)

    def class_ref(self, annotation: object, namespace: Mapping[str, object]) -> str | None:
        """The own class an attribute's annotation names (`Accounts[Self]`, `Configuration | None`)."""
        if isinstance(annotation, type):
            return self.ref(annotation) if self.is_own(annotation) else None
        if not isinstance(annotation, str):
            return None
        try:
            node = ast.parse(annotation, mode="eval").body
        except SyntaxError:
            return None
        found: list[type] = []
        for part in union_parts(node):
            target = part.value if isinstance(part, ast.Subscript) else part
            if isinstance(target, ast.Name | ast.Attribute):
                ok, obj = Resolver(namespace).lookup(ast.unparse(target))
                if ok and isinstance(obj, type) and self.is_own(obj):
                    found.append(obj)
        return self.ref(found[0]) if len(found) == 1 else None

    # ------------------------------------------------------------------ classes

    def dump_class(self, cls: type) -> Json:
        namespace = {**self.namespace(cls.__module__), **vars(cls)}
        fields = self.fields(cls, namespace)
        members = self.members(cls, set(fields))
        if issubclass(cls, BaseException):
            category = "exception"
        elif issubclass(cls, enum.Enum):
            category = "enum"
        elif fields:
            category = "model"
        else:
            category = "class"
        return {
            "name": cls.__name__,
            "module": cls.__module__,
            "qualname": cls.__qualname__,
            "category": category,
            "ancestors": self.ancestors(cls),
            "init": self.constructor(cls, namespace),
            "fields": fields,
            "members": members,
        }

    def ancestors(self, cls: type) -> list[str]:
        names = []
        for base in cls.__mro__[1:]:
            if (self.is_own(base) and not base.__name__.startswith("_")) or (
                base.__module__ == "builtins" and issubclass(base, Exception) and base is not Exception
            ):
                names.append(base.__name__)
        return names

    def constructor(self, cls: type, namespace: Mapping[str, object]) -> Json | None:
        """Constructor parameters; None for `object`'s (no arguments: nothing to compare)."""
        if isinstance(getattr(cls, "model_fields", None), dict) and hasattr(cls, "model_config"):
            return {"params": self._pydantic_parameters(cls, namespace)}
        if issubclass(cls, enum.Enum) or (cls.__init__ is object.__init__ and cls.__new__ is object.__new__):
            return None  # an enum is looked up by value; object's constructor takes nothing
        try:
            inspect.signature(cls)
        except (TypeError, ValueError):
            if issubclass(cls, BaseException):  # Exception's own constructor, as it is used: one message
                return {"params": [{"name": "message", "kind": "positional_only", "default": True, "type": None}]}
            return None
        return {"params": self.signature(cls, skip_first=False)["params"]}

    def _pydantic_parameters(self, cls: type, namespace: Mapping[str, object]) -> list[Json]:
        """The keywords a pydantic model accepts: field names and/or aliases, as its config says."""
        config: Mapping[str, Any] = getattr(cls, "model_config", {}) or {}
        by_name = bool(config.get("validate_by_name") or config.get("populate_by_name"))
        by_alias = config.get("validate_by_alias", True) is not False
        params: list[Json] = []
        model_fields: dict[str, Any] = getattr(cls, "model_fields", {})
        for name, info in model_fields.items():
            alias = info.validation_alias if isinstance(info.validation_alias, str) else info.alias
            if alias is None or alias == name:
                names = [name]
            else:
                names = ([alias] if by_alias else []) + ([name] if by_name else [])
            if not names:
                continue
            primary = name if name in names else names[0]
            params.append(
                {
                    "name": primary,
                    "aliases": [n for n in names if n != primary],
                    "kind": "keyword_only",
                    "default": not info.is_required(),
                    "type": self.type_of(info.annotation, namespace),
                }
            )
        if config.get("extra") == "allow":  # extra keywords are kept (ignored ones are lost: not "accepted")
            params.append({"name": "extra", "kind": "var_keyword", "default": False, "type": None})
        return params

    def fields(self, cls: type, namespace: Mapping[str, object]) -> dict[str, Json]:
        fields: dict[str, Json] = {}
        model_fields = getattr(cls, "model_fields", None)  # pydantic v2
        if isinstance(model_fields, dict):
            for name, info in model_fields.items():
                if hasattr(info, "is_required"):
                    fields[name] = {
                        "required": bool(info.is_required()),
                        "type": self.type_of(info.annotation, namespace),
                    }
        if dataclasses.is_dataclass(cls):
            for field in dataclasses.fields(cls):
                required = field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
                fields[field.name] = {"required": required, "type": self.type_of(field.type, namespace)}
        for attribute in getattr(cls, "__attrs_attrs__", ()):
            required = repr(attribute.default) == "NOTHING"
            fields[attribute.name] = {"required": required, "type": self.type_of(attribute.type, namespace)}
        for owner in reversed(cls.__mro__):
            if not self.is_own(owner):
                continue
            for name, value in vars(owner).items():
                field_type = type(value).__name__
                if name.startswith("_") or isinstance(value, type) or not field_type.endswith("Field"):
                    continue
                if not (hasattr(value, "serialize") and hasattr(value, "deserialize")):
                    continue
                item = getattr(value, "item_class", None)
                kind = FIELD_KINDS.get(field_type, ANY)
                if isinstance(item, type) and field_type == "ObjectField":
                    kind = kind_of_class(item)
                shown = kind if kind != ANY else "object"
                if isinstance(item, type):
                    shown = item.__name__ if field_type == "ObjectField" else f"{kind}[{item.__name__}]"
                fields[name] = {"required": False, "type": {"annotation": shown, "kinds": [kind]}}
        return {name: fields[name] for name in sorted(fields) if not name.startswith("_")}

    def members(self, cls: type, fields: set[str]) -> dict[str, Json]:
        external = {name for base in cls.__mro__ if not self.is_own(base) for name in vars(base)}
        external |= _pydantic_hooks(cls)
        members: dict[str, Json] = {}
        own_classes = [base for base in cls.__mro__ if self.is_own(base)]
        for owner in own_classes:
            for name, raw in vars(owner).items():
                if name in members or name in fields:
                    continue
                if name.startswith("_") and name not in PROTOCOL:
                    continue
                if name in external and name not in PROTOCOL:
                    continue  # an override of an external base's member (or a pydantic validator)
                member = self.member(owner, name, raw)
                if member is not None:
                    members[name] = {**member, "defined_in": class_key(owner)}
        for owner in own_classes:
            namespace = self.namespace(owner.__module__)
            for name, member in self.instance_attributes(owner, namespace).items():
                if name not in members and name not in fields and name not in external:
                    members[name] = {**member, "defined_in": class_key(owner)}
            for name, annotation in inspect.get_annotations(owner).items():
                if name.startswith("_") or name in members or name in fields or name in external:
                    continue
                members[name] = {
                    "kind": "attribute",
                    "type": self.type_of(annotation, namespace),
                    "ref": self.class_ref(annotation, namespace),
                    "defined_in": class_key(owner),
                }
        return dict(sorted(members.items()))

    def member(self, owner: type, name: str, raw: object) -> Json | None:
        if isinstance(raw, staticmethod):
            return {
                "kind": "method",
                "binding": "static",
                "async": _is_async(raw.__func__),
                **self.signature(raw.__func__, False),
            }
        if isinstance(raw, classmethod):
            fn: Any = raw.__func__
            return {"kind": "method", "binding": "class", "async": _is_async(fn), **self.signature(fn, True)}
        if inspect.isfunction(raw):
            return {"kind": "method", "binding": "instance", "async": _is_async(raw), **self.signature(raw, True)}
        if isinstance(raw, property | functools.cached_property):
            getter: Any = raw.fget if isinstance(raw, property) else raw.func
            annotation = inspect.signature(getter).return_annotation if getter is not None else inspect.Signature.empty
            getter_ns = self.namespace(getattr(getter, "__module__", owner.__module__))
            return {
                "kind": "property",
                "type": self.type_of(annotation, getter_ns),
                "ref": self.class_ref(annotation, getter_ns) if annotation is not inspect.Signature.empty else None,
            }
        if isinstance(raw, type):
            return {"kind": "class", "ref": self.ref(raw)}
        wrapped = getattr(raw, "__wrapped__", None)
        if callable(wrapped) and not callable(raw) and hasattr(type(raw), "__get__"):
            # A method-making descriptor (our runtime's @operation): sync or async as the client it is read from.
            return {"kind": "method", "binding": "instance", "async": None, **self.signature(wrapped, True, True)}
        annotation = inspect.get_annotations(owner).get(name)
        if annotation is not None:  # `status_code: int | None = None`: the annotation, not the default's type
            namespace = self.namespace(owner.__module__)
            return {
                "kind": "attribute",
                "type": self.type_of(annotation, namespace),
                "ref": self.class_ref(annotation, namespace),
            }
        return {
            "kind": "attribute",
            "type": {"annotation": type(raw).__name__, "kinds": [kind_of_class(type(raw))]},
            "ref": None,
        }

    def instance_attributes(self, owner: type, namespace: Mapping[str, object]) -> dict[str, Json]:
        """`self.name = ...` in `__init__` (and dataclass/attrs post-init hooks) of one class."""
        found: dict[str, Json] = {}
        for hook in ("__init__", "__post_init__", "__attrs_post_init__"):
            fn = vars(owner).get(hook)
            if not inspect.isfunction(fn):
                continue
            for name, (annotation, value, params) in self_assignments(fn).items():
                found.setdefault(name, self._assigned(annotation, value, params, namespace))
        return found

    def _assigned(
        self,
        annotation: ast.expr | None,
        value: ast.expr | None,
        params: Mapping[str, ast.expr],
        namespace: Mapping[str, object],
    ) -> Json:
        if annotation is not None:
            text = ast.unparse(annotation)
            return {"kind": "attribute", "type": self.type_of(text, namespace), "ref": self.class_ref(text, namespace)}
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name | ast.Attribute):
            ok, obj = Resolver(namespace).lookup(ast.unparse(value.func))
            if ok and isinstance(obj, type):
                kind = kind_of_class(obj)
                ref = self.ref(obj) if self.is_own(obj) else None
                return {"kind": "attribute", "type": {"annotation": obj.__name__, "kinds": [kind]}, "ref": ref}
        if isinstance(value, ast.Name) and value.id in params:
            text = ast.unparse(params[value.id])
            return {"kind": "attribute", "type": self.type_of(text, namespace), "ref": self.class_ref(text, namespace)}
        return {"kind": "attribute", "type": None, "ref": None}


def typing_construct(obj: object) -> bool:
    return (
        typing.get_origin(obj) is not None or isinstance(obj, types.UnionType) or type(obj).__name__ == "TypeAliasType"
    )


def _pydantic_hooks(cls: type) -> set[str]:
    """A pydantic model's validators and serializers: how it parses, not what it offers."""
    decorators = getattr(cls, "__pydantic_decorators__", None)
    groups = (
        "validators",
        "field_validators",
        "root_validators",
        "field_serializers",
        "model_serializers",
        "model_validators",
    )
    return {name for group in groups for name in (getattr(decorators, group, None) or {})}


def _is_code(obj: object) -> bool:
    return isinstance(obj, type) or inspect.isroutine(obj)


def _is_async(fn: object) -> bool:
    target = inspect.unwrap(fn) if callable(fn) else fn
    return inspect.iscoroutinefunction(target) or inspect.isasyncgenfunction(target)


def dump(package: str, own: tuple[str, ...] = (), distribution: str | None = None) -> Json:
    result = Dumper(package, own).run()
    if distribution:
        result["distribution"] = distribution
        result["version"] = importlib.metadata.version(distribution)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.peer_api.dump", description=__doc__.split("\n")[0])
    parser.add_argument("package")
    parser.add_argument("--own", default="", help="other top-level packages whose base classes count as the API's own")
    parser.add_argument("--dist", help="distribution whose installed version to record (and check)")
    args = parser.parse_args(argv)
    own = tuple(name for name in args.own.split(",") if name)
    sys.stdout.write(json.dumps(dump(args.package, own, args.dist), indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
