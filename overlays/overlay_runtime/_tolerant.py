"""Tolerant parsing: one odd value never costs a whole response.

The specs follow today's servers; older self-hosted servers and partly documented APIs send values
of other types now and then (`"fields": {"age": 34}` where a string is documented, a string where
a translations object is). A response that is valid JSON of the right overall shape is never
refused for that:

1. The fast path is unchanged: pydantic validates the body straight from its bytes, in one pass
   (with the cyclic garbage collector paused meanwhile: see `_collector_paused`).
2. Only when that fails, and the client is not `strict`, the body is decoded and repaired item by
   item: every value that validates is typed as usual, and each value that does not is **kept as
   received, in its own field** (`contact.fields["age"] == 34`, `event.message == "Hi"`); a
   required field that is missing is set to None. Nested objects are repaired inside, so one odd
   value in a list of 250 contacts leaves the other 249 (and the rest of that contact) typed.
3. Each odd field path is logged once per client, as a WARNING on the facade's logger (`rapidpro`,
   `monzoh`, `bloomy`), with `extra` fields `parse_model`, `parse_path`, `parse_problem`: a 50,000
   contact export with one odd field logs one line, not 50,000. Values themselves are never logged
   (they may be personal data), only their type.

What is not the right overall shape still fails, with the facade's response-validation error: a
body that is not JSON, a list where an object is expected (or the reverse) at the top, a missing
or non-list `results` (the list of items of a page). `strict=True` on a client (`Runtime.parsing`)
restores all-or-nothing validation. Outside a client's request (no policy in scope) parsing is strict.
"""

from __future__ import annotations

import gc
import json
import logging
import threading
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, Union, get_args, get_origin

import httpx

if TYPE_CHECKING:
    import pydantic
    from pydantic import BaseModel
    from pydantic.fields import FieldInfo
    from pydantic_core import ErrorDetails

__all__ = [
    "ParsePolicy",
    "enter_parsing",
    "leave_parsing",
    "validate_json",
    "validate_json_list",
    "validate_python",
]

M = TypeVar("M", bound="BaseModel")
_MISSING: Any = object()


