"""Value rules: enum values (enums are open, see kinds.py), defaults and constraints (`maximum`,
`minLength`, `pattern`...) of one schema compared with its new version."""

from __future__ import annotations

from typing import Any

from .base import RuleBase, Where
from .schema import NUMERIC_LIMITS_MAX, NUMERIC_LIMITS_MIN, View


def _fmt(values: Any) -> str:
    return ", ".join(repr(v) for v in sorted(values, key=lambda v: (str(type(v)), str(v))))


class ValueRules(RuleBase):
    """Enum values, defaults and constraints, called by the schema walk for every compared pair."""

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
