"""`client.archives`: the workspace's message and run archives (paged by offset, unlike the rest)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from overlay_runtime import AsyncResource, SyncResource
from rapidpro_api.pydantic_models import Archive, ArchivePage

from .._filters import ArchiveFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages


def archive_pages(filters: Mapping[str, Any]) -> PageCall[Archive]:
    # Archives use limit/offset paging: the pager's cursor is the offset of the next page.
    return pages("archives.json", ArchivePage, Archive, filters, position="offset")


class Archives(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ArchiveFilters]) -> SyncPager[Archive]:
        """Archives (`type` "message" or "run", `period` "daily" or "monthly"), newest first."""
        return SyncPager(self._client, archive_pages(filters), cursor)


class AsyncArchives(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ArchiveFilters]) -> AsyncPager[Archive]:
        """Archives (`type` "message" or "run", `period` "daily" or "monthly"), newest first."""
        return AsyncPager(self._client, archive_pages(filters), cursor)
