"""Cursor pagination as Django REST Framework's `CursorPagination` does it for RapidPro.

An ordering is a key `(stamp, id)`: `modified_on` or `created_on` in µs, then the id, newest
first (`reverse=true` flips it). A cursor is opaque base64 of the position of the last item
sent (and `r=1` for a `previous` link), so it stays valid whatever else is written meanwhile and
can be handed back with the same filters to resume. `next`/`previous` are absolute URLs that
repeat the query, sorted by name, with `cursor` replaced, as DRF builds them.

`Timeline` orders the big lazy collections (contacts, messages, runs) without materialising
them: seeded items have stamps that grow with their index, so a position is found by bisection,
and items written since (which all sort after the seeded ones) are kept in a log.
"""

from __future__ import annotations

import base64
import binascii
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs, urlencode

from ._errors import not_found
from ._util import fmt, parse_when

__all__ = [
    "BIG",
    "Key",
    "ListSource",
    "Timeline",
    "Window",
    "decode_cursor",
    "encode_cursor",
    "link",
    "paginate",
    "single_walk",
]

T = TypeVar("T")
Key = tuple[int, int]
BIG = 1 << 62
Walk = Callable[[bool, Key | None], Iterator[Key]]
"""`(descending, start)`: keys strictly after `start` (None: from the end) in that direction."""


def encode_cursor(position: Key, reverse: bool = False) -> str:
    stamp = fmt(position[0]).replace("T", " ").replace("Z", "+00:00")
    params = {"i": str(position[1]), "p": stamp, **({"r": "1"} if reverse else {})}
    return base64.b64encode(urlencode(sorted(params.items())).encode()).decode()


def decode_cursor(text: str) -> tuple[Key, bool]:
    """The position and direction of a cursor; a cursor this server did not make is DRF's 404."""
    try:
        params = parse_qs(base64.b64decode(text.encode(), validate=True).decode(), keep_blank_values=True)
        stamp = parse_when(params["p"][0])
        ident = int(params["i"][0])
    except (binascii.Error, UnicodeDecodeError, KeyError, IndexError, ValueError):
        raise not_found("Invalid cursor") from None
    if stamp is None:
        raise not_found("Invalid cursor")
    return (stamp, ident), params.get("r", ["0"])[0] == "1"


def link(url: str, query: Iterable[tuple[str, str]], name: str, value: str) -> str:
    """`url?query` with `name=value` replacing any `name`, parameters sorted (Django's replace_query_param)."""
    grouped: dict[str, list[str]] = {}
    for key, item in query:
        grouped.setdefault(key, []).append(item)
    grouped[name] = [value]
    return f"{url}?{urlencode(sorted(grouped.items()), doseq=True)}"


@dataclass(frozen=True)
class Window:
    """`after`/`before` bounds (inclusive, in µs); `empty` when a value did not parse (RapidPro returns nothing)."""

    low: int | None = None
    high: int | None = None
    empty: bool = False

    @classmethod
    def of(cls, query: Mapping[str, str]) -> Window:
        bounds: list[int | None] = []
        for name in ("after", "before"):
            raw = query.get(name)
            value = parse_when(raw) if raw else None
            if raw and value is None:
                return cls(empty=True)
            bounds.append(value)
        return cls(bounds[0], bounds[1])


