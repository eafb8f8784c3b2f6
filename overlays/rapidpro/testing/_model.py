"""The records of the emulated workspace (times in µs, references by integer id inside)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Archive",
    "Boundary",
    "Broadcast",
    "Campaign",
    "CampaignEvent",
    "Channel",
    "ChannelEvent",
    "Contact",
    "Field",
    "Flow",
    "FlowResult",
    "FlowStart",
    "Global",
    "Group",
    "Label",
    "Media",
    "Message",
    "Note",
    "Resthook",
    "ResthookEvent",
    "Run",
    "RunValue",
    "Subscriber",
    "Ticket",
    "Topic",
    "User",
    "Workspace",
]


@dataclass
class Workspace:
    uuid: str
    name: str
    country: str
    languages: list[str]
    timezone: str
    tz_offset: int
    date_style: str
    anon: bool
    created_on: int


@dataclass
class User:
    uuid: str
    name: str
    email: str
    role: str
    team: tuple[str, str] | None
    created_on: int
    avatar: str | None
    token: str


@dataclass
class Channel:
    uuid: str
    name: str
    address: str
    type: str
    country: str | None
    schemes: tuple[str, ...]
    device: dict[str, Any] | None
    last_seen: int | None
    created_on: int
    voice: bool = False


@dataclass
class Field:
    id: int
    key: str
    name: str
    type: str
    created_on: int
    featured: bool = False
    priority: int = 0
    agent_access: str = "view"
    flow_usages: int = 0


@dataclass
class Group:
    id: int
    uuid: str
    name: str
    created_on: int
    query: str | None = None
    system: bool = False
    status: str = "ready"
    active: bool = True


@dataclass
class Label:
    id: int
    uuid: str
    name: str
    created_on: int
    active: bool = True


@dataclass
class FlowResult:
    key: str
    name: str
    categories: list[str]
    node: str


@dataclass
class Flow:
    id: int
    uuid: str
    name: str
    type: str
    archived: bool
    labels: list[tuple[str, str]]
    expires: int
    results: list[FlowResult]
    nodes: list[str]
    question: str
    created_on: int
    modified_on: int
    weight: int = 1


@dataclass
class Campaign:
    id: int
    uuid: str
    name: str
    group_id: int
    created_on: int
    archived: bool = False


@dataclass
class CampaignEvent:
    id: int
    uuid: str
    campaign_id: int
    field_key: str
    offset: int
    unit: str
    delivery_hour: int
    flow_id: int | None
    message: dict[str, str] | None
    created_on: int
    active: bool = True


@dataclass
class Global:
    id: int
    key: str
    name: str
    value: str
    created_on: int
    modified_on: int


@dataclass
class Topic:
    id: int
    uuid: str
    name: str
    created_on: int
    system: bool = False


@dataclass
class Note:
    text: str
    created_on: int
    user_email: str


@dataclass
class Ticket:
    id: int
    uuid: str
    contact_id: int
    topic_id: int
    status: str
    assignee: str | None  # user email
    opened_on: int
    opened_by: str | None
    opened_in: int | None  # flow id
    modified_on: int
    closed_on: int | None
    notes: list[Note] = field(default_factory=list)


@dataclass
class Resthook:
    slug: str
    created_on: int
    modified_on: int


@dataclass
class Subscriber:
    id: int
    resthook: str
    target_url: str
    created_on: int
    active: bool = True


@dataclass
class ResthookEvent:
    id: int
    resthook: str
    data: dict[str, Any]
    created_on: int


@dataclass
class Boundary:
    osm_id: str
    name: str
    level: int
    parent: tuple[str, str] | None
    aliases: list[str]
    geometry: dict[str, Any]


@dataclass
class Archive:
    id: int
    type: str
    start: int
    period: str
    record_count: int
    size: int
    hash: str | None
    url: str | None


@dataclass
class ChannelEvent:
    id: int
    type: str
    contact_id: int
    channel: int  # index into the channels
    extra: dict[str, Any] | None
    occurred_on: int
    created_on: int


@dataclass
class Broadcast:
    id: int
    uuid: str
    status: str
    total: int
    started: int
    urns: list[str]
    contact_ids: list[int]
    group_ids: list[int]
    text: dict[str, str | None]
    attachments: dict[str, list[str]]
    quick_replies: dict[str, list[dict[str, Any]]]
    base_language: str
    created_on: int


@dataclass
class FlowStart:
    id: int
    uuid: str
    flow_id: int
    status: str
    total: int
    started: int
    group_ids: list[int]
    contact_ids: list[int]
    params: dict[str, Any] | None
    created_on: int
    modified_on: int
    restart_participants: bool = True
    exclude_active: Any = False


@dataclass
class Media:
    uuid: str
    content_type: str
    filename: str
    data: bytes
    url: str


@dataclass
class Contact:
    id: int
    uuid: str
    name: str | None
    language: str | None
    status: str  # active, blocked, stopped, archived
    urns: list[str]
    groups: list[int]  # manual groups; smart ones are evaluated from the fields
    fields: dict[str, str]
    notes: list[Note]
    flow_id: int | None
    created_on: int
    modified_on: int
    last_seen_on: int | None
    deleted: bool = False


@dataclass
class Message:
    id: int
    uuid: str
    contact_id: int
    urn: str | None
    channel: int | None  # index into the channels
    direction: str
    type: str
    status: str
    visibility: str  # visible, archived, deleted
    text: str
    labels: list[int]
    flow_id: int | None
    attachments: list[tuple[str, str]]
    quick_replies: list[dict[str, Any]]
    created_on: int
    sent_on: int | None
    modified_on: int
    broadcast_id: int | None = None


@dataclass
class RunValue:
    name: str
    value: str
    category: str
    node: str
    time: int


@dataclass
class Run:
    id: int
    uuid: str
    flow_id: int
    contact_id: int
    start_uuid: str | None
    responded: bool
    path: list[tuple[str, int]]
    values: dict[str, RunValue]
    created_on: int
    modified_on: int
    exited_on: int | None
    status: str  # active, waiting, completed, interrupted, expired, failed

    @property
    def exit_type(self) -> str | None:
        return None if self.status in ("active", "waiting") else self.status
