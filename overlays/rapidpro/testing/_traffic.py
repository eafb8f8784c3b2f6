"""Messages and flow runs: lazily rebuilt from the seed like the contacts, plus everything written since.

Messages are ordered by `created_on` (a label or an archive does not move them); runs by
`modified_on` (an interrupted run moves to the top). `_core` gives the few attributes that
counts and filters need without building the whole record.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate

from ._catalog import BROADCAST_TEXTS, INCOMING_TEXTS, VALUES
from ._contacts import ContactStore
from ._model import Contact, Message, Run, RunValue
from ._paging import Timeline
from ._util import DAY, MINUTE, SECOND, Ids, hashed, uuid7_from
from ._world import World

__all__ = ["MessageStore", "RunStore"]

OUT_STATUSES = (("delivered", 179), ("sent", 217), ("read", 230), ("wired", 240), ("failed", 248), ("errored", 253))
REPLY = "Thanks for your message! An agent will reply soon."


class _Lazy:
    """What both stores share: seeded ids 1..count on a timeline, overrides, a lazy uuid directory."""

    kind = ""

    def __init__(self, seed: int, world: World, contacts: ContactStore, count: int, clock: Callable[[], int]) -> None:
        self.seed = seed
        self.world = world
        self.contacts = contacts
        self.count = count
        self.clock = clock
        self._start = world.now - 365 * DAY
        self._step = max(1, (365 * DAY - MINUTE) // max(1, count))
        self.timeline = Timeline(count, self._stamp)
        self.next_id = count + 1
        self.version = 0
        self._uuids: dict[str, int] = {}
        self._directory: dict[str, int] | None = None

    def _stamp(self, index: int) -> int:
        return self._start + index * self._step + (index * 40503 + self.seed) % self._step

    def _hash(self, index: int) -> bytes:
        return hashed(self.seed, self.kind, index)

    def _dir(self) -> dict[str, int]:
        if self._directory is None:
            self._directory = {uuid7_from(self._stamp(i), self._hash(i)[:10]): i + 1 for i in range(self.count)}
        return self._directory

    def id_by_uuid(self, uuid: str) -> int | None:
        return self._uuids.get(uuid) or self._dir().get(uuid)


class MessageStore(_Lazy):
    kind = "message"

    def __init__(
        self, seed: int, world: World, contacts: ContactStore, count: int, clock: Callable[[], int], broadcasts: int
    ) -> None:
        super().__init__(seed, world, contacts, count, clock)
        self.broadcasts = broadcasts
        self.ids = Ids(seed)
        self.overrides: dict[int, Message] = {}
        self.seeded = lru_cache(maxsize=8192)(self._build)
        self._weights = list(accumulate(f.weight for f in world.flows))
        self._labels = [label.id for label in world.labels]
        self._seeded_labels: dict[int, int] | None = None
        self._label_counts: tuple[int, dict[int, int]] | None = None
        self._days: dict[int, dict[int, dict[str, int]]] = {}
        self._day_changes: tuple[int, dict[int, list[tuple[int, str, int]]]] | None = None

    def get(self, ident: int) -> Message | None:
        found = self.overrides.get(ident)
        if found is not None:
            return found
        return self.seeded(ident - 1) if 1 <= ident <= self.count else None

    def all(self) -> Iterator[Message]:
        for ident in range(1, self.next_id):
            message = self.get(ident)
            if message is not None:
                yield message

    def editable(self, ident: int) -> Message:
        found = self.overrides.get(ident)
        if found is None:
            seeded = self.get(ident)
            if seeded is None:
                raise KeyError(ident)
            found = self.overrides[ident] = copy.deepcopy(seeded)
        return found

    def touch(self, message: Message) -> None:
        message.modified_on = self.clock()
        self.overrides[message.id] = message
        self.version += 1

    def add(self, message: Message) -> Message:
        self.overrides[message.id] = message
        self._uuids[message.uuid] = message.id
        self.timeline.touch(message.id, message.created_on)
        self.version += 1
        return message

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def outgoing(
        self, contact: Contact, text: str, *, flow_id: int | None = None, broadcast_id: int | None = None
    ) -> Message:
        """A new outgoing message to the contact's preferred URN, queued on its channel."""
        now = self.clock()
        uuid = self.ids.uuid7(now)
        urn = contact.urns[0] if contact.urns else None
        channel = self.world.channel_for(urn) if urn else None
        status = "queued" if channel is not None else "failed"
        return self.add(
            Message(
                self.new_id(), uuid, contact.id, urn, channel, "out", "text", status, "visible", text, [],
                flow_id, [], [], now, None, now, broadcast_id,
            )
        )  # fmt: skip

    def peek(self, ident: int) -> tuple[int, str, str, list[int], int | None, str] | None:
        """The core of a seeded message nobody changed (cheap, to skip messages a filter refuses), else None."""
        if ident > self.count or ident in self.overrides:
            return None
        return self._core(ident - 1, self._hash(ident - 1))

    def _core(self, i: int, b: bytes) -> tuple[int, str, str, list[int], int | None, str]:
        """Contact index, direction, visibility, labels, channel and type: what counts and statistics need."""
        index = self.contacts.live_index(int.from_bytes(b[16:20], "big"))
        channel = self.world.channel_for(f"{self.contacts.primary_scheme(index)}:", 0 if b[32] < 170 else 1)
        kind = "voice" if channel is not None and self.world.channels[channel].voice and b[29] < 40 else "text"
        labels: list[int] = []
        if b[20] >= 115:
            return index, "out", "visible", labels, channel, kind
        if b[25] < 38:
            labels = [self._labels[b[26] % 6]]
            if b[27] < 60:
                labels.append(self._labels[(b[26] + 1 + b[27] % 5) % 6])
        return index, "in", "archived" if b[21] < 20 else "visible", labels, channel, kind

    def _build(self, i: int) -> Message:
        b = self._hash(i)
        created = self._stamp(i)
        index, direction, visibility, labels, channel, kind = self._core(i, b)
        contact = self.contacts.seeded(index)
        urn = contact.urns[0]
        uuid = uuid7_from(created, b[:10])
        flow_id = None
        attachments: list[tuple[str, str]] = []
        replies: list[dict[str, str]] = []
        broadcast = None
        sent = None
        if direction == "in":
            status = "handled"
            if b[22] < 150:
                flow = self.world.flows[bisect_right(self._weights, b[23] * self._weights[-1] // 256)]
                flow_id = flow.id
                result = flow.results[0] if flow.results else None
                values = VALUES.get(result.key) if result else None
                text = values[result.categories[b[24] % len(result.categories)]][0] if values and result else "ok"
            else:
                text = INCOMING_TEXTS[b[24] % len(INCOMING_TEXTS)]
            if b[28] < 8:
                attachments = [("image/jpeg", f"https://dl-rapidpro.s3.amazonaws.com/attachments/1/{uuid}/photo.jpg")]
                text = "" if b[28] < 4 else text
        else:
            status = next((name for name, upto in OUT_STATUSES if b[21] < upto), "queued")
            if b[22] < 140:
                flow = self.world.flows[bisect_right(self._weights, b[23] * self._weights[-1] // 256)]
                flow_id, text = flow.id, flow.question
                if flow.results and len(flow.results[0].categories) > 1 and b[24] < 128:
                    replies = [{"type": "text", "text": c} for c in flow.results[0].categories[:-1]]
            elif b[22] < 170 and self.broadcasts:
                broadcast = 1 + b[23] % self.broadcasts
                texts = BROADCAST_TEXTS[(broadcast - 1) % len(BROADCAST_TEXTS)]
                text = texts.get(contact.language or "eng") or texts["eng"]
            else:
                text = REPLY
            if status in ("delivered", "sent", "read", "wired"):
                sent = created + (b[30] + 1) * 10_000
        return Message(
            i + 1, uuid, contact.id, urn, channel, direction, kind, status, visibility, text, labels, flow_id,
            attachments, replies, created, sent, (sent or created) + b[31] * 1000, broadcast,
        )  # fmt: skip

    # -- counts -----------------------------------------------------------------------------
    def label_counts(self) -> dict[int, int]:
        """Visible incoming messages by label id: the seeded ones counted once, then corrected by every write."""
        if self._seeded_labels is None:
            counted: dict[int, int] = {}
            for i in range(self.count):
                _, _, visibility, labels, _, _ = self._core(i, self._hash(i))
                if visibility == "visible":
                    for label in labels:
                        counted[label] = counted.get(label, 0) + 1
            self._seeded_labels = counted
        if self._label_counts is None or self._label_counts[0] != self.version:
            counts = dict(self._seeded_labels)
            for ident, message in self.overrides.items():
                if ident <= self.count:
                    _, _, visibility, labels, _, _ = self._core(ident - 1, self._hash(ident - 1))
                    for label in labels if visibility == "visible" else []:
                        counts[label] -= 1
                for label in message.labels if message.visibility == "visible" else []:
                    counts[label] = counts.get(label, 0) + 1
            self._label_counts = (self.version, counts)
        return self._label_counts[1]

    def day_counts(self, day: int) -> dict[int, dict[str, int]]:
        """Messages created in the day starting at `day` (µs), by channel index and `text:in`-style scope."""
        seeded = self._days.get(day)
        if seeded is None:
            seeded = {}
            low = bisect_left(range(self.count), day, key=self._stamp)
            high = bisect_left(range(self.count), day + DAY, key=self._stamp)
            for i in range(low, high):
                _, direction, _, _, channel, kind = self._core(i, self._hash(i))
                if channel is not None:
                    slot = seeded.setdefault(channel, {})
                    slot[f"{kind}:{direction}"] = slot.get(f"{kind}:{direction}", 0) + 1
            self._days[day] = seeded
        if self._day_changes is None or self._day_changes[0] != self.version:
            changes: dict[int, list[tuple[int, str, int]]] = {}
            for ident, message in self.overrides.items():
                gone = message.visibility == "deleted"
                if message.channel is not None and (ident > self.count) != gone:
                    start = message.created_on - message.created_on % DAY
                    scope = f"{message.type}:{message.direction}"
                    changes.setdefault(start, []).append((message.channel, scope, -1 if gone else 1))
            self._day_changes = (self.version, changes)
        counts = {channel: dict(scopes) for channel, scopes in seeded.items()}
        for channel, scope, delta in self._day_changes[1].get(day, []):
            slot = counts.setdefault(channel, {})
            slot[scope] = slot.get(scope, 0) + delta
        return {channel: {k: v for k, v in scopes.items() if v} for channel, scopes in counts.items()}


class RunStore(_Lazy):
    kind = "run"

    def __init__(self, seed: int, world: World, contacts: ContactStore, count: int, clock: Callable[[], int]) -> None:
        super().__init__(seed, world, contacts, count, clock)
        self.overrides: dict[int, Run] = {}
        self.seeded = lru_cache(maxsize=4096)(self._build)
        self.core = lru_cache(maxsize=None)(self._core)
        self._weights = list(accumulate(f.weight for f in world.flows))
        self.seeded_starts: dict[int, list[str]] = {}

    def get(self, ident: int) -> Run | None:
        found = self.overrides.get(ident)
        if found is not None:
            return found
        return self.seeded(ident - 1) if 1 <= ident <= self.count else None

    def cores(self) -> Iterator[tuple[int, int, int, str]]:
        """`(run id, flow id, contact id, status)` of every run, cheaply."""
        overrides = self.overrides
        for i in range(self.count):
            run = overrides.get(i + 1)
            if run is None:
                yield (i + 1, *self.core(i))
        for run in overrides.values():
            yield run.id, run.flow_id, run.contact_id, run.status

    def editable(self, ident: int) -> Run:
        found = self.overrides.get(ident)
        if found is None:
            seeded = self.get(ident)
            if seeded is None:
                raise KeyError(ident)
            found = self.overrides[ident] = copy.deepcopy(seeded)
        return found

    def save(self, run: Run) -> Run:
        run.modified_on = self.clock()
        self.overrides[run.id] = run
        self._uuids[run.uuid] = run.id
        self.timeline.touch(run.id, run.modified_on)
        self.version += 1
        return run

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def _core(self, i: int) -> tuple[int, int, str]:
        b = self._hash(i)
        flow = self.world.flows[bisect_right(self._weights, b[16] * self._weights[-1] // 256)]
        contact = self.contacts.live_index(int.from_bytes(b[17:21], "big")) + 1
        pick = b[21]
        if flow.type == "background" or pick < 179:
            status = "completed"
        elif pick >= 225:
            recent = self._stamp(i) > self.world.now - 14 * DAY
            status = ("active" if pick >= 245 else "waiting") if recent else "expired"
        else:
            status = "expired" if pick < 209 else "interrupted" if pick < 222 else "failed"
        return flow.id, contact, status

    def _build(self, i: int) -> Run:
        b = self._hash(i)
        flow_id, contact_id, status = self.core(i)
        flow = self.world.flow(flow_id)
        contact = self.contacts.seeded(contact_id - 1)
        modified = self._stamp(i)
        created = self._created(i, b)
        duration = modified - created
        reached = len(flow.results) if status == "completed" else b[25] % (len(flow.results) + 1)
        steps = [flow.nodes[0], *(r.node for r in flow.results[:reached])]
        if status == "completed":
            steps.append(flow.nodes[-1])
        gap = duration // max(1, len(steps))
        path = [(node, created + k * gap + (b[26 + k] * 1000 if k else 0)) for k, node in enumerate(steps)]
        values = {}
        for k, result in enumerate(flow.results[:reached]):
            category = result.categories[b[40 + k] % len(result.categories)]
            if result.key == "name":
                value = (contact.name or "Anonymous").split(" ")[0]
            else:
                options = VALUES.get(result.key, {}).get(category, (category.lower(),))
                value = options[b[50 + k] % len(options)]
            values[result.key] = RunValue(result.name, value, category, result.node, path[k + 1][1])
        starts = self.seeded_starts.get(flow_id) or []
        start = starts[b[30] % len(starts)] if starts and b[31] < 60 else None
        exited = modified if status not in ("active", "waiting") else None
        uuid = uuid7_from(created, b[:10])
        return Run(
            i + 1, uuid, flow_id, contact_id, start, bool(values), path, values, created, modified, exited, status
        )

    def _created(self, i: int, b: bytes) -> int:
        return self._stamp(i) - int.from_bytes(b[22:25], "big") % (2 * DAY) - 20 * SECOND

    def _dir(self) -> dict[str, int]:
        if self._directory is None:
            self._directory = {}
            for i in range(self.count):
                b = self._hash(i)
                self._directory[uuid7_from(self._created(i, b), b[:10])] = i + 1
        return self._directory
