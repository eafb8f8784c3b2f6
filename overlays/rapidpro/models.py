"""The models rapidpro returns: the pydantic v2 models generated from spec/rapidpro.yaml.

They keep fields they do not know (`model_extra`), accept enum values the spec does not list, and
take the shapes servers really send: `Broadcast.text` as a dict of translations (or, from very old
servers, a plain string), `Run.path` as null when listed with `paths=False`, deleted contacts with
null names. Datetimes are timezone-aware `datetime`s.

Older servers send other shapes still (a contact field's value as a number, a campaign event's
`message` as a plain string, a workspace without `uuid`): a client reads them anyway, keeping each such
value as received in its field (`contact.fields["age"] == 34`; a missing required field is None) and
logging each odd field path once on the `rapidpro` logger, unless it was made with `strict=True`.
"""

from __future__ import annotations

import typing as _typing

from overlay_runtime._lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from rapidpro_api.pydantic_models import (
        ApiRoot,
        Archive,
        Boundary,
        BoundaryRef,
        Broadcast,
        Campaign,
        CampaignEvent,
        CampaignRef,
        Channel,
        ChannelDailyCounts,
        ChannelDevice,
        ChannelEvent,
        ChannelRef,
        Contact,
        ContactField,
        ContactNote,
        ContactRef,
        ContactSummary,
        ContactUrn,
        DailyStatistics,
        Definitions,
        FieldRef,
        Flow,
        FlowRef,
        FlowResult,
        FlowRunCounts,
        FlowStart,
        FlowStartRef,
        Geometry,
        Global,
        Group,
        GroupRef,
        Label,
        LabelRef,
        Media,
        Message,
        MessageAttachment,
        ObjectRef,
        Progress,
        QuickReply,
        Resthook,
        ResthookEvent,
        ResthookSubscriber,
        Run,
        RunStep,
        RunValue,
        Statistics,
        TeamRef,
        Ticket,
        Topic,
        TopicCounts,
        TopicRef,
        User,
        UserRef,
        Workspace,
    )

__all__ = [
    "ApiRoot",
    "Archive",
    "Boundary",
    "BoundaryRef",
    "Broadcast",
    "Campaign",
    "CampaignEvent",
    "CampaignRef",
    "Channel",
    "ChannelDailyCounts",
    "ChannelDevice",
    "ChannelEvent",
    "ChannelRef",
    "Contact",
    "ContactField",
    "ContactNote",
    "ContactRef",
    "ContactSummary",
    "ContactUrn",
    "DailyStatistics",
    "Definitions",
    "FieldRef",
    "Flow",
    "FlowRef",
    "FlowResult",
    "FlowRunCounts",
    "FlowStart",
    "FlowStartRef",
    "Geometry",
    "Global",
    "Group",
    "GroupRef",
    "Label",
    "LabelRef",
    "Media",
    "Message",
    "MessageAttachment",
    "ObjectRef",
    "Progress",
    "QuickReply",
    "Resthook",
    "ResthookEvent",
    "ResthookSubscriber",
    "Run",
    "RunStep",
    "RunValue",
    "Statistics",
    "TeamRef",
    "Ticket",
    "Topic",
    "TopicCounts",
    "TopicRef",
    "User",
    "UserRef",
    "Workspace",
]

# The models load on first use: `import rapidpro.models` does not import the generated pydantic models yet.
if not _typing.TYPE_CHECKING:  # (type checkers see the imports above, and flag a misspelt name)
    __getattr__, __dir__ = _lazy_exports(__name__, globals(), dict.fromkeys(__all__, "rapidpro_api.pydantic_models"))
