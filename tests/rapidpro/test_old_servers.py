"""Old and odd servers: one value of an unexpected type never costs a page (and `strict=True` restores refusal).

Bodies shaped like TembaClient's recorded responses (tests/rapidpro/_old_servers.py) are served from a
loopback server and read through `RapidProClient` / `AsyncRapidProClient`: every item comes out, each
value as the server sent it, odd ones kept in their own field, and each odd field path is logged once.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

import pydantic
import pytest

from rapidpro import AsyncRapidProClient, RapidProClient, TembaSerializationException
from rapidpro.models import CampaignEvent, Contact, Workspace
from tests.flaky_server import FlakyServer, Reply, Request
from tests.rapidpro._helpers import KINDS
from tests.rapidpro._old_servers import OLDER, RECORDED, lister, path_of
from tests.rapidpro._server import TOKEN

# The recorded shapes that today's spec does not allow: a strict client refuses exactly these.
ODD = {"campaign_events", "contacts", "org"}
ODD_OLDER = {"archives", "broadcasts", "campaign_events", "contacts"}


def serve(bodies: dict[str, Any]) -> FlakyServer:
    def handler(request: Request) -> Reply:
        name = request.path.removeprefix("/api/v2/").removesuffix(".json")
        return Reply(200, bodies[name]) if name in bodies else Reply(404, {"detail": "Not found."})

    return FlakyServer(handler)


def read(kind: str, url: str, name: str, **options: Any) -> Any:
    """The endpoint's items (a list) or object, read through a client of `kind`."""
    get = lister(name)
    if kind == "sync":
        with RapidProClient(TOKEN, base_url=url, max_retries=0, **options) as client:
            result = get(client)
            return result if isinstance(result, pydantic.BaseModel) else list(result)

    async def main() -> Any:
        async with AsyncRapidProClient(TOKEN, base_url=url, max_retries=0, **options) as client:
            result = get(client)
            if inspect.isawaitable(result):
                return await result
            return [item async for item in result]

    return asyncio.run(main())


def as_received(value: Any) -> Any:
    """A parsed value in the JSON terms it came in (datetimes as instants, to compare with the raw text)."""
    if isinstance(value, pydantic.BaseModel):
        fields = {
            (info.alias or name): as_received(value.__dict__[name]) for name, info in type(value).model_fields.items()
        }
        return {**fields, **{k: as_received(v) for k, v in (value.model_extra or {}).items()}}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: as_received(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_received(v) for v in value]
    if isinstance(value, str) and "T" in value:
        try:
            return datetime.fromisoformat(value).astimezone(UTC)
        except ValueError:
            return value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # URLs


def assert_same(raw: Any, parsed: Any, where: str) -> None:
    """Every value the server sent is in `parsed`, unchanged (keys the server did not send are not checked)."""
    got, sent = as_received(parsed), as_received(raw)
    if isinstance(sent, dict):
        assert isinstance(got, dict), f"{where}: {got!r} is not an object"
        for key, value in sent.items():
            assert key in got, f"{where}.{key} is missing"
            assert_same(value, got[key], f"{where}.{key}")
    elif isinstance(sent, list):
        assert isinstance(got, list) and len(got) == len(sent), f"{where}: {got!r} != {sent!r}"
        for i, (one, other) in enumerate(zip(sent, got, strict=True)):
            assert_same(one, other, f"{where}[{i}]")
    else:
        assert got == sent, f"{where}: {got!r} != {sent!r}"


@KINDS
@pytest.mark.parametrize("name", sorted(RECORDED))
def test_every_recorded_shape_parses_item_for_item(kind: str, name: str, caplog: pytest.LogCaptureFixture) -> None:
    body = RECORDED[name]
    with serve({path_of(name): body}) as server, caplog.at_level(logging.WARNING, "rapidpro"):
        result = read(kind, server.url, name)
    if isinstance(result, list):
        assert len(result) == len(body["results"])
        for i, (raw, item) in enumerate(zip(body["results"], result, strict=True)):
            assert isinstance(item, pydantic.BaseModel), f"{name}[{i}] was not read as a model"
            assert_same(raw, item, f"{name}[{i}]")
    else:
        assert_same(body, result, name)
    warned = {r.parse_path for r in caplog.records if hasattr(r, "parse_path")}  # type: ignore[attr-defined]
    assert bool(warned) == (name in ODD), warned


@KINDS
@pytest.mark.parametrize("name", sorted(OLDER))
def test_older_versions_of_the_recordings_parse_too(kind: str, name: str) -> None:
    body = OLDER[name]
    with serve({path_of(name): body}) as server:
        items = read(kind, server.url, name)
    assert len(items) == len(body["results"])
    for raw, item in zip(body["results"], items, strict=True):
        assert_same(raw, item, name)


