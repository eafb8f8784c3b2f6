"""The facade's pages read like TembaClient's fetches: `for contact in page`, `len(page)`, `page[0]`."""

from __future__ import annotations

import asyncio

from overlay_runtime import Page
from rapidpro import AsyncRapidProClient, RapidProClient
from rapidpro.testing import RapidProSandbox


def test_a_page_is_a_sequence_of_its_items(sandbox: RapidProSandbox) -> None:
    """Each page of `pager.pages()` iterates, counts and indexes its items, and is still a `Page`."""
    with RapidProClient(sandbox.token, base_url=sandbox.url) as client:
        pages = list(client.contacts.list().pages())
        everyone = client.contacts.list().all()
    assert [len(page) for page in pages] == [40] * 7 + [18]
    assert [contact.uuid for page in pages for contact in page] == [c.uuid for c in everyone]
    first = pages[0]
    assert isinstance(first, Page) and first[0] == first.items[0] and list(first) == first.items
    assert first.next_cursor is not None and pages[-1].next_cursor is None


def test_archives_and_async_pages_too(sandbox: RapidProSandbox) -> None:
    """Offset-paged archives, and the async client's pages, are the same kind of page."""

    async def main() -> list[int]:
        async with AsyncRapidProClient(sandbox.token, base_url=sandbox.url) as client:
            return [len(page) async for page in client.archives.list().pages() if list(page) == page.items]

    assert asyncio.run(main()) == [40, 10]
