"""RapidPro: export every contact through the lazy pager, one page in memory, with a progress bar."""

from __future__ import annotations

from collections import Counter

from rapidpro import AsyncRapidProClient

from ._ui import Progress, heading, table


async def tour(client: AsyncRapidProClient, *, writes: bool) -> None:
    heading("RapidPro: contact export")
    workspace = await client.workspace.get()
    print(f"Workspace {workspace.name!r} ({workspace.timezone}).")
    groups: Counter[str] = Counter()
    schemes: Counter[str] = Counter()
    pager = client.contacts.list()
    with Progress("contacts exported") as bar:
        async for contact in pager:
            for group in contact.groups:
                groups[group.name] += 1
            for urn in contact.urns:
                schemes[str(urn).split(":", 1)[0]] += 1
            bar.update()
    print(f"{pager.pages_fetched} pages; resume cursor after the last page: {pager.cursor!r}")
    table(["group", "contacts"], groups.most_common(8), right=(1,))
    table(["URN scheme", "contacts"], schemes.most_common(), right=(1,))

    heading("RapidPro: busiest flows")
    flows = [flow async for flow in client.flows.list()]
    flows.sort(key=lambda f: (f.runs.completed or 0) + (f.runs.active or 0), reverse=True)
    table(
        ["flow", "type", "active", "completed", "expired"],
        [
            [f.name[:40], f.type or "", f.runs.active or 0, f.runs.completed or 0, f.runs.expired or 0]
            for f in flows[:6]
        ],
        right=(2, 3, 4),
    )
