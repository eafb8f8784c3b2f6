"""Seeded history that refers to contacts: broadcasts, flow starts, tickets, channel and resthook events."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from ._catalog import BROADCAST_TEXTS
from ._contacts import ContactStore
from ._model import Broadcast, ChannelEvent, FlowStart, Note, ResthookEvent, Ticket
from ._util import DAY, HOUR, MINUTE, SECOND, Ids, fmt
from ._world import MANUAL_GROUPS, World

__all__ = ["Activity", "seed_activity"]

SHARE = {"Farmers": 0.33, "Health Workers": 0.1, "Youth Club": 0.15, "Reporters": 0.1, "Testers": 0.01}
TICKET_NOTES = ("Called back, waiting for the clinic to confirm.", "Escalated to the district supervisor.")
EVENT_TYPES = (
    ("new-conversation", 30), ("call-in", 20), ("call-in-missed", 15), ("call-out", 10), ("stop-contact", 8),
    ("referral", 6), ("welcome-message", 5), ("optin", 3), ("optout", 2), ("call-out-missed", 1),
)  # fmt: skip


@dataclass
class Activity:
    broadcasts: list[Broadcast]
    flow_starts: list[FlowStart]
    tickets: list[Ticket]
    channel_events: list[ChannelEvent]
    resthook_events: list[ResthookEvent]


def seed_activity(seed: int, world: World, contacts: ContactStore, ids: Ids) -> Activity:
    seeder = _Seeder(random.Random(f"rapidpro-activity:{seed}"), world, contacts, ids)
    return Activity(
        seeder.broadcasts(), seeder.starts(), seeder.tickets(), seeder.channel_events(), seeder.resthook_events()
    )


class _Seeder:
    def __init__(self, rng: random.Random, world: World, contacts: ContactStore, ids: Ids) -> None:
        self.rng = rng
        self.world = world
        self.contacts = contacts
        self.ids = ids
        self.now = world.now
        self.groups = {g.name: g for g in world.groups}

    def contact(self) -> int:
        return self.contacts.live_index(self.rng.randrange(self.contacts.count)) + 1

    def broadcasts(self) -> list[Broadcast]:
        rng, contacts, ids, now, groups, contact = (
            self.rng,
            self.contacts,
            self.ids,
            self.now,
            self.groups,
            self.contact,
        )
        found = []
        count = 60
        for n in range(count):
            created = now - (count - n) * 3 * DAY - rng.randrange(2 * DAY)
            text: dict[str, str | None] = dict(BROADCAST_TEXTS[n % len(BROADCAST_TEXTS)])
            group_names = [rng.choice(MANUAL_GROUPS[:5])] if rng.random() < 0.6 else []
            contact_ids = (
                [contact() for _ in range(rng.randrange(1, 4))] if not group_names or rng.random() < 0.2 else []
            )
            urns = (
                [f"tel:+2507882{rng.randrange(10**5):05d}" for _ in range(rng.randrange(1, 3))]
                if rng.random() < 0.15
                else []
            )
            attachments: dict[str, list[str]] = {lang: [] for lang in text}
            replies: dict[str, list[dict[str, Any]]] = {lang: [] for lang in text}
            if n == 7:  # an old quirk: a language with only an attachment has a null text
                text["fra"] = None
                attachments["fra"] = ["image/jpeg:https://dl-rapidpro.s3.amazonaws.com/orgs/1/media/flyer.jpg"]
            if n % 11 == 3:
                replies = {lang: [{"type": "text", "text": w} for w in ("Yes", "No")] for lang in text}
            total = len(contact_ids) + len(urns) + sum(round(SHARE[g] * contacts.count) for g in group_names)
            status = "completed" if n < count - 1 else "started"
            status = "failed" if n == 12 else "interrupted" if n == 30 else status
            started = total if status == "completed" else total // 2
            found.append(
                Broadcast(
                    n + 1, ids.uuid7(created), status, total, started, urns, contact_ids,
                    [groups[g].id for g in group_names], text, attachments, replies, "eng", created,
                )
            )  # fmt: skip
        return found

    def starts(self) -> list[FlowStart]:
        rng, world, contacts, ids, now, groups, contact = (
            self.rng,
            self.world,
            self.contacts,
            self.ids,
            self.now,
            self.groups,
            self.contact,
        )
        flows = [f for f in world.flows if not f.archived and f.type != "background"]
        found = []
        count = 40
        for n in range(count):
            flow = flows[rng.randrange(len(flows))]
            created = now - (count - n) * 7 * DAY - rng.randrange(5 * DAY)
            group_names = [rng.choice(MANUAL_GROUPS[:5])] if rng.random() < 0.7 else []
            contact_ids = (
                [contact() for _ in range(rng.randrange(1, 6))] if not group_names or rng.random() < 0.3 else []
            )
            params = {"first_name": "Ryan", "campaign": "rainy-season"} if rng.random() < 0.3 else {}
            total = len(contact_ids) + sum(round(SHARE[g] * contacts.count) for g in group_names)
            exclude: Any = rng.random() < 0.3
            if n < 4:  # starts saved before exclusions existed: null or an empty object
                exclude = None if n % 2 == 0 else {}
            found.append(
                FlowStart(
                    n + 1, ids.uuid4(), flow.id, "completed" if n != 20 else "failed", total, total if n != 20 else 0,
                    [groups[g].id for g in group_names], contact_ids, params, created, created + rng.randrange(60) * SECOND,
                    rng.random() < 0.8, exclude,
                )
            )  # fmt: skip
        return found

    def tickets(self) -> list[Ticket]:
        rng, world, contacts, ids, now, contact = self.rng, self.world, self.contacts, self.ids, self.now, self.contact
        count = max(20, min(400, contacts.count // 25))
        support = next(f for f in world.flows if f.name == "Support")
        assignees = [u.email for u in world.users if u.role != "administrator"]
        found = []
        for n in range(count):
            opened = now - rng.randrange(1, 200 * DAY // HOUR) * HOUR - rng.randrange(HOUR)
            closed = rng.random() < 0.65 and opened < now - 2 * DAY
            closed_on = opened + rng.randrange(10 * MINUTE, 2 * DAY) if closed else None
            topic = world.topics[0] if rng.random() < 0.3 else rng.choice(world.topics[1:])
            ticket = Ticket(
                n + 1, ids.uuid4(), contact(), topic.id, "closed" if closed else "open",
                rng.choice(assignees) if rng.random() < 0.7 else None, opened,
                rng.choice(assignees) if rng.random() < 0.15 else None,
                support.id if rng.random() < 0.5 else None, closed_on or opened + rng.randrange(HOUR), closed_on,
            )  # fmt: skip
            if rng.random() < 0.2:
                ticket.notes.append(Note(rng.choice(TICKET_NOTES), opened + 5 * MINUTE, rng.choice(assignees)))
            found.append(ticket)
        return found

    def channel_events(self) -> list[ChannelEvent]:
        rng, now, contact = self.rng, self.now, self.contact
        kinds = [kind for kind, weight in EVENT_TYPES for _ in range(weight)]
        found = []
        for n in range(120):
            kind = rng.choice(kinds)
            channel = 1 if kind.startswith("call") else rng.choice((0, 2, 3))
            extra: dict[str, Any] | None = {}
            if kind in ("call-in", "call-out"):
                extra = {"duration": rng.randrange(5, 600)}
            elif kind == "referral":
                extra = {"source": "ADS", "referrer_id": f"ref{rng.randrange(10**6)}", "type": "OPEN_THREAD"}
            elif rng.random() < 0.2:
                extra = None
            occurred = now - (120 - n) * 36 * HOUR - rng.randrange(HOUR)
            found.append(ChannelEvent(4500 + n, kind, contact(), channel, extra, occurred, occurred + rng.randrange(SECOND, 3 * SECOND)))  # fmt: skip
        return found

    def resthook_events(self) -> list[ResthookEvent]:
        rng, world, contacts, ids, now, contact = self.rng, self.world, self.contacts, self.ids, self.now, self.contact
        survey = next(f for f in world.flows if f.name == "Water Survey")
        found = []
        for n in range(36):
            person = contacts.seeded(contact() - 1)
            channel = world.channels[0]
            created = now - (36 - n) * 2 * DAY - rng.randrange(DAY)
            result = survey.results[1]
            category = rng.choice(result.categories)
            arrived = created - 2 * SECOND
            data = {
                "flow": {"name": survey.name, "uuid": survey.uuid},
                "contact": {"uuid": person.uuid, "name": person.name, "urn": person.urns[0]},
                "channel": {"name": channel.name, "uuid": channel.uuid},
                "run": {"uuid": ids.uuid7(created - MINUTE), "created_on": _offset(created - MINUTE)},
                "input": {"urn": person.urns[0], "text": category.lower(), "attachments": []},
                "path": [{"node_uuid": result.node, "arrived_on": _offset(arrived), "exit_uuid": ids.uuid4()}],
                "results": {
                    result.key: {
                        "node_uuid": result.node, "name": result.name, "category": category, "value": category.lower(),
                        "input": category.lower(), "created_on": _offset(arrived + 10_000),
                    }
                },
            }  # fmt: skip
            hook = world.resthooks[n % 3 if n % 4 else 0].slug
            found.append(ResthookEvent(n + 1, hook, data, created))
        return found


def _offset(us: int) -> str:
    """The `+00:00` form flow engine payloads use."""
    return fmt(us).replace("Z", "+00:00")
