"""The filters each `list(**filters)` accepts, as the API documents them (type-checked keyword arguments).

Every key is optional; an omitted key (or None) is not sent. `before`/`after` are inclusive and take a
datetime, a date or a string; refs take a UUID (or name, URN ... where noted) or the object itself.
A key not listed here is still sent as it is, so a filter newer than this package works too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from ._params import Ref, When

__all__ = [
    "ArchiveFilters",
    "BroadcastFilters",
    "CampaignEventFilters",
    "CampaignFilters",
    "ChannelEventFilters",
    "ChannelFilters",
    "ContactFilters",
    "FieldFilters",
    "FlowFilters",
    "FlowStartFilters",
    "GlobalFilters",
    "GroupFilters",
    "LabelFilters",
    "MessageFilters",
    "NoFilters",
    "ResthookEventFilters",
    "ResthookFilters",
    "ResthookSubscriberFilters",
    "RunFilters",
    "TicketFilters",
    "UserFilters",
]


class NoFilters(TypedDict, total=False):
    """The endpoint takes no filters."""


class ArchiveFilters(TypedDict, total=False):
    type: str  # "message" or "run"
    period: str  # "daily" or "monthly"
    before: When  # on start_date
    after: When


class BroadcastFilters(TypedDict, total=False):
    uuid: Ref
    id: int  # deprecated
    before: When  # on created_on
    after: When


class CampaignFilters(TypedDict, total=False):
    uuid: Ref


class CampaignEventFilters(TypedDict, total=False):
    uuid: Ref
    campaign: Ref  # UUID or name


class ChannelFilters(TypedDict, total=False):
    uuid: Ref
    address: str


class ChannelEventFilters(TypedDict, total=False):
    id: int
    contact: Ref
    before: When  # on created_on
    after: When


class ContactFilters(TypedDict, total=False):
    uuid: Ref
    urn: str
    group: Ref  # UUID or name
    deleted: bool  # only deleted contacts
    before: When  # on modified_on
    after: When
    reverse: bool  # oldest first
    expand_urns: bool  # URNs as objects
    urn_order: str  # "priority", with expand_urns


class FieldFilters(TypedDict, total=False):
    key: Ref


class FlowStartFilters(TypedDict, total=False):
    uuid: Ref
    before: When  # on modified_on
    after: When
    reverse: bool


class FlowFilters(TypedDict, total=False):
    uuid: Ref
    type: str  # message, voice, survey, background
    archived: bool
    before: When  # on modified_on
    after: When


class GlobalFilters(TypedDict, total=False):
    key: Ref
    before: When  # on modified_on
    after: When
    reverse: bool


class GroupFilters(TypedDict, total=False):
    uuid: Ref
    name: str
    manual_only: bool


class LabelFilters(TypedDict, total=False):
    uuid: Ref
    name: str


class MessageFilters(TypedDict, total=False):
    uuid: Ref
    folder: str  # inbox, flows, archived, outbox, sent, failed
    contact: Ref
    label: Ref  # UUID or name
    broadcast: int  # deprecated
    id: int  # deprecated
    before: When  # on created_on
    after: When


class ResthookFilters(TypedDict, total=False):
    reverse: bool


class ResthookEventFilters(TypedDict, total=False):
    resthook: Ref  # slug


class ResthookSubscriberFilters(TypedDict, total=False):
    id: int
    resthook: Ref  # slug


class RunFilters(TypedDict, total=False):
    uuid: Ref
    flow: Ref
    contact: Ref  # deprecated; not together with flow
    responded: bool
    before: When  # on modified_on
    after: When
    reverse: bool
    paths: bool  # False leaves out each run's path ("path": null)
    id: int  # deprecated


class TicketFilters(TypedDict, total=False):
    uuid: Ref
    contact: Ref
    reverse: bool


class UserFilters(TypedDict, total=False):
    uuid: Ref | Sequence[Ref]
    email: str | Sequence[str]
    role: str | Sequence[str]  # administrator, editor, agent
