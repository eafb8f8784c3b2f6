"""Annotations as a short display string and a set of coarse kinds, the same on every Python from 3.11.

A kind is what a caller relies on: `int`, `Decimal`, `str`, `list`, `datetime`, `None`, `class:Balance`,
or `any` (no verdict: `Any`, a type variable, an unresolved name). Classes that subclass a builtin take
its kind (an `int` subclass such as a `Pence` type is `int`, a `StrEnum` is `str`); other classes are
`class:<name>`. Containers keep only their outer kind (`list[Account]` is `list`).

`leq(a, b)`: a value of kind `a` can be used where kind `b` is expected (`bool` <= `int` <= `float`,
`list` <= `sequence` <= `iterable`, `datetime` <= `date`, `dict` <= `mapping`; any class for any
class, as the classes' members are compared where they are rows).

Standard library only: this runs in the peers' venvs too.
"""

from __future__ import annotations

import ast
import builtins
import collections.abc
import datetime as dt
import decimal
import enum
import importlib
import types
import typing
import uuid
from collections.abc import Mapping

ANY = "any"
NONE = "None"

# Concrete bases, most specific first (bool before int, datetime before date).
_BUILTIN_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "bool"),
    (int, "int"),
    (float, "float"),
    (complex, "complex"),
    (decimal.Decimal, "Decimal"),
    (str, "str"),
    (bytes, "bytes"),
    (bytearray, "bytes"),
    (dt.datetime, "datetime"),
    (dt.date, "date"),
    (dt.time, "time"),
    (dt.timedelta, "timedelta"),
    (uuid.UUID, "uuid"),
    (list, "list"),
    (tuple, "tuple"),
    (dict, "dict"),
    (set, "set"),
    (frozenset, "frozenset"),
)

# Abstract collection types, by identity (a user class defining __iter__ is not "iterable" here).
_ABSTRACT_KINDS: dict[object, str] = {
    collections.abc.Sequence: "sequence",
    collections.abc.MutableSequence: "sequence",
    collections.abc.Iterable: "iterable",
    collections.abc.Iterator: "iterable",
    collections.abc.Generator: "iterable",
    collections.abc.Collection: "iterable",
    collections.abc.AsyncIterable: "aiterable",
    collections.abc.AsyncIterator: "aiterable",
    collections.abc.AsyncGenerator: "aiterable",
    collections.abc.Mapping: "mapping",
    collections.abc.MutableMapping: "mapping",
    collections.abc.Set: "set",
    collections.abc.MutableSet: "set",
    collections.abc.Callable: "callable",
    collections.abc.Awaitable: "awaitable",
    collections.abc.Coroutine: "awaitable",
    type: "type",
}

_WIDER: dict[str, tuple[str, ...]] = {
    "bool": ("int",),
    "int": ("float",),
    "float": ("complex",),
    "list": ("sequence",),
    "tuple": ("sequence",),
    "sequence": ("iterable",),
    "set": ("iterable",),
    "frozenset": ("iterable",),
    "dict": ("mapping",),
    "datetime": ("date",),
}

_TRANSPARENT = {"Optional", "Union", "Annotated", "ClassVar", "Final", "Required", "NotRequired", "ReadOnly"}


def leq(narrow: str, wide: str) -> bool:
    """A value of kind `narrow` is acceptable where kind `wide` is expected."""
    if narrow == wide or (narrow.startswith("class:") and wide.startswith("class:")):
        return True  # objects of two classes: their members are compared on rows of their own
    return any(leq(up, wide) for up in _WIDER.get(narrow, ()))


def kind_of_class(cls: type) -> str:
    for base, kind in _BUILTIN_KINDS:
        if issubclass(cls, base):
            return kind
    if cls is type(None):
        return NONE
    if cls is object:
        return ANY
    return f"class:{cls.__name__}"


def kind_of_object(obj: object) -> set[str] | None:
    """Kinds of a resolved name, or None when `obj` is a typing construct to be formatted and re-read."""
    if obj is None or obj is type(None):
        return {NONE}
    if obj is typing.Any or obj is object or isinstance(obj, typing.TypeVar | typing.ParamSpec):
        return {ANY}
    if _abstract(obj):
        return {_ABSTRACT_KINDS[obj]}
    origin = typing.get_origin(obj)
    if origin is not None and not typing.get_args(obj):  # bare typing.List, typing.Sequence ...
        if _abstract(origin):
            return {_ABSTRACT_KINDS[origin]}
        if isinstance(origin, type):
            return {kind_of_class(origin)}
    if isinstance(obj, type):
        return {kind_of_class(obj)}
    supertype = getattr(obj, "__supertype__", None)  # typing.NewType
    if isinstance(supertype, type):
        return {kind_of_class(supertype)}
    if isinstance(obj, enum.Enum):  # a Literal[Color.RED] value
        return {kind_of_class(type(obj))}
    return None


def _abstract(obj: object) -> bool:
    try:
        return obj in _ABSTRACT_KINDS
    except TypeError:  # unhashable: a dict or list value
        return False


