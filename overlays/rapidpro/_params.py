"""Python arguments to what the generated request builders take.

As in TembaClient: `None` means "not given" and is not sent; a model object (or a dict) stands for
its identifier (`uuid`, else `key`, `id`, `resthook`, `email`, `osm_id`); a naive datetime means
UTC. The builders do the rest: datetimes in UTC with microseconds, dates as `2026-01-01`, booleans
as `true`/`false`, lists repeating the parameter (`?uuid=a&uuid=b`).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from rapidpro_api.types import wire_datetime

if TYPE_CHECKING:
    import pydantic

__all__ = [
    "ID_ATTRIBUTES",
    "Ref",
    "When",
    "filters",
    "free_form",
    "identifier",
    "lookup",
    "query_argument",
    "ref",
    "refs",
    "when",
]

Ref: TypeAlias = "str | int | pydantic.BaseModel | Mapping[str, Any]"
"""An object given by its identifier (UUID, URN, key, id, slug, email), or as the object itself."""
When: TypeAlias = datetime | date | str
"""A datetime (naive means UTC), a date, or a string passed through as it is."""

ID_ATTRIBUTES = ("uuid", "key", "id", "resthook", "email", "osm_id")


def identifier(value: Ref) -> str | int:
    """The identifier RapidPro wants for `value`: strings and ints as they are, objects by their id."""
    if isinstance(value, str | int):
        return value
    for name in ID_ATTRIBUTES:
        found = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
        if isinstance(found, str | int) and not isinstance(found, bool):
            return found
    raise TypeError(f"cannot tell which object {type(value).__name__} refers to (no uuid, key or id)")


@overload
def ref(value: None) -> None: ...
@overload
def ref(value: Ref) -> str: ...
def ref(value: Ref | None) -> str | None:
    """The identifier of one object, as the text a JSON body takes (None stays None: not given)."""
    return None if value is None else str(identifier(value))


@overload
def refs(values: None) -> None: ...
@overload
def refs(values: Sequence[Ref] | Ref) -> list[str]: ...
def refs(values: Sequence[Ref] | Ref | None) -> list[str] | None:
    """Identifiers of several objects (a single string is one object, not a list of characters)."""
    import pydantic  # here: pydantic loads with the first model

    if values is None:
        return None
    if isinstance(values, str | int | pydantic.BaseModel | Mapping):
        return [ref(values)]
    return [ref(value) for value in values]


def lookup(value: Ref | None, *names: str) -> str:
    """The value of the one lookup parameter of an update or delete (TembaClient raises the same ValueError)."""
    found = None if value is None else identifier(value)
    if found is None or found == "":
        raise ValueError(f"Endpoint requires a single identifier parameter (one of {', '.join(names)})")
    return str(found)


@overload
def when(value: None) -> None: ...
@overload
def when(value: When) -> When: ...
def when(value: When | None) -> When | None:
    """A naive datetime as the UTC time it means; anything else as it is."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def free_form(value: Any) -> Any:
    """A value of a free-form JSON object (flow start `params`, contact field values): datetimes and
    dates as on the wire, objects by identifier, mappings and sequences item by item."""
    import pydantic  # here: pydantic loads with the first model

    if isinstance(value, datetime):
        return wire_datetime(value if value.tzinfo else value.replace(tzinfo=UTC))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, pydantic.BaseModel):
        return identifier(value)
    if isinstance(value, Mapping):
        return {key: free_form(item) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [free_form(item) for item in value]
    return value


def query_argument(value: Any) -> Any:
    """One filter as its builder takes it: objects by identifier, naive datetimes in UTC, lists item by item."""
    import pydantic  # here: pydantic loads with the first model

    if isinstance(value, datetime):
        return when(value)
    if isinstance(value, pydantic.BaseModel | Mapping):
        return identifier(value)
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [query_argument(item) for item in value]
    return value


@functools.cache
def _query_parameters(build: Callable[..., Any]) -> tuple[str, ...]:
    """The query parameters `build` takes, by argument name, in the spec's order."""
    parameters = inspect.signature(build).parameters.values()
    return tuple(p.name for p in parameters if p.kind is p.KEYWORD_ONLY and p.name != "body")


def filters(build: Callable[..., Any], given: Mapping[str, object]) -> dict[str, Any]:
    """The arguments of `build` for the list filters `given`: None ones dropped, unknown names refused.

    A filter may also be given by its wire name where the builder's argument has a trailing `_`
    (`type=` for `type_`, the generator's way around Python names).
    """
    known = _query_parameters(build)
    arguments: dict[str, Any] = {}
    for name, value in given.items():
        argument = name if name in known else f"{name}_"
        if argument not in known:
            operation = build.__module__.rsplit(".", 1)[-1]
            raise TypeError(f"{operation} has no filter {name!r} (its filters: {', '.join(known)})")
        if value is not None:
            arguments[argument] = query_argument(value)
    return arguments