@dataclass(eq=False)
class ParsePolicy:
    """How a client parses bodies: `strict=True` refuses a whole response for one odd value (the
    behaviour of earlier versions); by default the odd value is kept as received and logged once."""

    strict: bool = False
    _reported: set[tuple[str, str]] = field(default_factory=set, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def first_time(self, model: str, path: str) -> bool:
        """True the first time (model, path) is reported by this client, False after."""
        with self._lock:
            if (model, path) in self._reported:
                return False
            self._reported.add((model, path))
            return True


# The client whose response is being parsed: set by the client around `Call.parse`.
_SCOPE: ContextVar[tuple[ParsePolicy, logging.Logger, httpx.Response] | None] = ContextVar(
    "overlay_runtime_parsing", default=None
)


def enter_parsing(policy: ParsePolicy, logger: logging.Logger, response: httpx.Response) -> Token[Any]:
    """Parse what follows under `policy` (until `leave_parsing(token)`)."""
    return _SCOPE.set((policy, logger, response))


def leave_parsing(token: Token[Any]) -> None:
    _SCOPE.reset(token)


# -- the fast path ---------------------------------------------------------------------------------

# A body smaller than this makes fewer objects than start one collection: no pause (it costs a lock).
PAUSE_FROM_BYTES = 32 * 1024
_COLLECTOR_LOCK = threading.Lock()
_collector_pauses = 0  # how many validations (in any thread) are in a pause now
_collector_was_enabled = False  # whether the first of them found the collector enabled


@contextmanager
def _collector_paused(pause: bool = True) -> Iterator[None]:
    """The cyclic garbage collector off while a body is validated, as it was afterwards.

    A page of 250 contacts makes some 3,000 container objects in one pydantic call; with the
    collector on, each few hundred of them start a collection that walks every young object (all
    of them alive, since the page is being built), and the survivors again in older generations:
    measured in-process, half again the time of the validation itself. Paused, they are walked
    once, after. Nothing is lost: reference counting frees as usual meanwhile, and the collector
    runs at the next allocation. Nested and concurrent pauses (threads) end together with the last one; a
    collector that was disabled already stays disabled. `pause=False`: nothing is done."""
    global _collector_pauses, _collector_was_enabled
    if not pause:
        yield
        return
    with _COLLECTOR_LOCK:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _COLLECTOR_LOCK:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_enabled:
                gc.enable()


# -- entry points ----------------------------------------------------------------------------------


def validate_json(cls: type[M], content: bytes | str) -> M:
    """`cls.model_validate_json(content)`, repaired instead of refused when the client is tolerant."""
    import pydantic  # here: pydantic loads with the first model

    try:
        with _collector_paused(len(content) >= PAUSE_FROM_BYTES):
            return cls.model_validate_json(content)
    except pydantic.ValidationError as exc:
        repaired: M = _recover(exc, cls.__name__, partial(_top, cls), content=content)
        return repaired


def validate_json_list(item: type[M], content: bytes | str) -> list[M]:
    """A body that is a bare JSON array of `item`, repaired item by item when the client is tolerant."""
    import pydantic  # here: pydantic loads with the first model

    try:
        with _collector_paused(len(content) >= PAUSE_FROM_BYTES):
            result: list[M] = _list_adapter(item).validate_json(content)
        return result
    except pydantic.ValidationError as exc:
        repaired: list[M] = _recover(exc, item.__name__, partial(_top_list, item), content=content)
        return repaired


def validate_python(cls: type[M], data: Any, *, big: bool = False) -> M:
    """`cls.model_validate(data)` for an object already decoded, repaired when the client is tolerant;
    `big` (a whole page, say) pauses the collector meanwhile, as for a large JSON body."""
    import pydantic  # here: pydantic loads with the first model

    try:
        with _collector_paused(big):
            return cls.model_validate(data)
    except pydantic.ValidationError as exc:
        repaired: M = _recover(exc, cls.__name__, partial(_top, cls), data=data)
        return repaired


# -- the slow path ---------------------------------------------------------------------------------


def _errors(exc: pydantic.ValidationError) -> list[ErrorDetails]:
    return exc.errors(include_url=False, include_context=False, include_input=False)


class _Unrepairable(Exception):
    """Not the right overall shape: the original error stands."""


@dataclass
class _Issues:
    found: list[tuple[str, str, str]] = field(default_factory=list)  # (path, problem, received type)

    def kept(self, path: str, problem: str, value: Any) -> None:
        self.found.append((path, problem, type(value).__name__))

    def missing(self, path: str) -> None:
        self.found.append((path, "missing", ""))


def _recover(
    exc: pydantic.ValidationError,
    name: str,
    repair: Callable[[Any, list[ErrorDetails]], tuple[Any, _Issues]],
    *,
    content: bytes | str | None = None,
    data: Any = None,
) -> Any:
    """`repair(body)` under the client's policy: the original error when strict, or out of any client."""
    scope = _SCOPE.get()
    if scope is None or scope[0].strict:
        raise exc
    policy, logger, response = scope
    try:
        result, issues = repair(data if content is None else json.loads(content), _errors(exc))
    except (_Unrepairable, ValueError):  # not the right shape, or not JSON at all
        raise exc from None
    where = _describe(response)
    for path, problem, received in issues.found:
        if not logger.isEnabledFor(logging.WARNING) or not policy.first_time(name, path):
            continue
        full = name + ("" if path.startswith("[") else ".") + path
        extra = {"parse_model": name, "parse_path": path, "parse_problem": problem}
        if problem == "missing":
            logger.warning("%s: %s is missing, set to None (logged once)", where, full, extra=extra)
        else:
            text = "%s: %s kept as received (%s): %s (logged once)"
            logger.warning(text, where, full, received, problem, extra=extra)
    return result


def _describe(response: httpx.Response) -> str:
    try:
        return f"{response.request.method} {response.request.url.path}"
    except RuntimeError:
        return "response"


def _top(cls: type[M], data: Any, errors: list[ErrorDetails]) -> tuple[M, _Issues]:
    issues = _Issues()
    if not isinstance(data, dict):
        raise _Unrepairable
    return _model(cls, data, "", issues, top=True, errors=errors), issues


def _top_list(item: type[M], data: Any, errors: list[ErrorDetails]) -> tuple[list[M], _Issues]:
    issues = _Issues()
    if not isinstance(data, list):
        raise _Unrepairable
    return _items(item, data, "[]", issues, top=True), issues


def _join(path: str, key: object) -> str:
    if key == "[]":
        return f"{path}[]"
    return f"{path}.{key}" if path else str(key)


def _model(
    cls: type[M],
    data: dict[str, Any],
    path: str,
    issues: _Issues,
    *,
    top: bool = False,
    errors: list[ErrorDetails] | None = None,
) -> M:
    """`data` as a `cls`: its good fields validated, each bad one repaired inside or kept as received.

    `errors`: those of validating `data` already (the body's own), so it is not validated twice."""
    import pydantic  # here: pydantic loads with the first model

    if errors is None:
        try:
            return cls.model_validate(data)
        except pydantic.ValidationError as exc:
            errors = _errors(exc)
    locations = _locations(cls)
    if not any(_lookup(data, prefix) is not _MISSING for prefix, _ in locations.by_prefix):
        raise _Unrepairable  # an object with none of the model's keys (an error body, say) is not one of them
    bad: dict[str, tuple[tuple[Any, ...], str]] = {}  # field name -> (where its value is in `data`, first problem)
    for error in errors:
        loc = tuple(error["loc"])
        found = _field_at(locations, loc)
        if found is None:  # an error about the object as a whole: nothing to keep apart
            raise _Unrepairable
        name, prefix = found
        bad.setdefault(name, (prefix, error["msg"]))
    remaining = data
    for name in bad:
        for prefix in locations.prefixes[name]:
            remaining = _without(remaining, prefix)
    try:
        partial = _relaxed(cls).model_validate(remaining)
    except pydantic.ValidationError:
        raise _Unrepairable from None
    values = dict(partial.__dict__)
    for name, (prefix, problem) in bad.items():
        info = cls.model_fields[name]
        where = _join(path, name)
        raw = _lookup(data, prefix)
        if raw is _MISSING:
            if top and _holds_items(info.annotation):
                raise _Unrepairable
            issues.missing(where)
            values[name] = None
        else:
            values[name] = _descend(info.annotation, raw, where, problem, issues, top=top)
    built = cls.model_construct(_fields_set=partial.model_fields_set | set(bad), **values)
    if partial.__pydantic_extra__ is not None:
        object.__setattr__(built, "__pydantic_extra__", dict(partial.__pydantic_extra__))
    return built


def _item(tp: Any, raw: Any, path: str, issues: _Issues) -> Any:
    """One element of a list or dict: validated as `tp`, else repaired or kept as received."""
    import pydantic  # here: pydantic loads with the first model
    from pydantic import BaseModel

    if isinstance(tp, type) and issubclass(tp, BaseModel) and isinstance(raw, dict):
        try:
            return _model(tp, raw, path, issues)  # validates first: one pass for a good item
        except _Unrepairable:
            issues.kept(path, f"not a valid {tp.__name__}", raw)
            return raw
    try:
        return _adapter(tp).validate_python(raw)
    except pydantic.ValidationError as exc:
        errors = _errors(exc)
        problem = errors[0]["msg"] if errors else "invalid"
        return _descend(tp, raw, path, problem, issues, top=False)


def _items(tp: Any, raw: list[Any], path: str, issues: _Issues, *, top: bool) -> list[Any]:
    """The elements of a list; at the top of a body, a list of objects of which none could be read is
    not the right shape (`"results": [1, 2]`)."""
    from pydantic import BaseModel  # here: pydantic loads with the first model

    found = [_item(tp, element, path, issues) for element in raw]
    if top and found and _holds_models(tp) and not any(isinstance(one, BaseModel) for one in found):
        raise _Unrepairable
    return found


def _descend(tp: Any, raw: Any, path: str, problem: str, issues: _Issues, *, top: bool) -> Any:
    """`raw` failed validation as `tp`: repair inside it when `tp` holds objects, else keep it as received."""
    from pydantic import BaseModel  # here: pydantic loads with the first model

    for option in _options(tp):
        origin = get_origin(option)
        if isinstance(option, type) and issubclass(option, BaseModel):
            if isinstance(raw, dict):
                try:
                    return _model(option, raw, path, issues)
                except _Unrepairable:
                    continue
        elif origin in (list, tuple, set, frozenset) and isinstance(raw, list):
            args = get_args(option)
            if origin is list and args:
                return _items(args[0], raw, _join(path, "[]"), issues, top=top)
        elif origin is dict and isinstance(raw, dict):
            args = get_args(option)
            if len(args) == 2:
                return {key: _item(args[1], value, _join(path, key), issues) for key, value in raw.items()}
    if top and _holds_items(tp):
        raise _Unrepairable  # the body's own list of items is not a list: not the right shape
    issues.kept(path, problem, raw)
    return raw


# -- what a model looks like on the wire -----------------------------------------------------------


@dataclass(frozen=True)
class _Locations:
    prefixes: dict[str, list[tuple[Any, ...]]]  # field name -> where its value can be in the input
    by_prefix: list[tuple[tuple[Any, ...], str]]  # (prefix, field name), longest prefixes first


_LOCATIONS: dict[type[BaseModel], _Locations] = {}


def _locations(cls: type[BaseModel]) -> _Locations:
    found = _LOCATIONS.get(cls)
    if found is None:
        by_name = {name: _prefixes(cls, name, info) for name, info in cls.model_fields.items()}
        ordered = sorted(((p, n) for n, ps in by_name.items() for p in ps), key=lambda pair: -len(pair[0]))
        found = _LOCATIONS[cls] = _Locations(by_name, ordered)
    return found


def _prefixes(cls: type[BaseModel], name: str, info: FieldInfo) -> list[tuple[Any, ...]]:
    from pydantic import AliasChoices, AliasPath  # here: pydantic loads with the first model

    found: list[tuple[Any, ...]] = []
    alias = info.validation_alias
    choices = alias.choices if isinstance(alias, AliasChoices) else [alias] if alias is not None else []
    for choice in choices:
        found.append(tuple(choice.path) if isinstance(choice, AliasPath) else (choice,))
    if not found and info.alias is not None:
        found.append((info.alias,))
    config = cls.model_config
    if not found or config.get("populate_by_name") or config.get("validate_by_name"):
        found.append((name,))
    return found


def _field_at(locations: _Locations, loc: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]] | None:
    for prefix, name in locations.by_prefix:
        if loc[: len(prefix)] == prefix:
            return name, prefix
    return None


