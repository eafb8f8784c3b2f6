"""Contains all the data models used in inputs/outputs (each module imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accountability_group import AccountabilityGroup
    from .bloom_error import BloomError
    from .complete_issue_request import CompleteIssueRequest
    from .create_issue_request import CreateIssueRequest
    from .create_measurable_request import CreateMeasurableRequest
    from .create_meeting_headline_request import CreateMeetingHeadlineRequest
    from .create_meeting_issue_request import CreateMeetingIssueRequest
    from .create_meeting_request import CreateMeetingRequest
    from .create_meeting_rock_request import CreateMeetingRockRequest
    from .create_meeting_todo_legacy_request import CreateMeetingTodoLegacyRequest
    from .create_meeting_todo_request import CreateMeetingTodoRequest
    from .create_milestone_request import CreateMilestoneRequest
    from .create_position_request import CreatePositionRequest
    from .create_post_quarter_request import CreatePostQuarterRequest
    from .create_rock_request import CreateRockRequest
    from .create_role_request import CreateRoleRequest
    from .create_team_request import CreateTeamRequest
    from .create_todo_request import CreateTodoRequest
    from .created_meeting import CreatedMeeting
    from .headline import Headline
    from .issue import Issue
    from .issues_list import IssuesList
    from .issues_list_prioritization import IssuesListPrioritization
    from .local_date_time import LocalDateTime
    from .measurable import Measurable
    from .measurable_direction import MeasurableDirection
    from .measurable_order import MeasurableOrder
    from .measurable_unit import MeasurableUnit
    from .meeting import Meeting
    from .meeting_attendee import MeetingAttendee
    from .meeting_basics import MeetingBasics
    from .meeting_basics_team_type import MeetingBasicsTeamType
    from .meeting_headline_type import MeetingHeadlineType
    from .meeting_list_item import MeetingListItem
    from .meeting_meeting_type import MeetingMeetingType
    from .meeting_note import MeetingNote
    from .meeting_page import MeetingPage
    from .meeting_page_type import MeetingPageType
    from .milestone import Milestone
    from .milestone_status import MilestoneStatus
    from .name_id import NameId
    from .notes_link import NotesLink
    from .permission import Permission
    from .picture import Picture
    from .position import Position
    from .rock import Rock
    from .rock_completion import RockCompletion
    from .role import Role
    from .role_group import RoleGroup
    from .role_group_attach_type import RoleGroupAttachType
    from .score import Score
    from .scorecard import Scorecard
    from .scorecard_scorecard_week_day import ScorecardScorecardWeekDay
    from .scorecard_week import ScorecardWeek
    from .search_result import SearchResult
    from .search_result_result_type import SearchResultResultType
    from .seat import Seat
    from .team import Team
    from .team_team_type import TeamTeamType
    from .todo import Todo
    from .todo_todo_type import TodoTodoType
    from .token_error import TokenError
    from .token_request import TokenRequest
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .update_headline_request import UpdateHeadlineRequest
    from .update_issue_request import UpdateIssueRequest
    from .update_issue_request_compartment import UpdateIssueRequestCompartment
    from .update_measurable_request import UpdateMeasurableRequest
    from .update_meeting_request import UpdateMeetingRequest
    from .update_milestone_request import UpdateMilestoneRequest
    from .update_position_request import UpdatePositionRequest
    from .update_rock_request import UpdateRockRequest
    from .update_role_request import UpdateRoleRequest
    from .update_score_request import UpdateScoreRequest
    from .update_team_request import UpdateTeamRequest
    from .update_todo_request import UpdateTodoRequest
    from .user import User
    from .week import Week

_MODULES = {
    "AccountabilityGroup": ".accountability_group",
    "BloomError": ".bloom_error",
    "CompleteIssueRequest": ".complete_issue_request",
    "CreateIssueRequest": ".create_issue_request",
    "CreateMeasurableRequest": ".create_measurable_request",
    "CreateMeetingHeadlineRequest": ".create_meeting_headline_request",
    "CreateMeetingIssueRequest": ".create_meeting_issue_request",
    "CreateMeetingRequest": ".create_meeting_request",
    "CreateMeetingRockRequest": ".create_meeting_rock_request",
    "CreateMeetingTodoLegacyRequest": ".create_meeting_todo_legacy_request",
    "CreateMeetingTodoRequest": ".create_meeting_todo_request",
    "CreateMilestoneRequest": ".create_milestone_request",
    "CreatePositionRequest": ".create_position_request",
    "CreatePostQuarterRequest": ".create_post_quarter_request",
    "CreateRockRequest": ".create_rock_request",
    "CreateRoleRequest": ".create_role_request",
    "CreateTeamRequest": ".create_team_request",
    "CreateTodoRequest": ".create_todo_request",
    "CreatedMeeting": ".created_meeting",
    "Headline": ".headline",
    "Issue": ".issue",
    "IssuesList": ".issues_list",
    "IssuesListPrioritization": ".issues_list_prioritization",
    "LocalDateTime": ".local_date_time",
    "Measurable": ".measurable",
    "MeasurableDirection": ".measurable_direction",
    "MeasurableOrder": ".measurable_order",
    "MeasurableUnit": ".measurable_unit",
    "Meeting": ".meeting",
    "MeetingAttendee": ".meeting_attendee",
    "MeetingBasics": ".meeting_basics",
    "MeetingBasicsTeamType": ".meeting_basics_team_type",
    "MeetingHeadlineType": ".meeting_headline_type",
    "MeetingListItem": ".meeting_list_item",
    "MeetingMeetingType": ".meeting_meeting_type",
    "MeetingNote": ".meeting_note",
    "MeetingPage": ".meeting_page",
    "MeetingPageType": ".meeting_page_type",
    "Milestone": ".milestone",
    "MilestoneStatus": ".milestone_status",
    "NameId": ".name_id",
    "NotesLink": ".notes_link",
    "Permission": ".permission",
    "Picture": ".picture",
    "Position": ".position",
    "Rock": ".rock",
    "RockCompletion": ".rock_completion",
    "Role": ".role",
    "RoleGroup": ".role_group",
    "RoleGroupAttachType": ".role_group_attach_type",
    "Score": ".score",
    "Scorecard": ".scorecard",
    "ScorecardScorecardWeekDay": ".scorecard_scorecard_week_day",
    "ScorecardWeek": ".scorecard_week",
    "SearchResult": ".search_result",
    "SearchResultResultType": ".search_result_result_type",
    "Seat": ".seat",
    "Team": ".team",
    "TeamTeamType": ".team_team_type",
    "Todo": ".todo",
    "TodoTodoType": ".todo_todo_type",
    "TokenError": ".token_error",
    "TokenRequest": ".token_request",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
    "UpdateHeadlineRequest": ".update_headline_request",
    "UpdateIssueRequest": ".update_issue_request",
    "UpdateIssueRequestCompartment": ".update_issue_request_compartment",
    "UpdateMeasurableRequest": ".update_measurable_request",
    "UpdateMeetingRequest": ".update_meeting_request",
    "UpdateMilestoneRequest": ".update_milestone_request",
    "UpdatePositionRequest": ".update_position_request",
    "UpdateRockRequest": ".update_rock_request",
    "UpdateRoleRequest": ".update_role_request",
    "UpdateScoreRequest": ".update_score_request",
    "UpdateTeamRequest": ".update_team_request",
    "UpdateTodoRequest": ".update_todo_request",
    "User": ".user",
    "Week": ".week",
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
    "AccountabilityGroup",
    "BloomError",
    "CompleteIssueRequest",
    "CreatedMeeting",
    "CreateIssueRequest",
    "CreateMeasurableRequest",
    "CreateMeetingHeadlineRequest",
    "CreateMeetingIssueRequest",
    "CreateMeetingRequest",
    "CreateMeetingRockRequest",
    "CreateMeetingTodoLegacyRequest",
    "CreateMeetingTodoRequest",
    "CreateMilestoneRequest",
    "CreatePositionRequest",
    "CreatePostQuarterRequest",
    "CreateRockRequest",
    "CreateRoleRequest",
    "CreateTeamRequest",
    "CreateTodoRequest",
    "Headline",
    "Issue",
    "IssuesList",
    "IssuesListPrioritization",
    "LocalDateTime",
    "Measurable",
    "MeasurableDirection",
    "MeasurableOrder",
    "MeasurableUnit",
    "Meeting",
    "MeetingAttendee",
    "MeetingBasics",
    "MeetingBasicsTeamType",
    "MeetingHeadlineType",
    "MeetingListItem",
    "MeetingMeetingType",
    "MeetingNote",
    "MeetingPage",
    "MeetingPageType",
    "Milestone",
    "MilestoneStatus",
    "NameId",
    "NotesLink",
    "Permission",
    "Picture",
    "Position",
    "Rock",
    "RockCompletion",
    "Role",
    "RoleGroup",
    "RoleGroupAttachType",
    "Score",
    "Scorecard",
    "ScorecardScorecardWeekDay",
    "ScorecardWeek",
    "SearchResult",
    "SearchResultResultType",
    "Seat",
    "Team",
    "TeamTeamType",
    "Todo",
    "TodoTodoType",
    "TokenError",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "UpdateHeadlineRequest",
    "UpdateIssueRequest",
    "UpdateIssueRequestCompartment",
    "UpdateMeasurableRequest",
    "UpdateMeetingRequest",
    "UpdateMilestoneRequest",
    "UpdatePositionRequest",
    "UpdateRockRequest",
    "UpdateRoleRequest",
    "UpdateScoreRequest",
    "UpdateTeamRequest",
    "UpdateTodoRequest",
    "User",
    "Week",
)
