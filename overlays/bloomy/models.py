"""The models bloomy returns: bloomy-python's names and snake_case fields, read straight off the wire.

Each field says which PascalCase key (or nested path) of the API's JSON it comes from, so a response is
validated in one pass (`Todo.model_validate_json(body)`); models can also be built by field name
(`Todo(id=1, name="x")`). Real responses are messy, and these models take it: unknown keys are ignored,
`null` or `""` dates and numbers become None, a null name or URL becomes "", a null flag False, and a
missing or null `Owner`/`Origins` leaves the fields drawn from it at their defaults. A value they still
cannot read (an ASP.NET `/Date(...)/`, an id that is not a number) is kept as received in its field, and
its path logged once on the `bloomy` logger, unless the client was made with `strict=True`.

The raw objects of every endpoint, with every field the spec documents, are the generated models in
`bloomy_api.pydantic_models` (see the package docstring on `client.generated`).

bloomy-python also names four models none of its methods returns: `Goal`, `Meeting`, `Headline` and
`CurrentWeek`. Here they read the same objects as the models that are returned (a rock, a meeting, a
headline, `weeks/current`), so `Goal.model_validate_json(body)` works on a real answer, and
`MeetingDetails` is a `Meeting` plus its lists. They stay out of `__all__`, which lists the models
bloomy's methods return (each bound to its spec schema by tests/bloomy/test_model_wire_keys.py).
"""

from __future__ import annotations

import builtins
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AliasChoices, AliasPath, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

__all__ = [
    "ArchivedGoalInfo",
    "BulkCreateError",
    "BulkCreateResult",
    "CreatedGoalInfo",
    "CreatedIssue",
    "DirectReport",
    "GoalInfo",
    "GoalListResponse",
    "GoalStatus",
    "HeadlineDetails",
    "HeadlineInfo",
    "HeadlineListItem",
    "IsPresent",
    "Issue",
    "IssueDetails",
    "IssueListItem",
    "MeetingAttendee",
    "MeetingDetails",
    "MeetingInfo",
    "MeetingListItem",
    "OptionalDatetime",
    "OptionalFloat",
    "OwnerDetails",
    "Position",
    "ScorecardItem",
    "ScorecardMetric",
    "ScorecardWeek",
    "Todo",
    "UserDetails",
    "UserListItem",
    "UserSearchResult",
]

T = TypeVar("T")


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _none_to_empty(value: Any) -> Any:
    return "" if value is None else value


def _none_to_false(value: Any) -> Any:
    return False if value is None else value


def _present(value: Any) -> bool:
    """True for a set timestamp (`CloseTime` of a closed to-do); booleans pass through."""
    return value if isinstance(value, bool) else _blank_to_none(value) is not None


OptionalDatetime = Annotated[datetime | None, BeforeValidator(_blank_to_none)]
OptionalFloat = Annotated[float | None, BeforeValidator(_blank_to_none)]
IsPresent = Annotated[bool, BeforeValidator(_present)]
OptInt = Annotated[int | None, BeforeValidator(_blank_to_none)]
OptStr = str | None
Text = Annotated[str, BeforeValidator(_none_to_empty)]
Flag = Annotated[bool, BeforeValidator(_none_to_false)]


def wire(*keys: str | AliasPath) -> Any:
    """validation_alias accepting the field's own name too (added by populate_by_name) and each wire key."""
    return AliasChoices(*keys) if len(keys) > 1 else keys[0]