def _lookup(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        if (isinstance(data, dict) and step in data) or (
            isinstance(data, list) and isinstance(step, int) and -len(data) <= step < len(data)
        ):
            data = data[step]
        else:
            return _MISSING
    return data


def _without(data: Any, path: tuple[Any, ...]) -> Any:
    """A copy of `data` without the value at `path` (the same object when there is none)."""
    if not path:
        return data
    head, rest = path[0], path[1:]
    if isinstance(data, dict) and head in data:
        copy = dict(data)
        if rest:
            copy[head] = _without(data[head], rest)
        else:
            del copy[head]
        return copy
    if isinstance(data, list) and isinstance(head, int) and rest and -len(data) <= head < len(data):
        copy_list = list(data)
        copy_list[head] = _without(data[head], rest)
        return copy_list
    return data


_RELAXED: dict[type[BaseModel], type[BaseModel]] = {}


def _relaxed(cls: type[M]) -> type[M]:
    """`cls` with every required field defaulting to None: validates what is left of an object."""
    import pydantic  # here: pydantic loads with the first model
    from pydantic.fields import FieldInfo

    found = _RELAXED.get(cls)
    if found is None:
        overrides: dict[str, Any] = {}
        for name, info in cls.model_fields.items():
            if info.is_required():
                relaxed = FieldInfo.merge_field_infos(info, default=None)
                overrides[name] = (info.annotation, relaxed)
        found = (
            pydantic.create_model(cls.__name__, __base__=cls, __module__=cls.__module__, **overrides)
            if overrides
            else cls
        )
        _RELAXED[cls] = found
    return found  # type: ignore[return-value]


def _options(tp: Any) -> Iterator[Any]:
    """The alternatives of a type: its union members (None left out), Annotated unwrapped."""
    if get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    if get_origin(tp) in (Union, types.UnionType):
        for member in get_args(tp):
            if member is not type(None):
                yield from _options(member)
        return
    yield tp


def _holds_models(tp: Any) -> bool:
    """Whether objects (models) are somewhere inside `tp`."""
    from pydantic import BaseModel  # here: pydantic loads with the first model

    for option in _options(tp):
        if isinstance(option, type) and issubclass(option, BaseModel):
            return True
        if any(_holds_models(arg) for arg in get_args(option) if arg is not Ellipsis):
            return True
    return False


def _holds_items(tp: Any) -> bool:
    """Whether `tp` is a list (or dict) of objects: the items of a page, say."""
    return any(
        get_origin(option) in (list, dict) and any(_holds_models(arg) for arg in get_args(option))
        for option in _options(tp)
    )


_ADAPTERS: dict[int, tuple[Any, pydantic.TypeAdapter[Any]]] = {}
_LIST_ADAPTERS: dict[type[BaseModel], pydantic.TypeAdapter[Any]] = {}


def _list_adapter(item: type[BaseModel]) -> pydantic.TypeAdapter[Any]:
    import pydantic  # here: pydantic loads with the first model

    found = _LIST_ADAPTERS.get(item)
    if found is None:
        found = _LIST_ADAPTERS[item] = pydantic.TypeAdapter(list[item])  # type: ignore[valid-type]
    return found


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    import pydantic  # here: pydantic loads with the first model

    found = _ADAPTERS.get(id(tp))
    if found is None or found[0] is not tp:
        found = _ADAPTERS[id(tp)] = (tp, pydantic.TypeAdapter(tp))
    return found[1]
