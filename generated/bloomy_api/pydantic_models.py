"""Pydantic v2 models for every schema of spec/bloomy.yaml (generated; do not edit)."""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel, SecretStr

from bloomy_api.types import OpenStrEnum


class MeasurableDirection(OpenStrEnum):
    less_than_or_equal = "LessThanOrEqual"
    less_than = "LessThan"
    greater_than = "GreaterThan"
    equal_to = "EqualTo"
    greater_than_not_equal = "GreaterThanNotEqual"
    between = "Between"


class MeasurableUnit(OpenStrEnum):
    none = "None"
    dollar = "Dollar"
    percent = "Percent"
    pound = "Pound"
    euros = "Euros"


class RockCompletion(OpenStrEnum):
    indeterminate = "Indeterminate"
    at_risk = "AtRisk"
    on_track = "OnTrack"
    complete = "Complete"


class MilestoneStatus(OpenStrEnum):
    not_done = "NotDone"
    done = "Done"


class BloomError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    message: str | None = Field(None, alias="Message", description="Human-readable error message.")
    message_detail: str | None = Field(
        None,
        alias="MessageDetail",
        description="Extra detail, sent for some routing and binding errors.",
    )
    exception_message: str | None = Field(
        None,
        alias="ExceptionMessage",
        description="Message of the server-side exception (500s).",
    )
    exception_type: str | None = Field(
        None,
        alias="ExceptionType",
        description="Type of the server-side exception (500s).",
    )
    stack_trace: str | None = Field(
        None,
        alias="StackTrace",
        description="Server stack trace, when the server includes it.",
    )
    inner_exception: BloomError | None = Field(None, alias="InnerException")


class TokenError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: str | None = Field(None, description="OAuth error code, e.g. `invalid_grant`.")
    error_description: str | None = Field(None, description="Human-readable reason.")


class GrantType(OpenStrEnum):
    password = "password"


class TokenRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    grant_type: GrantType = Field(..., description="Always `password`.")
    user_name: str = Field(..., alias="userName", description="Login e-mail address.")
    password: SecretStr = Field(..., description="Account password.")


class TokenResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    access_token: str = Field(..., description="The bearer token to send as `Authorization: Bearer <token>`.")
    token_type: str | None = Field(None, description="Always `bearer`.")
    expires_in: int | None = Field(None, description="Lifetime in seconds.")
    user_name: str | None = Field(None, alias="userName", description="The login the token was issued to.")
    field_issued: str | None = Field(None, alias=".issued", description="Issue time as an HTTP date string.")
    field_expires: str | None = Field(None, alias=".expires", description="Expiry time as an HTTP date string.")


class OperationResult(RootModel[Any]):
    root: Any = Field(
        ...,
        description="Untyped result: the official description declares these operations as returning a bare JSON value (`Object`) without a shape. Typically `true` or an empty body.",
        examples=[True],
    )