class Timeline:
    """The order of a big collection: seeded ids 1..count with growing stamps, then a log of writes."""

    def __init__(self, count: int, stamp_of: Callable[[int], int]) -> None:
        self.count = count
        self._stamp_of = stamp_of  # of a seeded index (id - 1)
        self.latest: dict[int, int] = {}  # id -> stamp, for items written since seeding
        self._log: list[Key] = []

    def seeded_key(self, index: int) -> Key:
        return (self._stamp_of(index), index + 1)

    def stamp(self, ident: int) -> int:
        found = self.latest.get(ident)
        return found if found is not None else self._stamp_of(ident - 1)

    def touch(self, ident: int, stamp: int) -> None:
        """`ident` now sorts at `stamp`, after everything before (stamps of writes only grow)."""
        if self._log and (stamp, ident) <= self._log[-1]:
            raise ValueError("timeline stamps must grow")
        self.latest[ident] = stamp
        self._log.append((stamp, ident))

    def walk(self, descending: bool, start: Key | None) -> Iterator[Key]:
        if descending:
            yield from self._log_walk(True, start)
            yield from self._seeded_walk(True, start)
        else:
            yield from self._seeded_walk(False, start)
            yield from self._log_walk(False, start)

    def _log_walk(self, descending: bool, start: Key | None) -> Iterator[Key]:
        log, latest = self._log, self.latest
        if descending:
            at = len(log) if start is None else bisect_left(log, start)
            indexes: Iterable[int] = range(at - 1, -1, -1)
        else:
            at = 0 if start is None else bisect_left(log, (start[0], start[1] + 1))
            indexes = range(at, len(log))
        for i in indexes:
            key = log[i]
            if latest.get(key[1]) == key[0]:
                yield key

    def _seeded_walk(self, descending: bool, start: Key | None) -> Iterator[Key]:
        touched = self.latest
        if start is None:
            at = self.count if descending else 0
        else:
            at = bisect_left(range(self.count), start, key=self.seeded_key)
            if not descending and at < self.count and self.seeded_key(at) == start:
                at += 1
        indexes = range(at - 1, -1, -1) if descending else range(at, self.count)
        for i in indexes:
            if i + 1 not in touched:
                yield self.seeded_key(i)


def single_walk(key: Key | None) -> Walk:
    """The walk of a collection of at most one item (a `uuid` filter)."""

    def walk(descending: bool, start: Key | None) -> Iterator[Key]:
        if key is not None and (start is None or (key < start if descending else key > start)):
            yield key

    return walk


class ListSource(Generic[T]):
    """Keys of a small in-memory collection, sorted on demand."""

    def __init__(self, items: Callable[[], Iterable[T]], key: Callable[[T], Key]) -> None:
        self._items = items
        self._key = key

    def walk(self, descending: bool, start: Key | None) -> Iterator[Key]:
        keys = sorted((self._key(item) for item in self._items()), reverse=descending)
        for key in keys:
            if start is None or (key < start if descending else key > start):
                yield key


@dataclass
class Page:
    results: list[dict[str, Any]]
    next: str | None
    previous: str | None

    def body(self) -> dict[str, Any]:
        return {"next": self.next, "previous": self.previous, "results": self.results}


def paginate(
    *,
    url: str,
    query: Sequence[tuple[str, str]],
    walk: Walk,
    load: Callable[[int], T | None],
    keep: Callable[[T], bool],
    render: Callable[[T], dict[str, Any]],
    page_size: int,
    reverse: bool = False,
    window: Window | None = None,
) -> Page:
    """One page of the collection `walk` orders, newest first (oldest first with `reverse`)."""
    window = window or Window()
    if window.empty:
        return Page([], None, None)
    cursor = dict(query).get("cursor")
    position, back = decode_cursor(cursor) if cursor else (None, False)
    forward = not reverse  # True: descending

    def matches(descending: bool, start: Key | None) -> Iterator[tuple[Key, T]]:
        low, high = window.low, window.high
        if descending and high is not None and (start is None or start > (high, BIG)):
            start = (high, BIG)
        if not descending and low is not None and (start is None or start < (low, -1)):
            start = (low, -1)
        for key in walk(descending, start):
            if descending and low is not None and key[0] < low:
                return
            if not descending and high is not None and key[0] > high:
                return
            item = load(key[1])
            if item is not None and keep(item):
                yield key, item

    def take(found: Iterator[tuple[Key, T]]) -> tuple[list[tuple[Key, T]], bool]:
        taken: list[tuple[Key, T]] = []
        for pair in found:
            if len(taken) == page_size:
                return taken, True
            taken.append(pair)
        return taken, False

    def to(key: Key, backwards: bool) -> str:
        return link(url, query, "cursor", encode_cursor(key, backwards))

    if not back:
        taken, more = take(matches(forward, position))
        following = to(taken[-1][0], False) if more else None
        preceding = None
        if position is not None:
            edge = taken[0][0] if taken else position
            if next(matches(not forward, edge), None) is not None:
                preceding = to(edge, True)
    else:
        taken, more = take(matches(not forward, position))
        taken.reverse()
        preceding = to(taken[0][0], True) if more else None
        following = None
        if taken and next(matches(forward, taken[-1][0]), None) is not None:
            following = to(taken[-1][0], False)
    return Page([render(item) for _, item in taken], following, preceding)
