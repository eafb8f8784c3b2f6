"""Parameter rules: an operation's parameters (path item and operation level) compared by location and
name: added, removed, moved, required or not, serialisation style, and their schemas."""

from __future__ import annotations

from typing import Any

from .base import Where
from .schema import Node, Spec, join
from .schemas import SchemaRules


class ParameterRules(SchemaRules):
    """The parameters of one operation."""

    def _collect_parameters(
        self, spec: Spec, op: dict[str, Any], op_ptr: str, item: dict[str, Any], item_ptr: str
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        out: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for owner, owner_ptr in ((item, item_ptr), (op, op_ptr)):
            params = owner.get("parameters")
            if not isinstance(params, list):
                continue
            for i, raw in enumerate(params):
                param, ptr = spec.resolve(raw, join(owner_ptr, "parameters", i))
                if not isinstance(param, dict) or "name" not in param:
                    continue
                loc = str(param.get("in", "query"))
                name = str(param["name"])
                out[(loc, name.lower() if loc == "header" else name)] = (param, ptr)
        return out

    @staticmethod
    def _param_schema(param: dict[str, Any], ptr: str) -> tuple[Node, str]:
        if "schema" in param:
            return param["schema"], join(ptr, "schema")
        content = param.get("content")
        if isinstance(content, dict) and content:
            media, body = next(iter(content.items()))
            if isinstance(body, dict) and "schema" in body:
                return body["schema"], join(ptr, "content", media, "schema")
        return {}, ptr

    @staticmethod
    def _style(param: dict[str, Any]) -> tuple[str, bool]:
        loc = param.get("in", "query")
        style = param.get("style") or ("form" if loc in ("query", "cookie") else "simple")
        explode = param.get("explode")
        if explode is None:
            explode = style == "form"
        return str(style), bool(explode)

    def _parameters(
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
        old_params = self._collect_parameters(self.old, old_op, old_ptr, old_item, old_item_ptr)
        new_params = self._collect_parameters(self.new, new_op, new_ptr, new_item, new_item_ptr)
        added = new_params.keys() - old_params.keys()
        moved: set[tuple[str, str]] = set()
        for key in sorted(old_params.keys() - new_params.keys()):
            loc, name = key
            param, ptr = old_params[key]
            target = next((k for k in sorted(added) if k[1] == name and k not in moved), None)
            if target is not None:
                moved.add(target)
                self.emit(
                    "parameter_location_changed",
                    True,
                    new_params[target][1],
                    f"parameter `{name}` moved from {loc} to {target[0]}",
                )
                continue
            self.emit("parameter_removed", True, ptr, f"{loc} parameter `{param['name']}` removed")
        for key in sorted(added - moved):
            loc, _ = key
            param, ptr = new_params[key]
            required = bool(param.get("required")) or loc == "path"
            if required:
                self.emit(
                    "required_parameter_added",
                    True,
                    ptr,
                    f"required {loc} parameter `{param['name']}` added: the old client does not send it",
                )
            else:
                self.emit("parameter_added", False, ptr, f"optional {loc} parameter `{param['name']}` added")
        for key in sorted(old_params.keys() & new_params.keys()):
            loc, _ = key
            (old_p, old_pp), (new_p, new_pp) = old_params[key], new_params[key]
            label = f"{loc} parameter `{new_p['name']}`"
            was = bool(old_p.get("required")) or loc == "path"
            now = bool(new_p.get("required")) or loc == "path"
            if was != now:
                if now:
                    self.emit("parameter_became_required", True, new_pp, f"{label} became required")
                else:
                    self.emit("parameter_became_optional", False, new_pp, f"{label} became optional")
            if self._style(old_p) != self._style(new_p):
                (os_, oe), (ns, ne) = self._style(old_p), self._style(new_p)
                self.emit(
                    "parameter_style_changed",
                    True,
                    new_pp,
                    f"{label}: serialisation changed from style={os_}, explode={oe} to style={ns}, explode={ne}",
                )
            self.schema(
                *self._param_schema(old_p, old_pp),
                *self._param_schema(new_p, new_pp),
                Where("parameter", label, "", outgoing=not self.webhook),
            )
