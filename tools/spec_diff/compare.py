"""The spec rules: walk every operation of two versions of a spec and classify each difference.

Severity is judged from the side of a client built from the OLD spec and still in use after the
server moved to the NEW one (and of a user upgrading our generated package):

* Request side (parameters, request bodies): whatever the old client could send must still be
  accepted. Removing an operation, a parameter, a body field, a content type or an accepted enum
  value, adding a required parameter/body field/body, making something required, narrowing a type,
  a format or a constraint, changing a parameter's location or serialisation style are breaking.
  Adding optional things, widening and relaxing are not.
* Response side: whatever the old client reads must still come back the way it parses it.
  Removing a response field, a success status, a content type or a response header, making a field
  optional or nullable, widening or changing its type or dropping its format are breaking. Adding
  fields, statuses, headers, content types, and narrowing are not (a tolerant client ignores them).
* Enums: our generated clients treat enums as OPEN (spec/templates make an unknown value a
  pseudo-member instead of an error; spec/CONVENTIONS.md). So in a response, a new enum value is
  tolerated by the old client (non-breaking), and a removed value is just a value it will no longer
  see (non-breaking). In a request, an added value is non-breaking and a removed value is breaking:
  the old client may still send it.
* Security: dropping a requirement the old client may be satisfying is breaking, unless the
  operation now allows anonymous access; adding an alternative is not. A changed security scheme
  definition (type, scheme, header name...) is breaking.
* Python surface: the `operationId` and first tag name the generated module
  (`<api>_api.api.<tag>.<operation_id>`), so changing either is breaking for package users even
  though the HTTP call is unchanged.
* A changed path is a removed operation plus an added one (breaking).
* A oneOf/anyOf of several object schemas (Monzo's token grants) is compared variant by variant
  (matched by schema name): a variant removed from what the client sends is breaking, any other
  variant addition/removal is not; a required field added to one variant is breaking.

Because `$ref`s are followed, a change inside a shared schema is reported at every operation (and
every parameter/body/response) where it appears; within one operation the routes it was reached by
are merged into one finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import BREAKING, NON_BREAKING, Change, Collector
from .schema import (
    ANY,
    NUMERIC_LIMITS_MAX,
    NUMERIC_LIMITS_MIN,
    Node,
    Spec,
    View,
    covers,
    describe_types,
    flatten,
    join,
    merge_raw,
)

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FIELD_PREFIX = {
    "parameter": "parameter_field",
    "request": "request_field",
    "response": "response_field",
    "schema": "schema_field",
}
MAX_DEPTH = 40

# Every kind this module can emit (the Python surface adds `python_api_*` kinds, see pysurface.py).
SPEC_KINDS = (
    "operation_added",
    "operation_removed",
    "operation_id_changed",
    "operation_tag_changed",
    "operation_deprecated",
    "parameter_added",
    "required_parameter_added",
    "parameter_removed",
    "parameter_became_required",
    "parameter_became_optional",
    "parameter_location_changed",
    "parameter_style_changed",
    "request_body_added",
    "required_request_body_added",
    "request_body_removed",
    "request_body_became_required",
    "request_body_became_optional",
    "request_content_type_added",
    "request_content_type_removed",
    "request_field_added",
    "required_request_field_added",
    "request_field_removed",
    "request_field_became_required",
    "request_field_became_optional",
    "parameter_field_added",
    "required_parameter_field_added",
    "parameter_field_removed",
    "parameter_field_became_required",
    "parameter_field_became_optional",
    "response_status_added",
    "response_status_removed",
    "response_content_type_added",
    "response_content_type_removed",
    "response_header_added",
    "response_header_removed",
    "response_field_added",
    "response_field_removed",
    "response_field_became_required",
    "response_field_became_optional",
    "schema_added",
    "schema_removed",
    "schema_variant_added",
    "schema_variant_removed",
    "schema_field_added",
    "schema_field_removed",
    "schema_field_became_required",
    "schema_field_became_optional",
    # `<subject>_type_changed`, `_format_changed`, `_became_nullable`, `_became_non_nullable`
    # for subject in parameter, parameter_field, request_body, request_field, response_body, response_field
    *(
        f"{subject}_{change}"
        for subject in (
            "parameter",
            "parameter_field",
            "request_body",
            "request_field",
            "response_body",
            "response_field",
            "schema",
            "schema_field",
        )
        for change in ("type_changed", "format_changed", "became_nullable", "became_non_nullable")
    ),
    "enum_value_added",
    "enum_value_removed",
    "enum_restriction_added",
    "enum_restriction_removed",
    "default_changed",
    "constraint_narrowed",
    "constraint_widened",
    "security_requirement_added",
    "security_requirement_removed",
    "security_scheme_changed",
)


def _sev(breaking: bool) -> str:
    return BREAKING if breaking else NON_BREAKING


def _fmt(values: Any) -> str:
    return ", ".join(repr(v) for v in sorted(values, key=lambda v: (str(type(v)), str(v))))


@dataclass
class Where:
    """Where in an operation a schema is being compared."""

    side: str  # the HTTP element, names the kinds: "parameter" | "request" | "response" | "schema"
    label: str  # "query parameter `limit`", "request body", "response body"
    route: str  # "response 200 application/json": merged into the finding's message
    outgoing: bool = True  # the old client sends this data (False: it receives and parses it)


class OperationDiff:
    def __init__(
        self, api: str, operation: str | None, old: Spec, new: Spec, out: Collector, *, webhook: bool = False
    ) -> None:
        self.webhook = webhook  # the API sends the request, the client receives it: directions flip
        self.api = api
        self.operation = operation
        self.old = old
        self.new = new
        self.out = out

    def emit(
        self,
        kind: str,
        breaking: bool,
        location: str,
        message: str,
        *,
        field: str | None = None,
        route: str | None = None,
    ) -> None:
        self.out.add(
            Change(self.api, kind, _sev(breaking), self.operation, location, message, field=field),
            context=route,
        )

    # ---------------------------------------------------------------- schemas

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

    def _enum(
        self, old: View, new: View, where: Where, what: str, loc: str, request: bool, emit_args: dict[str, Any]
    ) -> None:
        side = {"parameter": "request", "request": "request", "response": "response", "schema": "schema"}[where.side]
        if old.enum is not None and new.enum is not None:
            removed, added = old.enum - new.enum, new.enum - old.enum
            if removed:
                why = (
                    ": the old client may still send it"
                    if request
                    else " (clients treat enums as open: nothing breaks)"
                )
                self.emit(
                    "enum_value_removed",
                    request,
                    loc,
                    f"{what}: {side} enum value(s) removed: {_fmt(removed)}{why}",
                    **emit_args,
                )
            if added:
                why = "" if request else " (tolerated: enums are open)"
                self.emit(
                    "enum_value_added",
                    False,
                    loc,
                    f"{what}: {side} enum value(s) added: {_fmt(added)}{why}",
                    **emit_args,
                )
        elif old.enum is None and new.enum is not None:
            self.emit(
                "enum_restriction_added",
                request,
                loc,
                f"{what}: now restricted to the values {_fmt(new.enum)}",
                **emit_args,
            )
        elif old.enum is not None and new.enum is None:
            self.emit(
                "enum_restriction_removed",
                False,
                loc,
                f"{what}: no longer restricted to the values {_fmt(old.enum)}",
                **emit_args,
            )

    def _default_and_limits(self, old: View, new: View, what: str, loc: str, emit_args: dict[str, Any]) -> None:
        if old.has_default and new.has_default and old.default != new.default:
            self.emit(
                "default_changed",
                True,
                loc,
                f"{what}: default changed from {old.default!r} to {new.default!r} "
                "(clients that omit it get a different behaviour)",
                **emit_args,
            )

        def num(value: Any) -> float | None:
            return value if isinstance(value, int | float) and not isinstance(value, bool) else None

        for key in (*NUMERIC_LIMITS_MAX, *NUMERIC_LIMITS_MIN):
            o, n = num(old.limits.get(key)), num(new.limits.get(key))
            if o == n:
                continue
            upper = key in NUMERIC_LIMITS_MAX
            if n is not None and (o is None or (n < o if upper else n > o)):
                narrowed = True
            elif o is not None and (n is None or (n > o if upper else n < o)):
                narrowed = False
            else:
                continue
            self.emit(
                "constraint_narrowed" if narrowed else "constraint_widened",
                narrowed,
                loc,
                f"{what}: {key} changed from {o if o is not None else 'none'} to {n if n is not None else 'none'}",
                **emit_args,
            )
        o_pat, n_pat = old.limits.get("pattern"), new.limits.get("pattern")
        if o_pat != n_pat:
            narrowed = n_pat is not None
            self.emit(
                "constraint_narrowed" if narrowed else "constraint_widened",
                narrowed,
                loc,
                f"{what}: pattern changed from {o_pat!r} to {n_pat!r}",
                **emit_args,
            )

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

    # ------------------------------------------------------------ operations

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

    @staticmethod
    def _content(body: Any, ptr: str) -> dict[str, tuple[Node, str]]:
        out: dict[str, tuple[Node, str]] = {}
        content = body.get("content") if isinstance(body, dict) else None
        if isinstance(content, dict):
            for media, entry in content.items():
                norm = str(media).split(";")[0].strip().lower()
                schema = entry.get("schema", {}) if isinstance(entry, dict) else {}
                out[norm] = (schema, join(ptr, "content", media, "schema"))
        return out

    def _request_body(self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str) -> None:
        old_body, old_bp = self.old.resolve(old_op.get("requestBody"), join(old_ptr, "requestBody"))
        new_body, new_bp = self.new.resolve(new_op.get("requestBody"), join(new_ptr, "requestBody"))
        if not isinstance(old_body, dict) and not isinstance(new_body, dict):
            return
        if not isinstance(new_body, dict):
            self.emit("request_body_removed", True, old_bp, "request body removed: the old client still sends one")
            return
        if not isinstance(old_body, dict):
            if new_body.get("required") and not self.webhook:
                self.emit("required_request_body_added", True, new_bp, "required request body added")
            else:
                self.emit("request_body_added", False, new_bp, "optional request body added")
            return
        was, now = bool(old_body.get("required")), bool(new_body.get("required"))
        if was != now:
            if now:
                self.emit("request_body_became_required", not self.webhook, new_bp, "request body became required")
            else:
                self.emit("request_body_became_optional", False, new_bp, "request body became optional")
        old_c, new_c = self._content(old_body, old_bp), self._content(new_body, new_bp)
        for media in sorted(old_c.keys() - new_c.keys()):
            self.emit(
                "request_content_type_removed",
                True,
                join(old_bp, "content", media),
                f"request content type {media} removed: the old client may still send it",
            )
        for media in sorted(new_c.keys() - old_c.keys()):
            self.emit(
                "request_content_type_added",
                False,
                join(new_bp, "content", media),
                f"request content type {media} added",
            )
        for media in sorted(old_c.keys() & new_c.keys()):
            label = "webhook payload" if self.webhook else "request body"
            where = Where("request", label, f"request {media}", outgoing=not self.webhook)
            self.schema(*old_c[media], *new_c[media], where)

    def _responses(self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str) -> None:
        old_rs = {str(k): v for k, v in (old_op.get("responses") or {}).items()}
        new_rs = {str(k): v for k, v in (new_op.get("responses") or {}).items()}
        for status in sorted(old_rs.keys() - new_rs.keys()):
            success = status.startswith("2")
            self.emit(
                "response_status_removed",
                success,
                join(old_ptr, "responses", status),
                f"response status {status} removed"
                + (": the old client expects this success status" if success else ""),
            )
        for status in sorted(new_rs.keys() - old_rs.keys()):
            self.emit(
                "response_status_added", False, join(new_ptr, "responses", status), f"response status {status} added"
            )
        for status in sorted(old_rs.keys() & new_rs.keys()):
            old_r, old_rp = self.old.resolve(old_rs[status], join(old_ptr, "responses", status))
            new_r, new_rp = self.new.resolve(new_rs[status], join(new_ptr, "responses", status))
            if not isinstance(old_r, dict) or not isinstance(new_r, dict):
                continue
            route = f"response {status}"
            old_h = {str(k).lower(): k for k in (old_r.get("headers") or {})}
            new_h = {str(k).lower(): k for k in (new_r.get("headers") or {})}
            for h in sorted(old_h.keys() - new_h.keys()):
                self.emit(
                    "response_header_removed",
                    True,
                    join(old_rp, "headers", old_h[h]),
                    f"response header `{old_h[h]}` removed",
                    route=route,
                )
            for h in sorted(new_h.keys() - old_h.keys()):
                self.emit(
                    "response_header_added",
                    False,
                    join(new_rp, "headers", new_h[h]),
                    f"response header `{new_h[h]}` added",
                    route=route,
                )
            old_c, new_c = self._content(old_r, old_rp), self._content(new_r, new_rp)
            for media in sorted(old_c.keys() - new_c.keys()):
                self.emit(
                    "response_content_type_removed",
                    True,
                    join(old_rp, "content", media),
                    f"response content type {media} removed",
                    route=route,
                )
            for media in sorted(new_c.keys() - old_c.keys()):
                self.emit(
                    "response_content_type_added",
                    False,
                    join(new_rp, "content", media),
                    f"response content type {media} added",
                    route=route,
                )
            for media in sorted(old_c.keys() & new_c.keys()):
                where = Where("response", "response body", f"{route} {media}", outgoing=self.webhook)
                self.schema(*old_c[media], *new_c[media], where)

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
            old_s, _ = self.old.resolve(_safe_lookup(self.old, ptr), ptr)
            new_s, new_sp = self.new.resolve(_safe_lookup(self.new, ptr), ptr)
            keys = ("type", "scheme", "in", "name", "bearerFormat", "flows", "openIdConnectUrl")
            old_v = {k: old_s.get(k) for k in keys} if isinstance(old_s, dict) else {}
            new_v = {k: new_s.get(k) for k in keys} if isinstance(new_s, dict) else {}
            if old_v != new_v:
                diff = ", ".join(
                    f"{k}: {old_v.get(k)!r} -> {new_v.get(k)!r}" for k in keys if old_v.get(k) != new_v.get(k)
                )
                self.emit("security_scheme_changed", True, new_sp, f"security scheme `{name}` changed ({diff})")


def _safe_lookup(spec: Spec, pointer: str) -> Node:
    try:
        return spec.lookup(pointer)
    except (KeyError, IndexError, ValueError):
        return None


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
                todo.append(_safe_lookup(spec, ref[1:]))
            todo.extend(v for k, v in node.items() if k not in ("example", "examples"))
        elif isinstance(node, list):
            todo.extend(node)
    return seen


def _operations(api: str, old: Spec, new: Spec, out: Collector, webhook: bool) -> None:
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


def _schemas(api: str, old: Spec, new: Spec, out: Collector) -> None:
    """Named schemas: added/removed ones (the generated model classes), and changes inside schemas that
    no operation uses (so no operation reports them), judged as data the client receives."""
    old_s = (old.data.get("components") or {}).get("schemas") or {}
    new_s = (new.data.get("components") or {}).get("schemas") or {}
    diff = OperationDiff(api, None, old, new, out)
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


def diff_specs(old_data: dict[str, Any], new_data: dict[str, Any], api: str) -> list[Change]:
    """Every difference between two parsed specs, as a list of changes (spec rules only)."""
    old, new = Spec(old_data), Spec(new_data)
    out = Collector()
    _operations(api, old, new, out, webhook=False)
    _operations(api, old, new, out, webhook=True)
    _schemas(api, old, new, out)
    return out.changes
