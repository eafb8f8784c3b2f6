"""Run one operation on a fresh sync or async bloomy client: the same test body serves both."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from bloomy import AsyncClient, Client
from tests.bloomy._server import API_KEY

KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


def run(kind: str, url: str, fn: Callable[[Any], Any], **options: Any) -> Any:
    """`fn(client)` (awaited when it returns an awaitable) on a `kind` client pointed at `url`."""
    options.setdefault("api_key", API_KEY)
    if kind == "sync":
        with Client(base_url=url, **options) as client:
            return fn(client)

    async def main() -> Any:
        async with AsyncClient(base_url=url, **options) as client:
            result = fn(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())