@KINDS
def test_odd_values_stay_in_their_own_fields(kind: str) -> None:
    with serve({"contacts": RECORDED["contacts"], "campaign_events": RECORDED["campaign_events"]}) as server:
        contacts = read(kind, server.url, "contacts")
        events = read(kind, server.url, "campaign_events")
    assert all(isinstance(c, Contact) for c in contacts) and all(isinstance(e, CampaignEvent) for e in events)
    assert contacts[0].fields == {"nickname": "Mina", "age": 29}  # the number, as received
    assert contacts[0].groups[0].name == "Volunteers" and contacts[0].created_on.year == 2019  # the rest is typed
    assert contacts[1].fields == {"nickname": None, "age": None}
    assert events[1].message == "Remember your appointment" and events[1].offset == 2
    assert events[0].message is None and events[0].flow is not None and events[0].flow.name == "Check-in"


@KINDS
def test_a_missing_required_field_is_none(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    with serve({"workspace": RECORDED["org"]}) as server, caplog.at_level(logging.WARNING, "rapidpro"):
        workspace = read(kind, server.url, "org")
    assert isinstance(workspace, Workspace) and workspace.uuid is None and workspace.languages == ["eng", "swa"]
    [record] = [r for r in caplog.records if hasattr(r, "parse_path")]
    assert record.parse_path == "uuid" and record.parse_problem == "missing"  # type: ignore[attr-defined]
    assert "GET /api/v2/workspace.json: Workspace.uuid is missing" in record.getMessage()


@KINDS
@pytest.mark.parametrize(
    ("name", "bodies"),
    [(name, RECORDED) for name in sorted(ODD)] + [(name, OLDER) for name in sorted(ODD_OLDER)],
)
def test_a_strict_client_still_refuses_them(kind: str, name: str, bodies: dict[str, Any]) -> None:
    with serve({path_of(name): bodies[name]}) as server:
        with pytest.raises(TembaSerializationException) as info:
            read(kind, server.url, name, strict=True)
    assert info.value.status_code == 200 and f"/api/v2/{path_of(name)}.json" in str(info.value)


def contact(i: int) -> dict[str, Any]:
    return {
        "uuid": f"00000000-0000-4000-8000-{i:012d}",
        "name": f"Contact {i}",
        "language": None,
        "urns": [f"tel:+1555{i:07d}"],
        "groups": [],
        "fields": {"age": 20 + i % 50, "district": "Eastland"},  # every contact: a number, as old servers send
        "created_on": "2019-03-04T05:06:07.123456+00:00",
        "modified_on": "2019-03-04T05:06:07.123456+00:00",
    }


def export_server(pages: int, size: int) -> FlakyServer:
    def handler(request: Request) -> Reply:
        at = int(request.query.get("cursor", ["0"])[0])
        host = f"http://{request.headers['host']}/api/v2/contacts.json"
        following = f"{host}?cursor={at + 1}" if at + 1 < pages else None
        return Reply(
            200, {"next": following, "previous": None, "results": [contact(at * size + i) for i in range(size)]}
        )

    return FlakyServer(handler)


@KINDS
def test_a_long_export_goes_on_and_logs_each_odd_path_once(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    """Every contact of a 2,000-contact export has an odd value: all 2,000 come out, one warning in all."""
    with export_server(pages=8, size=250) as server, caplog.at_level(logging.WARNING, "rapidpro"):
        contacts = read(kind, server.url, "contacts")
    assert [c.uuid for c in contacts] == [contact(i)["uuid"] for i in range(2000)]
    assert contacts[1999].fields == {"age": 20 + 1999 % 50, "district": "Eastland"}
    odd = [r for r in caplog.records if hasattr(r, "parse_path")]
    assert [r.parse_path for r in odd] == ["results[].fields.age"]  # type: ignore[attr-defined]
    assert len(server.requests) == 8


@KINDS
def test_a_strict_export_stops_on_the_first_odd_value(kind: str) -> None:
    with export_server(pages=8, size=250) as server:
        with pytest.raises(TembaSerializationException, match=r"results\.0\.fields\.age"):
            read(kind, server.url, "contacts", strict=True)
    assert len(server.requests) == 1


@KINDS
@pytest.mark.parametrize(
    "body",
    [
        '{"next": null, "previous": null, "results": [',  # not JSON
        '{"next": null, "previous": null, "results": {"uuid": "x"}}',  # results is not a list
        '{"next": null, "previous": null}',  # no results at all
        '[{"uuid": "x"}]',  # a list where the page object should be
        "<html>maintenance</html>",
    ],
)
def test_what_is_not_the_right_shape_still_fails(kind: str, body: str) -> None:
    with FlakyServer(lambda request: Reply(200, body, {"Content-Type": "application/json"})) as server:
        with pytest.raises(TembaSerializationException):
            read(kind, server.url, "contacts")
