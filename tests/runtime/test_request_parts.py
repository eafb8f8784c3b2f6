"""`httpx_arguments`: the query goes on the URL exactly as httpx would encode `params` itself."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from overlay_runtime._request import ExternalRequest, httpx_arguments

BASE = "https://api.example.com/api/v2/"
HOSTILE = ["a b", "ü", "a&b=c", "#frag", "/x/../y", "%2F", "+", "a;b", "?", "", "tel:+250788123456", 1, True, None]


class _Parts(ExternalRequest):
    """An endpoint request relative to the API's base URL (ExternalRequest insists on absolute ones)."""

    def __post_init__(self) -> None:
        pass


def _sent(arguments: dict[str, Any]) -> httpx.URL:
    return httpx.Client().build_request(**arguments).url


@pytest.mark.parametrize("value", [*HOSTILE, ["x", "y z"]], ids=repr)
def test_the_query_is_what_httpx_makes_of_params(value: Any) -> None:
    params = {"uuid": value, "after": "2026-01-01T00:00:00.000000Z", "é k": "v"}
    arguments = httpx_arguments(_Parts("GET", "contacts.json", params=params), BASE)
    assert arguments["params"] is None and "?" in arguments["url"]  # encoded once, here
    expected = httpx.Request("GET", BASE + "contacts.json", params=params).url
    assert _sent(arguments) == expected and _sent(arguments).raw_path == expected.raw_path


def test_a_url_with_a_query_already_is_left_to_httpx_with_its_params() -> None:
    link = "https://api.example.com/api/v2/contacts.json?cursor=abc&group=old"
    arguments = httpx_arguments(_Parts("GET", link, params={"group": "new"}), BASE)
    assert arguments["url"] == link and arguments["params"] == {"group": "new"}
    assert _sent(arguments) == httpx.Request("GET", link, params={"group": "new"}).url


def test_no_params_no_question_mark() -> None:
    arguments = httpx_arguments(_Parts("GET", "/contacts.json"), BASE)
    assert arguments["url"] == BASE + "contacts.json" and arguments["params"] is None
