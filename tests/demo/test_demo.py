"""The README's main command: the tour against the built-in sandboxes, and read-only against "real" APIs."""

from __future__ import annotations

import pytest

from bloomy.testing import BloomSandbox
from demo.__main__ import main
from monzoh.testing import MonzoSandbox
from rapidpro.testing import RapidProSandbox

WRITES = {"POST", "PUT", "PATCH", "DELETE"}


def test_the_tour_runs_against_the_sandboxes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    for section in (
        "Monzo: financial overview",
        "Bloom Growth: meeting dashboard",
        "RapidPro: contact export",
        "Summary",
    ):
        assert section in out
    summary = out.split("Summary", 1)[1]
    assert summary.count("sandbox http://127.0.0.1:") == 3 and summary.count(" ok") == 3
    assert "applied once" in out


def test_with_credentials_the_tour_is_read_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Credentials in the environment select the real-API path; sandboxes stand in for the real APIs here."""
    with MonzoSandbox(seed=2) as monzo, BloomSandbox(seed=2) as bloom, RapidProSandbox(seed=2, contacts=600) as rapid:
        monkeypatch.setenv("MONZO_ACCESS_TOKEN", monzo.access_token)
        monkeypatch.setenv("MONZO_BASE_URL", monzo.url)
        monkeypatch.setenv("BG_API_KEY", bloom.api_key)
        monkeypatch.setenv("BLOOMY_BASE_URL", bloom.url)
        monkeypatch.setenv("RAPIDPRO_API_TOKEN", rapid.token)
        monkeypatch.setenv("RAPIDPRO_BASE_URL", rapid.url)
        assert main([]) == 0
        for sandbox in (monzo, bloom, rapid):
            methods = {record.method for record in sandbox.requests.records}
            assert methods and not methods & WRITES, (sandbox, methods)
    assert capsys.readouterr().out.count("read-only") == 3
