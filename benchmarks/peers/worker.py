"""One library under test, in its own interpreter: `python worker.py LIBRARY SCENARIO URL TOKEN`.

Runs inside the library's own venv (ours, a peer's), so it imports only the standard library and
that library. It builds the client once, then reads one number per line on stdin: for each `n` it
makes `n` calls (a whole export counts as one call) and prints `seconds items` on stdout, so the
runner can alternate batches between libraries that all stay warm. `memory` scenarios print the
bytes one parsed contact keeps alive instead, and exit.

Each library is pointed at the loopback server the way its users would; where a peer has no
setting for its host, the class attribute it reads is patched (noted at each scenario).
"""

from __future__ import annotations

import asyncio
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

Call = Callable[[], Any]
Factory = Callable[[str, str, dict[str, str]], Call]
SCENARIOS: dict[tuple[str, str], Factory] = {}


def scenario(library: str, name: str) -> Callable[[Factory], Factory]:
    def register(factory: Factory) -> Factory:
        SCENARIOS[(library, name)] = factory
        return factory

    return register


def _in_loop(factory: Callable[[str, str, dict[str, str], asyncio.AbstractEventLoop], Awaitable[Any]]) -> Factory:
    """An async scenario: the client lives on one event loop that every batch runs on."""

    def build(url: str, token: str, ids: dict[str, str]) -> Call:
        loop = asyncio.new_event_loop()
        call = loop.run_until_complete(factory(url, token, ids, loop))

        def run_batch(n: int) -> int:
            async def batch() -> int:
                items = 0
                for _ in range(n):
                    items += _count(await call())
                return items

            return loop.run_until_complete(batch())

        run_batch.batched = True  # type: ignore[attr-defined]
        return run_batch

    return build


def _count(result: Any) -> int:
    return result if isinstance(result, int) else 1


# -- Monzo: ours (monzoh), monzoh 1.2.0, pymonzo 2.2.1 -------------------------------------------------


def _monzo_sync(library: str, url: str, token: str) -> Any:
    if library == "monzoh-1.2.0":
        from monzoh import MonzoClient
        from monzoh.core.base import BaseSyncClient

        BaseSyncClient.BASE_URL = url  # 1.2.0 has no base-URL setting
        return MonzoClient(token)
    if library == "pymonzo":
        from pymonzo import MonzoAPI

        MonzoAPI.api_url = url  # pymonzo has no base-URL setting
        return MonzoAPI(access_token=token)
    from monzoh import MonzoClient

    return MonzoClient(token, base_url=url)


async def _monzo_async(library: str, url: str, token: str) -> Any:
    if library == "monzoh-1.2.0":
        from monzoh import AsyncMonzoClient
        from monzoh.core.async_base import BaseAsyncClient

        BaseAsyncClient.BASE_URL = url
        return AsyncMonzoClient(token)
    from monzoh import AsyncMonzoClient

    return AsyncMonzoClient(token, base_url=url)


def _balance(library: str, client: Any, account_id: str) -> Any:
    if library == "pymonzo":
        return client.balance.get(account_id)
    return client.accounts.get_balance(account_id)


for _library in ("ours", "monzoh-1.2.0", "pymonzo"):

    @scenario(_library, "monzo.accounts.sync")
    def _accounts_sync(url: str, token: str, ids: dict[str, str], library: str = _library) -> Call:
        client = _monzo_sync(library, url, token)
        if library == "pymonzo":  # pymonzo caches the list unless asked to refresh it
            return lambda: client.accounts.list(refresh=True)
        return lambda: client.accounts.list()

    @scenario(_library, "monzo.balance.sync")
    def _balance_sync(url: str, token: str, ids: dict[str, str], library: str = _library) -> Call:
        client = _monzo_sync(library, url, token)
        return lambda: _balance(library, client, ids["account_id"])

    @scenario(_library, "monzo.transactions.sync")
    def _transactions_sync(url: str, token: str, ids: dict[str, str], library: str = _library) -> Call:
        client = _monzo_sync(library, url, token)
        return lambda: client.transactions.list(ids["account_id"], limit=100)

    @scenario(_library, "monzo.fresh.sync")
    def _fresh_sync(url: str, token: str, ids: dict[str, str], library: str = _library) -> Call:
        # A client made for one task (a Celery task, a request handler without a shared client), then closed.
        _monzo_sync(library, url, token)  # the class attributes patched once, as above

        def task() -> Any:
            if library == "pymonzo":
                return _monzo_sync(library, url, token).accounts.list(refresh=True)
            with _monzo_sync(library, url, token) as client:
                return client.accounts.list()

        return task


