"""Compacting the models of a list that is kept whole (`pager.all()`): the same values, in less memory.

A parsed model carries bookkeeping that is the same for many items of a list, each in its own
copy: the set of the fields that were set (728 bytes for a contact's 14 fields), an empty dict of
extra fields, and for a reference to the same group on every contact, the same instance dict each
time. A list of 100,000 contacts kept whole pays that 100,000 times. `compact(items)` shrinks, in
place, the models whose class allows it (`__shares_state__`, as rapidpro_api's `CompactModel`s):

- models with the same fields set share one;
- an empty `model_extra` is kept as None (read back as `{}`);
- models of a class holding the same plain values (strings, numbers, None, enum members: the
  `{"uuid": ..., "name": "Farmers"}` of a group ref) share one instance dict;
- equal datetimes of one model (`created_on == modified_on`, same timezone) are one object.

A model takes its own copies of what it shares before anything is written to it or deleted from
it (see `rapidpro_api.model_base`), so a change never reaches another model. Models nested in
fields (in lists and dicts too) are compacted as well; anything else (an item kept as received, a
model of another class) is left as it is. Values, types, `model_dump()`, equality and the JSON
schema are unchanged. Streaming (`for item in pager`) does not compact: one page at a time is in
memory there, and compacting would only cost time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from ._tolerant import _holds_models, _options

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["Compactor", "compact"]

T = TypeVar("T")

# Values that a shared instance dict may hold (and enum members): immutable, and equal only when the same.
_PLAIN: frozenset[type] = frozenset({str, int, bool, type(None)})


class _SharedSet(set[str]):
    """A fields set that several models hold: copied (`copy`, `model_copy`) and pickled as a plain set."""

    __slots__ = ()

    def __copy__(self) -> set[str]:
        return set(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (set, (list(self),))


class _SharedDict(dict[str, Any]):
    """An instance dict that several models hold: copied and pickled as a plain dict."""

    __slots__ = ()

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self),))


@dataclass(frozen=True)
class _Plan:
    """What to look at in the models of a class, from its fields' types."""

    shares: bool  # the class allows sharing (`__shares_state__`)
    nested: tuple[str, ...]  # the fields that may hold models
    stamps: tuple[str, ...]  # the fields that may hold datetimes
    plain: frozenset[type]  # the types of values a shared instance dict may hold (empty: not shared)

    @classmethod
    def of(cls, model: type[BaseModel]) -> _Plan:
        fields = model.__pydantic_fields__
        kinds: set[Any] = {option for info in fields.values() for option in _options(info.annotation)}
        plain = all(kind in _PLAIN or (isinstance(kind, type) and issubclass(kind, Enum)) for kind in kinds)
        return cls(
            shares=bool(getattr(model, "__shares_state__", False)),
            nested=tuple(name for name, info in fields.items() if _holds_models(info.annotation)),
            stamps=tuple(name for name, info in fields.items() if datetime in _options(info.annotation)),
            plain=frozenset(_PLAIN | kinds) if plain else frozenset(),
        )


@dataclass
class _Shared:
    """What the models of one list share, by content; and the plan of each class met."""

    sets: dict[frozenset[str], _SharedSet] = field(default_factory=dict)
    dicts: dict[tuple[Any, ...], _SharedDict] = field(default_factory=dict)
    plans: dict[type[BaseModel], _Plan] = field(default_factory=dict)


class Compactor:
    """Compacts lists of models kept together (the pages of one `all()`), sharing across all of them."""

    def __init__(self) -> None:
        self._shared = _Shared()

    def __call__(self, items: list[T]) -> list[T]:
        """`items`, their models compacted in place (see the module)."""
        _nested(items, self._shared)
        return items


def compact(items: list[T]) -> list[T]:
    """`items`, their models compacted in place (see the module)."""
    return Compactor()(items)


def _nested(values: Iterable[Any], shared: _Shared) -> None:
    """Compact the models among `values`, and those in lists, tuples and dicts among them, at any depth."""
    from pydantic import BaseModel  # here: pydantic loads with the first model

    pending = list(values)
    while pending:
        value = pending.pop()
        kind = type(value)
        if kind is list or kind is tuple:
            pending.extend(value)
        elif kind is dict:
            pending.extend(value.values())
        elif isinstance(value, BaseModel):
            _model(value, shared)


def _model(model: BaseModel, shared: _Shared) -> None:
    cls = type(model)
    plan = shared.plans.get(cls)
    if plan is None:
        plan = shared.plans[cls] = _Plan.of(cls)
    values = model.__dict__
    if plan.nested:
        _nested([values.get(name) for name in plan.nested], shared)
    if not plan.shares or type(values) is not dict:
        return
    fields_set = model.__pydantic_fields_set__
    if type(fields_set) is set:
        one_set = shared.sets.get(key := frozenset(fields_set))
        if one_set is None:
            one_set = shared.sets[key] = _SharedSet(fields_set)
        object.__setattr__(model, "__pydantic_fields_set__", one_set)
    if model.__pydantic_extra__ == {}:
        object.__setattr__(model, "__pydantic_extra__", None)
    if len(plan.stamps) > 1:
        _same_stamps(values, plan.stamps)
    if plan.plain and plan.plain.issuperset(map(type, values.values())):
        # The types are part of the key: True == 1, and an open enum's member == its string.
        content = (cls, tuple(values.items()), tuple(map(type, values.values())))
        one_dict = shared.dicts.get(content)
        if one_dict is None:
            one_dict = shared.dicts[content] = _SharedDict(values)
        object.__setattr__(model, "__dict__", one_dict)
        return
    # A new instance's dict shares its table of keys with the class's other instances (when CPython can:
    # see `rapidpro_api.model_base`): only the values are the model's own.
    layout: dict[str, Any] = cls.__new__(cls).__dict__
    for name, value in values.items():
        layout[name] = value
    object.__setattr__(model, "__dict__", layout)


def _same_stamps(values: dict[str, Any], names: tuple[str, ...]) -> None:
    """Make the equal datetimes among `values[name]` one object (same instant, timezone and fold)."""
    seen: list[datetime] = []
    for name in names:
        value = values.get(name)
        if type(value) is not datetime:
            continue
        for earlier in seen:
            if earlier == value and earlier.tzinfo is value.tzinfo and earlier.fold == value.fold:
                values[name] = earlier
                break
        else:
            seen.append(value)
