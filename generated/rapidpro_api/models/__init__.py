"""Contains all the data models used in inputs/outputs (each module imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_root import ApiRoot
    from .archive import Archive
    from .archive_page import ArchivePage
    from .archive_period import ArchivePeriod
    from .archive_type import ArchiveType
    from .attachment_translations import AttachmentTranslations
    from .boundary import Boundary
    from .boundary_page import BoundaryPage
    from .boundary_ref import BoundaryRef
    from .broadcast import Broadcast
    from .broadcast_page import BroadcastPage
    from .broadcast_status import BroadcastStatus
    from .broadcast_text_translations import BroadcastTextTranslations
    from .broadcast_write import BroadcastWrite
    from .campaign import Campaign
    from .campaign_definition import CampaignDefinition
    from .campaign_event import CampaignEvent
    from .campaign_event_definition import CampaignEventDefinition
    from .campaign_event_page import CampaignEventPage
    from .campaign_event_unit import CampaignEventUnit
    from .campaign_event_write import CampaignEventWrite
    from .campaign_page import CampaignPage
    from .campaign_ref import CampaignRef
    from .campaign_write import CampaignWrite
    from .channel import Channel
    from .channel_daily_counts import ChannelDailyCounts
    from .channel_daily_counts_by_channel import ChannelDailyCountsByChannel
    from .channel_device import ChannelDevice
    from .channel_event import ChannelEvent
    from .channel_event_extra import ChannelEventExtra
    from .channel_event_page import ChannelEventPage
    from .channel_event_type import ChannelEventType
    from .channel_page import ChannelPage
    from .channel_ref import ChannelRef
    from .contact import Contact
    from .contact_bulk_action import ContactBulkAction
    from .contact_bulk_action_type import ContactBulkActionType
    from .contact_field import ContactField
    from .contact_field_agent_access import ContactFieldAgentAccess
    from .contact_field_page import ContactFieldPage
    from .contact_field_type import ContactFieldType
    from .contact_field_usages import ContactFieldUsages
    from .contact_field_value_type import ContactFieldValueType
    from .contact_field_values import ContactFieldValues
    from .contact_field_write import ContactFieldWrite
    from .contact_note import ContactNote
    from .contact_page import ContactPage
    from .contact_ref import ContactRef
    from .contact_status import ContactStatus
    from .contact_summary import ContactSummary
    from .contact_urn import ContactUrn
    from .contact_write import ContactWrite
    from .daily_statistics import DailyStatistics
    from .date_style import DateStyle
    from .definition_dependencies import DefinitionDependencies
    from .definitions import Definitions
    from .field_definition import FieldDefinition
    from .field_ref import FieldRef
    from .flow import Flow
    from .flow_definition import FlowDefinition
    from .flow_page import FlowPage
    from .flow_ref import FlowRef
    from .flow_result import FlowResult
    from .flow_run_counts import FlowRunCounts
    from .flow_start import FlowStart
    from .flow_start_page import FlowStartPage
    from .flow_start_params import FlowStartParams
    from .flow_start_ref import FlowStartRef
    from .flow_start_status import FlowStartStatus
    from .flow_start_write import FlowStartWrite
    from .flow_type import FlowType
    from .geometry import Geometry
    from .global_ import Global
    from .global_page import GlobalPage
    from .global_write import GlobalWrite
    from .group import Group
    from .group_definition import GroupDefinition
    from .group_page import GroupPage
    from .group_ref import GroupRef
    from .group_status import GroupStatus
    from .group_write import GroupWrite
    from .label import Label
    from .label_page import LabelPage
    from .label_ref import LabelRef
    from .label_write import LabelWrite
    from .media import Media
    from .media_upload import MediaUpload
    from .message import Message
    from .message_action_failures import MessageActionFailures
    from .message_attachment import MessageAttachment
    from .message_bulk_action import MessageBulkAction
    from .message_bulk_action_type import MessageBulkActionType
    from .message_direction import MessageDirection
    from .message_folder import MessageFolder
    from .message_page import MessagePage
    from .message_status import MessageStatus
    from .message_type import MessageType
    from .message_visibility import MessageVisibility
    from .message_write import MessageWrite
    from .object_ref import ObjectRef
    from .progress import Progress
    from .quick_reply import QuickReply
    from .quick_reply_translations import QuickReplyTranslations
    from .quick_reply_type import QuickReplyType
    from .rapid_pro_error import RapidProError
    from .rapid_pro_nested_errors import RapidProNestedErrors
    from .rapid_pro_validation_error import RapidProValidationError
    from .resthook import Resthook
    from .resthook_event import ResthookEvent
    from .resthook_event_data import ResthookEventData
    from .resthook_event_page import ResthookEventPage
    from .resthook_page import ResthookPage
    from .resthook_subscriber import ResthookSubscriber
    from .resthook_subscriber_page import ResthookSubscriberPage
    from .resthook_subscriber_write import ResthookSubscriberWrite
    from .run import Run
    from .run_exit_type import RunExitType
    from .run_page import RunPage
    from .run_step import RunStep
    from .run_value import RunValue
    from .run_values import RunValues
    from .statistics import Statistics
    from .team_ref import TeamRef
    from .text_translations import TextTranslations
    from .ticket import Ticket
    from .ticket_action_failures import TicketActionFailures
    from .ticket_bulk_action import TicketBulkAction
    from .ticket_bulk_action_type import TicketBulkActionType
    from .ticket_page import TicketPage
    from .ticket_status import TicketStatus
    from .topic import Topic
    from .topic_counts import TopicCounts
    from .topic_page import TopicPage
    from .topic_ref import TopicRef
    from .topic_write import TopicWrite
    from .trigger_definition import TriggerDefinition
    from .urn_order import UrnOrder
    from .user import User
    from .user_page import UserPage
    from .user_ref import UserRef
    from .user_role import UserRole
    from .workspace import Workspace
    from .workspace_credits import WorkspaceCredits

_MODULES = {
    "ApiRoot": ".api_root",
    "Archive": ".archive",
    "ArchivePage": ".archive_page",
    "ArchivePeriod": ".archive_period",
    "ArchiveType": ".archive_type",
    "AttachmentTranslations": ".attachment_translations",
    "Boundary": ".boundary",
    "BoundaryPage": ".boundary_page",
    "BoundaryRef": ".boundary_ref",
    "Broadcast": ".broadcast",
    "BroadcastPage": ".broadcast_page",
    "BroadcastStatus": ".broadcast_status",
    "BroadcastTextTranslations": ".broadcast_text_translations",
    "BroadcastWrite": ".broadcast_write",
    "Campaign": ".campaign",
    "CampaignDefinition": ".campaign_definition",
    "CampaignEvent": ".campaign_event",
    "CampaignEventDefinition": ".campaign_event_definition",
    "CampaignEventPage": ".campaign_event_page",
    "CampaignEventUnit": ".campaign_event_unit",
    "CampaignEventWrite": ".campaign_event_write",
    "CampaignPage": ".campaign_page",
    "CampaignRef": ".campaign_ref",
    "CampaignWrite": ".campaign_write",
    "Channel": ".channel",
    "ChannelDailyCounts": ".channel_daily_counts",
    "ChannelDailyCountsByChannel": ".channel_daily_counts_by_channel",
    "ChannelDevice": ".channel_device",
    "ChannelEvent": ".channel_event",
    "ChannelEventExtra": ".channel_event_extra",
    "ChannelEventPage": ".channel_event_page",
    "ChannelEventType": ".channel_event_type",
    "ChannelPage": ".channel_page",
    "ChannelRef": ".channel_ref",
    "Contact": ".contact",
    "ContactBulkAction": ".contact_bulk_action",
    "ContactBulkActionType": ".contact_bulk_action_type",
    "ContactField": ".contact_field",
    "ContactFieldAgentAccess": ".contact_field_agent_access",
    "ContactFieldPage": ".contact_field_page",
    "ContactFieldType": ".contact_field_type",
    "ContactFieldUsages": ".contact_field_usages",
    "ContactFieldValueType": ".contact_field_value_type",
    "ContactFieldValues": ".contact_field_values",
    "ContactFieldWrite": ".contact_field_write",
    "ContactNote": ".contact_note",
    "ContactPage": ".contact_page",
    "ContactRef": ".contact_ref",
    "ContactStatus": ".contact_status",
    "ContactSummary": ".contact_summary",
    "ContactUrn": ".contact_urn",
    "ContactWrite": ".contact_write",
    "DailyStatistics": ".daily_statistics",
    "DateStyle": ".date_style",
    "DefinitionDependencies": ".definition_dependencies",
    "Definitions": ".definitions",
    "FieldDefinition": ".field_definition",
    "FieldRef": ".field_ref",
    "Flow": ".flow",
    "FlowDefinition": ".flow_definition",
    "FlowPage": ".flow_page",
    "FlowRef": ".flow_ref",
    "FlowResult": ".flow_result",
    "FlowRunCounts": ".flow_run_counts",
    "FlowStart": ".flow_start",
    "FlowStartPage": ".flow_start_page",
    "FlowStartParams": ".flow_start_params",
    "FlowStartRef": ".flow_start_ref",
    "FlowStartStatus": ".flow_start_status",
    "FlowStartWrite": ".flow_start_write",
    "FlowType": ".flow_type",
    "Geometry": ".geometry",
    "Global": ".global_",
    "GlobalPage": ".global_page",
    "GlobalWrite": ".global_write",
    "Group": ".group",
    "GroupDefinition": ".group_definition",
    "GroupPage": ".group_page",
    "GroupRef": ".group_ref",
    "GroupStatus": ".group_status",
    "GroupWrite": ".group_write",
    "Label": ".label",
    "LabelPage": ".label_page",
    "LabelRef": ".label_ref",
    "LabelWrite": ".label_write",
    "Media": ".media",
    "MediaUpload": ".media_upload",
    "Message": ".message",
    "MessageActionFailures": ".message_action_failures",
    "MessageAttachment": ".message_attachment",
    "MessageBulkAction": ".message_bulk_action",
    "MessageBulkActionType": ".message_bulk_action_type",
    "MessageDirection": ".message_direction",
    "MessageFolder": ".message_folder",
    "MessagePage": ".message_page",
    "MessageStatus": ".message_status",
    "MessageType": ".message_type",
    "MessageVisibility": ".message_visibility",
    "MessageWrite": ".message_write",
    "ObjectRef": ".object_ref",
    "Progress": ".progress",
    "QuickReply": ".quick_reply",
    "QuickReplyTranslations": ".quick_reply_translations",
    "QuickReplyType": ".quick_reply_type",
    "RapidProError": ".rapid_pro_error",
    "RapidProNestedErrors": ".rapid_pro_nested_errors",
    "RapidProValidationError": ".rapid_pro_validation_error",
    "Resthook": ".resthook",
    "ResthookEvent": ".resthook_event",
    "ResthookEventData": ".resthook_event_data",
    "ResthookEventPage": ".resthook_event_page",
    "ResthookPage": ".resthook_page",
    "ResthookSubscriber": ".resthook_subscriber",
    "ResthookSubscriberPage": ".resthook_subscriber_page",
    "ResthookSubscriberWrite": ".resthook_subscriber_write",
    "Run": ".run",
    "RunExitType": ".run_exit_type",
    "RunPage": ".run_page",
    "RunStep": ".run_step",
    "RunValue": ".run_value",
    "RunValues": ".run_values",
    "Statistics": ".statistics",
    "TeamRef": ".team_ref",
    "TextTranslations": ".text_translations",
    "Ticket": ".ticket",
    "TicketActionFailures": ".ticket_action_failures",
    "TicketBulkAction": ".ticket_bulk_action",
    "TicketBulkActionType": ".ticket_bulk_action_type",
    "TicketPage": ".ticket_page",
    "TicketStatus": ".ticket_status",
    "Topic": ".topic",
    "TopicCounts": ".topic_counts",
    "TopicPage": ".topic_page",
    "TopicRef": ".topic_ref",
    "TopicWrite": ".topic_write",
    "TriggerDefinition": ".trigger_definition",
    "UrnOrder": ".urn_order",
    "User": ".user",
    "UserPage": ".user_page",
    "UserRef": ".user_ref",
    "UserRole": ".user_role",
    "Workspace": ".workspace",
    "WorkspaceCredits": ".workspace_credits",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "ApiRoot",
    "Archive",
    "ArchivePage",
    "ArchivePeriod",
    "ArchiveType",
    "AttachmentTranslations",
    "Boundary",
    "BoundaryPage",
    "BoundaryRef",
    "Broadcast",
    "BroadcastPage",
    "BroadcastStatus",
    "BroadcastTextTranslations",
    "BroadcastWrite",
    "Campaign",
    "CampaignDefinition",
    "CampaignEvent",
    "CampaignEventDefinition",
    "CampaignEventPage",
    "CampaignEventUnit",
    "CampaignEventWrite",
    "CampaignPage",
    "CampaignRef",
    "CampaignWrite",
    "Channel",
    "ChannelDailyCounts",
    "ChannelDailyCountsByChannel",
    "ChannelDevice",
    "ChannelEvent",
    "ChannelEventExtra",
    "ChannelEventPage",
    "ChannelEventType",
    "ChannelPage",
    "ChannelRef",
    "Contact",
    "ContactBulkAction",
    "ContactBulkActionType",
    "ContactField",
    "ContactFieldAgentAccess",
    "ContactFieldPage",
    "ContactFieldType",
    "ContactFieldUsages",
    "ContactFieldValues",
    "ContactFieldValueType",
    "ContactFieldWrite",
    "ContactNote",
    "ContactPage",
    "ContactRef",
    "ContactStatus",
    "ContactSummary",
    "ContactUrn",
    "ContactWrite",
    "DailyStatistics",
    "DateStyle",
    "DefinitionDependencies",
    "Definitions",
    "FieldDefinition",
    "FieldRef",
    "Flow",
    "FlowDefinition",
    "FlowPage",
    "FlowRef",
    "FlowResult",
    "FlowRunCounts",
    "FlowStart",
    "FlowStartPage",
    "FlowStartParams",
    "FlowStartRef",
    "FlowStartStatus",
    "FlowStartWrite",
    "FlowType",
    "Geometry",
    "Global",
    "GlobalPage",
    "GlobalWrite",
    "Group",
    "GroupDefinition",
    "GroupPage",
    "GroupRef",
    "GroupStatus",
    "GroupWrite",
    "Label",
    "LabelPage",
    "LabelRef",
    "LabelWrite",
    "Media",
    "MediaUpload",
    "Message",
    "MessageActionFailures",
    "MessageAttachment",
    "MessageBulkAction",
    "MessageBulkActionType",
    "MessageDirection",
    "MessageFolder",
    "MessagePage",
    "MessageStatus",
    "MessageType",
    "MessageVisibility",
    "MessageWrite",
    "ObjectRef",
    "Progress",
    "QuickReply",
    "QuickReplyTranslations",
    "QuickReplyType",
    "RapidProError",
    "RapidProNestedErrors",
    "RapidProValidationError",
    "Resthook",
    "ResthookEvent",
    "ResthookEventData",
    "ResthookEventPage",
    "ResthookPage",
    "ResthookSubscriber",
    "ResthookSubscriberPage",
    "ResthookSubscriberWrite",
    "Run",
    "RunExitType",
    "RunPage",
    "RunStep",
    "RunValue",
    "RunValues",
    "Statistics",
    "TeamRef",
    "TextTranslations",
    "Ticket",
    "TicketActionFailures",
    "TicketBulkAction",
    "TicketBulkActionType",
    "TicketPage",
    "TicketStatus",
    "Topic",
    "TopicCounts",
    "TopicPage",
    "TopicRef",
    "TopicWrite",
    "TriggerDefinition",
    "UrnOrder",
    "User",
    "UserPage",
    "UserRef",
    "UserRole",
    "Workspace",
    "WorkspaceCredits",
)