for _library in ("ours", "monzoh-1.2.0"):

    async def _accounts_async(url: str, token: str, ids: dict[str, str], loop: Any, library: str = _library) -> Any:
        client = await _monzo_async(library, url, token)
        return client.accounts.list

    async def _balance_async(url: str, token: str, ids: dict[str, str], loop: Any, library: str = _library) -> Any:
        client = await _monzo_async(library, url, token)
        return lambda: client.accounts.get_balance(ids["account_id"])

    async def _transactions_async(url: str, token: str, ids: dict[str, str], loop: Any, library: str = _library) -> Any:
        client = await _monzo_async(library, url, token)
        return lambda: client.transactions.list(ids["account_id"], limit=100)

    scenario(_library, "monzo.accounts.async")(_in_loop(_accounts_async))
    scenario(_library, "monzo.balance.async")(_in_loop(_balance_async))
    scenario(_library, "monzo.transactions.async")(_in_loop(_transactions_async))


# -- Bloom Growth: ours (bloomy), bloomy-python 0.22.0 --------------------------------------------------


for _library in ("ours", "bloomy-python"):

    @scenario(_library, "bloom.details.sync")
    def _details_sync(url: str, token: str, ids: dict[str, str]) -> Call:
        from bloomy import Client

        client = Client(token, base_url=url)
        return lambda: client.meeting.details(int(ids["meeting_id"]))

    async def _details_async(url: str, token: str, ids: dict[str, str], loop: Any) -> Any:
        from bloomy import AsyncClient

        client = AsyncClient(token, base_url=url)
        return lambda: client.meeting.details(int(ids["meeting_id"]))

    scenario(_library, "bloom.details.async")(_in_loop(_details_async))


# -- RapidPro: ours (rapidpro), rapidpro-python 2.22.2 (TembaClient), raw httpx -------------------------


def _contacts_url(url: str) -> str:
    return f"{url}/api/v2/contacts.json"


@scenario("ours", "rapidpro.export.sync")
def _export_ours(url: str, token: str, ids: dict[str, str]) -> Call:
    from rapidpro import RapidProClient

    client = RapidProClient(token, base_url=url)
    return lambda: sum(1 for _ in client.contacts.list())


async def _export_ours_async(url: str, token: str, ids: dict[str, str], loop: Any) -> Any:
    from rapidpro import AsyncRapidProClient

    client = AsyncRapidProClient(token, base_url=url)

    async def export() -> int:
        return sum([1 async for _ in client.contacts.list()])

    return export


scenario("ours", "rapidpro.export.async")(_in_loop(_export_ours_async))


@scenario("rapidpro-python", "rapidpro.export.sync")
def _export_temba(url: str, token: str, ids: dict[str, str]) -> Call:
    from temba_client.v2 import TembaClient

    client = TembaClient(url, token)  # a host with a scheme is used as given
    return lambda: sum(len(batch) for batch in client.get_contacts().iterfetches())


# Hand loops over httpx following `next`, as a user writes them. How a page is read is the only
# difference between them (`PageReader`: a response -> its item count and the next link):
# - "httpx": `.json()`, plain dicts;
# - "httpx+models-one-page": our generated pydantic models (`ContactPage.model_validate_json`), one page
#   in memory at a time as our pager holds them (a page is gone before the next is fetched): the
#   like-for-like baseline, what the pager adds to typed items;
# - "httpx+models-bound": the same models, each page kept until the next is parsed, with the cyclic
#   collector paused around validation (as `overlay_runtime._tolerant._collector_paused` pauses it): the
#   old page is freed inside the pause, so the collector never walks a live page. The most typed items can do.
# The "working" exports also wait `PAGE_WORK` seconds a page (as a database write does), in turn.
PageReader = Callable[[Any], tuple[int, str | None]]
PAGE_WORK = 0.003


def _plain_dicts() -> PageReader:
    def read(response: Any) -> tuple[int, str | None]:
        page = response.json()
        return sum(1 for _ in page["results"]), page["next"]

    return read


