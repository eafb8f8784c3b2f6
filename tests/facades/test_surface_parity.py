"""The sync and async clients of each facade offer the same methods, with the same parameters.

Each resource is one class serving both clients (methods decorated `@operation` / `@paginated`),
so parity holds by construction; this proves it for every resource method of every facade, and
that the async side is awaitable (or an async pager) where the sync side returns a value.
"""

from __future__ import annotations

import inspect
from functools import cached_property
from typing import Any

import pytest

from overlay_runtime import AsyncAPIClient, Resource, SyncAPIClient, operation, paginated


def _pairs() -> list[tuple[str, Any, Any]]:
    import bloomy
    import monzoh
    import rapidpro

    url = "http://127.0.0.1:9"
    return [
        ("monzoh", monzoh.MonzoClient("t" * 20, base_url=url), monzoh.AsyncMonzoClient("t" * 20, base_url=url)),
        ("bloomy", bloomy.Client("k" * 20, base_url=url), bloomy.AsyncClient("k" * 20, base_url=url)),
        (
            "rapidpro",
            rapidpro.RapidProClient("t" * 40, base_url=url),
            rapidpro.AsyncRapidProClient("t" * 40, base_url=url),
        ),
    ]


PAIRS = _pairs()


def resource_names(client: Any) -> list[str]:
    return sorted(
        name
        for name, value in inspect.getmembers(type(client))
        if isinstance(value, cached_property) and isinstance(getattr(client, name), Resource)
    )


def methods(owner: type) -> dict[str, Any]:
    """The public methods of a resource or client class, by name, as declared (descriptors included)."""
    found = {}
    for klass in reversed(owner.__mro__):
        if klass.__module__.startswith(("overlay_runtime", "builtins", "typing")):
            continue
        for name, value in vars(klass).items():
            if not name.startswith("_") and (callable(value) or isinstance(value, operation | paginated)):
                found[name] = value
    return found


@pytest.mark.parametrize(("facade", "sync", "async_"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_resource_serves_both_clients_with_the_same_signatures(facade: str, sync: Any, async_: Any) -> None:
    assert isinstance(sync, SyncAPIClient) and isinstance(async_, AsyncAPIClient)
    names = resource_names(sync)
    assert names, f"{facade} has no resources"
    assert names == resource_names(async_)
    for name in names:
        sync_resource, async_resource = getattr(sync, name), getattr(async_, name)
        assert type(sync_resource) is type(async_resource), f"{facade}.{name}: one class serves both clients"
        declared = methods(type(sync_resource))
        assert declared, f"{facade}.{name} has no methods"
        for method, descriptor in declared.items():
            where = f"{facade}.{name}.{method}"
            assert isinstance(descriptor, operation | paginated), f"{where} is not an @operation/@paginated method"
            sync_method, async_method = getattr(sync_resource, method), getattr(async_resource, method)
            assert inspect.signature(sync_method) == inspect.signature(async_method), where
            assert inspect.signature(sync_method) == inspect.signature(descriptor.__wrapped__).replace(
                parameters=list(inspect.signature(descriptor.__wrapped__).parameters.values())[1:],
                return_annotation=inspect.Signature.empty,
            ), where
            if isinstance(descriptor, operation):
                assert inspect.iscoroutinefunction(async_method) and not inspect.iscoroutinefunction(sync_method)
            assert sync_method.__doc__ == async_method.__doc__


@pytest.mark.parametrize(("facade", "sync", "async_"), PAIRS, ids=[p[0] for p in PAIRS])
def test_client_level_operations_match(facade: str, sync: Any, async_: Any) -> None:
    """Client-level operations (`whoami`, `endpoints`) are shared descriptors too."""
    sync_ops = {n for n, v in methods(type(sync)).items() if isinstance(v, operation | paginated)}
    async_ops = {n for n, v in methods(type(async_)).items() if isinstance(v, operation | paginated)}
    assert sync_ops == async_ops
    for name in sync_ops:
        assert inspect.signature(getattr(sync, name)) == inspect.signature(getattr(async_, name)), name
