"""Bloom Growth: a meeting dashboard, each meeting's five lookups run concurrently by `meeting.details`."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bloomy import AsyncClient

from ._ui import heading, table


async def tour(client: AsyncClient, *, writes: bool) -> None:
    heading("Bloom Growth: meeting dashboard")
    user, meetings = await asyncio.gather(client.user.details(), client.meeting.list())
    print(f"Signed in as {user.name} (user {user.id}); {len(meetings)} meetings.")
    details = await asyncio.gather(*(client.meeting.details(m.id) for m in meetings[:5]))
    now = datetime.now(UTC)

    def overdue(due: datetime | None) -> bool:
        return due is not None and (due if due.tzinfo else due.replace(tzinfo=UTC)) < now

    table(
        ["meeting", "attendees", "open to-dos", "overdue", "open issues", "measurables"],
        [
            [
                d.name[:36],
                len(d.attendees or []),
                sum(not t.complete for t in d.todos or []),
                sum(not t.complete and overdue(t.due_date) for t in d.todos or []),
                len(d.issues or []),
                len(d.metrics or []),
            ]
            for d in details
        ],
        right=(1, 2, 3, 4, 5),
    )
    if not details:
        return
    first = details[0]
    heading(f"Bloom Growth: to-dos of {first.name[:40]!r}")
    table(
        ["to-do", "due", "done"],
        [
            [t.name[:48], t.due_date.date() if t.due_date else "", "yes" if t.complete else ""]
            for t in (first.todos or [])[:8]
        ],
    )
    week = await client.scorecard.current_week()
    heading(f"Bloom Growth: scorecard, week {week.week_number}")
    scores = await client.scorecard.list(meeting_id=first.id, week_offset=0)
    table(
        ["measurable", "week", "target", "value"],
        [[s.title[:40], s.week, _num(s.target), _num(s.value)] for s in scores[:8]],
        right=(2, 3),
    )
    if writes:
        heading("Bloom Growth: a to-do created and completed")
        todo = await client.todo.create(title="Send the demo notes", meeting_id=first.id)
        await client.todo.complete(todo.id)
        done = await client.todo.details(todo.id)
        print(f"Created to-do {todo.id} in {first.name!r}; complete now: {done.complete}")


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"
