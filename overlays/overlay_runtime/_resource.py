"""Resource groups (`client.accounts`, `client.pots`, ...) written once for both clients.

A facade writes one class per resource, generic in the client it is bound to. Each method returns
what to do (a `Call`, an operation flow, or `Pages` to walk) and is decorated with `@operation` or
`@paginated`; the decorator runs it on the client the resource belongs to:

```python
class Accounts(Resource[ClientT]):
    @operation
    def get_balance(self, account_id: str) -> Call[Balance]:
        return Call(get_balance.build_request(account_id=account_id), parse=model(Balance))

MonzoClient().accounts.get_balance("acc_1")              # -> Balance
await AsyncMonzoClient().accounts.get_balance("acc_1")   # -> Balance
```

So there is no sync/async twin to keep in step: the type checker sees `Callable[P, T]` on a sync
client's resource and `Callable[P, Coroutine[..., T]]` on an async one, with the same parameters.
A ValueError or TypeError raised while the method builds its calls becomes the facade's
validation error. Clients attach resources with a typed, lazily importing `cached_property`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine, Hashable
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

from ._client import AsyncAPIClient, BaseAPIClient, Operation, SyncAPIClient
from ._pagination import AsyncPager, PageCall, SyncPager

__all__ = ["ClientT", "Pages", "Resource", "operation", "paginated"]

P = ParamSpec("P")
T = TypeVar("T")
ClientT = TypeVar("ClientT", covariant=True)


class Resource(Generic[ClientT]):
    """A group of methods bound to one client (sync or async)."""

    def __init__(self, client: ClientT) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


@dataclass(frozen=True)
class Pages(Generic[T]):
    """What a `@paginated` method returns: how to fetch the page at a cursor, and where to start.

    `key` gives an item's identity (e.g. its id), to recognise a page that repeats the previous one
    cheaply (without it, items are compared by their repr). `cursor_from_key=True` says the next
    cursor is the key of the page's last item (Monzo's `since=<last id>`): a page whose last item
    already came on the previous page then stops the pager, as a repeated cursor does.
    """

    page_call: PageCall[T]
    cursor: str | None = None
    key: Callable[[T], Hashable] | None = None
    cursor_from_key: bool = False


SyncOwner = SyncAPIClient | Resource[SyncAPIClient]
AsyncOwner = AsyncAPIClient | Resource[AsyncAPIClient]


def _client_of(owner: object) -> SyncAPIClient | AsyncAPIClient:
    client = owner if isinstance(owner, BaseAPIClient) else getattr(owner, "_client", None)
    if not isinstance(client, SyncAPIClient | AsyncAPIClient):
        raise TypeError(f"{type(owner).__name__} is not bound to an API client")
    return client


class _Method(Generic[P, T]):
    """The shared part of `operation` and `paginated`: naming, signature, per-resource caching."""

    def __init__(self, build: Callable[Concatenate[Any, P], Any]) -> None:
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__
        self.__wrapped__ = build
        signature = inspect.signature(build)
        # What callers see: the method's own parameters; its result is the operation's, not the Call.
        self._signature = signature.replace(
            parameters=list(signature.parameters.values())[1:], return_annotation=inspect.Signature.empty
        )

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def _bind(self, owner: object) -> Callable[..., Any]:
        raise NotImplementedError

    def _get(self, owner: object | None) -> Any:
        if owner is None:
            return self
        method = self._bind(owner)
        method.__name__ = self._name
        method.__qualname__ = f"{type(owner).__name__}.{self._name}"
        method.__doc__ = self._build.__doc__
        method.__signature__ = self._signature  # type: ignore[attr-defined]
        if isinstance(owner, Resource):  # resources are per client: bind once
            vars(owner)[self._name] = method
        return method


class operation(_Method[P, T]):
    """Decorates a resource (or client) method that returns an `Operation`: calling it runs that
    operation on the client, blocking on a sync client, awaitable on an async one."""

    def __init__(self, build: Callable[Concatenate[Any, P], Operation[T]]) -> None:
        super().__init__(build)

    @overload
    def __get__(self, owner: None, owner_type: type | None = None) -> Self: ...
    @overload
    def __get__(self, owner: SyncOwner, owner_type: type | None = None) -> Callable[P, T]: ...
    @overload
    def __get__(self, owner: AsyncOwner, owner_type: type | None = None) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, owner: object | None, owner_type: type | None = None) -> Any:
        return self._get(owner)

    def _bind(self, owner: object) -> Callable[..., Any]:
        client, build = _client_of(owner), self._build
        if isinstance(client, AsyncAPIClient):
            aclient = client

            async def run_async(*args: Any, **kwargs: Any) -> Any:
                return await aclient.run(aclient.build(build, owner, *args, **kwargs))

            return run_async
        sclient = client

        def run_sync(*args: Any, **kwargs: Any) -> Any:
            return sclient.run(sclient.build(build, owner, *args, **kwargs))

        return run_sync


class paginated(_Method[P, T]):
    """Decorates a method that returns `Pages`: calling it gives a lazy pager (`SyncPager` on a
    sync client, `AsyncPager` on an async one). The arguments are checked at once, before any request."""

    def __init__(self, build: Callable[Concatenate[Any, P], Pages[T]]) -> None:
        super().__init__(build)

    @overload
    def __get__(self, owner: None, owner_type: type | None = None) -> Self: ...
    @overload
    def __get__(self, owner: SyncOwner, owner_type: type | None = None) -> Callable[P, SyncPager[T]]: ...
    @overload
    def __get__(self, owner: AsyncOwner, owner_type: type | None = None) -> Callable[P, AsyncPager[T]]: ...
    def __get__(self, owner: object | None, owner_type: type | None = None) -> Any:
        return self._get(owner)

    def _bind(self, owner: object) -> Callable[..., Any]:
        client, build = _client_of(owner), self._build

        def pager(*args: Any, **kwargs: Any) -> Any:
            pages: Pages[Any] = client.build(build, owner, *args, **kwargs)
            if isinstance(client, AsyncAPIClient):
                return AsyncPager(
                    client, pages.page_call, pages.cursor, key=pages.key, cursor_from_key=pages.cursor_from_key
                )
            return SyncPager(
                client, pages.page_call, pages.cursor, key=pages.key, cursor_from_key=pages.cursor_from_key
            )

        return pager
