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
    "Issue",
    "IssueDetails",
    "IssueListItem",
    "MeetingAttendee",
    "MeetingDetails",
    "MeetingInfo",
    "MeetingListItem",
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


OptDatetime = Annotated[datetime | None, BeforeValidator(_blank_to_none)]
OptFloat = Annotated[float | None, BeforeValidator(_blank_to_none)]
OptInt = Annotated[int | None, BeforeValidator(_blank_to_none)]
OptStr = str | None
Text = Annotated[str, BeforeValidator(_none_to_empty)]
Flag = Annotated[bool, BeforeValidator(_none_to_false)]


def wire(*keys: str | AliasPath) -> Any:
    """validation_alias accepting the field's own name too (added by populate_by_name) and each wire key."""
    return AliasChoices(*keys) if len(keys) > 1 else keys[0]


class BloomyModel(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore", str_strip_whitespace=True)


# -- users ---------------------------------------------------------------------------------------


class DirectReport(BloomyModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    image_url: Text = Field("", validation_alias="ImageUrl")


class Position(BloomyModel):
    """A position the user holds (from a seat's `Group.Position`); its name can be null."""

    id: int = Field(validation_alias="Id")
    name: OptStr = Field(None, validation_alias="Name")


class UserDetails(BloomyModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    image_url: Text = Field("", validation_alias="ImageUrl")
    direct_reports: builtins.list[DirectReport] | None = None
    positions: builtins.list[Position] | None = None


class UserSearchResult(BloomyModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    description: OptStr = Field(None, validation_alias="Description")
    email: Text = Field("", validation_alias="Email")
    organization_id: OptInt = Field(None, validation_alias="OrganizationId")
    image_url: OptStr = Field(None, validation_alias="ImageUrl")


class UserListItem(BloomyModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    email: Text = Field("", validation_alias="Email")
    position: OptStr = Field(None, validation_alias="Description")
    image_url: OptStr = Field(None, validation_alias="ImageUrl")


# -- meetings ------------------------------------------------------------------------------------


class MeetingListItem(BloomyModel):
    id: int = Field(validation_alias="Id")
    type: OptStr = Field(None, validation_alias="Type")
    key: OptStr = Field(None, validation_alias="Key")
    name: Text = Field("", validation_alias="Name")


class MeetingAttendee(BloomyModel):
    user_id: int = Field(validation_alias=wire("UserId", "Id"))
    name: Text = Field("", validation_alias="Name")
    image_url: Text = Field("", validation_alias="ImageUrl")


class Todo(BloomyModel):
    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    details_url: OptStr = Field(None, validation_alias="DetailsUrl")
    due_date: OptDatetime = Field(None, validation_alias="DueDate")
    complete_date: OptDatetime = Field(None, validation_alias="CompleteTime")
    create_date: OptDatetime = Field(None, validation_alias="CreateTime")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_name: OptStr = Field(None, validation_alias="Origin")
    complete: Flag = Field(False, validation_alias="Complete")
    archived: Annotated[bool, BeforeValidator(_present)] = Field(False, validation_alias="CloseTime")


class Issue(BloomyModel):
    """An issue as listed in a meeting (`meeting.issues()`, `MeetingDetails.issues`)."""

    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias="Name")
    details_url: OptStr = Field(None, validation_alias="DetailsUrl")
    created_date: OptDatetime = Field(None, validation_alias="CreateTime")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_name: OptStr = Field(None, validation_alias="Origin")
    owner_name: Text = Field("", validation_alias=AliasPath("Owner", "Name"))
    owner_id: int = Field(0, validation_alias=AliasPath("Owner", "Id"))
    owner_image_url: Text = Field("", validation_alias=AliasPath("Owner", "ImageUrl"))
    closed_date: OptDatetime = Field(None, validation_alias="CloseTime")
    completion_date: OptDatetime = Field(None, validation_alias="CompleteTime")


class ScorecardMetric(BloomyModel):
    """A measurable of a meeting (`meeting.metrics()`)."""

    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    target: OptFloat = Field(0.0, validation_alias="Target")
    unit: OptStr = Field(None, validation_alias="Modifiers")
    week_number: int = 0
    value: OptFloat = None
    metric_type: OptStr = Field(None, validation_alias="Direction")
    accountable_user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    accountable_user_name: OptStr = Field(None, validation_alias=AliasPath("Owner", "Name"))
    is_inverse: bool = False


class MeetingDetails(BloomyModel):
    """A meeting with its attendees, issues, to-dos and metrics (`meeting.details()`)."""

    id: int = Field(validation_alias="Id")
    name: Text = Field("", validation_alias=wire(AliasPath("Basics", "Name"), "Name"))
    start_date_utc: OptDatetime = Field(None, validation_alias="StartDateUtc")
    created_date: OptDatetime = Field(None, validation_alias="CreateTime")
    organization_id: OptInt = Field(None, validation_alias="OrganizationId")
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


class GoalInfo(BloomyModel):
    id: int = Field(validation_alias="Id")
    user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    user_name: OptStr = Field(None, validation_alias=AliasPath("Owner", "Name"))
    title: Text = Field("", validation_alias="Name")
    created_at: Text = Field("", validation_alias="CreateTime")
    due_date: OptStr = Field(None, validation_alias="DueDate")
    status: Annotated[str, _completed_word("Completed")] = Field("Incomplete", validation_alias="Complete")
    meeting_id: OptInt = Field(None, validation_alias=AliasPath("Origins", 0, "Id"))
    meeting_title: OptStr = Field(None, validation_alias=AliasPath("Origins", 0, "Name"))


class ArchivedGoalInfo(BloomyModel):
    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    created_at: Text = Field("", validation_alias="CreateTime")
    due_date: OptStr = Field(None, validation_alias="DueDate")
    status: Annotated[str, _completed_word("Complete")] = Field("Incomplete", validation_alias="Complete")


class GoalListResponse(BloomyModel):
    active: builtins.list[GoalInfo]
    archived: builtins.list[ArchivedGoalInfo]


class CreatedGoalInfo(BloomyModel):
    id: int = Field(validation_alias="Id")
    user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    user_name: OptStr = Field(None, validation_alias=AliasPath("Owner", "Name"))
    title: Text = Field("", validation_alias="Name")
    meeting_id: OptInt = Field(None, validation_alias=AliasPath("Origins", 0, "Id"))
    meeting_title: OptStr = Field(None, validation_alias=AliasPath("Origins", 0, "Name"))
    status: Annotated[str, BeforeValidator(_created_goal_status)] = Field("off", validation_alias="Completion")
    created_at: Text = Field("", validation_alias="CreateTime")


# -- issues --------------------------------------------------------------------------------------


class IssueDetails(BloomyModel):
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


class IssueListItem(BloomyModel):
    id: int = Field(validation_alias="Id")
    title: Text = Field("", validation_alias="Name")
    notes_url: Text = Field("", validation_alias="DetailsUrl")
    created_at: Text = Field("", validation_alias="CreateTime")
    archived: Flag = Field(False, validation_alias="Archived")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_title: OptStr = Field(None, validation_alias="Origin")


class CreatedIssue(BloomyModel):
    id: int = Field(validation_alias="Id")
    meeting_id: OptInt = Field(None, validation_alias="OriginId")
    meeting_title: OptStr = Field(None, validation_alias="Origin")
    title: Text = Field("", validation_alias="Name")
    user_id: OptInt = Field(None, validation_alias=AliasPath("Owner", "Id"))
    notes_url: Text = Field("", validation_alias="DetailsUrl")


# -- headlines -----------------------------------------------------------------------------------


class OwnerDetails(BloomyModel):
    id: OptInt = Field(None, validation_alias="Id")
    name: OptStr = Field(None, validation_alias="Name")


class MeetingInfo(BloomyModel):
    id: OptInt = Field(None, validation_alias="Id")
    title: OptStr = Field(None, validation_alias="Name")


class HeadlineInfo(BloomyModel):
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


class HeadlineDetails(BloomyModel):
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


# -- scorecard -----------------------------------------------------------------------------------


class ScorecardWeek(BloomyModel):
    id: int = Field(validation_alias="Id")
    week_number: int = Field(validation_alias="ForWeekNumber")
    week_start: Text = Field("", validation_alias=AliasPath("LocalDate", "Date"))
    week_end: Text = Field("", validation_alias="ForWeek")


class ScorecardItem(BloomyModel):
    id: int = Field(validation_alias="Id")
    measurable_id: OptInt = Field(None, validation_alias="MeasurableId")
    accountable_user_id: OptInt = Field(None, validation_alias="AccountableUserId")
    title: Text = Field("", validation_alias="MeasurableName")
    target: OptFloat = Field(None, validation_alias="Target")
    value: OptFloat = Field(None, validation_alias="Measured")
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
