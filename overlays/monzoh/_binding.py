"""Models that remember the client which fetched them, so `account.get_balance()` (monzoh 1.2.0's
style) can call back through it.

A resource binds what it returns (`bound(self._client, parse)`); a `BoundModel` keeps the client
in a private `_Binding` that copies share, pickling drops (an unpickled model is unbound, and never
drags a client, its token or its sockets along) and equality ignores. The binding sits in the
model's `__pydantic_private__` slot, written only when a model is bound: a declared `PrivateAttr`
would make pydantic build a default for it in every model it validates, a third of the parse time
of a list of accounts. A model method asks for the
client of its kind: the blocking `get_balance()` needs a `MonzoClient`, `aget_balance()` an
`AsyncMonzoClient`; the other kind, or none (built by hand, parsed from a webhook, unpickled),
raises `MonzoUnboundModelError` naming the method or client call to use instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import httpx
from pydantic import BaseModel

from overlay_runtime import AsyncAPIClient, SyncAPIClient

from ._exceptions import MonzoUnboundModelError
from ._pence import warn_pence_once

if TYPE_CHECKING:
    from ._client import AsyncMonzoClient, MonzoClient

__all__ = ["BoundModel", "Parser", "bind_result", "bound"]

T = TypeVar("T")
Parser = Callable[[httpx.Response], T]  # a `Call.parse`


class _Binding:
    """The client a model came from, and the account it was listed for (a pot's source of money)."""

    __slots__ = ("account_id", "client")

    def __init__(self, client: object = None, account_id: str | None = None) -> None:
        self.client = client
        self.account_id = account_id

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Binding, ())  # unpickled: unbound

    def __deepcopy__(self, memo: dict[int, Any]) -> _Binding:
        return self

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Binding)  # which client fetched a model is not part of its value

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "<binding>"


_UNBOUND = _Binding()  # never changed: binding a model gives it a new _Binding


class BoundModel(BaseModel):
    """Base of the returned models that have methods; `_INSTEAD` maps each method to the client call
    that does the same, for the error an unbound model raises."""

    _INSTEAD: ClassVar[dict[str, str]] = {}

    def _bind(self, client: object, account_id: str | None = None) -> None:
        object.__setattr__(self, "__pydantic_private__", {"binding": _Binding(client, account_id)})

    @property
    def _binding(self) -> _Binding:
        private = self.__pydantic_private__
        return private.get("binding", _UNBOUND) if private else _UNBOUND

    def __eq__(self, other: object) -> bool:
        # pydantic's equality also compares the private slot: which client fetched a model is not part of its value
        if not isinstance(other, BaseModel):
            return NotImplemented
        return (
            type(self) is type(other)
            and self.__dict__ == other.__dict__
            and self.__pydantic_extra__ == other.__pydantic_extra__
        )

    def _sync(self, method: str) -> MonzoClient:
        client: MonzoClient = self._client_for(method, asynchronous=False)
        return client

    def _async(self, method: str) -> AsyncMonzoClient:
        client: AsyncMonzoClient = self._client_for(method, asynchronous=True)
        return client

    def _client_for(self, method: str, *, asynchronous: bool) -> Any:
        warn_pence_once(stacklevel=4)  # here, _sync/_async, the model method, and its caller: the user's line
        client = self._binding.client
        if isinstance(client, AsyncAPIClient if asynchronous else SyncAPIClient):
            return client
        kind = type(self).__name__
        name = kind.lower()
        called, twin = (f"a{method}", f"{name}.{method}()") if asynchronous else (method, f"await {name}.a{method}()")
        if client is None:
            raise MonzoUnboundModelError(
                f"{name}.{called}() needs the client this {kind} was fetched with, and it has none (built by hand, "
                f"parsed from a webhook, or unpickled): call {self._INSTEAD[method]} instead"
            )
        raise MonzoUnboundModelError(
            f"{name}.{called}() cannot run here: this {kind} came from {type(client).__name__}, so use {twin}"
        )


def bind_result(result: T, client: object, account_id: str | None = None) -> T:
    """`result` (a model, or a list of them) bound to `client`."""
    for item in result if isinstance(result, list) else [result]:
        if isinstance(item, BoundModel):
            item._bind(client, account_id)
    return result


def bound(client: object, parse: Parser[T], account_id: str | None = None) -> Parser[T]:
    """`parse`, with what it returns bound to `client`."""
    return lambda response: bind_result(parse(response), client, account_id)
