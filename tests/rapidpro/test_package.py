"""The package surface: exports, configuration, lazy resources, reprs."""

from __future__ import annotations

import subprocess
import sys

import pytest

import rapidpro
from overlay_runtime import APIError
from rapidpro import AsyncRapidProClient, RapidProClient
from rapidpro._client import api_root
from tests.rapidpro._server import TOKEN, rapidpro_server

RESOURCES = [
    "archives",
    "boundaries",
    "broadcasts",
    "campaign_events",
    "campaigns",
    "channel_events",
    "channels",
    "contacts",
    "definitions",
    "fields",
    "flow_starts",
    "flows",
    "globals",
    "groups",
    "labels",
    "media",
    "messages",
    "resthook_events",
    "resthook_subscribers",
    "resthooks",
    "runs",
    "statistics",
    "tickets",
    "topics",
    "users",
    "workspace",
]


def test_all_is_sorted_and_complete() -> None:
    assert rapidpro.__all__ == sorted(rapidpro.__all__, key=lambda n: (not n.isupper(), n))
    for name in rapidpro.__all__:
        assert hasattr(rapidpro, name), name
    assert all(issubclass(getattr(rapidpro, n), APIError) for n in rapidpro.__all__ if n.startswith("Temba"))


def test_every_endpoint_has_a_resource_on_both_clients() -> None:
    """A resource per v2 endpoint (the root's listing, plus boundaries, channel_events, definitions, statistics):
    one class serving both clients, each instance bound to its own client."""
    sync, asyncio_client = RapidProClient(TOKEN), AsyncRapidProClient(TOKEN)
    for name in RESOURCES:
        mine, theirs = getattr(sync, name), getattr(asyncio_client, name)
        assert type(theirs) is type(mine) and mine is not theirs, name
        assert mine._client is sync and theirs._client is asyncio_client, name
        assert getattr(sync, name) is mine  # made once, then a plain attribute
    sync.close()


@pytest.mark.parametrize(
    ("given", "root"),
    [
        ("app.rapidpro.io", "https://app.rapidpro.io/api/v2/"),
        ("https://textit.com", "https://textit.com/api/v2/"),
        ("http://localhost:8000/", "http://localhost:8000/api/v2/"),
        ("http://localhost:8000/api/v2", "http://localhost:8000/api/v2/"),
        ("https://example.org/rapidpro/api/v2/", "https://example.org/rapidpro/api/v2/"),
    ],
)
def test_base_url_forms(given: str, root: str) -> None:
    """A bare host (TembaClient's form), a URL, or the API root itself all lead to the API root."""
    assert api_root(given) == root
    assert RapidProClient(TOKEN, base_url=given).base_url == root


def test_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPIDPRO_API_TOKEN", TOKEN)
    monkeypatch.setenv("RAPIDPRO_BASE_URL", "rapidpro.example.org")
    client = RapidProClient()
    assert client.base_url == "https://rapidpro.example.org/api/v2/"
    assert TOKEN not in repr(client) and TOKEN not in repr(client.runtime)


def test_with_options_shares_the_pool_and_rebuilds_resources() -> None:
    with rapidpro_server() as (server, _), RapidProClient(TOKEN, base_url=server.url) as client:
        client.contacts.list().first()
        patient = client.with_options(max_retries=0)
        assert patient.contacts is not client.contacts and patient.max_retries == 0
        assert patient.contacts.list().first() is not None


def test_resources_are_imported_on_first_use() -> None:
    """`import rapidpro` loads no resource module; `client.contacts` loads only its own."""
    code = (
        "import sys, rapidpro\n"
        "before = {m for m in sys.modules if m.startswith('rapidpro.resources.')}\n"
        "rapidpro.RapidProClient('t').contacts\n"
        "after = {m for m in sys.modules if m.startswith('rapidpro.resources.')}\n"
        "print(sorted(before), sorted(after - before))\n"
    )
    out = subprocess.check_output([sys.executable, "-c", code], text=True, env={"PYTHONPATH": ":".join(sys.path)})
    assert out.strip() == "[] ['rapidpro.resources.contacts']"
