"""Shared types of the generated client: UNSET, File, Response and the open enum bases."""

from collections.abc import Mapping, MutableMapping
from enum import IntEnum, StrEnum
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define

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


__all__ = ["UNSET", "File", "FileTypes", "OpenIntEnum", "OpenStrEnum", "RequestFiles", "Response", "Unset", "status_of"]
