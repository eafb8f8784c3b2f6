"""Breaking-change checker for spec/*.yaml and the Python packages generated from them.

    python -m tools.spec_diff OLD.yaml NEW.yaml [--format markdown|json] [--api NAME] [--no-python]
    python -m tools.spec_diff --base REF          # each spec at REF against the working tree
    python -m tools.spec_diff.ci_gate [A..B]      # CI: fail on breaking changes not in spec/CHANGELOG.md

Modules: `schema` (loading, `$ref`s, flattening), `compare` (runs the spec rules: `operations`,
`parameters`, `bodies`, `schemas`, `values`, on `base`), `kinds` (the spec change kinds and the
severity policy, documented in its docstring), `pysurface` (generated Python API via griffe),
`report` (Markdown/JSON), `cli`, `ci_gate`.
"""

from .compare import SPEC_KINDS, diff_specs
from .model import BREAKING, NON_BREAKING, Change
from .pysurface import PYTHON_KINDS

__all__ = ["BREAKING", "NON_BREAKING", "PYTHON_KINDS", "SPEC_KINDS", "Change", "diff_specs"]
