"""`client.fields` (contact fields) and `client.globals`: objects looked up by `key` (list, create, update)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import ContactField, ContactFieldPage, Global, GlobalPage

from .._filters import FieldFilters, GlobalFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import Ref, body, identifier
from ._calls import create, lookup, update

FIELDS = "fields.json"
GLOBALS = "globals.json"


def field_pages(filters: Mapping[str, Any]) -> PageCall[ContactField]:
    return pages(FIELDS, ContactFieldPage, ContactField, filters)


def save_field(field: Ref | None, name: str | None, type: str | None) -> Call[ContactField]:
    payload = body(name=name, type=type)
    if field is None:
        return create(FIELDS, ContactField, payload)
    return update(FIELDS, ContactField, lookup(key=identifier(field)), payload)


def global_pages(filters: Mapping[str, Any]) -> PageCall[Global]:
    return pages(GLOBALS, GlobalPage, Global, filters)


def save_global(key: Ref | None, name: str | None, value: str) -> Call[Global]:
    if key is None:
        return create(GLOBALS, Global, body(name=name, value=value))
    return update(GLOBALS, Global, lookup(key=identifier(key)), body(value=value))


class Fields(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[FieldFilters]) -> SyncPager[ContactField]:
        """Contact fields."""
        return SyncPager(self._client, field_pages(filters), cursor)

    def create(self, name: str, type: str) -> ContactField:
        """A new contact field; `type` is text, number, datetime, state, district or ward."""
        return self._client.run(save_field(None, name, type))

    def update(self, field: Ref, name: str | None = None, type: str | None = None) -> ContactField:
        """Rename a field (by key) or change its type."""
        return self._client.run(save_field(field, name, type))


class AsyncFields(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[FieldFilters]) -> AsyncPager[ContactField]:
        """Contact fields."""
        return AsyncPager(self._client, field_pages(filters), cursor)

    async def create(self, name: str, type: str) -> ContactField:
        """A new contact field; `type` is text, number, datetime, state, district or ward."""
        return await self._client.run(save_field(None, name, type))

    async def update(self, field: Ref, name: str | None = None, type: str | None = None) -> ContactField:
        """Rename a field (by key) or change its type."""
        return await self._client.run(save_field(field, name, type))


class Globals(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[GlobalFilters]) -> SyncPager[Global]:
        """Workspace globals, last modified first."""
        return SyncPager(self._client, global_pages(filters), cursor)

    def create(self, name: str, value: str) -> Global:
        """A new global (its key is made from `name`)."""
        return self._client.run(save_global(None, name, value))

    def update(self, key: Ref, value: str) -> Global:
        """Set the value of the global `key`."""
        return self._client.run(save_global(key, None, value))


class AsyncGlobals(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[GlobalFilters]) -> AsyncPager[Global]:
        """Workspace globals, last modified first."""
        return AsyncPager(self._client, global_pages(filters), cursor)

    async def create(self, name: str, value: str) -> Global:
        """A new global (its key is made from `name`)."""
        return await self._client.run(save_global(None, name, value))

    async def update(self, key: Ref, value: str) -> Global:
        """Set the value of the global `key`."""
        return await self._client.run(save_global(key, None, value))
