"""Rendering a list of changes as Markdown (grouped per API, then per operation) or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .model import Change


def to_json(changes: Sequence[Change]) -> str:
    return json.dumps([c.to_dict() for c in changes], indent=2, default=str)


def _counts(changes: Sequence[Change]) -> str:
    breaking = sum(c.breaking for c in changes)
    return f"{breaking} breaking, {len(changes) - breaking} non-breaking"


def to_markdown(
    changes: Sequence[Change],
    apis: Sequence[str] = (),
    notes: Sequence[str] = (),
    title: str = "Spec diff",
) -> str:
    lines = [f"# {title}", ""]
    breaking = sum(c.breaking for c in changes)
    if breaking:
        lines.append(
            f"**{breaking} breaking change(s)** for clients built from the old spec; {_counts(changes)} in all."
        )
    elif changes:
        lines.append(f"No breaking change; {_counts(changes)}.")
    else:
        lines.append("No change.")
    lines.append("")
    for note in notes:
        lines.append(f"> {note}")
    if notes:
        lines.append("")

    order = list(dict.fromkeys([*apis, *(c.api for c in changes)]))
    for api in order:
        mine = [c for c in changes if c.api == api]
        lines.append(f"## {api}: {_counts(mine)}" if mine else f"## {api}: no change")
        lines.append("")
        groups: dict[str, list[Change]] = {}
        for c in mine:
            if c.operation:
                group = c.operation
            elif c.kind.startswith("python_api_"):
                group = "Generated Python package"
            else:
                group = "Spec-wide"
            groups.setdefault(group, []).append(c)
        for group, items in groups.items():
            lines.append(f"### {group}")
            lines.append("")
            for c in sorted(items, key=lambda c: (not c.breaking, c.kind.startswith("python_api_"))):
                badge = "**BREAKING**" if c.breaking else "non-breaking"
                where = f"`{c.python_object}`" if c.python_object else f"`{c.location or '/'}`"
                lines.append(f"- {badge} `{c.kind}`: {c.full_message()} ({where})")
                if c.breaking and c.facade_methods:
                    lines.append(f"  - affects {', '.join(f'`{m}`' for m in c.facade_methods)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
