"""`RapidProState`: one workspace's data, seeded and then changed by every write the API receives."""

from __future__ import annotations

from datetime import UTC, datetime

from ._activity import seed_activity
from ._contacts import ContactStore
from ._model import Contact, Media, Message, Run
from ._traffic import MessageStore, RunStore
from ._util import Ids, to_us
from ._world import World

__all__ = ["RapidProState"]

TICK = 1_237  # µs between two writes: the clock is logical, so the data does not depend on how fast tests run


class RapidProState:
    """The workspace behind a `RapidProSandbox`.

    - `contacts` (default 5,000; 100,000 and more cost nothing until read), `messages` (default four
      per contact) and `runs` (two per contact) are rebuilt on demand from the seed.
    - `world` holds the small objects (users, channels, fields, groups, labels, flows, campaigns,
      globals, topics, resthooks, boundaries, archives); `broadcasts`, `flow_starts`, `tickets`,
      `channel_events`, `resthook_events` the seeded history.
    - `now` anchors every date (default: the current time). Writes are stamped by a logical clock
      just after it, so two runs with the same seed and the same requests give the same data.
    """

    def __init__(
        self,
        seed: int = 0,
        now: datetime | None = None,
        *,
        contacts: int = 5_000,
        messages: int | None = None,
        runs: int | None = None,
    ) -> None:
        if contacts < 1:
            raise ValueError("the workspace needs at least one contact")
        self.seed = seed
        moment = now or datetime.now(UTC)
        self.now = to_us(moment) - to_us(moment) % 1_000_000
        self._ticks = 0
        self.ids = Ids(seed)
        self.world = World(seed, self.now, self.ids)
        self.contacts = ContactStore(seed, self.world, contacts, self.clock)
        activity = seed_activity(seed, self.world, self.contacts, self.ids)
        self.broadcasts = activity.broadcasts
        self.flow_starts = activity.flow_starts
        self.tickets = activity.tickets
        self.channel_events = activity.channel_events
        self.resthook_events = activity.resthook_events
        message_count = 4 * contacts if messages is None else messages
        run_count = 2 * contacts if runs is None else runs
        self.messages = MessageStore(seed, self.world, self.contacts, message_count, self.clock, len(self.broadcasts))
        self.messages.ids = self.ids
        self.runs = RunStore(seed, self.world, self.contacts, run_count, self.clock)
        for start in self.flow_starts:
            self.runs.seeded_starts.setdefault(start.flow_id, []).append(start.uuid)
        self.media: dict[str, Media] = {}

    def clock(self) -> int:
        """The time of the next write, in µs: strictly after every seeded time and every earlier write."""
        self._ticks += 1
        return self.now + self._ticks * TICK

    # -- conveniences for tests -------------------------------------------------------------
    def contact(self, ref: str) -> Contact | None:
        """A contact by UUID or URN (deleted ones included when given by UUID)."""
        return self.contacts.by_urn(ref) if ":" in ref else self.contacts.by_uuid(ref)

    def contact_count(self, *, deleted: bool = False) -> int:
        return sum(1 for c in self.contacts.all() if c.deleted == deleted)

    def runs_of(self, contact: Contact) -> list[Run]:
        found = [self.runs.get(ident) for ident, _, owner, _ in self.runs.cores() if owner == contact.id]
        return [run for run in found if run is not None]

    def messages_of(self, contact: Contact) -> list[Message]:
        return [m for m in self.messages.all() if m.contact_id == contact.id and m.visibility != "deleted"]
