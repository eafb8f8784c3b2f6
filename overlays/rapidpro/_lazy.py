"""Resources made on first use: `client.contacts` imports its module only when first touched."""

from __future__ import annotations

import importlib
from typing import Generic, Self, TypeVar, overload

__all__ = ["LazyResource"]

R = TypeVar("R")


class LazyResource(Generic[R]):
    """`contacts: LazyResource[Contacts] = LazyResource("contacts", "Contacts")` on a client class.

    The first access builds `rapidpro.resources.contacts.Contacts(client)` and stores it on the
    client, so later accesses are plain attribute reads (and `with_options()` copies rebuild theirs).
    """

    def __init__(self, module: str, cls: str) -> None:
        self._module = module
        self._cls = cls
        self._name = cls

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...

    @overload
    def __get__(self, client: object, owner: type) -> R: ...

    def __get__(self, client: object | None, owner: type) -> Self | R:
        if client is None:
            return self
        module = importlib.import_module(f"{__package__}.resources.{self._module}")
        resource: R = getattr(module, self._cls)(client)
        vars(client)[self._name] = resource
        return resource

    def __repr__(self) -> str:
        return f"<resource {self._module}.{self._cls}>"
