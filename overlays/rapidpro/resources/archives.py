"""`client.archives`: the workspace's message and run archives (paged by offset, unlike the rest)."""

from __future__ import annotations

from typing import Unpack

from overlay_runtime import ClientT, Pages, Resource, paginated
from rapidpro_api.api.archives import list_archives
from rapidpro_api.pydantic_models import Archive, ArchivePage

from .._constants import OFFSET
from .._paging import pages


class Archives(Resource[ClientT]):
    @paginated
    def list(self, *, cursor: str | None = None, **filters: Unpack[list_archives.QueryParams]) -> Pages[Archive]:
        """Archives (`type` "message" or "run", `period` "daily" or "monthly"), newest first.

        Archives page by limit/offset: the pager's `cursor` is the offset of the next page, and
        `cursor=` (or `offset=`) resumes there.
        """
        return pages(list_archives.build_request, ArchivePage, Archive, filters, position=OFFSET, start=cursor)
