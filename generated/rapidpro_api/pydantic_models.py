"""Pydantic v2 models for every schema of spec/rapidpro.yaml (generated; do not edit)."""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime as datetime_aliased
from typing import Any, Dict

from pydantic import AnyUrl, ConfigDict, Field, conint, constr

from rapidpro_api.model_base import CompactModel
from rapidpro_api.types import OpenStrEnum


class RapidProError(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    detail: str = Field(..., description="Human-readable message.")


class RapidProNestedErrors(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ObjectRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str


class GroupRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str


class FlowRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str


class ContactRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str | None


class ChannelRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str | None


class LabelRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str


class CampaignRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str


class TopicRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str


class TeamRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str


class UserRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    email: str
    name: str


class FieldRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: str
    name: str
    label: str | None = Field(None, deprecated=True, description="Same as `name`.")


class FlowStartRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str


class BoundaryRef(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    osm_id: str
    name: str


class QuickReplyType(OpenStrEnum):
    text = "text"
    form = "form"
    url = "url"
    location = "location"


class Progress(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    total: int = Field(..., description="Number of contacts targeted, -1 while unknown.")
    started: int = Field(..., description="Number of messages sent or runs started so far.")


class ApiRoot(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, AnyUrl],
    }
    archives: AnyUrl | None = None
    broadcasts: AnyUrl | None = None
    campaigns: AnyUrl | None = None
    campaign_events: AnyUrl | None = None
    channels: AnyUrl | None = None
    contacts: AnyUrl | None = None
    contact_actions: AnyUrl | None = None
    fields: AnyUrl | None = None
    flow_starts: AnyUrl | None = None
    flows: AnyUrl | None = None
    globals: AnyUrl | None = None
    groups: AnyUrl | None = None
    labels: AnyUrl | None = None
    media: AnyUrl | None = None
    messages: AnyUrl | None = None
    message_actions: AnyUrl | None = None
    resthooks: AnyUrl | None = None
    resthook_events: AnyUrl | None = None
    resthook_subscribers: AnyUrl | None = None
    runs: AnyUrl | None = None
    tickets: AnyUrl | None = None
    ticket_actions: AnyUrl | None = None
    topics: AnyUrl | None = None
    users: AnyUrl | None = None
    workspace: AnyUrl | None = None


class ArchiveType(OpenStrEnum):
    message = "message"
    run = "run"


class ArchivePeriod(OpenStrEnum):
    daily = "daily"
    monthly = "monthly"


class Archive(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: ArchiveType
    start_date: date_aliased
    period: ArchivePeriod
    record_count: int
    size: int = Field(..., description="Size of the gzipped content in bytes.")
    hash: str | None = Field(..., description="MD5 of the gzipped content, null for an empty archive.")
    download_url: AnyUrl | None = Field(..., description="Temporary download link, null for an empty archive.")
    archive_type: str | None = Field(None, deprecated=True, description="Same as `type`.")


class ArchivePage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: int | None = Field(None, description="Total number of matching archives.")
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Archive]


class Geometry(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    coordinates: list[Any] = Field(..., description="GeoJSON coordinates (nesting depends on `type`).")


class BroadcastStatus(OpenStrEnum):
    pending = "pending"
    queued = "queued"
    started = "started"
    completed = "completed"
    failed = "failed"
    interrupted = "interrupted"


class Campaign(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str
    archived: bool
    group: GroupRef
    created_on: datetime_aliased


class CampaignPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Campaign]


class CampaignWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: constr(max_length=64)
    group: str = Field(..., description="UUID or name of the contact group.")


class CampaignEventUnit(OpenStrEnum):
    minutes = "minutes"
    hours = "hours"
    days = "days"
    weeks = "weeks"


class CampaignEvent(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    campaign: CampaignRef
    relative_to: FieldRef
    offset: int
    unit: CampaignEventUnit
    delivery_hour: int = Field(..., description="Hour of delivery 0-23, or -1 for the hour of the field value.")
    flow: FlowRef | None
    message: dict[str, str] | None
    created_on: datetime_aliased


class CampaignEventPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[CampaignEvent]


class CampaignEventWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    campaign: str = Field(..., description="UUID of the campaign (cannot change on update).")
    relative_to: str = Field(..., description="Key of the contact field the event is relative to.")
    offset: int
    unit: CampaignEventUnit
    delivery_hour: conint(ge=-1, le=23)
    message: constr(max_length=4096) | dict[str, str] | None = Field(
        None, description="Translations, or a string in the primary flow language."
    )
    flow: str | None = Field(None, description="UUID of the flow to start.")


class ChannelDevice(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    power_level: int | None = Field(None, description="Battery level, -1 if never synced.")
    power_status: str | None = None
    power_source: str | None = None
    network_type: str | None = None


class ChannelEventType(OpenStrEnum):
    call_out = "call-out"
    call_out_missed = "call-out-missed"
    call_in = "call-in"
    call_in_missed = "call-in-missed"
    stop_contact = "stop-contact"
    new_conversation = "new-conversation"
    referral = "referral"
    welcome_message = "welcome-message"
    optin = "optin"
    optout = "optout"
    delete_contact = "delete-contact"


class ChannelEventExtra(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ContactStatus(OpenStrEnum):
    active = "active"
    blocked = "blocked"
    stopped = "stopped"
    archived = "archived"


class UrnOrder(OpenStrEnum):
    priority = "priority"


class ContactUrn(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    channel: ChannelRef | None = Field(None, description="The channel preferred for this URN.")
    scheme: str
    path: str
    display: str | None = None


class ContactNote(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    text: str
    created_on: datetime_aliased
    created_by: UserRef


class ContactWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: constr(max_length=64) | None = None
    language: constr(min_length=3, max_length=3) | None = Field(None, description="ISO 639-3 code.")
    urns: list[str] | None = Field(
        None,
        description="All URNs of the contact (not allowed when updating by `urn`).",
        max_length=100,
    )
    groups: list[str] | None = Field(
        None,
        description="UUIDs or names of manual groups (replaces the current ones).",
        max_length=100,
    )
    fields: dict[str, str | None] | None = None
    note: str | None = Field(None, description="Undocumented; sets the contact's note (update only).")


class ContactBulkActionType(OpenStrEnum):
    add = "add"
    remove = "remove"
    block = "block"
    unblock = "unblock"
    interrupt = "interrupt"
    archive_messages = "archive_messages"
    delete = "delete"
    archive = "archive"


class ContactBulkAction(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    contacts: list[str] = Field(..., description="Contact UUIDs or URNs.", max_length=100, min_length=1)
    action: ContactBulkActionType
    group: str | None = Field(None, description="UUID or name of a manual group, for `add` and `remove` only.")


class DefinitionDependencies(OpenStrEnum):
    none = "none"
    flows = "flows"
    all = "all"


class FlowDefinition(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str | None = None
    name: str | None = None
    spec_version: str | None = None
    language: str | None = None
    type: str | None = None
    revision: int | None = None
    expire_after_minutes: int | None = None


class CampaignEventDefinition(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str | None = None
    offset: int | None = None
    unit: str | None = None
    event_type: str | None = None
    delivery_hour: int | None = None
    start_mode: str | None = None


class TriggerDefinition(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    trigger_type: str | None = None
    keywords: list[str] | None = None
    flow: FlowRef | None = None


class FieldDefinition(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: str | None = None
    name: str | None = None
    type: str | None = None


class GroupDefinition(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str | None = None
    name: str | None = None
    query: str | None = None


class ContactFieldType(OpenStrEnum):
    text = "text"
    number = "number"
    datetime = "datetime"
    state = "state"
    district = "district"
    ward = "ward"


class ContactFieldValueType(OpenStrEnum):
    text = "text"
    numeric = "numeric"
    datetime = "datetime"
    state = "state"
    district = "district"
    ward = "ward"


class ContactFieldAgentAccess(OpenStrEnum):
    none = "none"
    view = "view"
    edit = "edit"


class ContactFieldUsages(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    flows: int | None = None
    groups: int | None = None
    campaign_events: int | None = None


class ContactFieldWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: constr(max_length=36) | None = None
    type: ContactFieldType | None = None
    label: constr(max_length=36) | None = Field(None, deprecated=True)
    value_type: ContactFieldValueType | None = Field(None, deprecated=True)


class FlowStartStatus(OpenStrEnum):
    pending = "pending"
    queued = "queued"
    started = "started"
    completed = "completed"
    failed = "failed"
    interrupted = "interrupted"


class FlowStartParams(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class FlowStart(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    flow: FlowRef
    status: FlowStartStatus
    progress: Progress | None = None
    groups: list[GroupRef]
    contacts: list[ContactRef]
    params: FlowStartParams | None = None
    created_on: datetime_aliased
    modified_on: datetime_aliased
    id: int | None = Field(None, deprecated=True)
    extra: FlowStartParams | None = Field(None, deprecated=True, description="Same as `params`.")
    restart_participants: bool | None = Field(None, deprecated=True)
    exclude_active: Any | None = Field(
        None,
        deprecated=True,
        description="Whether contacts in other flows were excluded. A boolean, but null or `{}` for starts saved without exclusions.",
    )


class FlowStartPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[FlowStart]


class FlowStartWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    flow: str = Field(..., description="UUID of the flow.")
    groups: list[str] | None = Field(None, description="Group UUIDs or names.", max_length=100)
    contacts: list[str] | None = Field(None, description="Contact UUIDs.", max_length=100)
    urns: list[str] | None = Field(None, max_length=100)
    restart_participants: bool | None = Field(
        None,
        description="Restart contacts who already took part in the flow (default true).",
    )
    exclude_active: bool | None = Field(None, description="Skip contacts currently in another flow (default false).")
    params: FlowStartParams | None = None
    extra: FlowStartParams | None = Field(
        None,
        deprecated=True,
        description="Legacy form of `params` (keys sanitized, strings cut at 640 characters).",
    )


class FlowType(OpenStrEnum):
    message = "message"
    voice = "voice"
    survey = "survey"
    background = "background"


class FlowRunCounts(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    active: int | None = None
    waiting: int | None = None
    completed: int | None = None
    interrupted: int | None = None
    expired: int | None = None
    failed: int | None = None


class FlowResult(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: str
    name: str
    categories: list[str] | None = None
    node_uuids: list[str] | None = None


class Global(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: str
    name: str
    value: str
    modified_on: datetime_aliased


class GlobalPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Global]


class GlobalWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: constr(max_length=36) | None = Field(None, description="Required on create, ignored on update.")
    value: constr(max_length=10000)


class GroupStatus(OpenStrEnum):
    initializing = "initializing"
    evaluating = "evaluating"
    ready = "ready"
    invalid = "invalid"


class Group(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str
    query: str | None = Field(..., description="Query of a smart group, null for manual groups.")
    status: GroupStatus | None = None
    system: bool | None = None
    count: int


class GroupPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Group]


class GroupWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: constr(max_length=64)


class Label(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str
    count: int = Field(..., description="Number of visible messages with this label.")


class LabelPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Label]


class LabelWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: constr(max_length=64)


class MediaUpload(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    file: bytes


class Media(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    content_type: str
    url: AnyUrl
    filename: str
    size: int


class MessageFolder(OpenStrEnum):
    inbox = "inbox"
    flows = "flows"
    archived = "archived"
    outbox = "outbox"
    sent = "sent"
    failed = "failed"


class MessageDirection(OpenStrEnum):
    in_ = "in"
    out = "out"


class MessageType(OpenStrEnum):
    text = "text"
    optin = "optin"
    voice = "voice"


class MessageStatus(OpenStrEnum):
    queued = "queued"
    handled = "handled"
    wired = "wired"
    sent = "sent"
    delivered = "delivered"
    read = "read"
    errored = "errored"
    failed = "failed"


class MessageVisibility(OpenStrEnum):
    visible = "visible"
    archived = "archived"


class MessageAttachment(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    content_type: str
    url: str


class MessageBulkActionType(OpenStrEnum):
    label = "label"
    unlabel = "unlabel"
    archive = "archive"
    restore = "restore"
    delete = "delete"


class MessageBulkAction(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    messages: list[int] = Field(..., description="Integer message ids.", max_length=100)
    action: MessageBulkActionType
    label: str | None = Field(None, description="UUID or name of an existing label.")
    label_name: constr(max_length=64) | None = Field(
        None,
        description="Name of a label, created when labelling if it does not exist.",
    )


class MessageActionFailures(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failures: list[int]


class Resthook(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    resthook: str = Field(..., description="Slug of the resthook.")
    created_on: datetime_aliased
    modified_on: datetime_aliased


class ResthookPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Resthook]


class ResthookEventData(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class ResthookSubscriber(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    resthook: str
    target_url: AnyUrl
    created_on: datetime_aliased


class ResthookSubscriberPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[ResthookSubscriber]


class ResthookSubscriberWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    resthook: str = Field(..., description="Slug of an existing resthook.")
    target_url: AnyUrl = Field(..., description="URL that will be POSTed to when the resthook fires.")


class RunExitType(OpenStrEnum):
    completed = "completed"
    interrupted = "interrupted"
    expired = "expired"
    failed = "failed"


class ContactSummary(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str | None
    urn: str | None = None
    urn_display: str | None = None
    ref: str | None = Field(None, description="Anonymous reference, anonymous workspaces only.")
    anon_display: str | None = Field(None, deprecated=True)


class RunStep(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    node: str
    time: datetime_aliased


class RunValue(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    value: str
    category: str | None = None
    node: str
    time: datetime_aliased


class ChannelDailyCounts(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str = Field(..., description="Channel type slug.")
    text_in: int | None = Field(None, alias="text:in")
    text_out: int | None = Field(None, alias="text:out")
    voice_in: int | None = Field(None, alias="voice:in")
    voice_out: int | None = Field(None, alias="voice:out")


class TicketStatus(OpenStrEnum):
    open = "open"
    closed = "closed"


class Ticket(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    contact: ContactRef
    status: TicketStatus
    topic: TopicRef
    body: str | None = Field(None, deprecated=True, description="Always null.")
    assignee: UserRef | None
    opened_on: datetime_aliased
    opened_by: UserRef | None = None
    opened_in: FlowRef | None = Field(None, description="The flow that opened the ticket.")
    modified_on: datetime_aliased
    closed_on: datetime_aliased | None


class TicketPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Ticket]


class TicketBulkActionType(OpenStrEnum):
    assign = "assign"
    add_note = "add_note"
    change_topic = "change_topic"
    close = "close"
    reopen = "reopen"


class TicketBulkAction(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tickets: list[str] = Field(..., description="Ticket UUIDs.", max_length=100)
    action: TicketBulkActionType
    assignee: str | None = Field(None, description="Email of the user to assign (`assign`; null unassigns).")
    topic: str | None = Field(None, description="UUID of the new topic (`change_topic`).")
    note: str | None = Field(None, description="Note to add (`add_note`).")


class TicketActionFailures(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failures: list[str] = Field(..., description="Ticket UUIDs.")


class TopicCounts(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    open: int
    closed: int


class TopicWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: constr(max_length=64)


class UserRole(OpenStrEnum):
    administrator = "administrator"
    editor = "editor"
    agent = "agent"


class User(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str | None = None
    email: str
    role: UserRole
    team: TeamRef | None = None
    created_on: datetime_aliased = Field(..., description="When the user joined.")
    avatar: AnyUrl | None = None
    first_name: str | None = Field(None, deprecated=True)
    last_name: str | None = Field(None, deprecated=True)


class UserPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[User]


class DateStyle(OpenStrEnum):
    day_first = "day_first"
    month_first = "month_first"
    year_first = "year_first"


class WorkspaceCredits(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    used: int | None = None
    remaining: int | None = None


class RapidProValidationError(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, list[str] | RapidProNestedErrors],
    }
    detail: str | None = Field(
        None,
        description="Message for an invalid query parameter or a refused deletion.",
    )
    non_field_errors: list[str] | None = Field(None, description="Messages about the body as a whole.")


class QuickReply(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: QuickReplyType | None = None
    text: constr(max_length=64) | None = None
    extra: constr(max_length=1000) | None = None


class Boundary(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    osm_id: str
    name: str
    parent: BoundaryRef | None = None
    level: int
    aliases: list[str] | None = None
    geometry: Geometry | None = None


class BoundaryPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Boundary]


class Channel(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str | None
    address: str | None
    type: str = Field(
        ...,
        description="Channel type slug, e.g. `android`, `facebook`, `telegram`, `twilio`, `vonage`.",
    )
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code.")
    device: ChannelDevice | None = Field(None, description="Device information, Android channels only.")
    last_seen: datetime_aliased | None = None
    created_on: datetime_aliased


class ChannelPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Channel]


class ChannelEvent(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    type: ChannelEventType
    contact: ContactRef
    channel: ChannelRef
    extra: ChannelEventExtra | None = None
    occurred_on: datetime_aliased
    created_on: datetime_aliased


class ChannelEventPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[ChannelEvent]


class Contact(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str | None
    ref: str | None = Field(None, description="Anonymous reference, anonymous workspaces only.")
    anon_display: str | None = Field(None, deprecated=True, description="Same as `ref`.")
    status: ContactStatus | None = None
    language: str | None = Field(..., description="ISO 639-3 code.")
    urns: list[str | ContactUrn] = Field(
        ...,
        description="URN strings, or objects with `expand_urns=true`. Paths are `********` on anonymous workspaces.",
    )
    groups: list[GroupRef]
    notes: list[ContactNote] | None = None
    fields: dict[str, str | None]
    flow: FlowRef | None = Field(None, description="The flow the contact is currently in.")
    created_on: datetime_aliased
    modified_on: datetime_aliased
    last_seen_on: datetime_aliased | None = None
    blocked: bool | None = Field(None, deprecated=True)
    stopped: bool | None = Field(None, deprecated=True)


class ContactPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Contact]


class CampaignDefinition(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str | None = None
    name: str | None = None
    group: GroupRef | None = None
    events: list[CampaignEventDefinition] | None = None


class ContactField(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: str
    name: str
    type: ContactFieldType
    featured: bool | None = None
    priority: int | None = None
    usages: ContactFieldUsages | None = None
    agent_access: ContactFieldAgentAccess | None = None
    label: str | None = Field(None, deprecated=True, description="Same as `name`.")
    value_type: ContactFieldValueType | None = Field(None, deprecated=True, description="Legacy form of `type`.")


class ContactFieldPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[ContactField]


class Flow(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str
    type: FlowType | None = None
    archived: bool
    labels: list[LabelRef]
    expires: int = Field(..., description="Minutes after which inactive runs expire.")
    runs: FlowRunCounts
    results: list[FlowResult] | None = None
    parent_refs: list[str] | None = Field(None, description="Keys of parent flow results referenced by this flow.")
    created_on: datetime_aliased
    modified_on: datetime_aliased | None = None


class FlowPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Flow]


class Message(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    contact: ContactRef
    urn: str | None = Field(..., description="URN of the sender or recipient; null on anonymous workspaces.")
    channel: ChannelRef | None
    direction: MessageDirection
    type: MessageType | None = None
    status: MessageStatus
    archived: bool | None = Field(None, deprecated=True)
    visibility: MessageVisibility
    text: str | None
    labels: list[LabelRef] | None = Field(
        None,
        description="Labels of an incoming message (always empty for outgoing ones).",
    )
    flow: FlowRef | None = None
    attachments: list[MessageAttachment] | None = None
    quick_replies: list[QuickReply] | None = None
    created_on: datetime_aliased
    sent_on: datetime_aliased | None = None
    modified_on: datetime_aliased | None = None
    media: str | None = Field(None, deprecated=True, description="First attachment as `<content-type>:<url>`.")
    id: int | None = Field(
        None,
        deprecated=True,
        description="Integer id, still used by `perform_message_action`.",
    )
    broadcast: int | None = Field(None, deprecated=True, description="Id of the broadcast the message belongs to.")


class MessagePage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Message]


class MessageWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    contact: str = Field(..., description="UUID or URN of the contact.")
    text: constr(max_length=4096) | None = None
    attachments: list[str] | None = Field(
        None,
        description="Media UUIDs (or `<content-type>:<url>` strings embedding a media UUID).",
        max_length=10,
    )
    quick_replies: list[QuickReply] | None = Field(None, max_length=10)


class ResthookEvent(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    resthook: str
    data: ResthookEventData
    created_on: datetime_aliased


class ResthookEventPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[ResthookEvent]


class Topic(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str
    counts: TopicCounts
    system: bool = Field(..., description="Whether this is the default topic, which cannot be modified.")
    created_on: datetime_aliased


class TopicPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Topic]


class Workspace(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    name: str
    country: str | None = Field(..., description="ISO 3166-1 alpha-2 code of the default country.")
    languages: list[str] = Field(..., description="ISO 639-3 codes of the flow languages, primary first.")
    timezone: str
    date_style: DateStyle
    anon: bool = Field(..., description="Whether contact URNs are hidden.")
    credits: WorkspaceCredits | None = Field(None, deprecated=True)
    primary_language: str | None = Field(None, deprecated=True, description="Same as the first of `languages`.")


class Broadcast(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    status: BroadcastStatus | None = None
    progress: Progress | None = None
    urns: list[str] | None = Field(..., description="URNs sent to; null on anonymous workspaces.")
    contacts: list[ContactRef]
    groups: list[GroupRef]
    text: str | dict[str, str | None] = Field(
        ..., description="Text translations; very old servers send a plain string."
    )
    attachments: dict[str, list[str]] | None = None
    quick_replies: dict[str, list[QuickReply]] | None = None
    base_language: str | None = None
    created_on: datetime_aliased
    id: int | None = Field(None, deprecated=True)


class BroadcastPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Broadcast]


class BroadcastWrite(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    urns: list[str] | None = Field(None, max_length=100)
    contacts: list[str] | None = Field(None, description="Contact UUIDs.", max_length=100)
    groups: list[str] | None = Field(None, description="Group UUIDs or names.", max_length=100)
    text: constr(max_length=4096) | dict[str, str] | None = Field(
        None,
        description="Translations, or a string in the primary flow language (each at most 4096 characters).",
    )
    attachments: list[str] | dict[str, list[str]] | None = Field(
        None,
        description="Media UUID translations, or a list for the primary flow language (at most 10 per language).",
    )
    quick_replies: list[QuickReply] | dict[str, list[QuickReply]] | None = Field(
        None,
        description="Quick reply translations, or a list for the primary flow language (at most 10 per language).",
    )
    base_language: constr(max_length=3) | None = Field(None, description="ISO 639-3 code of the default translation.")


class Definitions(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    version: str = Field(..., description="Export format version.")
    site: str | None = Field(None, description="Link to the site the export came from.")
    flows: list[FlowDefinition]
    campaigns: list[CampaignDefinition]
    triggers: list[TriggerDefinition]
    fields: list[FieldDefinition] | None = None
    groups: list[GroupDefinition] | None = None


class Run(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    uuid: str
    flow: FlowRef
    contact: ContactSummary
    start: FlowStartRef | None = None
    responded: bool
    path: list[RunStep] | None = Field(None, description="Steps of the run; null when requested with `paths=false`.")
    values: dict[str, RunValue]
    created_on: datetime_aliased
    modified_on: datetime_aliased
    exited_on: datetime_aliased | None
    exit_type: RunExitType | None = Field(..., description="How the run ended; null while it is active.")
    id: int | None = Field(None, deprecated=True)


class RunPage(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    next: AnyUrl | None
    previous: AnyUrl | None
    results: list[Run]


class DailyStatistics(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    date: date_aliased
    channels: dict[str, ChannelDailyCounts]


class Statistics(CompactModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    results: list[DailyStatistics]
