"""The workspace's small, eagerly built objects: users, channels, fields, groups, labels, flows, campaigns..."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable
from typing import TypeVar

from ._catalog import DISTRICTS, FLOWS, PROVINCES, WARDS
from ._model import (
    Archive,
    Boundary,
    Campaign,
    CampaignEvent,
    Channel,
    Field,
    Flow,
    FlowResult,
    Global,
    Group,
    Label,
    Resthook,
    Subscriber,
    Topic,
    User,
    Workspace,
)
from ._util import DAY, HOUR, MINUTE, Ids, fmt_date

__all__ = ["MANUAL_GROUPS", "SMART_GROUPS", "World"]

T = TypeVar("T")
MANUAL_GROUPS = ("Farmers", "Health Workers", "Youth Club", "Reporters", "Testers", "Kigali Volunteers")
SMART_GROUPS = (("Adults", "age >= 18"), ("Women", 'gender = "female"'), ("Gasabo Residents", 'district = "Gasabo"'))
SYSTEM_GROUPS = ("Active", "Blocked", "Stopped", "Archived")
FIELDS = (
    ("age", "Age", "number", True),
    ("gender", "Gender", "text", True),
    ("state", "Province", "state", False),
    ("district", "District", "district", True),
    ("ward", "Sector", "ward", False),
    ("registration_date", "Registration Date", "datetime", False),
    ("next_appointment", "Next Appointment", "datetime", False),
    ("nickname", "Nickname", "text", False),
    ("occupation", "Occupation", "text", False),
    ("household_size", "Household Size", "number", False),
)
USERS = (
    ("Aline Mukamana", "aline", "administrator", None),
    ("Eric Habimana", "eric", "editor", None),
    ("Grace Uwera", "grace", "editor", None),
    ("Patrick Niyonzima", "patrick", "agent", "Hotline"),
    ("Diane Ingabire", "diane", "agent", "Hotline"),
    ("Samuel Gasana", "samuel", "agent", "All Topics"),
)
DOMAIN = "kigalihealth.org"


class World:
    """Everything of the workspace that is small enough to hold as plain lists."""

    def __init__(self, seed: int, now: int, ids: Ids) -> None:
        self.now = now
        self.ids = ids
        rng = random.Random(f"rapidpro-world:{seed}")
        self._rng = rng
        self._counters: dict[str, int] = {}
        created = now - 3 * 365 * DAY - rng.randrange(DAY)
        self.workspace = Workspace(
            ids.uuid4(), "Kigali Health & Farming", "RW", ["eng", "kin", "fra"], "Africa/Kigali", 2, "day_first",
            False, created,
        )  # fmt: skip
        self.users = [self._user(i, *spec, created) for i, spec in enumerate(USERS)]
        self.channels = self._channels(created)
        self.fields = [
            Field(self.next_id("field"), key, name, kind, created + i * HOUR, featured, i if featured else 0)
            for i, (key, name, kind, featured) in enumerate(FIELDS)
        ]
        self.groups = self._groups(created)
        self.labels = [
            Label(self.next_id("label"), ids.uuid4(), name, created + (i + 1) * 5 * DAY)
            for i, name in enumerate(("Important", "Follow Up", "Spam", "Water Issues", "Complaints", "Feedback"))
        ]
        self.flow_labels = [(ids.uuid4(), name) for name in ("Surveys", "Onboarding", "Health")]
        self.flows = self._flows(created)
        self.campaigns: list[Campaign] = []
        self.events: list[CampaignEvent] = []
        self._campaigns(created)
        self.globals = [
            Global(self.next_id("global"), key, name, value, created + i * DAY, now - (40 - i * 7) * DAY)
            for i, (key, name, value) in enumerate(
                (
                    ("org_name", "Org Name", "Kigali Health & Farming"),
                    ("support_phone", "Support Phone", "+250788000111"),
                    ("hotline", "Hotline", "8080"),
                    ("season", "Season", "Season A 2026"),
                    ("survey_year", "Survey Year", "2026"),
                )
            )
        ]
        self.topics = [
            Topic(self.next_id("topic"), ids.uuid4(), name, created + i * 30 * DAY, system=i == 0)
            for i, name in enumerate(("General", "Support", "Billing", "Complaints", "Vaccines"))
        ]
        self.resthooks = [
            Resthook(slug, created + i * 40 * DAY, now - (90 - i * 20) * DAY)
            for i, slug in enumerate(("new-report", "mother-registration", "payment-received"))
        ]
        self.subscribers = [
            Subscriber(10404016 + i, hook, url, created + (i + 2) * 41 * DAY)
            for i, (hook, url) in enumerate(
                (
                    ("new-report", "https://reports.kigalihealth.org/hooks/rapidpro"),
                    ("new-report", "https://hooks.zapier.com/hooks/catch/1234567/abcdefg/"),
                    ("mother-registration", "https://mch.kigalihealth.org/api/registrations"),
                    ("payment-received", "https://payments.example.com/rapidpro/notify"),
                )
            )
        ]
        self._counters["subscriber"] = 10404016 + len(self.subscribers)
        self.boundaries = _boundaries()
        self.archives = self._archives(seed)

    # -- lookups ----------------------------------------------------------------------------
    def next_id(self, kind: str) -> int:
        self._counters[kind] = self._counters.get(kind, 0) + 1
        return self._counters[kind]

    def active_groups(self) -> list[Group]:
        return [g for g in self.groups if g.active]

    def group_by(self, ref: str) -> Group | None:
        """A group by UUID or (case-insensitive) name, as write bodies may refer to it."""
        return _by_ref((g for g in self.groups if g.active), ref, lambda g: (g.uuid, g.name))

    def label_by(self, ref: str) -> Label | None:
        return _by_ref((lb for lb in self.labels if lb.active), ref, lambda lb: (lb.uuid, lb.name))

    def flow_by_uuid(self, uuid: str) -> Flow | None:
        return next((f for f in self.flows if f.uuid == uuid), None)

    def flow(self, flow_id: int) -> Flow:
        return self.flows[flow_id - 1]

    def field_by_key(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    def user_by_email(self, email: str) -> User | None:
        return next((u for u in self.users if u.email.lower() == email.lower()), None)

    def topic(self, topic_id: int) -> Topic:
        return next(t for t in self.topics if t.id == topic_id)

    def channel_for(self, urn: str, pick: int = 0) -> int | None:
        """Index of a channel that talks to `urn` (by scheme; `pick` chooses among several)."""
        scheme = urn.split(":", 1)[0]
        found = [i for i, c in enumerate(self.channels) if scheme in c.schemes]
        return found[pick % len(found)] if found else None

    # -- builders ---------------------------------------------------------------------------
    def _user(self, i: int, name: str, login: str, role: str, team: str | None, created: int) -> User:
        joined = created + i * 45 * DAY + self._rng.randrange(DAY)
        avatar = f"https://dl-rapidpro.s3.amazonaws.com/avatars/{login}.png" if i % 2 == 0 else None
        team_ref = (self.ids.uuid4(), team) if team else None
        return User(self.ids.uuid4(), name, f"{login}@{DOMAIN}", role, team_ref, joined, avatar, self.ids.token())

    def _channels(self, created: int) -> list[Channel]:
        device = {
            "name": "Tecno Spark 10",
            "power_level": 87,
            "power_status": "STATUS_DISCHARGING",
            "power_source": "BATTERY",
            "network_type": "WIFI",
        }
        specs = (
            ("MTN Android", "+250788000111", "android", "RW", ("tel",), device, self.now - 7 * MINUTE, False),
            ("Twilio", "+250789000222", "twilio", "RW", ("tel",), None, None, True),
            ("WhatsApp", "250788000333", "whatsapp", None, ("whatsapp",), None, None, False),
            ("Telegram Bot", "KigaliHealthBot", "telegram", None, ("telegram",), None, None, False),
        )
        return [
            Channel(self.ids.uuid4(), name, address, kind, country, schemes, dev, seen, created + i * 20 * DAY, voice)
            for i, (name, address, kind, country, schemes, dev, seen, voice) in enumerate(specs)
        ]

    def _groups(self, created: int) -> list[Group]:
        groups = [Group(self.next_id("group"), self.ids.uuid4(), name, created, system=True) for name in SYSTEM_GROUPS]
        for i, name in enumerate(MANUAL_GROUPS):
            groups.append(Group(self.next_id("group"), self.ids.uuid4(), name, created + (i + 1) * 9 * DAY))
        for i, (name, query) in enumerate(SMART_GROUPS):
            groups.append(Group(self.next_id("group"), self.ids.uuid4(), name, created + (i + 8) * 9 * DAY, query))
        return groups

    def _flows(self, created: int) -> list[Flow]:
        flows = []
        for i, (name, kind, expires, question, results, weight, archived) in enumerate(FLOWS):
            nodes = [self.ids.uuid4() for _ in range(len(results) + 2)]
            labels = [self.flow_labels[i % len(self.flow_labels)]] if i % 3 != 2 else []
            flow_created = created + (i + 1) * 23 * DAY + self._rng.randrange(DAY)
            flows.append(
                Flow(
                    self.next_id("flow"),
                    self.ids.uuid4(),
                    name,
                    kind,
                    archived,
                    labels,
                    expires,
                    [FlowResult(key, rname, list(cats), nodes[j + 1]) for j, (key, rname, cats) in enumerate(results)],
                    nodes,
                    question,
                    flow_created,
                    self.now - (200 - i * 17) * DAY - self._rng.randrange(DAY),
                    weight,
                )
            )
        return flows

    def _campaigns(self, created: int) -> None:
        by_name = {g.name: g for g in self.groups}
        flows = {f.name: f for f in self.flows}
        specs = (
            ("Appointment Reminders", "Health Workers", "next_appointment", (
                (-1, "days", 9, None, {"eng": "Reminder: your appointment is tomorrow.", "kin": "Wibuke: ejo ufite gahunda kwa muganga."}),
                (-2, "hours", -1, "Appointment Reminder", None),
            )),
            ("Farmer Onboarding", "Farmers", "registration_date", (
                (1, "days", 10, None, {"eng": "Welcome to the farming programme!", "kin": "Murakaza neza muri gahunda y'ubuhinzi!", "fra": "Bienvenue dans le programme agricole !"}),
                (7, "days", 10, "Water Survey", None),
                (4, "weeks", 12, "Weekly Check-in", None),
            )),
            ("Vaccination Campaign", "Women", "registration_date", (
                (30, "days", 8, "Vaccination Follow-up", None),
            )),
        )  # fmt: skip
        for i, (name, group, field_key, events) in enumerate(specs):
            campaign = Campaign(
                self.next_id("campaign"), self.ids.uuid4(), name, by_name[group].id, created + i * 60 * DAY
            )
            self.campaigns.append(campaign)
            for j, (offset, unit, hour, flow, message) in enumerate(events):
                self.events.append(
                    CampaignEvent(
                        self.next_id("event"), self.ids.uuid4(), campaign.id, field_key, offset, unit, hour,
                        flows[flow].id if flow else None, message, campaign.created_on + (j + 1) * HOUR,
                    )
                )  # fmt: skip

    def _archives(self, seed: int) -> list[Archive]:
        archives: list[Archive] = []
        today = self.now - self.now % DAY
        month_starts: list[int] = []
        day = today
        while len(month_starts) < 13:
            day -= DAY
            if fmt_date(day).endswith("-01"):
                month_starts.append(day)
        current_month, previous = month_starts[0], month_starts[1:]
        for kind in ("message", "run"):
            for start in previous:
                archives.append(self._archive(seed, kind, start, "monthly", 30_000))
            for start in range(current_month, today, DAY):
                archives.append(self._archive(seed, kind, start, "daily", 1_200))
        return archives

    def _archive(self, seed: int, kind: str, start: int, period: str, scale: int) -> Archive:
        count = 0 if self._rng.random() < 0.08 else self._rng.randrange(scale // 3, scale)
        stamp = fmt_date(start).replace("-", "")
        digest = hashlib.md5(f"{seed}:{kind}:{period}:{stamp}".encode()).hexdigest() if count else None
        url = None
        if digest:
            letter = "D" if period == "daily" else "M"
            url = (
                f"https://dl-rapidpro-archives.s3.amazonaws.com/1/{kind}_{letter}{stamp}_{digest}.jsonl.gz"
                f"?Signature=Vw3bQy1Ux8%2Bk&Expires={start // 1_000_000 + 40 * 86400}"
            )
        return Archive(self.next_id("archive"), kind, start, period, count, count * 57 // 10, digest, url)


def _by_ref(items: Iterable[T], ref: str, names: Callable[[T], tuple[str, str]]) -> T | None:
    lowered = ref.strip().lower()
    for item in items:
        uuid, name = names(item)
        if uuid == ref or name.lower() == lowered:
            return item
    return None


def _square(lon: float, lat: float, size: float) -> dict[str, object]:
    ring = [[lon - size, lat - size], [lon + size, lat - size], [lon + size, lat + size], [lon - size, lat + size]]
    return {"type": "MultiPolygon", "coordinates": [[[*ring, ring[0]]]]}


def _boundaries() -> list[Boundary]:
    country = ("R171496", "Rwanda")
    found = [Boundary(*country, 0, None, ["Repubulika y'u Rwanda"], _square(29.9, -1.95, 0.9))]
    for osm_id, name, aliases in PROVINCES:
        found.append(Boundary(osm_id, name, 1, country, list(aliases), _square(30.0, -1.9, 0.4)))
    for i, (name, province, lon, lat) in enumerate(DISTRICTS):
        parent = (PROVINCES[province][0], PROVINCES[province][1])
        found.append(Boundary(f"R17115{i + 10:02d}", name, 2, parent, [f"{name} District"], _square(lon, lat, 0.08)))
    for i, (name, district) in enumerate(WARDS):
        dname, _, lon, lat = DISTRICTS[district]
        parent = (f"R17115{district + 10:02d}", dname)
        found.append(Boundary(f"R17116{i + 10:02d}", name, 3, parent, [], _square(lon, lat, 0.02)))
    return sorted(found, key=lambda b: b.osm_id)
