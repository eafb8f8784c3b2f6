"""The spec rules: walk every operation of two versions of a spec and classify each difference.

The severity policy (why each kind is breaking or not) is documented in kinds.py. The rules live in
one module per family, each adding its methods to the comparison of one operation:

* `base`: what they share (the two specs, `emit`, `Where`);
* `operations`: which operations and webhooks exist, operationId, tag, deprecation, security;
* `parameters`: parameters; `bodies`: request bodies, responses, headers, content types;
* `schemas`: the schema walk (types, formats, nullability, properties, variants) and named schemas;
* `values`: enum values, defaults and constraints.

This module runs them and keeps their public names importable from here.
"""

from __future__ import annotations

from typing import Any

from .base import Where
from .kinds import SPEC_KINDS
from .model import Change, Collector
from .operations import HTTP_METHODS, OperationDiff, diff_operations, op_name, operations
from .schema import Spec
from .schemas import FIELD_PREFIX, MAX_DEPTH, diff_named_schemas, reachable_refs

__all__ = [
    "FIELD_PREFIX",
    "HTTP_METHODS",
    "MAX_DEPTH",
    "SPEC_KINDS",
    "OperationDiff",
    "Where",
    "diff_specs",
    "op_name",
    "operations",
    "reachable_refs",
]


def diff_specs(old_data: dict[str, Any], new_data: dict[str, Any], api: str) -> list[Change]:
    """Every difference between two parsed specs, as a list of changes (spec rules only)."""
    old, new = Spec(old_data), Spec(new_data)
    out = Collector()
    diff_operations(api, old, new, out, webhook=False)
    diff_operations(api, old, new, out, webhook=True)
    diff_named_schemas(api, old, new, out)
    return out.changes
