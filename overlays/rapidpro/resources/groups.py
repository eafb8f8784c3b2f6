"""`client.groups` and `client.labels`: named objects looked up by UUID (list, create, rename, delete)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, Unpack

import pydantic

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import Group, GroupPage, Label, LabelPage

from .._filters import GroupFilters, LabelFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import Ref, body, identifier
from ._calls import create, delete, lookup, update

GROUPS = "groups.json"
LABELS = "labels.json"
M = TypeVar("M", bound=pydantic.BaseModel)


def save_named(path: str, cls: type[M], obj: Ref | None, name: str) -> Call[M]:
    """Create an object called `name`, or rename `obj` (UUID) to it."""
    if obj is None:
        return create(path, cls, body(name=name))
    return update(path, cls, lookup(uuid=identifier(obj)), body(name=name))


def delete_named(path: str, obj: Ref) -> Call[None]:
    return delete(path, lookup(uuid=identifier(obj)))


def group_pages(filters: Mapping[str, Any]) -> PageCall[Group]:
    return pages(GROUPS, GroupPage, Group, filters)


def label_pages(filters: Mapping[str, Any]) -> PageCall[Label]:
    return pages(LABELS, LabelPage, Label, filters)


class Groups(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[GroupFilters]) -> SyncPager[Group]:
        """Contact groups (`name` matches case-insensitively; `manual_only=True` leaves out smart groups)."""
        return SyncPager(self._client, group_pages(filters), cursor)

    def create(self, name: str) -> Group:
        """A new manual group."""
        return self._client.run(save_named(GROUPS, Group, None, name))

    def update(self, group: Ref, name: str) -> Group:
        """Rename a group (system groups cannot be changed: 403)."""
        return self._client.run(save_named(GROUPS, Group, group, name))

    def delete(self, group: Ref) -> None:
        """Delete a group (400 while triggers or campaigns use it)."""
        return self._client.run(delete_named(GROUPS, group))


class AsyncGroups(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[GroupFilters]) -> AsyncPager[Group]:
        """Contact groups (`name` matches case-insensitively; `manual_only=True` leaves out smart groups)."""
        return AsyncPager(self._client, group_pages(filters), cursor)

    async def create(self, name: str) -> Group:
        """A new manual group."""
        return await self._client.run(save_named(GROUPS, Group, None, name))

    async def update(self, group: Ref, name: str) -> Group:
        """Rename a group (system groups cannot be changed: 403)."""
        return await self._client.run(save_named(GROUPS, Group, group, name))

    async def delete(self, group: Ref) -> None:
        """Delete a group (400 while triggers or campaigns use it)."""
        return await self._client.run(delete_named(GROUPS, group))


class Labels(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[LabelFilters]) -> SyncPager[Label]:
        """Message labels, with the number of visible messages each."""
        return SyncPager(self._client, label_pages(filters), cursor)

    def create(self, name: str) -> Label:
        """A new label."""
        return self._client.run(save_named(LABELS, Label, None, name))

    def update(self, label: Ref, name: str) -> Label:
        """Rename a label."""
        return self._client.run(save_named(LABELS, Label, label, name))

    def delete(self, label: Ref) -> None:
        """Delete a label."""
        return self._client.run(delete_named(LABELS, label))


class AsyncLabels(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[LabelFilters]) -> AsyncPager[Label]:
        """Message labels, with the number of visible messages each."""
        return AsyncPager(self._client, label_pages(filters), cursor)

    async def create(self, name: str) -> Label:
        """A new label."""
        return await self._client.run(save_named(LABELS, Label, None, name))

    async def update(self, label: Ref, name: str) -> Label:
        """Rename a label."""
        return await self._client.run(save_named(LABELS, Label, label, name))

    async def delete(self, label: Ref) -> None:
        """Delete a label."""
        return await self._client.run(delete_named(LABELS, label))
