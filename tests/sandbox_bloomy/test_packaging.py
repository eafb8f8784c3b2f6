"""How users get the sandbox: the `bloom_sandbox` fixture, the command line, the package's exports."""

from __future__ import annotations

import httpx
import pytest

import bloomy.testing
from api_sandbox._cli import main
from bloomy.testing import BloomSandbox


def test_fixture_gives_a_running_sandbox(bloom_sandbox: BloomSandbox) -> None:
    assert bloom_sandbox.running and bloom_sandbox.url.endswith("/api/v1")
    assert bloom_sandbox.host_url + "/api/v1" == bloom_sandbox.url
    me = httpx.get(f"{bloom_sandbox.url}/users/mine", headers=bloom_sandbox.auth_headers).json()
    assert me["Id"] == bloom_sandbox.user_id == 345678


@pytest.mark.parametrize("bloom_sandbox", [{"seed": 3, "api_key": "fixed-key"}], indirect=True)
def test_fixture_takes_arguments(bloom_sandbox: BloomSandbox) -> None:
    assert bloom_sandbox.seed == 3 and bloom_sandbox.api_key == "fixed-key"
    assert httpx.get(f"{bloom_sandbox.url}/L10/list", headers={"Authorization": "Bearer fixed-key"}).status_code == 200


def test_command_line_serves_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bloomy.testing:BloomSandbox", "--port", "0", "--duration", "0.2", "--log-level", "warning"]) == 0
    out = capsys.readouterr().out
    assert "BloomSandbox running at http://127.0.0.1:" in out and "/api/v1\n" in out
    assert "jane.cooper@acme.example / correct-horse-battery" in out and "Stopped after 0 requests." in out


def test_exports() -> None:
    assert set(bloomy.testing.__all__) <= set(dir(bloomy.testing)) | {"bloom_sandbox"}
    assert bloomy.testing.bloom_sandbox is not None
    with pytest.raises(AttributeError):
        _ = bloomy.testing.nothing_here  # type: ignore[attr-defined]
