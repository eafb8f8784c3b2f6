"""TembaClient's argument conventions, as the facade's request builders take them.

What TembaClient's `_build_params` does, and how each rule is kept here:

- None is "not given" and not sent: so here.
- An object stands for its `uuid`, else `id`, else `key`: the facade's `Ref` rule (`rapidpro._params`),
  which also takes dicts and a few more identifiers (`resthook`, `email`, `osm_id`).
- A datetime is sent in UTC, a naive one read as local time (`datetime.astimezone`): `moment()`.
- Booleans are sent as 1/0: the builders send true/false, which the API reads the same.
- Message bulk actions want integer ids; TembaClient sent a message object's `uuid`, which the API
  refuses. `message_ids()` takes ids, numeric strings, or messages (by their `id`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from .._params import When

__all__ = ["dependencies", "message_ids", "moment"]


def moment(value: When | None) -> When | None:
    """A datetime as the UTC time TembaClient sends (naive means local time); anything else as it is."""
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def message_ids(messages: Sequence[Any]) -> list[int]:
    return [_message_id(message) for message in messages]


def _message_id(message: Any) -> int:
    if isinstance(message, int) and not isinstance(message, bool):
        return message
    if isinstance(message, str) and message.isdigit():
        return int(message)
    # `__dict__`: a model's deprecated `id` field is read without its DeprecationWarning.
    found = message.get("id") if isinstance(message, Mapping) else getattr(message, "__dict__", {}).get("id")
    if isinstance(found, int) and not isinstance(found, bool):
        return found
    raise ValueError(f"a message is given by its integer id (or a message with one), not {message!r}")


def dependencies(value: bool | str | None) -> str | None:
    """`get_definitions(dependencies=)`: TembaClient documents a boolean; the API wants none, flows or all."""
    if isinstance(value, bool):
        return "all" if value else "none"
    return value
