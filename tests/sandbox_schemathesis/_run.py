"""Schemathesis against a running sandbox, with the sandbox's own spec: the `st run` command, bounded.

The spec's `servers` (top level, path and operation level, e.g. Bloom's `POST /Token` at the host root)
are moved onto the sandbox's loopback origin in a copy of the spec, so every operation is sent where
the real API serves it and nothing leaves 127.0.0.1. The run is the CLI's (`python -m schemathesis.cli
run`), as a maintainer would type it, in a temporary folder (no `.hypothesis`/`.schemathesis` cache is
read or left behind), with one worker and a fixed seed so that the same cases run every time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from api_sandbox import SandboxServer

__all__ = ["CHECKS", "SEED", "Outcome", "run_schemathesis"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"

SEED = 20260314
"""Every run draws the same cases (with `--workers 1`; the sandboxes are seeded and start from a fixed day)."""

CHECKS = (
    "not_a_server_error",  # no 5xx, whatever is sent
    "status_code_conformance",  # every status is one the operation documents
    "content_type_conformance",  # ...with the documented media type
    "response_schema_conformance",  # ...and a body its schema accepts
    "response_headers_conformance",  # ...and the documented headers (Retry-After, Location...)
    "use_after_free",  # a deleted resource stays gone (404)
    "ensure_resource_availability",  # a created resource can be read back at once
    "missing_required_header",  # no `Authorization`: the documented 401/403, not a 2xx or a 500
    "ignored_auth",  # every operation that declares security enforces it
    "unsupported_method",  # a method the path does not list is a 405...
    "allow_header_conformance",  # ...whose `Allow` lists the path's methods
)
"""The checks, chosen one by one: everything schemathesis has but these four, left out on purpose.

- `negative_data_rejection` and `positive_data_acceptance` hold the API to its spec as an input
  validator: any value the spec rules out must get a 4xx, any value it allows a 2xx. Our specs are
  deliberately not that (spec/CONVENTIONS.md): enums are open, and a parameter that the real API
  reads as an id *or* a time (`since` on Monzo) or that binds in any case and ignores unknown keys
  (Bloom) is a plain string. The real APIs then accept "invalid" values (`GET /accounts?account_type=AAA`
  is Monzo's `{"accounts": []}`) and refuse "valid" ones for the state they meet (an unknown client
  secret, a blank title, a 409 limit). A sandbox made to pass them would stop behaving like its API.
- `object_level_authorization` needs the credentials of a second identity to try each object with;
  each sandbox serves one user's view of one account or workspace, so it would check nothing.
- `max_response_time`: latency on a shared CI machine says nothing about the sandboxes' conformance.
"""


@dataclass
class Outcome:
    """What one run did: `report` is schemathesis' JSON report, `output` what it printed."""

    returncode: int
    output: str
    report: dict[str, Any]
    seconds: float

    @property
    def generated(self) -> int:
        return int(self.report.get("test_cases", {}).get("generated", 0))

    @property
    def failures(self) -> int:
        return int(self.report.get("test_cases", {}).get("unique_failures", 0)) + len(self.report.get("errors", []))


def localized_spec(api: str, origin: str) -> dict[str, Any]:
    """spec/<api>.yaml with each operation's server (its own, its path's or the spec's) moved onto `origin`.

    Every operation gets its server written out, so schemathesis sends each one to `origin` plus the
    path the real host serves it under (`/api/v1`, or `/` for Bloom's `POST /Token`).
    """
    spec: dict[str, Any] = yaml.safe_load((SPEC_DIR / f"{api}.yaml").read_text())
    target = urlsplit(origin)

    def moved(servers: list[dict[str, Any]]) -> list[dict[str, Any]]:
        path = urlsplit(servers[0]["url"]).path.rstrip("/")
        return [{"url": urlunsplit((target.scheme, target.netloc, path, "", ""))}]

    spec["servers"] = moved(spec["servers"])
    for item in spec.get("paths", {}).values():
        default = item.pop("servers", None) or spec["servers"]
        for method, operation in item.items():
            if method in HTTP_METHODS:
                operation["servers"] = moved(operation.get("servers") or default)
    return spec


@contextmanager
def serve_json(document: Any) -> Iterator[str]:
    """Serve `document` on 127.0.0.1 while the block runs; yields its URL.

    Schemathesis honours per-operation servers only for a spec it loads from a URL (a spec file needs
    `--url`, which then wins for every operation).
    """
    body = json.dumps(document).encode()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await Response(body, media_type="application/json")(scope, receive, send)

    with SandboxServer(app) as server:
        yield f"{server.url}/openapi.json"


def _toml(value: Any) -> str:
    """Enough TOML for the config below (JSON strings, numbers and booleans are valid TOML)."""
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value)


def run_schemathesis(
    api: str,
    origin: str,
    headers: Mapping[str, str],
    workdir: Path,
    *,
    max_examples: int,
    operation_headers: Mapping[str, Mapping[str, str]] | None = None,
    extra_args: Sequence[str] = (),
    timeout: float = 240,
) -> Outcome:
    """`st run` of spec/<api>.yaml against the sandbox at `origin`, every request carrying `headers`.

    `operation_headers` maps an operation's path to headers only its requests carry (e.g. a token of
    its own for an operation that revokes the one it is sent with).
    """
    spec = localized_spec(api, origin)
    lines = [
        f"seed = {SEED}",
        "workers = 1",
        "continue-on-failure = true",
        f"headers = {_toml(dict(headers))}",
        "[cache]",
        "enabled = false",
        "[generation]",
        f"max-examples = {max_examples}",
        'database = "none"',
        "[output.sanitization]",
        "enabled = false",
    ]
    for path, values in (operation_headers or {}).items():
        lines += ["[[operations]]", f"include-path = {json.dumps(path)}", f"headers = {_toml({**headers, **values})}"]
    config_path = workdir / "schemathesis.toml"
    config_path.write_text("\n".join(lines) + "\n")
    report_path = workdir / "report.json"
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_path), "run",
        "--checks", ",".join(CHECKS), "--report", "json", "--report-json-path", str(report_path),
        "--output-truncate", "false", *extra_args,
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMATHESIS_")}  # only our settings apply
    env.update(NO_COLOR="1", COLUMNS="120", PYTHONHASHSEED="0", HYPOTHESIS_STORAGE_DIRECTORY=str(workdir / ".hyp"))
    with serve_json(spec) as spec_url:
        command.insert(command.index("run") + 1, spec_url)
        started = time.monotonic()
        done = subprocess.run(
            command, cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
        seconds = time.monotonic() - started
    report = json.loads(report_path.read_text()) if report_path.exists() else {}
    return Outcome(done.returncode, done.stdout + done.stderr, report, seconds)
