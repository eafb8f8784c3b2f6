"""Everything a maintainer runs: `nox -l` lists the sessions.

nox -s generate          compile spec/*.yaml into generated/
nox -s check_generated   fail with a diff when generated/ is stale
nox -s lint_spec         validate the three specs
nox -s tests             unit tests and contract tests against Prism (the README's test command)
nox -s lint              ruff over the hand-written code
nox -s typecheck         mypy --strict over overlays/
nox -s spec_diff -- ...  breaking-change report between two versions of a spec
nox -s migrating         MIGRATING.md checked against the peers' installed APIs (`-- render` rewrites it)
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
SPECS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "spec").glob("*.yaml"))

nox.options.sessions = ["lint_spec", "check_generated", "tests"]
nox.options.reuse_existing_virtualenvs = True


def _group(name: str) -> list[str]:
    return nox.project.dependency_groups(PYPROJECT, name)


@nox.session
def generate(session: nox.Session) -> None:
    """Compile the specs into generated/ (left untouched if any spec fails)."""
    session.install(*_group("generate"))
    session.run("python", "-m", "tools.generate", *session.posargs)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Regenerate into a temporary folder and fail with a diff when generated/ is stale."""
    session.install(*_group("generate"))
    session.run("python", "-m", "tools.generate", "--check")


@nox.session
def lint_spec(session: nox.Session) -> None:
    """Validate every spec against the OpenAPI 3.1 schema."""
    session.install(*_group("lint"))
    session.run("openapi-spec-validator", *SPECS)


def _ensure_redis_server(session: nox.Session) -> None:
    """The shared-state tests start their own redis-server (tests/redis_server.py): install Debian's when missing."""
    if shutil.which("redis-server"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run(*sudo, "apt-get", "update", "-qq", external=True, env=env)
    session.run(
        *sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "redis-server", external=True, env=env
    )
    # Debian starts a service on port 6379; the tests start their own servers on free ports.
    session.run(*sudo, "service", "redis-server", "stop", external=True, success_codes=[0, 1, 3], silent=True)


@nox.session
def tests(session: nox.Session) -> None:
    """Unit tests and contract tests (the generated clients against Prism on 127.0.0.1)."""
    _ensure_redis_server(session)
    # --no-compile: the tests read bytecode from PYTHONPYCACHEPREFIX (below), never from site-packages.
    session.install("--no-compile", "-e", ".[testing,redis]", *_group("test"), *_group("generate"))
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True, env={"SCARF_ANALYTICS": "false"})
    # In parallel, at least 4 workers (most tests wait on sockets and subprocesses, so 2 cores serve 4):
    # tests/conftest.py decides what shares a worker (a module, one Prism per spec, the timing tests in
    # turn). `-- -n 0` runs serially; other arguments are added to these.
    # Bytecode and pytest's rewritten test modules are cached outside the tree, so each run (and each
    # worker) does not recompile everything (even where PYTHONDONTWRITEBYTECODE is set).
    env = {"PYTHONDONTWRITEBYTECODE": None, "PYTHONPYCACHEPREFIX": str(Path(session.virtualenv.location) / "pycache")}
    chosen = any(arg.startswith(("-n", "--numprocesses")) for arg in session.posargs)
    workers = [] if chosen else ["-n", str(max(4, os.cpu_count() or 1))]
    session.run("pytest", *workers, "--no-loadscope-reorder", *session.posargs, env=env)


@nox.session
def package(session: nox.Session) -> None:
    """Build the wheel, install it in a clean venv, and import every package from it."""
    dist = Path(session.create_tmp()) / "dist"
    session.install("pip>=24")
    session.run("python", "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(dist), ".")
    wheel = next(dist.glob("overlay_clients-*.whl"))
    venv = Path(session.create_tmp()) / "wheel-venv"
    session.run("python", "-m", "venv", "--clear", str(venv))
    session.run(str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel), external=True)
    check = (
        "import monzo_api, bloomy_api, rapidpro_api, overlay_runtime, monzoh, bloomy, rapidpro; "
        "import monzo_api.pydantic_models, bloomy_api.pydantic_models, rapidpro_api.pydantic_models; "
        "from importlib.resources import files; "
        "assert all(files(p).joinpath('py.typed').is_file() for p in ('monzo_api', 'overlay_runtime', 'monzoh')); "
        "print('imported from', monzo_api.__file__)"
    )
    session.run(str(venv / "bin" / "python"), "-c", check, external=True, env={"PYTHONPATH": ""})


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff over the hand-written code (generated/ is formatted by the generator step)."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the overlays and tools, and tests/typing (what users' type checkers see)."""
    session.install("-e", ".[testing,redis]", *_group("typecheck"))
    session.run(
        "mypy",
        "overlays/overlay_runtime",
        "overlays/monzoh",
        "overlays/bloomy",
        "overlays/rapidpro",
        "overlays/api_sandbox",
        "tools",
        "tests/typing",
    )


@nox.session
def spec_diff(session: nox.Session) -> None:
    """Breaking-change report: `nox -s spec_diff -- OLD.yaml NEW.yaml` or `-- --base REF`."""
    session.install("pyyaml", "griffe>=1.5", *_group("generate"))
    session.run("python", "-m", "tools.spec_diff", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The guided tour: the three facades against the built-in sandboxes (or the real APIs when credentials are set)."""
    session.install("-e", ".[testing]")
    session.run("python", "-m", "demo", *session.posargs)


@nox.session
def migrating(session: nox.Session) -> None:
    """MIGRATING.md against the pinned peers and our code: `-- render` rewrites it, `-- snapshot` re-dumps the peers."""
    session.install("-e", ".[testing]", *_group("test"))
    if session.posargs:
        session.run("python", "-m", "tools.peer_api", *session.posargs)
    else:
        session.run("pytest", "-q", "tests/tools/test_migrating.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks, reported as ratios against a baseline measured in the same run: `-- SECTION ...` to pick
    (`-- peers` builds the peers' venvs under .peers/ on first use)."""
    session.install("-e", ".[testing]", *_group("generate"))  # the sandboxes serve the bodies
    session.run("python", "-m", "benchmarks.run", *session.posargs)
