"""Operation rules: which operations (and webhooks) exist on each side, and for one present on both,
its operationId, first tag, deprecation and security, then its parameters and bodies
(parameters.py, bodies.py)."""

from __future__ import annotations

from typing import Any

from .base import safe_lookup
from .bodies import BodyRules
from .model import Collector
from .parameters import ParameterRules
from .schema import Spec, join

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def operations(
    spec: Spec, section: str = "paths"
) -> dict[tuple[str, str], tuple[dict[str, Any], str, dict[str, Any], str]]:
    """(method, path) -> (operation, its pointer, path item, path item pointer); `webhooks` by name."""
    out: dict[tuple[str, str], tuple[dict[str, Any], str, dict[str, Any], str]] = {}
    paths = spec.data.get(section) or {}
    if not isinstance(paths, dict):
        return out
    for path, raw_item in paths.items():
        item_ptr = join(f"/{section}", path)
        item, item_ptr = spec.resolve(raw_item, item_ptr)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                out[(method, str(path))] = (op, join(item_ptr, method), item, item_ptr)
    return out


def op_name(method: str, path: str, webhook: bool = False) -> str:
    return f"WEBHOOK {method.upper()} {path}" if webhook else f"{method.upper()} {path}"


class OperationDiff(ParameterRules, BodyRules):
    """Every rule family, applied to one operation (or webhook) present in both specs."""

    def compare_operation(
        self,
        old_op: dict[str, Any],
        old_ptr: str,
        old_item: dict[str, Any],
        old_item_ptr: str,
        new_op: dict[str, Any],
        new_ptr: str,
        new_item: dict[str, Any],
        new_item_ptr: str,
    ) -> None:
        old_id, new_id = old_op.get("operationId"), new_op.get("operationId")
        if old_id != new_id:
            self.emit(
                "operation_id_changed",
                True,
                join(new_ptr, "operationId"),
                f"operationId changed from {old_id!r} to {new_id!r}: the generated module/functions are renamed",
            )
        old_tag = (old_op.get("tags") or [None])[0]
        new_tag = (new_op.get("tags") or [None])[0]
        if old_tag != new_tag:
            self.emit(
                "operation_tag_changed",
                True,
                join(new_ptr, "tags"),
                f"first tag changed from {old_tag!r} to {new_tag!r}: the generated module moves",
            )
        if new_op.get("deprecated") and not old_op.get("deprecated"):
            self.emit("operation_deprecated", False, join(new_ptr, "deprecated"), "operation deprecated")
        self._parameters(old_op, old_ptr, old_item, old_item_ptr, new_op, new_ptr, new_item, new_item_ptr)
        self._request_body(old_op, old_ptr, new_op, new_ptr)
        self._responses(old_op, old_ptr, new_op, new_ptr)
        if not self.webhook:
            self._security(old_op, old_ptr, new_op, new_ptr)

    @staticmethod
    def _requirements(spec: Spec, op: dict[str, Any]) -> set[frozenset[tuple[str, tuple[str, ...]]]]:
        reqs = op["security"] if "security" in op else spec.data.get("security", [])
        out: set[frozenset[tuple[str, tuple[str, ...]]]] = set()
        for req in reqs or []:
            if isinstance(req, dict):
                out.add(frozenset((str(k), tuple(sorted(map(str, v or [])))) for k, v in req.items()))
        return out or {frozenset()}

    @staticmethod
    def _describe(req: frozenset[tuple[str, tuple[str, ...]]]) -> str:
        if not req:
            return "anonymous access"
        return " + ".join(f"{name}{'[' + ', '.join(scopes) + ']' if scopes else ''}" for name, scopes in sorted(req))

    def _security(self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str) -> None:
        old_reqs, new_reqs = self._requirements(self.old, old_op), self._requirements(self.new, new_op)
        old_loc = join(old_ptr, "security") if "security" in old_op else "/security"
        new_loc = join(new_ptr, "security") if "security" in new_op else "/security"
        anonymous_ok = frozenset() in new_reqs
        for req in sorted(old_reqs - new_reqs, key=self._describe):
            self.emit(
                "security_requirement_removed",
                not anonymous_ok,
                old_loc,
                f"security requirement removed: {self._describe(req)}"
                + ("" if anonymous_ok else "; the old client may only satisfy this one"),
            )
        for req in sorted(new_reqs - old_reqs, key=self._describe):
            self.emit(
                "security_requirement_added", False, new_loc, f"security alternative added: {self._describe(req)}"
            )
        old_names = {name for req in old_reqs for name, _ in req}
        new_names = {name for req in new_reqs for name, _ in req}
        for name in sorted(old_names & new_names):
            ptr = join("/components/securitySchemes", name)
            old_s, _ = self.old.resolve(safe_lookup(self.old, ptr), ptr)
            new_s, new_sp = self.new.resolve(safe_lookup(self.new, ptr), ptr)
            keys = ("type", "scheme", "in", "name", "bearerFormat", "flows", "openIdConnectUrl")
            old_v = {k: old_s.get(k) for k in keys} if isinstance(old_s, dict) else {}
            new_v = {k: new_s.get(k) for k in keys} if isinstance(new_s, dict) else {}
            if old_v != new_v:
                diff = ", ".join(
                    f"{k}: {old_v.get(k)!r} -> {new_v.get(k)!r}" for k in keys if old_v.get(k) != new_v.get(k)
                )
                self.emit("security_scheme_changed", True, new_sp, f"security scheme `{name}` changed ({diff})")


def diff_operations(api: str, old: Spec, new: Spec, out: Collector, webhook: bool) -> None:
    """Operations (`webhooks` when `webhook`) removed, added, or present on both sides and compared."""
    section = "webhooks" if webhook else "paths"
    old_ops, new_ops = operations(old, section), operations(new, section)
    new_by_id = {op.get("operationId"): key for key, (op, *_rest) in new_ops.items() if op.get("operationId")}
    old_by_id = {op.get("operationId"): key for key, (op, *_rest) in old_ops.items() if op.get("operationId")}
    order = sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[1], HTTP_METHODS.index(k[0])))
    for key in order:
        name = op_name(*key, webhook=webhook)
        diff = OperationDiff(api, name, old, new, out, webhook=webhook)
        if key in old_ops and key not in new_ops:
            op, ptr, _, _ = old_ops[key]
            moved = new_by_id.get(op.get("operationId"))
            hint = (
                f" (operationId {op.get('operationId')!r} is now {op_name(*moved, webhook=webhook)})" if moved else ""
            )
            diff.emit("operation_removed", not webhook, ptr, f"operation {name} removed{hint}")
        elif key in new_ops and key not in old_ops:
            op, ptr, _, _ = new_ops[key]
            moved = old_by_id.get(op.get("operationId"))
            hint = f" (operationId {op.get('operationId')!r} was {op_name(*moved, webhook=webhook)})" if moved else ""
            diff.emit("operation_added", False, ptr, f"operation {name} added{hint}")
        else:
            diff.compare_operation(*old_ops[key], *new_ops[key])