class BloomyBaseModel(BaseModel):
    """The base of bloomy's models (bloomy-python's name): built by field name or read by wire key.

    Assignments are not validated (bloomy-python validates them): the resources fill in fields they
    learn from another request, and a value kept as received must be allowed to stay.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        extra="ignore",
        str_strip_whitespace=True,
        use_enum_values=True,
        arbitrary_types_allowed=True,
    )


# -- users ---------------------------------------------------------------------------------------


class DirectReport(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    image_url: Text = Field("", validation_alias="ImageUrl")


class Position(BloomyBaseModel):
    """A position the user holds (from a seat's `Group.Position`); its name can be null."""

    id: int = Field(validation_alias="Id")
    name: OptStr = Field(None, validation_alias="Name")


class UserDetails(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    image_url: Text = Field("", validation_alias="ImageUrl")
    direct_reports: builtins.list[DirectReport] | None = None
    positions: builtins.list[Position] | None = None


class UserSearchResult(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    description: OptStr = Field(None, validation_alias="Description")
    email: Text = Field("", validation_alias="Email")
    organization_id: OptInt = Field(None, validation_alias="OrganizationId")
    image_url: OptStr = Field(None, validation_alias="ImageUrl")


class UserListItem(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    email: Text = Field("", validation_alias="Email")
    position: OptStr = Field(None, validation_alias="Description")
    image_url: OptStr = Field(None, validation_alias="ImageUrl")


# -- meetings ------------------------------------------------------------------------------------


class MeetingListItem(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    type: OptStr = Field(None, validation_alias="Type")
    key: OptStr = Field(None, validation_alias="Key")
    name: Text = Field("", validation_alias="Name")


class MeetingAttendee(BloomyBaseModel):
    user_id: int = Field(validation_alias=wire("UserId", "Id"))
    name: Text = Field("", validation_alias="Name")
    image_url: Text = Field("", validation_alias="ImageUrl")


class Todo(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    details_url: OptStr = Field(None, validation_alias="DetailsUrl")
    due_date: OptionalDatetime = Field(None, validation_alias="DueDate")
    complete_date: OptionalDatetime = Field(None, validation_alias="CompleteTime")
    create_date: OptionalDatetime = Field(None, validation_alias="CreateTime")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_name: OptStr = Field(None, validation_alias="Origin")
    complete: Flag = Field(False, validation_alias="Complete")
    archived: IsPresent = Field(False, validation_alias="CloseTime")


class Issue(BloomyBaseModel):
    """An issue as listed in a meeting (`meeting.issues()`, `MeetingDetails.issues`)."""

    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    details_url: OptStr = Field(None, validation_alias="DetailsUrl")
    created_date: OptionalDatetime = Field(None, validation_alias="CreateTime")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_name: OptStr = Field(None, validation_alias="Origin")
    owner_name: Text = Field("", validation_alias=AliasPath("Owner", "Name"))
    owner_id: int = Field(0, validation_alias=AliasPath("Owner", "Id"))
    owner_image_url: Text = Field("", validation_alias=AliasPath("Owner", "ImageUrl"))
    closed_date: OptionalDatetime = Field(None, validation_alias="CloseTime")
    completion_date: OptionalDatetime = Field(None, validation_alias="CompleteTime")


class ScorecardMetric(BloomyBaseModel):
    """A measurable of a meeting (`meeting.metrics()`)."""

    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    target: OptionalFloat = Field(0.0, validation_alias="Target")
    unit: OptStr = Field(None, validation_alias="Modifiers")
    week_number: int = 0
    value: OptionalFloat = None
    metric_type: OptStr = Field(None, validation_alias="Direction")
    accountable_user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    accountable_user_name: OptStr = Field(None, validation_alias=AliasPath("Owner", "Name"))
    is_inverse: bool = False


class Meeting(BloomyBaseModel):
    """A meeting as `get_meeting` sends it, without its lists (bloomy-python's `Meeting`)."""

    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias=wire(AliasPath("Basics", "Name"), "Name"))
    start_date_utc: OptionalDatetime = Field(None, validation_alias="StartDateUtc")
    created_date: OptionalDatetime = Field(None, validation_alias="CreateTime")
    organization_id: OptInt = Field(None, validation_alias="OrganizationId")


class MeetingDetails(Meeting):
    """A meeting with its attendees, issues, to-dos and metrics (`meeting.details()`)."""

    attendees: builtins.list[MeetingAttendee] | None = None
    issues: builtins.list[Issue] | None = None
    todos: builtins.list[Todo] | None = None
    metrics: builtins.list[ScorecardMetric] | None = None


# -- goals (rocks) -------------------------------------------------------------------------------


class GoalStatus(StrEnum):
    """What `goal.update(status=...)` takes; sent as the API's `OnTrack`, `AtRisk`, `Complete`."""

    ON_TRACK = "on"
    AT_RISK = "off"
    COMPLETE = "complete"


def _completed_word(done: str) -> Any:
    def convert(value: Any) -> Any:
        if isinstance(value, str):
            return value
        return done if value else "Incomplete"

    return BeforeValidator(convert)


_COMPLETION = {"complete": "complete", "2": "complete", "ontrack": "on", "1": "on"}


def _created_goal_status(value: Any) -> str:
    """`Completion` (the spec's `OnTrack`/`AtRisk`/`Complete`, or 0/1/2 as bloomy-python read it) -> on/off/complete."""
    if value in {"on", "off", "complete"}:
        return str(value)
    return _COMPLETION.get(str(value).lower(), "off")


class GoalInfo(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    user_name: OptStr = Field(None, validation_alias=AliasPath("Owner", "Name"))
    title: Text = Field("", validation_alias="Name")
    created_at: Text = Field("", validation_alias="CreateTime")
    due_date: OptStr = Field(None, validation_alias="DueDate")
    status: Annotated[str, _completed_word("Completed")] = Field("Incomplete", validation_alias="Complete")
    meeting_id: OptInt = Field(None, validation_alias=AliasPath("Origins", 0, "Id"))
    meeting_title: OptStr = Field(None, validation_alias=AliasPath("Origins", 0, "Name"))


class ArchivedGoalInfo(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    created_at: Text = Field("", validation_alias="CreateTime")
    due_date: OptStr = Field(None, validation_alias="DueDate")
    status: Annotated[str, _completed_word("Complete")] = Field("Incomplete", validation_alias="Complete")


class GoalListResponse(BloomyBaseModel):
    active: builtins.list[GoalInfo]
    archived: builtins.list[ArchivedGoalInfo]


class CreatedGoalInfo(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    user_name: OptStr = Field(None, validation_alias=AliasPath("Owner", "Name"))
    title: Text = Field("", validation_alias="Name")
    meeting_id: OptInt = Field(None, validation_alias=AliasPath("Origins", 0, "Id"))
    meeting_title: OptStr = Field(None, validation_alias=AliasPath("Origins", 0, "Name"))
    status: Annotated[str, BeforeValidator(_created_goal_status)] = Field("off", validation_alias="Completion")
    created_at: Text = Field("", validation_alias="CreateTime")


def _percent(value: Any) -> Any:
    """A V1 rock is complete or not (`Complete`): 100.0 or 0.0; a number passes through."""
    if value is None or isinstance(value, bool):
        return 100.0 if value else 0.0
    return value


class Goal(BloomyBaseModel):
    """A goal (rock) as the API sends it (`get_rock`, `get_my_rocks`...): bloomy-python's `Goal`.

    The V1 API says whether a rock is complete, not when: `complete_date` stays None and
    `percent_complete` is 100.0 or 0.0.
    """

    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    due_date: OptionalDatetime = Field(None, validation_alias="DueDate")
    complete_date: OptionalDatetime = None
    create_date: OptionalDatetime = Field(None, validation_alias="CreateTime")
    is_archived: Flag = Field(False, validation_alias="Archived")
    percent_complete: Annotated[float, BeforeValidator(_percent)] = Field(0.0, validation_alias="Complete")
    accountable_user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    accountable_user_name: OptStr = Field(None, validation_alias=AliasPath("Owner", "Name"))


# -- issues --------------------------------------------------------------------------------------


class IssueDetails(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    notes_url: Text = Field("", validation_alias="DetailsUrl")
    created_at: Text = Field("", validation_alias="CreateTime")
    completed_at: OptStr = Field(None, validation_alias="CloseTime")
    archived: Flag = Field(False, validation_alias="Archived")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_title: OptStr = Field(None, validation_alias="Origin")
    user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    user_name: OptStr = Field(None, validation_alias=AliasPath("Owner", "Name"))


class IssueListItem(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    notes_url: Text = Field("", validation_alias="DetailsUrl")
    created_at: Text = Field("", validation_alias="CreateTime")
    archived: Flag = Field(False, validation_alias="Archived")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_title: OptStr = Field(None, validation_alias="Origin")


class CreatedIssue(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_title: OptStr = Field(None, validation_alias="Origin")
    title: Text = Field("", validation_alias="Name")
    user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    notes_url: Text = Field("", validation_alias="DetailsUrl")


# -- headlines -----------------------------------------------------------------------------------


class OwnerDetails(BloomyBaseModel):
    id: OptInt = Field(None, validation_alias="Id")
    name: OptStr = Field(None, validation_alias="Name")


class MeetingInfo(BloomyBaseModel):
    id: OptInt = Field(None, validation_alias="Id")
    title: OptStr = Field(None, validation_alias="Name")


class HeadlineInfo(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    notes_url: Text = Field("", validation_alias="DetailsUrl")
    owner_details: OwnerDetails = Field(
        default_factory=lambda: OwnerDetails.model_validate({}), validation_alias="Owner"
    )

    @model_validator(mode="before")
    @classmethod
    def _null_owner(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("Owner", ...) is None:
            data = {k: v for k, v in data.items() if k != "Owner"}
        return data


class HeadlineDetails(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    notes_url: OptStr = Field(None, validation_alias="DetailsUrl")
    meeting_details: MeetingInfo = Field(default_factory=lambda: MeetingInfo.model_validate({}))
    owner_details: OwnerDetails = Field(
        default_factory=lambda: OwnerDetails.model_validate({}), validation_alias="Owner"
    )
    archived: Flag = Field(False, validation_alias="Archived")
    created_at: Text = Field("", validation_alias="CreateTime")
    closed_at: OptStr = Field(None, validation_alias="CloseTime")

    @model_validator(mode="before")
    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        """`OriginId`/`Origin` make `meeting_details`; a null `Owner` is no owner."""
        if not isinstance(data, dict):
            return data
        data = {k: v for k, v in data.items() if not (k == "Owner" and v is None)}
        if "meeting_details" not in data and ("OriginId" in data or "Origin" in data):
            data["meeting_details"] = {"id": data.get("OriginId"), "title": data.get("Origin")}
        return data


HeadlineListItem = HeadlineDetails


class Headline(BloomyBaseModel):
    """A headline as the API sends it, flat (bloomy-python's `Headline`).

    `headline_type` is the object's `Type` (`PeopleHeadline`). The V1 API gives a headline's notes only
    as a link (`HeadlineDetails.notes_url`), so `notes` stays "".
    """

    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    notes: Text = ""
    owner_name: Text = Field("", validation_alias=AliasPath("Owner", "Name"))
    owner_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    headline_type: Text = Field("", validation_alias="Type")
    create_date: OptionalDatetime = Field(None, validation_alias="CreateTime")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    is_archived: Flag = Field(False, validation_alias="Archived")


# -- scorecard -----------------------------------------------------------------------------------


class ScorecardWeek(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    week_number: int = Field(validation_alias="ForWeekNumber")
    week_start: Text = Field("", validation_alias=AliasPath("LocalDate", "Date"))
    week_end: Text = Field("", validation_alias="ForWeek")


class CurrentWeek(BloomyBaseModel):
    """`weeks/current` with dates (bloomy-python's `CurrentWeek`); `scorecard.current_week()` returns
    the same week as a `ScorecardWeek`. The week runs from `start_date` (its Monday) to `end_date`."""

    week_number: int = Field(validation_alias="ForWeekNumber")
    start_date: OptionalDatetime = Field(None, validation_alias=AliasPath("LocalDate", "Date"))
    end_date: OptionalDatetime = Field(None, validation_alias="ForWeek")


class ScorecardItem(BloomyBaseModel):
    id: int = Field(validation_alias="Id")
    measurable_id: OptInt = Field(None, validation_alias="MeasurableId")
    accountable_user_id: OptInt = Field(None, validation_alias="AccountableUserId")
    title: Text = Field("", validation_alias="MeasurableName")
    target: OptionalFloat = Field(None, validation_alias="Target")
    value: OptionalFloat = Field(None, validation_alias="Measured")
    week: Text = Field("", validation_alias="Week")
    week_id: OptInt = Field(None, validation_alias="ForWeek")
    updated_at: OptStr = Field(None, validation_alias="DateEntered")


# -- bulk results --------------------------------------------------------------------------------


class BulkCreateError(BaseModel):
    """One item a bulk method could not create: its position in the input, the input, and why."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: int
    input_data: dict[str, Any]
    error: str
    exception: BaseException | None = Field(None, exclude=True, repr=False)


class BulkCreateResult(BaseModel, Generic[T]):
    """What a bulk method did, item by item.

    `successful` and `failed` are each in input order (`failed[i].index` is the item's position);
    `results` has one entry per input item, in order: the created object or its `BulkCreateError`.
    """

    successful: builtins.list[T] = Field(default_factory=builtins.list)
    failed: builtins.list[BulkCreateError] = Field(default_factory=builtins.list)
    results: builtins.list[T | BulkCreateError] = Field(default_factory=builtins.list)