class _TypedPages:
    """Reads each page into our pydantic models; `bound`: keeps it until the next, collector paused (above)."""

    def __init__(self, bound: bool) -> None:
        from rapidpro_api.pydantic_models import ContactPage

        self.model, self.bound, self.kept = ContactPage, bound, None

    def __call__(self, response: Any) -> tuple[int, str | None]:
        import gc

        if self.bound:
            gc.disable()
        try:
            page = self.model.model_validate_json(response.content)
            if self.bound:
                self.kept = page  # the previous page is freed here, while the collector is off
        finally:
            if self.bound:
                gc.enable()
        return sum(1 for _ in page.results), None if page.next is None else str(page.next)


def _hand_loop(new_reader: Callable[[], PageReader], work: float = 0.0) -> Factory:
    def build(url: str, token: str, ids: dict[str, str]) -> Call:
        import httpx

        client = httpx.Client(headers={"Authorization": f"Token {token}"})

        def export() -> int:
            count, following, read = 0, _contacts_url(url), new_reader()
            while following:
                items, following = read(client.get(following))
                count += items
                if work:
                    time.sleep(work)
            return count

        return export

    return build


def _hand_loop_async(new_reader: Callable[[], PageReader], work: float = 0.0) -> Factory:
    async def build(url: str, token: str, ids: dict[str, str], loop: Any) -> Any:
        import httpx

        client = httpx.AsyncClient(headers={"Authorization": f"Token {token}"})

        async def export() -> int:
            count, following, read = 0, _contacts_url(url), new_reader()
            while following:
                items, following = read(await client.get(following))
                count += items
                if work:
                    await asyncio.sleep(work)
            return count

        return export

    return _in_loop(build)


for _library, _reader in (
    ("httpx", _plain_dicts),
    ("httpx+models-one-page", partial(_TypedPages, False)),
    ("httpx+models-bound", partial(_TypedPages, True)),
):
    scenario(_library, "rapidpro.export.sync")(_hand_loop(_reader))
    scenario(_library, "rapidpro.export.async")(_hand_loop_async(_reader))
scenario("httpx", "rapidpro.export.working.sync")(_hand_loop(_plain_dicts, PAGE_WORK))
scenario("httpx", "rapidpro.export.working.async")(_hand_loop_async(_plain_dicts, PAGE_WORK))

# Ours on the same "working" exports, with `.prefetch()`: the next page is fetched while one is worked on.


@scenario("ours", "rapidpro.export.working.sync")
def _working_ours(url: str, token: str, ids: dict[str, str]) -> Call:
    from rapidpro import RapidProClient

    client = RapidProClient(token, base_url=url)

    def export() -> int:
        count = 0
        for page in client.contacts.list().prefetch().pages():
            count += len(page)
            time.sleep(PAGE_WORK)
        return count

    return export


async def _working_ours_async(url: str, token: str, ids: dict[str, str], loop: Any) -> Any:
    from rapidpro import AsyncRapidProClient

    client = AsyncRapidProClient(token, base_url=url)

    async def export() -> int:
        count = 0
        async for page in client.contacts.list().prefetch().pages():
            count += len(page)
            await asyncio.sleep(PAGE_WORK)
        return count

    return export


scenario("ours", "rapidpro.export.working.async")(_in_loop(_working_ours_async))


@scenario("ours", "rapidpro.memory")
def _memory_ours(url: str, token: str, ids: dict[str, str]) -> Call:
    from rapidpro import RapidProClient

    client = RapidProClient(token, base_url=url)
    return lambda: client.contacts.list().all()


@scenario("rapidpro-python", "rapidpro.memory")
def _memory_temba(url: str, token: str, ids: dict[str, str]) -> Call:
    from temba_client.v2 import TembaClient

    client = TembaClient(url, token)
    return lambda: client.get_contacts().all()


def retained_per_item(collect: Call) -> float:
    """Bytes the collected list keeps alive, per item (tracemalloc; the warm-up call runs first, so
    caches and lazily built validators are not counted against the items)."""
    collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    items = collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / len(items)


def main(argv: list[str]) -> None:
    library, name, url, token, *pairs = argv
    ids = dict(pair.split("=", 1) for pair in pairs)
    call = SCENARIOS[(library, name)](url, token, ids)
    if name.endswith(".memory"):
        print(f"{retained_per_item(call):.1f}", flush=True)
        return
    for line in sys.stdin:
        n = int(line)
        started = time.perf_counter()
        if getattr(call, "batched", False):
            items = call(n)
        else:
            items = 0
            for _ in range(n):
                items += _count(call())
        print(f"{time.perf_counter() - started:.9f} {items}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
