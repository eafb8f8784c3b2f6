"""Base for the facades' resource groups (`client.accounts`, `client.pots`, ...)."""

from __future__ import annotations

from typing import Generic, TypeVar

__all__ = ["Resource"]

C = TypeVar("C")


class Resource(Generic[C]):
    """A group of methods bound to one client (sync or async)."""

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
