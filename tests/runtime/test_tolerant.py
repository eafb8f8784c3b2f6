"""The runtime's tolerant parsing and its pagers' loop guard, on a loopback server with a plain client."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Any

import pydantic
import pytest
from pydantic import AliasPath, Field

from overlay_runtime import (
    APIResponseValidationError,
    AsyncAPIClient,
    AsyncPager,
    Call,
    ErrorMap,
    Page,
    PaginationLoopError,
    ParsePolicy,
    Runtime,
    SyncAPIClient,
    SyncPager,
    field_of,
    model,
    root_list,
    validate_json,
)
from tests.flaky_server import FlakyServer, Reply, Request
from tests.runtime.requests import call

KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


class FacadeBodyError(APIResponseValidationError):
    """A facade's own response-validation error."""


class Tag(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    slug: str
    weight: int = 0


class Item(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    id: int
    name: str
    tags: list[Tag] = []
    scores: dict[str, float] = {}
    owner_id: int | None = Field(None, validation_alias=AliasPath("Owner", "Id"))
    owner_name: str | None = Field(None, validation_alias=AliasPath("Owner", "Name"))


class ItemPage(pydantic.BaseModel):
    next: str | None
    results: list[Item]


def runtime(strict: bool = False) -> Runtime:
    return Runtime(
        errors=ErrorMap(response_validation=FacadeBodyError),
        logger=logging.getLogger("tests.tolerant"),
        parsing=ParsePolicy(strict=strict),
    )


def request(kind: str, url: str, the_call: Call[Any], *, strict: bool = False) -> Any:
    if kind == "sync":
        with SyncAPIClient(base_url=url, runtime=runtime(strict)) as client:
            return client.request(the_call)

    async def main() -> Any:
        async with AsyncAPIClient(base_url=url, runtime=runtime(strict)) as client:
            return await client.request(the_call)

    return asyncio.run(main())


GOOD = {
    "id": 1,
    "name": "one",
    "tags": [{"slug": "a", "weight": 2}],
    "scores": {"x": 1.5},
    "Owner": {"Id": 3, "Name": "Ann"},
}
ODD = {
    "id": 2,
    "name": "two",
    "tags": [{"slug": "b", "weight": "heavy"}, {"slug": "c"}],  # one odd value deep inside
    "scores": {"x": 2.0, "y": "n/a"},
    "Owner": {"Id": "three", "Name": "Bo"},  # one value behind an alias path
    "colour": "red",  # a field the model does not know: kept in model_extra as always
}
MISSING = {"id": 3, "tags": [], "scores": {}}  # no name


@KINDS
def test_one_odd_value_is_kept_in_its_field_and_the_rest_is_typed(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    body = {"next": None, "results": [GOOD, ODD, MISSING, ODD]}
    with FlakyServer(lambda r: Reply(200, body)) as server, caplog.at_level(logging.WARNING, "tests.tolerant"):
        page = request(kind, server.url, call("GET", "items", parse=model(ItemPage)))
    assert isinstance(page, ItemPage) and [type(i) for i in page.results] == [Item] * 4
    good, odd, missing = page.results[:3]
    assert good == Item.model_validate(GOOD)
    assert odd.tags[0] == Tag.model_construct(slug="b", weight="heavy") and odd.tags[1] == Tag(slug="c")
    assert isinstance(odd.tags[0], Tag) and odd.scores == {"x": 2.0, "y": "n/a"}
    assert odd.owner_id == "three" and odd.owner_name == "Bo" and odd.model_extra == {"colour": "red"}
    assert missing.name is None and missing.id == 3
    records = [r for r in caplog.records if hasattr(r, "parse_path")]
    assert sorted(r.parse_path for r in records) == [  # type: ignore[attr-defined]
        "results[].name",
        "results[].owner_id",
        "results[].scores.y",
        "results[].tags[].weight",
    ]  # once each, though ODD comes twice
    assert all(r.levelno == logging.WARNING and r.parse_model == "ItemPage" for r in records)  # type: ignore[attr-defined]
    assert "GET /items: ItemPage.results[].scores.y kept as received (str):" in caplog.text


@KINDS
def test_each_path_is_logged_once_per_client(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    body = {"next": None, "results": [ODD]}
    with FlakyServer(lambda r: Reply(200, body)) as server, caplog.at_level(logging.WARNING, "tests.tolerant"):
        if kind == "sync":
            with SyncAPIClient(base_url=server.url, runtime=runtime()) as client:
                for _ in range(3):
                    client.request(call("GET", "items", parse=model(ItemPage)))
        else:

            async def main() -> None:
                async with AsyncAPIClient(base_url=server.url, runtime=runtime()) as client:
                    await asyncio.gather(
                        *(client.request(call("GET", "items", parse=model(ItemPage))) for _ in range(3))
                    )

            asyncio.run(main())
    assert len([r for r in caplog.records if hasattr(r, "parse_path")]) == 3  # ODD has three odd paths


@KINDS
def test_bare_lists_and_wrappers_are_repaired_too(kind: str) -> None:
    with FlakyServer(lambda r: Reply(200, [GOOD, ODD, None])) as server:
        items = request(kind, server.url, call("GET", "items", parse=root_list(Item)))
    assert [type(i) for i in items] == [Item, Item, type(None)]  # a non-object item stays as it came
    with FlakyServer(lambda r: Reply(200, [GOOD, {"unrelated": 1}])) as server:
        items = request(kind, server.url, call("GET", "items", parse=root_list(Item)))
    assert items[1] == {"unrelated": 1}  # not an Item at all: as it came
    with FlakyServer(lambda r: Reply(200, {"next": None, "results": [ODD]})) as server:
        results = request(kind, server.url, call("GET", "items", parse=field_of(ItemPage, "results")))
    assert results[0].scores == {"x": 2.0, "y": "n/a"}


@KINDS
@pytest.mark.parametrize(
    ("body", "parse"),
    [
        ('{"next": null, "results": [', model(ItemPage)),  # not JSON
        ('{"next": null, "results": {"id": 1}}', model(ItemPage)),  # its list of items is not a list
        ('{"next": null}', model(ItemPage)),  # no list of items at all
        ("[1, 2]", model(ItemPage)),  # an array where an object should be
        ('{"id": 1, "name": "x"}', root_list(Item)),  # an object where an array should be
        ('{"next": null, "results": [1, 2]}', model(ItemPage)),  # none of its items is an object
        ('{"Message": "An error has occurred."}', model(Item)),  # an object with none of the model's keys
    ],
)
def test_what_is_not_the_right_shape_still_fails(kind: str, body: str, parse: Any) -> None:
    with FlakyServer(lambda r: Reply(200, body, {"Content-Type": "application/json"})) as server:
        with pytest.raises(FacadeBodyError, match="GET /items"):
            request(kind, server.url, call("GET", "items", parse=parse))


@KINDS
def test_strict_refuses_the_whole_response(kind: str) -> None:
    with FlakyServer(lambda r: Reply(200, {"next": None, "results": [GOOD, ODD]})) as server:
        with pytest.raises(FacadeBodyError, match=r"results\.1\.tags\.0\.weight"):
            request(kind, server.url, call("GET", "items", parse=model(ItemPage)), strict=True)


def test_outside_a_client_parsing_is_strict() -> None:
    with pytest.raises(pydantic.ValidationError):
        validate_json(Item, b'{"id": "x", "name": "y"}')
    assert validate_json(Item, b'{"id": 1, "name": "y"}').id == 1


def test_a_strict_copy_of_the_runtime_is_strict() -> None:
    loose = runtime()
    strict = replace(loose, parsing=ParsePolicy(strict=True))
    assert not loose.parsing.strict and strict.parsing.strict


# -- pagers that do not move on -------------------------------------------------------------------------


def cursor_pages(next_of: dict[str | None, str | None], *, guard: int = 60) -> FlakyServer:
    def handler(request: Request) -> Reply:
        cursor = request.query.get("cursor", [None])[0]
        following = None if len(server.requests) >= guard else next_of[cursor]
        return Reply(200, {"next": following, "items": [f"{cursor}-1", f"{cursor}-2"]})

    server = FlakyServer(handler)
    return server


def page_call(cursor: str | None) -> Call[Page[str]]:
    def parse(response: Any) -> Page[str]:
        body = response.json()
        return Page(body["items"], body["next"])

    return call("GET", "things", params={"cursor": cursor} if cursor else {}, parse=parse)


def drain(kind: str, url: str, start: str | None = None) -> tuple[list[str], Any]:
    items: list[str] = []
    if kind == "sync":
        with SyncAPIClient(base_url=url, runtime=runtime()) as client:
            pager = SyncPager(client, page_call, start)
            try:
                items.extend(pager)
            except PaginationLoopError as exc:
                return items, exc
        return items, None

    async def main() -> tuple[list[str], Any]:
        async with AsyncAPIClient(base_url=url, runtime=runtime()) as client:
            pager = AsyncPager(client, page_call, start)
            try:
                async for item in pager:
                    items.append(item)
            except PaginationLoopError as exc:
                return items, exc
        return items, None

    return asyncio.run(main())


@KINDS
def test_a_cycle_of_three_cursors_stops_after_each_page_was_read_once(kind: str) -> None:
    with cursor_pages({None: "A", "A": "B", "B": "C", "C": "A"}) as server:
        items, error = drain(kind, server.url)
    assert len(server.requests) == 4 and items == ["None-1", "None-2", "A-1", "A-2", "B-1", "B-2", "C-1", "C-2"]
    assert isinstance(error, FacadeBodyError) and isinstance(error, PaginationLoopError)  # the facade's own class
    assert error.cursor == "A" and error.pages_fetched == 4 and error.request.url.params["cursor"] == "C"


@KINDS
def test_the_cursor_an_export_resumed_from_counts_as_requested(kind: str) -> None:
    with cursor_pages({"B": "C", "C": "B", None: "A", "A": "B"}) as server:
        items, error = drain(kind, server.url, start="B")
    assert len(server.requests) == 2 and items == ["B-1", "B-2", "C-1", "C-2"] and error.cursor == "B"


@KINDS
def test_a_good_list_is_read_to_its_end(kind: str) -> None:
    with cursor_pages({None: "A", "A": "B", "B": None}) as server:
        items, error = drain(kind, server.url)
    assert error is None and len(items) == 6 and len(server.requests) == 3
