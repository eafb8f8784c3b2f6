"""Base classes for the facades' resource groups (`client.accounts`, `client.pots`, ...)."""

from __future__ import annotations

import importlib
from typing import Generic, Self, TypeVar, overload

from ._client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncResource", "LazyResource", "Resource", "SyncResource"]

C = TypeVar("C")
R = TypeVar("R")


class Resource(Generic[C]):
    """A group of methods bound to one client."""

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class SyncResource(Resource[SyncAPIClient]):
    """Methods that run their calls on a blocking client (`self._client.run(...)`)."""


class AsyncResource(Resource[AsyncAPIClient]):
    """Methods that run their calls on an asyncio client (`await self._client.run(...)`)."""


class LazyResource(Generic[R]):
    """A resource group made on first use: `contacts: LazyResource[Contacts] = LazyResource("contacts", "Contacts")`.

    On a client class of package `pkg`, the first access imports `pkg.resources.contacts`, builds
    `Contacts(client)` and stores it on the client, so later accesses are plain attribute reads and
    import time stays low. `with_options()` copies drop it and build their own.
    """

    def __init__(self, module: str, cls: str) -> None:
        self._module = module
        self._cls = cls
        self._name = cls
        self._package = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._package = owner.__module__.rpartition(".")[0]

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...

    @overload
    def __get__(self, client: object, owner: type) -> R: ...

    def __get__(self, client: object | None, owner: type) -> Self | R:
        if client is None:
            return self
        module = importlib.import_module(f"{self._package}.resources.{self._module}")
        resource: R = getattr(module, self._cls)(client)
        vars(client)[self._name] = resource
        return resource

    def __repr__(self) -> str:
        return f"<resource {self._package}.resources.{self._module}.{self._cls}>"
