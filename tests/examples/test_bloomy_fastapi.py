"""examples/bloomy_fastapi served by a real `uvicorn main:app` process, called over HTTP, against the Bloom sandbox.

The app's `AsyncClient()` finds the sandbox through BG_API_KEY and BLOOMY_BASE_URL, as a user's would.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator

import httpx
import pytest

import bloomy
from bloomy.testing import BloomSandbox
from tests.examples._support import EXAMPLES, child_env, uvicorn_app

APP_DIR = EXAMPLES / "bloomy_fastapi"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[BloomSandbox]:
    with BloomSandbox(seed=0) as bloom:
        yield bloom


@pytest.fixture(scope="module")
def app(sandbox: BloomSandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    tmp = tmp_path_factory.mktemp("bloomy_fastapi")
    env = child_env(tmp, BG_API_KEY=sandbox.api_key, BLOOMY_BASE_URL=sandbox.url)
    with (
        uvicorn_app(APP_DIR, env, tmp / "uvicorn.log") as (url, server),
        httpx.Client(base_url=url, timeout=10) as http,
    ):
        yield http
    assert "Application shutdown complete." in server.log
    assert server.process.returncode in (0, -signal.SIGTERM), server.log  # uvicorn re-raises the signal


@pytest.fixture
def direct(sandbox: BloomSandbox) -> Iterator[bloomy.Client]:
    """A client of our own on the same sandbox, to compare with and to change its state."""
    with bloomy.Client(api_key=sandbox.api_key, base_url=sandbox.url) as client:
        yield client


def test_user(app: httpx.Client, sandbox: BloomSandbox, direct: bloomy.Client) -> None:
    response = app.get("/user")
    assert response.status_code == 200
    assert response.json() == {"name": "Jane Cooper", "id": sandbox.user_id}
    assert response.json()["name"] == direct.user.details().name


def test_meetings(app: httpx.Client, sandbox: BloomSandbox, direct: bloomy.Client) -> None:
    response = app.get("/meetings")
    assert response.status_code == 200
    meetings = response.json()
    assert meetings == [{"id": m.id, "name": m.name} for m in direct.meeting.list()]
    ids = {m["id"] for m in meetings}
    assert {sandbox.state.leadership_meeting_id, sandbox.state.sales_meeting_id} <= ids


def test_each_request_has_its_own_client_and_sees_new_data(
    app: httpx.Client, sandbox: BloomSandbox, direct: bloomy.Client
) -> None:
    created = direct.meeting.create("Examples Weekly L10")
    meetings = app.get("/meetings").json()
    assert {"id": created["meeting_id"], "name": "Examples Weekly L10"} in meetings


def test_the_app_authenticates_with_bg_api_key(app: httpx.Client, sandbox: BloomSandbox) -> None:
    """The sandbox answers 401 without the key, so a 200 upstream means the key came from BG_API_KEY."""
    before = len(sandbox.requests)
    assert app.get("/user").status_code == 200
    calls = [(r.method, r.path.lower(), r.status) for r in list(sandbox.requests)[before:]]
    assert calls == [("GET", "/api/v1/users/mine", 200)]
    assert httpx.get(f"{sandbox.url}/users/mine").status_code == 401
