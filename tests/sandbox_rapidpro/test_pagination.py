"""Cursor pagination as RapidPro does it: 250 a page, newest first, opaque stable cursors, before/after."""

from __future__ import annotations

import base64
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from rapidpro.testing import RapidProSandbox

from .conftest import NOW
from .test_state import everything


def page(http: httpx.Client, url: str, **params: Any) -> dict[str, Any]:
    response = http.get(url, params=params or None)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_pages_of_250_newest_first_with_absolute_sorted_links(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    first = page(http, "contacts.json", group="Active", reverse="false")
    assert len(first["results"]) == 250 and first["previous"] is None
    link = urlsplit(first["next"])
    assert f"{link.scheme}://{link.netloc}{link.path}" == f"{rapidpro.url}/contacts.json"
    assert list(parse_qs(link.query)) == ["cursor", "group", "reverse"], "the query is repeated, sorted, with a cursor"
    cursor = parse_qs(link.query)["cursor"][0]
    assert base64.b64decode(cursor)  # opaque base64, as DRF's
    second = page(http, first["next"])
    assert second["previous"] is not None
    stamps = [c["modified_on"] for c in first["results"] + second["results"]]
    assert stamps == sorted(stamps, reverse=True) and len(set(stamps)) == len(stamps)
    back = page(http, second["previous"])
    assert [c["uuid"] for c in back["results"]] == [c["uuid"] for c in first["results"]]
    assert back["previous"] is None and back["next"] is not None


def test_a_full_export_has_every_contact_once(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    contacts = everything(http, "contacts")
    uuids = [c["uuid"] for c in contacts]
    assert len(uuids) == len(set(uuids)) == rapidpro.state.contact_count()
    ascending = everything(http, "contacts", reverse="true")
    assert [c["uuid"] for c in ascending] == uuids[::-1]


def test_before_and_after_are_inclusive_and_bad_values_give_nothing(http: httpx.Client) -> None:
    contacts = everything(http, "contacts")
    middle = contacts[100]["modified_on"]
    after = everything(http, "contacts", after=middle)
    before = everything(http, "contacts", before=middle)
    assert after[-1]["uuid"] == before[0]["uuid"] == contacts[100]["uuid"]
    assert len(after) + len(before) == len(contacts) + 1
    assert page(http, "contacts.json", after="not a date")["results"] == []
    day = everything(http, "messages", after="2026-03-01", before="2026-03-02")
    assert day and all(m["created_on"].startswith(("2026-03-01", "2026-03-02T00:00:00.000000")) for m in day)


def test_a_cursor_resumes_the_same_query(http: httpx.Client) -> None:
    params = {"paths": "false", "responded": "true"}
    first = page(http, "runs.json", **params)
    cursor = parse_qs(urlsplit(first["next"]).query)["cursor"][0]
    resumed = page(http, "runs.json", **params, cursor=cursor)
    assert resumed == page(http, first["next"])
    assert all(r["path"] is None and r["responded"] for r in resumed["results"])


def test_writes_during_an_export_neither_repeat_nor_lose_the_others(http: httpx.Client) -> None:
    first = page(http, "contacts.json")
    seen = [c["uuid"] for c in first["results"]]
    http.post("contacts.json", params={"uuid": seen[0]}, json={"name": "Edited during the export"})
    http.post("contacts.json", json={"name": "Created during the export"})
    rest: list[str] = []
    url: str | None = first["next"]
    while url:
        body = page(http, url)
        rest += [c["uuid"] for c in body["results"]]
        url = body["next"]
    assert not set(rest) & set(seen), "what was sent before the writes is not sent again"
    assert len(seen) + len(rest) == len(everything(http, "contacts")) - 1, "only the new contact is missed"


def test_invalid_cursor_is_404(http: httpx.Client) -> None:
    response = http.get("contacts.json", params={"cursor": "bm9wZQ=="})
    assert response.status_code == 404 and response.json() == {"detail": "Invalid cursor"}


def test_small_lists_and_uuid_filters_page_the_same_way(http: httpx.Client) -> None:
    groups = page(http, "groups.json")
    assert groups["next"] is None and groups["previous"] is None and len(groups["results"]) == 13
    assert [g["name"] for g in groups["results"]][:3] == ["Gasabo Residents", "Women", "Adults"], "newest first"
    uuid = groups["results"][1]["uuid"]
    assert [g["name"] for g in page(http, "groups.json", uuid=uuid)["results"]] == ["Women"]
    boundaries = everything(http, "boundaries")
    assert [b["osm_id"] for b in boundaries] == sorted(b["osm_id"] for b in boundaries)
    assert {b["level"] for b in boundaries} == {0, 1, 2, 3}


def test_archives_use_limit_and_offset_with_a_count(http: httpx.Client) -> None:
    first = page(http, "archives.json", type="message", limit=5)
    assert first["count"] > 12 and len(first["results"]) == 5 and first["previous"] is None
    assert parse_qs(urlsplit(first["next"]).query) == {"limit": ["5"], "offset": ["5"], "type": ["message"]}
    second = page(http, first["next"])
    assert parse_qs(urlsplit(second["previous"]).query) == {"limit": ["5"], "type": ["message"]}
    dates = [a["start_date"] for a in first["results"] + second["results"]]
    assert dates == sorted(dates, reverse=True)
    monthly = everything(http, "archives", period="monthly")
    assert len(monthly) == 24 and any(
        a["hash"] is None and a["download_url"] is None for a in everything(http, "archives")
    )


@pytest.mark.parametrize("rapidpro_sandbox", [{"contacts": 100_000, "now": NOW}], indirect=True)
def test_a_hundred_thousand_contacts_cost_only_what_is_read(rapidpro_sandbox: RapidProSandbox) -> None:
    started = time.perf_counter()
    with httpx.Client(base_url=rapidpro_sandbox.url + "/", headers=rapidpro_sandbox.auth_headers) as http:
        body = page(http, "contacts.json")
        for _ in range(3):
            body = page(http, body["next"])
        oldest = page(http, "contacts.json", reverse="true")["results"][0]
        found = page(http, "contacts.json", urn=body["results"][-1]["urns"][0])["results"]
        runs = page(http, "runs.json", paths="false")
    assert time.perf_counter() - started < 10
    assert oldest["modified_on"] < body["results"][-1]["modified_on"]
    assert found[0]["uuid"] == body["results"][-1]["uuid"] and len(runs["results"]) == 250
    assert rapidpro_sandbox.state.contacts.seeded.cache_info().currsize < 3_000, "nothing else was generated"
