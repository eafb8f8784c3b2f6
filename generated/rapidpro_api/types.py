"""Shared types of the generated client: UNSET, File, Response, EndpointRequest and the open enum bases."""

import datetime
import uuid
from collections.abc import Mapping, MutableMapping
from enum import Enum, IntEnum, StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define, evolve, field

from .errors import InvalidPathParameter

T = TypeVar("T")


class Unset:
    """Marks an argument or field that was not given (as opposed to one given as None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to send in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for `code`, or the bare int when IANA does not register it (499, 520, 529...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@define
class Response(Generic[T]):
    """What a `*_detailed` call returns: the raw status, body and headers, and the parsed body."""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class OpenStrEnum(StrEnum):
    """A string enum that accepts values it does not list: real servers add values without notice."""

    @classmethod
    def _missing_(cls, value: object) -> "OpenStrEnum | None":
        if not isinstance(value, str):
            return None
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value
        pseudo._value_ = value
        return pseudo


class OpenIntEnum(IntEnum):
    """An integer enum that accepts values it does not list."""

    @classmethod
    def _missing_(cls, value: object) -> "OpenIntEnum | None":
        if not isinstance(value, int):
            return None
        pseudo = int.__new__(cls, value)
        pseudo._name_ = f"VALUE_{value}"
        pseudo._value_ = value
        return pseudo


@define(frozen=True)
class EndpointRequest:
    """One operation's request as the spec describes it, built but not sent (`build_request()`).

    `url` is relative to the API's base URL, with every path parameter percent-encoded as one
    segment; `params` holds the query (lists repeat the key); at most one of `data` (form),
    `json`, `files` (multipart) or `content` carries the body. `to_httpx()` gives the keyword
    arguments of `httpx.Client.request()` / `build_request()`.
    """

    operation_id: str
    method: str
    url: str
    params: dict[str, Any] = field(factory=dict)
    headers: dict[str, str] = field(factory=dict)
    data: dict[str, Any] | None = None
    json: Any = None
    files: Any = None
    content: bytes | None = None

    def with_headers(self, headers: Mapping[str, str]) -> "EndpointRequest":
        """The same request with `headers` added (or replacing ones of the same name)."""
        return evolve(self, headers={**self.headers, **headers})

    def to_httpx(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"method": self.method, "url": self.url, "headers": self.headers}
        if self.params:
            kwargs["params"] = self.params
        for name in ("data", "json", "files", "content"):
            value = getattr(self, name)
            if value is not None:
                kwargs[name] = value
        return kwargs


def path_segment(value: object, name: str) -> str:
    """`value` as exactly one path segment: percent-encoded (`/`, `?`, `#`, `%` included).

    Empty, `.` and `..` would change which endpoint the URL names, so they are refused (and so
    are None and booleans, which are never ids).
    """
    text = str(value)
    if value is None or isinstance(value, bool) or text in ("", ".", ".."):
        raise InvalidPathParameter(name, value)
    return quote(text, safe="")


def wire_datetime(value: datetime.datetime) -> str:
    """A datetime as it goes on the wire: aware ones in UTC (`2024-01-31T09:00:00.000000Z`), naive ones as given."""
    if value.tzinfo is None:
        return value.isoformat()
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def query_value(value: Any) -> Any:
    """One query parameter as httpx sends it: enums by value, datetimes and dates in ISO 8601,
    UUIDs as text, lists item by item; strings (the wire text itself) and numbers as they are."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return wire_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [query_value(item) for item in value]
    return value


def or_unset(value: T | None) -> T | Unset:
    """None as UNSET: for building bodies from optional arguments (`Model(notes=or_unset(notes))`)."""
    return UNSET if value is None else value


__all__ = [
    "UNSET",
    "EndpointRequest",
    "File",
    "FileTypes",
    "OpenIntEnum",
    "OpenStrEnum",
    "RequestFiles",
    "Response",
    "Unset",
    "or_unset",
    "path_segment",
    "query_value",
    "status_of",
    "wire_datetime",
]
