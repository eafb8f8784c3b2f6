"""Python arguments to RapidPro's wire values (query strings and JSON bodies).

As in TembaClient: `None` means "not given" and is dropped; a model object stands for its identifier
(`uuid`, else `key`, `id`, `resthook`, `email`); datetimes go out in UTC with microseconds. Query
booleans are `true`/`false`; lists repeat the parameter (`?uuid=a&uuid=b`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeAlias

import pydantic

__all__ = [
    "ID_ATTRIBUTES",
    "QuickReplyLike",
    "Ref",
    "When",
    "body",
    "identifier",
    "query",
    "quick_replies",
    "ref",
    "refs",
    "timestamp",
    "wire",
]

Ref: TypeAlias = str | int | pydantic.BaseModel | Mapping[str, Any]
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


def timestamp(value: datetime | date) -> str:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value.isoformat()


def wire(value: Any, *, in_query: bool) -> Any:
    """One argument as it goes on the wire."""
    if isinstance(value, bool):
        return ("true" if value else "false") if in_query else value
    if isinstance(value, datetime | date):
        return timestamp(value)
    if isinstance(value, pydantic.BaseModel):
        return identifier(value)
    if isinstance(value, Mapping):
        return {k: wire(v, in_query=in_query) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [wire(v, in_query=in_query) for v in value]
    return value


def query(values: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters: given ones only, on the wire (a dict stands for the object it describes)."""
    return {
        k: identifier(v) if isinstance(v, Mapping) else wire(v, in_query=True)
        for k, v in values.items()
        if v is not None
    }


def body(**values: Any) -> dict[str, Any]:
    """A JSON body: given fields only (nested `None`s, like a field value to clear, are kept)."""
    return {k: wire(v, in_query=False) for k, v in values.items() if v is not None}


def refs(values: Sequence[Ref] | None) -> list[str | int] | None:
    """Identifiers of several objects (a single string is one object, not a list of characters)."""
    if values is None:
        return None
    if isinstance(values, str | int | pydantic.BaseModel | Mapping):
        return [identifier(values)]
    return [identifier(v) for v in values]


def ref(value: Ref | None) -> str | int | None:
    return None if value is None else identifier(value)


QuickReplyLike: TypeAlias = str | pydantic.BaseModel | Mapping[str, Any]
"""A quick reply: its text, a `QuickReply` model, or a dict (`{"type": "location"}`)."""


def quick_reply(value: QuickReplyLike) -> dict[str, Any]:
    if isinstance(value, str):
        return {"text": value}
    if isinstance(value, pydantic.BaseModel):
        dumped: dict[str, Any] = value.model_dump(mode="json", exclude_none=True)
        return dumped
    return dict(value)


def quick_replies(
    values: Sequence[QuickReplyLike] | Mapping[str, Sequence[QuickReplyLike]] | None,
) -> list[dict[str, Any]] | dict[str, list[dict[str, Any]]] | None:
    """Quick replies, or translations of them (`{"eng": [...], "fra": [...]}`)."""
    if values is None:
        return None
    if isinstance(values, Mapping):
        return {lang: [quick_reply(v) for v in replies] for lang, replies in values.items()}
    return [quick_reply(v) for v in values]
