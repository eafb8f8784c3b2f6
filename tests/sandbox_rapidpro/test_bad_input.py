"""Bad input gets RapidPro's 4xx (as DRF answers it, and as the spec documents it), never a 500, and
nothing the sandbox stores can break a later read."""

from __future__ import annotations

import httpx
import pytest

from rapidpro.testing import RapidProSandbox

from .conftest import RapidProSpec

CURSOR_LISTS = [
    "boundaries", "broadcasts", "campaigns", "campaign_events", "channels", "channel_events", "contacts", "fields",
    "flow_starts", "flows", "globals", "groups", "labels", "messages", "resthooks", "resthook_events",
    "resthook_subscribers", "runs", "tickets", "topics", "users",
]  # fmt: skip


@pytest.mark.parametrize("endpoint", CURSOR_LISTS)
def test_a_cursor_the_server_did_not_make_is_drfs_404_and_documented(
    http: httpx.Client, spec: RapidProSpec, endpoint: str
) -> None:
    for cursor in ("cD0yMDI2LTAzLTAyKzE3JTNBMjglM0ExMi4xMjM0NTYlMkIwMCUzQTAw", "not base64!", "bm9wZQ=="):
        response = http.get(f"{endpoint}.json", params={"cursor": cursor})
        assert response.status_code == 404, response.text
        assert response.json() == {"detail": "Invalid cursor"}
        spec.check(response)


def test_media_without_a_body_is_the_serializers_400_not_a_415(http: httpx.Client, spec: RapidProSpec) -> None:
    for headers in ({}, {"Content-Type": "multipart/form-data; boundary=x"}, {"Content-Type": "text/plain"}):
        response = http.post("media.json", headers=headers)
        assert response.status_code == 400, response.text
        assert response.json() == {"file": ["No file was submitted."]}
        spec.check_response(response)
    not_multipart = http.post("media.json", content=b"hello", headers={"Content-Type": "text/plain"})
    assert not_multipart.status_code == 415, "a body in another media type is DRF's 415"


def test_a_write_without_a_body_is_validated_whatever_its_content_type(http: httpx.Client, spec: RapidProSpec) -> None:
    response = http.post("groups.json", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400, response.text
    assert response.json() == {"name": ["This field is required."]}
    spec.check_response(response)


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_a_number_json_has_not_is_a_400_and_stores_nothing(http: httpx.Client, number: str) -> None:
    before = http.get("contacts.json").json()["results"][0]
    body = f'{{"name": "Ada", "fields": {{"age": {number}}}}}'.encode()
    response = http.post("contacts.json", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.json() == {
        "detail": f"JSON parse error - Out of range float values are not JSON compliant: '{number}'"
    }, "DRF's words"
    assert http.get("contacts.json").json()["results"][0] == before


def test_a_lone_surrogate_is_stored_as_a_replacement_character(http: httpx.Client) -> None:
    body = b'{"name": "Ada \\ud800", "fields": {"age": "4\\udfff"}}'
    created = http.post("contacts.json", content=body, headers={"Content-Type": "application/json"})
    assert created.status_code == 201, created.text
    assert created.json()["name"] == "Ada \ufffd"
    listed = http.get("contacts.json", params={"uuid": created.json()["uuid"]})
    assert listed.status_code == 200 and listed.json()["results"][0]["name"] == "Ada \ufffd"
    assert http.get("contacts.json").status_code == 200


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("0244-03-01T07:00:00Z", "0244-03-01T09:00:00.000000+02:00"),
        ("0001-01-01", "0001-01-01T02:00:00.000000+02:00"),
        ("9999-12-31T23:00:00Z", None),  # in Kigali it is year 10000: left unset, as what does not parse
    ],
)
def test_datetime_fields_keep_four_digit_years_and_never_overflow(
    rapidpro: RapidProSandbox, http: httpx.Client, value: str, stored: str | None
) -> None:
    created = http.post("contacts.json", json={"name": "Old", "fields": {"next_appointment": value}})
    assert created.status_code == 201, created.text
    assert created.json()["fields"]["next_appointment"] == stored
    read = http.get("contacts.json", params={"uuid": created.json()["uuid"]}).json()["results"][0]
    assert read["fields"]["next_appointment"] == stored
