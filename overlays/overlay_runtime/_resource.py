"""Base classes for the facades' resource groups (`client.accounts`, `client.pots`, ...)."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncResource", "Resource", "SyncResource"]

C = TypeVar("C")


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
