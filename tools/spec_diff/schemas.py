"""Schema walking: a schema compared with its new version, through nullability, type, format, object
properties, oneOf/anyOf object variants, array items and additional properties; and the named schemas
(`components/schemas`) no operation reaches."""

from __future__ import annotations

from typing import Any

from .base import Where, safe_lookup
from .model import Collector
from .schema import ANY, Node, Spec, View, covers, describe_types, flatten, join, merge_raw
from .values import ValueRules

FIELD_PREFIX = {
    "parameter": "parameter_field",
    "request": "request_field",
    "response": "response_field",
    "schema": "schema_field",
}
MAX_DEPTH = 40


class SchemaRules(ValueRules):
    """The schema walk, shared by parameters, bodies, responses and the named schemas."""

    def schema(
        self,
        old_raw: Node,
        old_ptr: str,
        new_raw: Node,
        new_ptr: str,
        where: Where,
        path: str = "",
        stack: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        old = flatten(self.old, old_raw, old_ptr)
        new = flatten(self.new, new_raw, new_ptr)
        key = (old.pointer, new.pointer)
        if key in stack or len(stack) > MAX_DEPTH:
            return  # a recursive schema: this pair is already being compared further up
        stack = stack | {key}

        request = where.outgoing
        subject = {
            "parameter": "parameter",
            "request": "request_body",
            "response": "response_body",
            "schema": "schema",
        }[where.side]
        if path:
            subject = FIELD_PREFIX[where.side]
        what = f"{where.label} field `{path}`" if path else where.label
        loc = new.pointer
        emit_args: dict[str, Any] = {"field": path or None, "route": where.route}

        # nullability
        if old.nullable != new.nullable:
            if new.nullable:
                self.emit(
                    f"{subject}_became_nullable",
                    not request,
                    loc,
                    f"{what} became nullable" + ("" if request else ": the old client does not expect null"),
                    **emit_args,
                )
            else:
                self.emit(
                    f"{subject}_became_non_nullable",
                    request,
                    loc,
                    f"{what} is no longer nullable" + (": the old client may send null" if request else ""),
                    **emit_args,
                )

        # type
        if old.types != new.types:
            widened, narrowed = covers(new.types, old.types), covers(old.types, new.types)
            if widened and not narrowed:
                how, breaking = "widened", not request
            elif narrowed and not widened:
                how, breaking = "narrowed", request
            else:
                how, breaking = "changed", True
            self.emit(
                f"{subject}_type_changed",
                breaking,
                loc,
                f"{what}: type {how} from {describe_types(old.types)} to {describe_types(new.types)}",
                **emit_args,
            )
            overlap = ANY in old.types or ANY in new.types or bool(old.types & new.types)
            overlap = overlap or ("integer" in old.types and "number" in new.types)
            overlap = overlap or ("number" in old.types and "integer" in new.types)
            if not overlap:
                return  # nothing else is comparable

        # format
        if old.formats != new.formats:
            added, removed = new.formats - old.formats, old.formats - new.formats
            breaking = bool(added) if request else bool(removed)
            old_f = ", ".join(sorted(old.formats)) or "none"
            new_f = ", ".join(sorted(new.formats)) or "none"
            self.emit(
                f"{subject}_format_changed",
                breaking,
                loc,
                f"{what}: format changed from {old_f} to {new_f}",
                **emit_args,
            )

        self._enum(old, new, where, what, loc, request, emit_args)
        if request:
            self._default_and_limits(old, new, what, loc, emit_args)

        # object variants (oneOf/anyOf of several object schemas) are compared variant by variant
        old_vars, new_vars = self._variants(self.old, old_raw, old_ptr), self._variants(self.new, new_raw, new_ptr)
        if old_vars is not None and new_vars is not None and (len(old_vars) > 1 or len(new_vars) > 1):
            self._compare_variants(old_vars, new_vars, where, path, stack, request)
        # object properties
        elif (old.properties or new.properties) and old.is_object_like and new.is_object_like:
            self._properties(old, new, where, path, stack, request)

        # array items
        if old.is_array_like and new.is_array_like:
            old_items, new_items = merge_raw(old.items), merge_raw(new.items)
            if old_items and new_items:
                self.schema(*old_items, *new_items, where, f"{path}[]", stack)

        # additionalProperties (e.g. form bodies' `metadata[...]` keys)
        old_add, new_add = merge_raw(old.additional), merge_raw(new.additional)
        if old_add and new_add:
            self.schema(*old_add, *new_add, where, f"{path}{{*}}" if path else "{*}", stack)

    @staticmethod
    def _variants(spec: Spec, raw: Node, ptr: str) -> dict[str, tuple[Node, str]] | None:
        """The object alternatives of a oneOf/anyOf, by schema name (or position)."""
        node, ptr = spec.resolve(raw, ptr)
        if not isinstance(node, dict):
            return None
        for keyword in ("oneOf", "anyOf"):
            alternatives = node.get(keyword)
            if not isinstance(alternatives, list):
                continue
            out: dict[str, tuple[Node, str]] = {}
            for i, alt in enumerate(alternatives):
                alt_ptr = join(ptr, keyword, i)
                view = flatten(spec, alt, alt_ptr)
                if not view.properties and "object" not in view.types:
                    continue
                ref = alt.get("$ref") if isinstance(alt, dict) else None
                label = ref.rsplit("/", 1)[-1] if isinstance(ref, str) else f"#{i}"
                out[label] = (alt, alt_ptr)
            if out:
                return out
        return None

    def _compare_variants(
        self,
        old: dict[str, tuple[Node, str]],
        new: dict[str, tuple[Node, str]],
        where: Where,
        path: str,
        stack: frozenset[tuple[str, str]],
        request: bool,
    ) -> None:
        what = f"{where.label} field `{path}`" if path else where.label
        for label in sorted(old.keys() - new.keys()):
            self.emit(
                "schema_variant_removed",
                request,
                flatten(self.old, *old[label]).pointer,
                f"{what}: variant `{label}` removed" + (": the old client may still send it" if request else ""),
                field=path or None,
                route=where.route,
            )
        for label in sorted(new.keys() - old.keys()):
            self.emit(
                "schema_variant_added",
                False,
                flatten(self.new, *new[label]).pointer,
                f"{what}: variant `{label}` added",
                field=path or None,
                route=where.route,
            )
        for label in sorted(old.keys() & new.keys()):
            self.schema(*old[label], *new[label], where, f"{path}<{label}>", stack)

    def _properties(
        self, old: View, new: View, where: Where, path: str, stack: frozenset[tuple[str, str]], request: bool
    ) -> None:
        sent_by_client = where.side in ("parameter", "request")

        def visible(view: View, spec: Spec) -> dict[str, tuple[Node, str]]:
            out = {}
            for name, (raw, ptr) in view.properties.items():
                sub = flatten(spec, raw, ptr)
                if (sent_by_client and sub.read_only) or (not sent_by_client and sub.write_only):
                    continue
                out[name] = (raw, ptr)
            return out

        old_props, new_props = visible(old, self.old), visible(new, self.new)
        prefix = FIELD_PREFIX[where.side]
        noun = f"{where.label} field"
        for name in old_props.keys() - new_props.keys():
            field = f"{path}.{name}" if path else name
            self.emit(
                f"{prefix}_removed",
                True,
                old_props[name][1],
                f"{noun} `{field}` removed"
                + (": the old client may still send it" if request else ": the old client may read it"),
                field=field,
                route=where.route,
            )
        for name in new_props.keys() - old_props.keys():
            field = f"{path}.{name}" if path else name
            required = name in new.required
            if request and required:
                self.emit(
                    f"required_{prefix}_added",
                    True,
                    new_props[name][1],
                    f"required {noun} `{field}` added: the old client does not send it",
                    field=field,
                    route=where.route,
                )
            else:
                self.emit(
                    f"{prefix}_added",
                    False,
                    new_props[name][1],
                    f"{'optional ' if request else ''}{noun} `{field}` added",
                    field=field,
                    route=where.route,
                )
        for name in sorted(old_props.keys() & new_props.keys()):
            field = f"{path}.{name}" if path else name
            was, now = name in old.required, name in new.required
            if was != now:
                if now:
                    self.emit(
                        f"{prefix}_became_required",
                        request,
                        new_props[name][1],
                        f"{noun} `{field}` became required" + (": the old client may omit it" if request else ""),
                        field=field,
                        route=where.route,
                    )
                else:
                    self.emit(
                        f"{prefix}_became_optional",
                        not request,
                        new_props[name][1],
                        f"{noun} `{field}` became optional"
                        + ("" if request else ": the old client expects it to be always present"),
                        field=field,
                        route=where.route,
                    )
            self.schema(*old_props[name], *new_props[name], where, field, stack)


def reachable_refs(spec: Spec) -> set[str]:
    """Every `$ref` target (as a pointer) reachable from the paths and webhooks."""
    seen: set[str] = set()
    todo: list[Any] = [spec.data.get("paths"), spec.data.get("webhooks")]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#") and ref[1:] not in seen:
                seen.add(ref[1:])
                todo.append(safe_lookup(spec, ref[1:]))
            todo.extend(v for k, v in node.items() if k not in ("example", "examples"))
        elif isinstance(node, list):
            todo.extend(node)
    return seen


def diff_named_schemas(api: str, old: Spec, new: Spec, out: Collector) -> None:
    """Named schemas: added/removed ones (the generated model classes), and changes inside schemas that
    no operation uses (so no operation reports them), judged as data the client receives."""
    old_s = (old.data.get("components") or {}).get("schemas") or {}
    new_s = (new.data.get("components") or {}).get("schemas") or {}
    diff = SchemaRules(api, None, old, new, out)
    for name in sorted(set(old_s) - set(new_s), key=str):
        diff.emit(
            "schema_removed",
            True,
            join("/components/schemas", name),
            f"schema `{name}` removed: its generated model class disappears",
        )
    for name in sorted(set(new_s) - set(old_s), key=str):
        diff.emit("schema_added", False, join("/components/schemas", name), f"schema `{name}` added")
    used = reachable_refs(old) | reachable_refs(new)
    for name in sorted(set(old_s) & set(new_s), key=str):
        ptr = join("/components/schemas", name)
        if ptr not in used:
            diff.schema(old_s[name], ptr, new_s[name], ptr, Where("schema", f"schema `{name}`", "", outgoing=False))
