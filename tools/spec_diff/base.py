"""What every rule family works with: the two specs, where findings go, `emit`, and `Where`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import BREAKING, NON_BREAKING, Change, Collector
from .schema import Node, Spec, join


def _sev(breaking: bool) -> str:
    return BREAKING if breaking else NON_BREAKING


@dataclass
class Where:
    """Where in an operation a schema is being compared."""

    side: str  # the HTTP element, names the kinds: "parameter" | "request" | "response" | "schema"
    label: str  # "query parameter `limit`", "request body", "response body"
    route: str  # "response 200 application/json": merged into the finding's message
    outgoing: bool = True  # the old client sends this data (False: it receives and parses it)


class RuleBase:
    """One comparison of two specs (within one operation, or `None` for the named schemas)."""

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


def safe_lookup(spec: Spec, pointer: str) -> Node:
    try:
        return spec.lookup(pointer)
    except (KeyError, IndexError, ValueError):
        return None


def media_schemas(body: Any, ptr: str) -> dict[str, tuple[Node, str]]:
    """The schema of each content type of a request body or response, by normalised media type."""
    out: dict[str, tuple[Node, str]] = {}
    content = body.get("content") if isinstance(body, dict) else None
    if isinstance(content, dict):
        for media, entry in content.items():
            norm = str(media).split(";")[0].strip().lower()
            schema = entry.get("schema", {}) if isinstance(entry, dict) else {}
            out[norm] = (schema, join(ptr, "content", media, "schema"))
    return out
