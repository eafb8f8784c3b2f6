"""Schemathesis against each sandbox with the sandbox's own spec: zero failures, in a bounded time.

Every test starts a fresh sandbox (the run writes to it: pots move money, to-dos and contacts are
created, tokens are logged out), so nothing it does reaches another test. How the run is made, and
which checks it applies and why, is in `_run.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest

from api_sandbox import Sandbox
from bloomy.testing import BloomSandbox
from monzoh.testing import MonzoSandbox
from rapidpro.testing import RapidProSandbox

from ._run import Outcome, run_schemathesis

NOW = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)

MAX_EXAMPLES = {"monzo": 25, "bloomy": 8, "rapidpro": 8}
"""Generated cases per operation in the fuzzing phase (on top of the spec's examples, the coverage
phase's boundary cases and the stateful phase). Sized so the three runs take about a minute together."""

TIMEOUT = 300
"""Seconds before a run is killed: a bound for a run that hangs, far above what a run takes."""

pytestmark = pytest.mark.timeout(TIMEOUT + 60)


def check(outcome: Outcome, sandbox: Sandbox) -> None:
    """No failure, every operation tested, and the credentials worked (the run was not 401s throughout)."""
    summary = f"{outcome.generated} cases in {outcome.seconds:.1f} s\n\n{outcome.output}"
    assert outcome.report, f"schemathesis wrote no report (exit {outcome.returncode}):\n{summary}"
    assert outcome.failures == 0 and outcome.returncode == 0, summary
    operations = outcome.report["operations"]
    assert operations["tested"] == operations["total"] and operations["errored"] == 0, operations
    assert all(phase["status"] == "success" for phase in outcome.report["phases"].values()), outcome.report["phases"]
    assert len(sandbox.requests) >= outcome.generated > 500, summary
    # The auth checks replay requests without credentials (the documented 401/403), but the headers we
    # pass must have let most of the rest through: a run that was refused throughout tested nothing.
    done = sum(1 for r in sandbox.requests if r.status is not None and 200 <= r.status < 300)
    assert done > 0.1 * len(sandbox.requests), f"only {done} of {len(sandbox.requests)} requests succeeded"
    print(f"{type(sandbox).__name__}: {summary.splitlines()[0]}")


def run(
    api: str,
    sandbox: Sandbox,
    headers: Mapping[str, str],
    tmp_path: Path,
    operation_headers: Mapping[str, Mapping[str, str]] | None = None,
) -> Outcome:
    return run_schemathesis(
        api, sandbox.server.url, headers, tmp_path, max_examples=MAX_EXAMPLES[api], timeout=TIMEOUT,
        operation_headers=operation_headers,
    )  # fmt: skip


def test_monzo_sandbox_conforms_to_spec(tmp_path: Path) -> None:
    with MonzoSandbox(seed=0, now=NOW) as monzo:
        headers = monzo.auth_headers  # before minting another: `auth_headers` follows the newest token
        # `POST /oauth2/logout` revokes the token it is sent with: it gets one of its own.
        logout = {"Authorization": f"Bearer {monzo.mint_access_token()}"}
        outcome = run("monzo", monzo, headers, tmp_path, operation_headers={"/oauth2/logout": logout})
        check(outcome, monzo)
        assert monzo.tokens.authenticate(headers["Authorization"]), "the run's token is still live"


def test_bloom_sandbox_conforms_to_spec(tmp_path: Path) -> None:
    with BloomSandbox(seed=0, now=NOW) as bloom:
        outcome = run("bloomy", bloom, bloom.auth_headers, tmp_path)
        check(outcome, bloom)


def test_rapidpro_sandbox_conforms_to_spec(tmp_path: Path) -> None:
    with RapidProSandbox(seed=0, now=NOW, contacts=600) as rapidpro:
        outcome = run("rapidpro", rapidpro, rapidpro.auth_headers, tmp_path)
        check(outcome, rapidpro)
