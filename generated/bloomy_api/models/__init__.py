"""Contains all the data models used in inputs/outputs"""

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
