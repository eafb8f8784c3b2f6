"""The contacts: thousands (up to 100,000 and more) rebuilt on demand from the seed, plus every write.

Seeded contact `i` (id `i + 1`) is derived from 64 hashed bytes, so nothing is generated until
it is read and an export costs only the pages it fetches. A written contact is copied into
`overrides` and moves to the top of the `modified_on` order (the `Timeline`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

from ._catalog import DISTRICTS, FIRST_NAMES, LAST_NAMES, OCCUPATIONS, PROVINCES, WARDS
from ._model import Contact, Group, Note
from ._paging import Timeline
from ._util import DAY, HOUR, fmt_local, hashed, uuid4_from
from ._world import World

__all__ = ["ContactStore", "smart_match"]

NOTES = (
    "Prefers to be contacted in the evening.",
    "Asked about the next training session.",
    "Lives far from the health centre; call before visiting.",
    "Speaks Kinyarwanda only.",
)
PLACES = {
    name: (PROVINCES[province][1], [w for w, d in WARDS if DISTRICTS[d][0] == name])
    for name, province, _, _ in DISTRICTS
}
"""District -> (its province, its wards)."""
_QUERY = re.compile(r'^\s*(\w+)\s*(>=|<=|!=|=|>|<)\s*"?([^"]*)"?\s*$')


@lru_cache(maxsize=256)
def _parse(query: str) -> tuple[str, str, str] | None:
    found = _QUERY.match(query)
    return (found.group(1), found.group(2), found.group(3)) if found else None


def smart_match(query: str, fields: Mapping[str, str]) -> bool:
    """Whether a contact's fields satisfy a smart group's query (`age >= 18`, `district = "Gasabo"`)."""
    parsed = _parse(query)
    if parsed is None:
        return False
    key, op, wanted = parsed
    value = fields.get(key)
    if value is None:
        return False
    if op in ("=", "!="):
        return (value.lower() == wanted.lower()) == (op == "=")
    try:
        left, right = float(value), float(wanted)
    except ValueError:
        return False
    return {">=": left >= right, "<=": left <= right, ">": left > right, "<": left < right}[op]


class ContactStore:
    def __init__(self, seed: int, world: World, count: int, clock: Callable[[], int]) -> None:
        self.seed = seed
        self.world = world
        self.count = count
        self.clock = clock
        now = world.now
        self._start = now - 400 * DAY
        self._step = max(1, (400 * DAY - HOUR) // max(1, count))
        self.timeline = Timeline(count, self._stamp)
        self.overrides: dict[int, Contact] = {}
        self.next_id = count + 1
        self.version = 0
        self._uuids: dict[str, int] = {}
        self._urn_owner: dict[str, int | None] = {}
        self._directory: tuple[dict[str, int], dict[str, int]] | None = None
        self._counts: tuple[int, dict[int, int]] | None = None
        self._seeded_counts: dict[int, int] | None = None
        self._system = {g.name.lower(): g.id for g in world.groups if g.system}
        self._manual = {g.name: g.id for g in world.groups if g.query is None and not g.system}
        self._flows = [f.id for f in world.flows if not f.archived and f.type == "message"]
        self.seeded = lru_cache(maxsize=8192)(self._build)

    # -- reading ----------------------------------------------------------------------------
    def _stamp(self, index: int) -> int:
        return self._start + index * self._step + (index * 2654435761 + self.seed) % self._step

    def seeded_deleted(self, index: int) -> bool:
        """About 0.8% of the seeded contacts were deleted (cheap: no hashing, counts and scans use it)."""
        return (index * 40503 + self.seed * 7) % 128 == 5

    def live_index(self, pick: int) -> int:
        """A seeded contact index near `pick` whose contact was not seeded as deleted."""
        index = pick % self.count
        while self.seeded_deleted(index):
            index = (index + 1) % self.count
        return index

    def get(self, ident: int) -> Contact | None:
        found = self.overrides.get(ident)
        if found is not None:
            return found
        return self.seeded(ident - 1) if 1 <= ident <= self.count else None

    def all(self) -> Iterator[Contact]:
        for ident in range(1, self.next_id):
            contact = self.get(ident)
            if contact is not None:
                yield contact

    def by_uuid(self, uuid: str) -> Contact | None:
        ident = self._uuids.get(uuid)
        if ident is None:
            ident = self._dir()[0].get(uuid)
        return self.get(ident) if ident is not None else None

    def by_urn(self, urn: str) -> Contact | None:
        ident = self._urn_owner[urn] if urn in self._urn_owner else self._dir()[1].get(urn)
        contact = self.get(ident) if ident is not None else None
        return contact if contact is not None and not contact.deleted and urn in contact.urns else None

    def by_ref(self, ref: str) -> Contact | None:
        """A live contact by UUID or URN, as write bodies may refer to it."""
        contact = self.by_urn(ref) if ":" in ref else self.by_uuid(ref)
        return contact if contact is not None and not contact.deleted else None

    def groups_of(self, contact: Contact) -> list[Group]:
        """Manual groups plus the smart groups whose query the contact matches (active contacts only)."""
        if contact.deleted or contact.status != "active":
            return []
        return self._matching(contact.groups, contact.fields, active_only=True)

    def _matching(self, manual: Iterable[int], fields: Mapping[str, str], active_only: bool) -> list[Group]:
        wanted = set(manual)
        return [
            g
            for g in self.world.groups
            if (g.active or not active_only)
            and not g.system
            and (g.id in wanted if g.query is None else smart_match(g.query, fields))
        ]

    def _contribution(self, status: str, deleted: bool, manual: Iterable[int], fields: Mapping[str, str]) -> list[int]:
        """The groups (system groups by status) a contact counts in."""
        if deleted:
            return []
        found = [self._system[status]] if status in self._system else []
        if status == "active":
            found += [g.id for g in self._matching(manual, fields, active_only=False)]
        return found

    def counts(self) -> dict[int, int]:
        """Members of each group by id: the seeded contacts counted once, then corrected by every write."""
        if self._seeded_counts is None:
            counted: dict[int, int] = {}
            for i in range(self.count):
                status, deleted, manual, fields = self._traits(i, hashed(self.seed, "contact", i))
                for group in self._contribution(status, deleted, manual, fields):
                    counted[group] = counted.get(group, 0) + 1
            self._seeded_counts = counted
        if self._counts is None or self._counts[0] != self.version:
            counts = dict(self._seeded_counts)
            for ident, contact in self.overrides.items():
                if ident <= self.count:
                    status, deleted, manual, fields = self._traits(ident - 1, hashed(self.seed, "contact", ident - 1))
                    for group in self._contribution(status, deleted, manual, fields):
                        counts[group] -= 1
                for group in self._contribution(contact.status, contact.deleted, contact.groups, contact.fields):
                    counts[group] = counts.get(group, 0) + 1
            self._counts = (self.version, counts)
        return self._counts[1]

    # -- writing ----------------------------------------------------------------------------
    def editable(self, ident: int) -> Contact:
        found = self.overrides.get(ident)
        if found is None:
            seeded = self.get(ident)
            if seeded is None:
                raise KeyError(ident)
            found = self.overrides[ident] = copy.deepcopy(seeded)
        return found

    def save(self, contact: Contact, previous_urns: list[str] | None = None) -> Contact:
        """Store a changed (or new) contact: new `modified_on`, top of the order, URN ownership updated."""
        contact.modified_on = self.clock()
        self.overrides[contact.id] = contact
        self._uuids[contact.uuid] = contact.id
        for urn in previous_urns or []:
            if urn not in contact.urns:
                self._urn_owner[urn] = None
        for urn in contact.urns:
            self._urn_owner[urn] = contact.id
        self.timeline.touch(contact.id, contact.modified_on)
        self.version += 1
        return contact

    def new(self, uuid: str) -> Contact:
        now = self.clock()
        contact = Contact(self.next_id, uuid, None, None, "active", [], [], {}, [], None, now, now, None)
        self.next_id += 1
        return contact

    # -- seeded contacts --------------------------------------------------------------------
    def _dir(self) -> tuple[dict[str, int], dict[str, int]]:
        if self._directory is None:
            uuids: dict[str, int] = {}
            urns: dict[str, int] = {}
            for i in range(self.count):
                b = hashed(self.seed, "contact", i)
                uuids[uuid4_from(b)] = i + 1
                for urn in self._urns(i, b):
                    urns[urn] = i + 1
            self._directory = (uuids, urns)
        return self._directory

    def primary_scheme(self, index: int) -> str:
        """The scheme of a seeded contact's preferred URN (cheap, for the messages' channels)."""
        return "whatsapp" if (index * 3266489917 + self.seed) % 100 < 8 else "tel"

    def _urns(self, i: int, b: bytes) -> list[str]:
        number = (i * 7919 + self.seed * 104729 + 1234567) % 10_000_000
        prefix = ("78", "79", "72", "73")[i % 4]
        tel = f"+2507{prefix[1]}{number:07d}"
        urns = [f"tel:{tel}"]
        scheme = self.primary_scheme(i)
        if scheme == "whatsapp" or (i * 2246822519 + self.seed) % 100 < 7:
            urns.append(f"whatsapp:{tel[1:]}")
            if scheme == "whatsapp":
                urns.reverse()
        if b[44] < 13:
            urns.append(f"telegram:{int.from_bytes(b[54:58], 'big') % 9_000_000_000 + 1_000_000_000}")
        return urns

    def _traits(self, i: int, b: bytes) -> tuple[str, bool, list[int], dict[str, str]]:
        """Status, deleted, manual groups and the fields smart groups look at: all counts need."""
        fields: dict[str, str] = {}
        age = 16 + b[22] % 60
        if b[23] >= 25:
            fields["age"] = str(age)
        if b[24] < 250:
            fields["gender"] = "female" if b[24] < 126 else "male"
        district = b[25] % 3 if b[26] < 100 else b[25] % len(DISTRICTS)
        if b[27] >= 20:
            fields["district"] = DISTRICTS[district][0]
        occupation = OCCUPATIONS[b[33] % len(OCCUPATIONS)] if b[32] < 160 else None
        status = "blocked" if b[20] < 5 else "stopped" if b[20] < 13 else "archived" if b[20] < 16 else "active"
        chosen = []
        if status == "active":
            if b[36] < 77 or occupation == "Farmer":
                chosen.append("Farmers")
            if b[37] < 20 or occupation in ("Nurse", "Midwife"):
                chosen.append("Health Workers")
            if "age" in fields and age < 30 and b[38] < 150:
                chosen.append("Youth Club")
            if b[39] < 26:
                chosen.append("Reporters")
            if b[40] < 3:
                chosen.append("Testers")
            if district < 3 and b[41] < 60:
                chosen.append("Kigali Volunteers")
        return status, self.seeded_deleted(i), [self._manual[name] for name in chosen], fields

    def _build(self, i: int) -> Contact:
        b = hashed(self.seed, "contact", i)
        world = self.world
        status, deleted, groups, fields = self._traits(i, b)
        first = FIRST_NAMES[b[16] % len(FIRST_NAMES)]
        last = LAST_NAMES[b[17] % len(LAST_NAMES)]
        modified = self._stamp(i)
        created = max(world.workspace.created_on + DAY, modified - int.from_bytes(b[47:50], "big") % (500 * DAY))
        if "district" in fields:
            fields["state"], wards = PLACES[fields["district"]]
            if wards and b[28] < 128:
                fields["ward"] = wards[b[28] % len(wards)]
        tz = world.workspace.tz_offset
        fields["registration_date"] = fmt_local(created, tz)
        if b[29] < 40:
            midnight = (world.now + tz * HOUR) // DAY * DAY - tz * HOUR
            fields["next_appointment"] = fmt_local(midnight + (b[30] % 60 - 10) * DAY + 9 * HOUR, tz)
        if b[31] < 20:
            fields["nickname"] = f"{first.split()[0][:4]}{last[:2].lower()}"
        if b[32] < 160:
            fields["occupation"] = OCCUPATIONS[b[33] % len(OCCUPATIONS)]
        if b[34] < 150:
            fields["household_size"] = str(1 + b[35] % 9)
        notes = []
        if b[52] < 8:
            editor = world.users[1 + b[53] % 2]
            notes.append(Note(NOTES[b[53] % len(NOTES)], created + (modified - created) // 2, editor.email))
        flow_id = self._flows[b[55] % len(self._flows)] if b[56] < 10 and status == "active" else None
        seen = modified - int.from_bytes(b[57:61], "big") % max(1, modified - created) if b[50] < 180 else None
        return Contact(
            i + 1,
            uuid4_from(b),
            None if b[18] < 8 else f"{first} {last}",
            "eng" if b[19] < 128 else "kin" if b[19] < 218 else "fra" if b[19] < 243 else None,
            status,
            self._urns(i, b),
            groups,
            dict(sorted(fields.items())),
            notes,
            flow_id,
            created,
            modified,
            seen,
            deleted=deleted,
        )