def format_object(obj: object) -> str:
    """A runtime annotation as source text, with classes fully qualified (re-read by `describe`)."""
    if obj is None or obj is type(None):
        return "None"
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, str):
        return obj
    if isinstance(obj, typing.ForwardRef):
        return obj.__forward_arg__
    if isinstance(obj, typing.TypeVar | typing.ParamSpec):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(format_object(item) for item in obj) + "]"
    origin, args = typing.get_origin(obj), typing.get_args(obj)
    if origin is typing.Union or origin is types.UnionType:
        return " | ".join(format_object(arg) for arg in args)
    if origin is typing.Literal:
        return "typing.Literal[" + ", ".join(_literal_text(arg) for arg in args) + "]"
    if origin is typing.Annotated:
        return format_object(args[0])
    if origin is not None:
        base = format_object(origin)
        return f"{base}[{', '.join(format_object(arg) for arg in args)}]" if args else base
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        if "<locals>" in obj.__qualname__:
            return obj.__name__
        return f"{obj.__module__}.{obj.__qualname__}"
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or getattr(obj, "_name", None)
    module = getattr(obj, "__module__", None)
    if isinstance(name, str) and isinstance(module, str):
        return f"{module}.{name}"  # typing.Any, typing.Self, a NewType, a type alias
    return repr(obj)


def _literal_text(value: object) -> str:
    if isinstance(value, enum.Enum):
        return f"{format_object(type(value))}.{value.name}"
    return repr(value)


class Resolver:
    """Looks names up in a namespace (module globals plus names imported under TYPE_CHECKING), then
    imports dotted names. Unresolvable names give `any`."""

    def __init__(self, namespace: Mapping[str, object]) -> None:
        self.namespace = namespace

    def lookup(self, dotted: str) -> tuple[bool, object]:
        head, *rest = dotted.split(".")
        if head in self.namespace:
            found, obj = True, self.namespace[head]
        elif hasattr(builtins, head):
            found, obj = True, getattr(builtins, head)
        else:
            found, obj = self._import(dotted)
            rest = []
        for part in rest:
            if not hasattr(obj, part):
                return self._import(dotted)
            obj = getattr(obj, part)
        return found, obj

    @staticmethod
    def _import(dotted: str) -> tuple[bool, object]:
        parts = dotted.split(".")
        for cut in range(len(parts) - 1, 0, -1):
            try:
                obj: object = importlib.import_module(".".join(parts[:cut]))
            except Exception:
                continue
            for part in parts[cut:]:
                if not hasattr(obj, part):
                    return False, None
                obj = getattr(obj, part)
            return True, obj
        return False, None


def describe(annotation: object, namespace: Mapping[str, object]) -> tuple[str, list[str]]:
    """(display text, sorted kinds) of an annotation: a string (postponed evaluation) or a runtime object."""
    text = annotation if isinstance(annotation, str) else format_object(annotation)
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        return text, [ANY]
    display, kinds = _walk(tree, Resolver(namespace), depth=0)
    return display, sorted(kinds)


def _walk(node: ast.expr, resolver: Resolver, depth: int) -> tuple[str, set[str]]:
    if depth > 20:  # a self-referencing alias
        return ast.unparse(node), {ANY}
    if isinstance(node, ast.Constant):
        if node.value is None:
            return "None", {NONE}
        if isinstance(node.value, str):  # a quoted forward reference inside an annotation
            try:
                inner = ast.parse(node.value.strip(), mode="eval").body
            except SyntaxError:
                return node.value, {ANY}
            return _walk(inner, resolver, depth + 1)
        return repr(node.value), {ANY}
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, lkinds = _walk(node.left, resolver, depth + 1)
        right, rkinds = _walk(node.right, resolver, depth + 1)
        return f"{left} | {right}", lkinds | rkinds
    if isinstance(node, ast.Name | ast.Attribute):
        dotted = ast.unparse(node)
        short = dotted.rsplit(".", 1)[-1]
        found, obj = resolver.lookup(dotted)
        if not found:
            return short, {ANY}
        kinds = kind_of_object(obj)
        if kinds is None:
            kinds = _alias_kinds(obj, resolver, depth)
        return short, kinds
    if isinstance(node, ast.Subscript):
        return _walk_subscript(node, resolver, depth)
    return ast.unparse(node), {ANY}


def _alias_kinds(obj: object, resolver: Resolver, depth: int) -> set[str]:
    """Kinds of a name bound to a typing construct (`Amount = int | Decimal`); special forms are `any`."""
    value = getattr(obj, "__value__", None)  # a `type X = ...` alias
    text = format_object(value if value is not None else obj)
    if "[" not in text and "|" not in text:
        return {ANY}  # typing.Self, typing.Never, an opaque alias
    return _walk(ast.parse(text, mode="eval").body, Resolver({}), depth + 1)[1]


def _walk_subscript(node: ast.Subscript, resolver: Resolver, depth: int) -> tuple[str, set[str]]:
    base = ast.unparse(node.value).rsplit(".", 1)[-1]
    items = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
    if base == "Literal":
        kinds: set[str] = set()
        for item in items:
            if isinstance(item, ast.Constant):
                kinds.add(NONE if item.value is None else kind_of_class(type(item.value)))
            else:
                kinds |= _walk(item, resolver, depth + 1)[1]
        return f"Literal[{', '.join(ast.unparse(item) for item in items)}]", kinds
    if base in _TRANSPARENT:
        parts = [_walk(item, resolver, depth + 1) for item in (items[:1] if base != "Union" else items)]
        if base == "Optional":
            parts.append(("None", {NONE}))
        display = " | ".join(text for text, _ in parts)
        return display, set().union(*(k for _, k in parts))
    args = ", ".join(
        _walk(item, resolver, depth + 1)[0] if not isinstance(item, ast.List) else "[...]" for item in items
    )
    _, base_kinds = _walk(node.value, resolver, depth + 1)
    return f"{base}[{args}]", base_kinds
