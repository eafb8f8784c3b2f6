"""The change record every rule produces, and the collector that merges repeated findings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

BREAKING = "breaking"
NON_BREAKING = "non-breaking"


@dataclass
class Change:
    """One difference between two versions of a spec (or of the Python package built from it)."""

    api: str
    kind: str
    severity: str
    operation: str | None
    location: str
    message: str
    field: str | None = None
    python_object: str | None = None
    contexts: list[str] = dataclasses.field(default_factory=list)
    # Facade methods (sync and async) that send this operation or use this model.
    facade_methods: list[str] = dataclasses.field(default_factory=list)

    @property
    def breaking(self) -> bool:
        return self.severity == BREAKING

    def full_message(self) -> str:
        if not self.contexts:
            return self.message
        return f"{self.message} (in {', '.join(self.contexts)})"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "api": self.api,
            "kind": self.kind,
            "severity": self.severity,
            "operation": self.operation,
            "location": self.location,
            "message": self.full_message(),
        }
        if self.field is not None:
            out["field"] = self.field
        if self.python_object is not None:
            out["python_object"] = self.python_object
        if self.facade_methods:
            out["facade_methods"] = self.facade_methods
        return out


@dataclass
class Collector:
    """Gathers changes, merging the same finding reached through several routes.

    A schema shared by many responses of one operation (an error body used by 400, 401, 403...)
    is reported once per operation, with every route listed in its message.
    """

    changes: list[Change] = dataclasses.field(default_factory=list)
    _index: dict[tuple[str, str, str, str | None, str], Change] = dataclasses.field(default_factory=dict)

    def add(self, change: Change, context: str | None = None) -> None:
        # One finding per (operation, kind, severity, location): a recursive or shared schema reached again
        # deeper in the same operation is the same change; the shortest field path names it.
        key = (change.api, change.kind, change.severity, change.operation, change.location)
        existing = self._index.get(key)
        if existing is None:
            if context:
                change.contexts.append(context)
            self._index[key] = change
            self.changes.append(change)
            return
        if context and context not in existing.contexts:
            existing.contexts.append(context)
        if change.field is not None and existing.field is not None and _depth(change.field) < _depth(existing.field):
            existing.field, existing.message = change.field, change.message


def _depth(field: str) -> tuple[int, int]:
    return field.count(".") + field.count("[]") + field.count("{*}"), len(field)