class Permission(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    can_edit: bool | None = Field(None, alias="CanEdit", description="Whether the caller may edit the object.")


class User(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="User id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Full name.")
    image_url: str | None = Field(
        None,
        alias="ImageUrl",
        description="Avatar URL; placeholder users have `/i/userplaceholder`.",
    )


class MeetingAttendee(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="User id of the attendee.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Full name.")
    image_url: str | None = Field(None, alias="ImageUrl", description="Avatar URL.")


class NameId(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id")
    name: str | None = Field(None, alias="Name")


class MeetingListItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Meeting (recurrence) id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Meeting name.")


class Picture(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = Field(None, alias="Id")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    image_url: str | None = Field(None, alias="ImageUrl")
    name: str | None = Field(None, alias="Name")
    initials: str | None = Field(None, alias="Initials")


class TeamType(OpenStrEnum):
    leadership_team = "LeadershipTeam"
    departmental_team = "DepartmentalTeam"
    same_page_meeting = "SamePageMeeting"
    other = "Other"


class MeetingBasics(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = Field(None, alias="Id")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Meeting name.")
    team_type: TeamType | None = Field(None, alias="TeamType")


class MeetingNote(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = Field(None, alias="Id")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    details_url: str | None = Field(None, alias="DetailsUrl", description="URL of the notes pad.")
    title: str | None = Field(None, alias="Title")


class Type(OpenStrEnum):
    segue = "Segue"
    scorecard = "Scorecard"
    rock_review = "Rock Review"
    people_headlines = "People Headlines"
    to_do_list = "To-do List"
    ids = "IDS"
    conclude = "Conclude"
    title_page = "Title Page"
    notes_box = "Notes Box"
    external_page = "External Page"


class MeetingPage(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    minutes: float | None = Field(None, alias="Minutes", description="Time box in minutes.")
    title: str | None = Field(None, alias="Title")
    type: Type | None = Field(None, alias="Type")


class Prioritization(OpenStrEnum):
    priority = "Priority"
    rank = "Rank"


class HeadlineType(OpenStrEnum):
    none = "None"
    headlines_box = "HeadlinesBox"
    headlines_list = "HeadlinesList"


class MeetingType(OpenStrEnum):
    l10 = "L10"
    same_page = "SamePage"


class CreatedMeeting(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    meeting_id: int = Field(..., alias="meetingId", description="Id of the new meeting.")


class TodoType(OpenStrEnum):
    l10 = "L10"
    personal = "Personal"
    milestone = "Milestone"


class Todo(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="To-do id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Title.")
    details_url: str | None = Field(None, alias="DetailsUrl", description="URL of the notes pad.")
    origin: str | None = Field(
        None,
        alias="Origin",
        description="Name of the meeting (or list) the to-do comes from.",
    )
    origin_id: int | None = Field(None, alias="OriginId", description="Id of the meeting the to-do comes from.")
    due_date: datetime | None = Field(
        None,
        alias="DueDate",
        description="Due date (often midnight; may come without a time zone or as a bare date).",
    )
    owner: User | None = Field(None, alias="Owner")
    complete_time: datetime | None = Field(
        None,
        alias="CompleteTime",
        description="When it was completed; null while open.",
    )
    create_time: datetime | None = Field(None, alias="CreateTime")
    close_time: datetime | None = Field(
        None,
        alias="CloseTime",
        description="When it was closed/archived; null while active.",
    )
    complete: bool | None = Field(None, alias="Complete")
    todo_type: TodoType | None = Field(None, alias="TodoType")
    ordering: int | None = Field(None, alias="Ordering")
    permission: Permission | None = Field(None, alias="Permission")


class Issue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Issue id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Title.")
    owner: User | None = Field(None, alias="Owner")
    details_url: str | None = Field(None, alias="DetailsUrl", description="URL of the notes pad.")
    complete: bool | None = Field(None, alias="Complete")
    archived: bool | None = Field(None, alias="Archived")
    create_time: datetime | None = Field(None, alias="CreateTime")
    close_time: datetime | None = Field(
        None,
        alias="CloseTime",
        description="When it was solved/closed; null while open.",
    )
    complete_time: datetime | None = Field(
        None,
        alias="CompleteTime",
        description="When it was completed (meeting issue lists).",
    )
    origin: str | None = Field(None, alias="Origin", description="Name of the meeting.")
    origin_id: int | None = Field(None, alias="OriginId", description="Id of the meeting.")
    permission: Permission | None = Field(None, alias="Permission")


class Headline(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Headline id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Title.")
    details_url: str | None = Field(None, alias="DetailsUrl", description="URL of the notes pad.")
    owner: User | None = Field(None, alias="Owner")
    close_time: datetime | None = Field(None, alias="CloseTime")
    create_time: datetime | None = Field(None, alias="CreateTime")
    about: Picture | None = Field(None, alias="About")
    archived: bool | None = Field(None, alias="Archived")
    permission: Permission | None = Field(None, alias="Permission")
    origin: str | None = Field(
        None,
        alias="Origin",
        description="Name of the meeting (sent with `Include_Origin=true`).",
    )
    origin_id: int | None = Field(None, alias="OriginId", description="Id of the meeting.")


class Rock(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Rock id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Title.")
    owner: User | None = Field(None, alias="Owner")
    due_date: datetime | None = Field(None, alias="DueDate")
    complete: bool | None = Field(None, alias="Complete")
    completion: RockCompletion | None = Field(None, alias="Completion")
    create_time: datetime | None = Field(None, alias="CreateTime")
    archived: bool | None = Field(None, alias="Archived")
    permission: Permission | None = Field(None, alias="Permission")
    origins: list[NameId] | None = Field(None, alias="Origins")


class Milestone(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Milestone id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    due_date: datetime | None = Field(None, alias="DueDate")
    name: str | None = Field(None, alias="Name", description="Title.")
    status: MilestoneStatus | None = Field(None, alias="Status")
    rock_id: int | None = Field(None, alias="RockId", description="Rock the milestone belongs to.")


class Measurable(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Measurable id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Title.")
    owner: User | None = Field(None, alias="Owner")
    admin: User | None = Field(None, alias="Admin")
    target: float | None = Field(None, alias="Target", description="Goal value; may be null.")
    alt_target: float | None = Field(None, alias="AltTarget", description="Upper bound for `Between`.")
    direction: MeasurableDirection | None = Field(None, alias="Direction")
    is_divider: bool | None = Field(None, alias="IsDivider")
    is_reorderable: bool | None = Field(None, alias="IsReorderable")
    show_cumulative: bool | None = Field(None, alias="ShowCumulative")
    cumulative: float | None = Field(None, alias="Cumulative")
    cumulative_range: datetime | None = Field(None, alias="CumulativeRange")
    modifiers: MeasurableUnit | None = Field(None, alias="Modifiers")
    ordering: int | None = Field(None, alias="Ordering")
    disabled: bool | None = Field(None, alias="Disabled")
    generated: bool | None = Field(None, alias="Generated")
    is_formula: bool | None = Field(None, alias="IsFormula")
    average: float | None = Field(None, alias="Average")
    show_average: bool | None = Field(None, alias="ShowAverage")
    average_range: datetime | None = Field(None, alias="AverageRange")
    permission: Permission | None = Field(None, alias="Permission")
    origins: list[NameId] | None = Field(None, alias="Origins")


class Score(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Score id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    for_week: int | None = Field(
        None,
        alias="ForWeek",
        description="Week number the score is for (the `ForWeekNumber` of `weeks/current`).",
    )
    week: str | None = Field(
        None,
        alias="Week",
        description="Week the score is for (a date, or a label like `2024-W25`).",
    )
    measurable_id: int | None = Field(None, alias="MeasurableId")
    accountable_user_id: int | None = Field(None, alias="AccountableUserId")
    measurable_name: str | None = Field(None, alias="MeasurableName")
    date_entered: datetime | None = Field(None, alias="DateEntered")
    measured: float | None = Field(None, alias="Measured", description="The value; null when not entered.")
    disabled: bool | None = Field(None, alias="Disabled")
    direction: MeasurableDirection | None = Field(None, alias="Direction")
    target: float | None = Field(None, alias="Target")
    alt_target: float | None = Field(None, alias="AltTarget")


class MeasurableOrder(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = Field(None, alias="Id")
    type: str | None = Field(None, alias="Type")
    scorecard_id: int | None = Field(None, alias="ScorecardId")
    measurable_id: int | None = Field(None, alias="MeasurableId")
    ordering: int | None = Field(None, alias="Ordering")
    key: str | None = Field(None, alias="Key")


class LocalDateTime(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    local: bool | None = Field(None, alias="Local")
    date: datetime | None = Field(None, alias="Date")


class Week(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Week id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    for_week_number: int | None = Field(
        None,
        alias="ForWeekNumber",
        description="Week number used to key score writes (`PUT measurables/{measurableId}/week/{weekId}`).",
    )
    for_week: datetime | None = Field(None, alias="ForWeek", description="End of the week (its last day).")
    display_date: datetime | None = Field(None, alias="DisplayDate", description="Start of the week as displayed.")
    local_date: LocalDateTime | None = Field(None, alias="LocalDate")
    is_current_week: bool | None = Field(None, alias="IsCurrentWeek")


class ScorecardWeek(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Week id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    for_week_number: int | None = Field(
        None,
        alias="ForWeekNumber",
        description="Week number used to key score writes (`PUT measurables/{measurableId}/week/{weekId}`).",
    )
    for_week: datetime | None = Field(None, alias="ForWeek", description="End of the week (its last day).")
    display_date: datetime | None = Field(None, alias="DisplayDate", description="Start of the week as displayed.")
    local_date: LocalDateTime | None = Field(None, alias="LocalDate")
    is_current_week: bool | None = Field(None, alias="IsCurrentWeek")


class ScorecardWeekDay(OpenStrEnum):
    sunday = "Sunday"
    monday = "Monday"
    tuesday = "Tuesday"
    wednesday = "Wednesday"
    thursday = "Thursday"
    friday = "Friday"
    saturday = "Saturday"


class Scorecard(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = Field(None, alias="Id")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    measurable_order: list[MeasurableOrder] | None = Field(None, alias="MeasurableOrder")
    measurables: list[Measurable] | None = Field(None, alias="Measurables")
    scores: list[Score] | None = Field(None, alias="Scores")
    weeks: list[ScorecardWeek] | None = Field(None, alias="Weeks")
    reverse_scorecard: bool | None = Field(None, alias="ReverseScorecard")
    scorecard_week_day: ScorecardWeekDay | None = Field(None, alias="ScorecardWeekDay")
    period: str | None = Field(None, alias="Period")
    date_format1: str | None = Field(None, alias="DateFormat1")
    date_format2: str | None = Field(None, alias="DateFormat2")


class Position(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Position id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name", description="Position name; may be null.")


class Role(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Role id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name")
    ordering: int | None = Field(None, alias="Ordering")
    create_time: datetime | None = Field(None, alias="CreateTime")


class AttachType(OpenStrEnum):
    invalid = "Invalid"
    position = "Position"
    team = "Team"
    user = "User"
    max = "MAX"


class RoleGroup(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = Field(None, alias="Id")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    attach_type: AttachType | None = Field(None, alias="AttachType")
    attach_id: int | None = Field(None, alias="AttachId")
    attach_name: str | None = Field(None, alias="AttachName")
    editable: bool | None = Field(None, alias="Editable")
    roles: list[Role] | None = Field(None, alias="Roles")


class AccountabilityGroup(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = Field(None, alias="Id")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    position: Position | None = Field(None, alias="Position")
    editable: bool | None = Field(None, alias="Editable")
    role_groups: list[RoleGroup] | None = Field(None, alias="RoleGroups")


class Seat(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = Field(None, alias="Id", description="Seat id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name")
    group: AccountabilityGroup | None = Field(None, alias="Group")
    user: User | None = Field(None, alias="User")
    children: list[Seat] | None = Field(None, alias="Children")


class TeamType1(OpenStrEnum):
    standard = "Standard"
    subordinates = "Subordinates"
    managers = "Managers"
    all_members = "AllMembers"


class Team(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Team id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    name: str | None = Field(None, alias="Name")
    managed_by: int | None = Field(None, alias="ManagedBy", description="Manager's user id.")
    team_type: TeamType1 | None = Field(None, alias="TeamType")


class ResultType(OpenStrEnum):
    invalid = "Invalid"
    user = "User"
    organization = "Organization"
    team = "Team"
    position = "Position"
    search_result = "SearchResult"


class SearchResult(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id")
    name: str | None = Field(None, alias="Name")
    description: str | None = Field(None, alias="Description", description="For users: their position.")
    organization_id: int | None = Field(None, alias="OrganizationId")
    organization: str | None = Field(None, alias="Organization")
    email: str | None = Field(None, alias="Email")
    image_url: str | None = Field(None, alias="ImageUrl")
    alt_icon: str | None = Field(None, alias="AltIcon")
    result_type: ResultType | None = Field(None, alias="ResultType")
    item_name: str | None = Field(None, alias="ItemName")
    item_image_url: str | None = Field(None, alias="ItemImageUrl")
    item_value: str | None = Field(None, alias="ItemValue")
    item_description: str | None = Field(None, alias="ItemDescription")


class NotesLink(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    url: str | None = Field(None, alias="URL", description="URL of the notes pad.")


class CreateMeetingRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str | None = Field(None, description="Meeting name.")
    add_self: bool | None = Field(
        None,
        alias="addSelf",
        description="Add yourself as an attendee (default false).",
    )


class UpdateMeetingRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="New meeting name.")


class CreateMeetingTodoRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="To-do title.")
    details: str | None = Field(None, description="Notes (default none).")
    notes: str | None = Field(None, description="Notes, as the SDKs send them (alias of `details`).")
    accountable_user_id: int | None = Field(None, alias="accountableUserId", description="Owner (default: you).")
    due_date: datetime | date_aliased | None = Field(
        None,
        alias="dueDate",
        description="Due date (default: in 7 days); a date-time, or a bare date as the SDKs send it.",
    )


class CreateMeetingIssueRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Issue title.")
    owner_id: int | None = Field(None, alias="ownerId", description="Owner (default: you).")
    details: str | None = Field(None, description="Issue details (default none).")


class CreateMeetingHeadlineRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Headline title.")
    owner_id: int | None = Field(None, alias="ownerId", description="Owner (default: you).")
    notes: str | None = Field(None, description="Headline notes (default none).")


class CreateMeetingRockRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Rock title.")
    accountable_user_id: int | None = Field(None, alias="accountableUserId", description="Owner (default: you).")


class CreateIssueRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    meeting_id: int = Field(..., alias="meetingId", description="Level 10 meeting id.")
    title: str = Field(..., description="Issue title.")
    owner_id: int | None = Field(None, alias="ownerId", description="Owner (default: you).")
    notes: str | None = Field(None, description="Issue notes (default none).")


class Compartment(OpenStrEnum):
    short_term = "ShortTerm"
    long_term = "LongTerm"


class UpdateIssueRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str | None = Field(None, description="New title.")
    owner_id: int | None = Field(None, alias="ownerId", description="New owner.")
    compartment: Compartment | None = Field(None, description="ShortTerm = Level 10 list, LongTerm = V/TO.")
    notes: str | None = Field(None, description="New notes.")


class CompleteIssueRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    complete: bool | None = Field(None, description="true to solve, false to reopen.")


class UpdateHeadlineRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="New title.")


class CreateMeasurableRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = Field(None, description="Measurable name.")
    direction: MeasurableDirection | None = None
    target: float | None = None
    unit_type: MeasurableUnit | None = Field(None, alias="unitType")
    accountable_user_id: int | None = Field(None, alias="accountableUserId", description="Owner (default: you).")


class UpdateMeasurableRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = Field(None, description="Measurable name.")
    direction: MeasurableDirection | None = None
    target: float | None = None
    unit_type: MeasurableUnit | None = Field(None, alias="unitType")
    alt_target: float | None = Field(None, alias="altTarget", description="Upper bound for `Between`.")


class UpdateScoreRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    value: float | None = Field(None, description="New value; null deletes the score.")


class CreateMilestoneRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Milestone title.")
    due_date: datetime = Field(..., alias="dueDate", description="Due date.")


class UpdateMilestoneRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str | None = Field(None, description="Milestone title.")
    due_date: datetime | None = Field(None, alias="dueDate", description="Due date.")
    status: MilestoneStatus | None = None


class CreatePositionRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Position name.")


class UpdatePositionRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Position name.")


class CreateRoleRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Role text.")


class UpdateRoleRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Role text.")


class CreateTeamRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Team name.")


class UpdateTeamRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Team name.")


class CreatePostQuarterRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str = Field(..., description="Title of the new quarter.")
    quarterenddate: datetime = Field(..., description="End date of the quarter.")
    meeting_id: int = Field(..., alias="meetingId", description="Meeting id.")


class CreateRockRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="Rock title.")
    accountable_user_id: int | None = Field(None, alias="accountableUserId", description="Owner (default: you).")


class UpdateRockRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str | None = Field(None, description="Rock title.")
    accountable_user_id: int | None = Field(None, alias="accountableUserId", description="New owner.")
    completion: RockCompletion | None = None


class CreateTodoRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="To-do title.")
    notes: str | None = Field(None, description="Notes.")
    accountable_user_id: int | None = Field(None, alias="accountableUserId", description="Owner (default: you).")
    due_date: datetime | date_aliased | None = Field(
        None,
        alias="dueDate",
        description="Due date (default: in 7 days); a date-time, or a bare date as the SDKs send it.",
    )


class UpdateTodoRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str | None = Field(None, description="To-do title.")
    due_date: datetime | date_aliased | None = Field(
        None,
        alias="dueDate",
        description="Due date (ISO 8601): a date-time, or a bare date as the SDKs send it.",
    )


class CreateMeetingTodoLegacyRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    title: str = Field(..., description="To-do title.")
    accountable_user_id: int | None = Field(None, alias="accountableUserId", description="Owner.")
    meetingid: int = Field(..., description="Meeting id (lower-case key, as the SDK sent it).")
    notes: str | None = Field(None, description="Notes.")
    due_date: datetime | None = Field(None, alias="dueDate", description="Due date (ISO 8601).")


class IssuesList(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = Field(None, alias="Id")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    issues: list[Issue] | None = Field(None, alias="Issues")
    prioritization: Prioritization | None = Field(None, alias="Prioritization")


class Meeting(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int = Field(..., alias="Id", description="Meeting (recurrence) id.")
    type: str | None = Field(
        None,
        alias="Type",
        description="Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).",
    )
    key: str | None = Field(None, alias="Key", description="`<Type>_<Id>` key that many v1 objects carry.")
    create_time: datetime | None = Field(None, alias="CreateTime", description="When the meeting was created.")
    start_date_utc: datetime | None = Field(
        None,
        alias="StartDateUtc",
        description="Start of the current meeting instance, null when none is running.",
    )
    organization_id: int | None = Field(None, alias="OrganizationId", description="Organization id.")
    created_by: User | None = Field(None, alias="CreatedBy")
    basics: MeetingBasics | None = Field(None, alias="Basics")
    attendees: list[MeetingAttendee] | None = Field(None, alias="Attendees")
    scorecard: Scorecard | None = Field(None, alias="Scorecard")
    notes: list[MeetingNote] | None = Field(None, alias="Notes")
    rocks: list[Rock] | None = Field(None, alias="Rocks")
    todos: list[Todo] | None = Field(None, alias="Todos")
    milestones: list[Todo] | None = Field(
        None,
        alias="Milestones",
        description="Milestones shown in the meeting, in to-do shape.",
    )
    headlines: list[Headline] | None = Field(None, alias="Headlines")
    issues_list: IssuesList | None = Field(None, alias="IssuesList")
    headlines_url: str | None = Field(None, alias="HeadlinesUrl")
    headline_type: HeadlineType | None = Field(None, alias="HeadlineType")
    vto_id: int | None = Field(None, alias="VtoId", description="Id of the meeting's V/TO.")
    pages: list[MeetingPage] | None = Field(None, alias="Pages")
    meeting_type: MeetingType | None = Field(None, alias="MeetingType")


BloomError.model_rebuild()
Seat.model_rebuild()
