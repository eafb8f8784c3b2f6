"""bloomy-python's models that none of its methods returns: `Goal`, `Meeting`, `Headline`, `CurrentWeek`,
and the base `BloomyBaseModel` with the module's annotated types.

Each reads only keys of its spec schema (the discipline of tests/bloomy/test_model_wire_keys.py), reads a
real answer into the same values as the model bloomy returns for that object, and can be built by field
name as bloomy-python code builds it.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from decimal import Decimal

import pydantic
import pytest

import bloomy
import bloomy.models as facade
from bloomy import Client, CurrentWeek, Goal, Headline, Meeting
from bloomy.models import BloomyBaseModel, IsPresent, OptionalDatetime, OptionalFloat
from bloomy.testing import LEADERSHIP_MEETING_ID, BloomSandbox
from bloomy_api import pydantic_models as spec
from bloomy_api.api.headlines import get_headline
from bloomy_api.api.meetings import get_meeting
from bloomy_api.api.rocks import get_rock
from bloomy_api.api.weeks import get_current_week
from tests.bloomy.test_model_wire_keys import SCHEMAS, documented, wire_keys

from .conftest import JANE, README_KEY

PEER_MODELS: dict[type[pydantic.BaseModel], type[pydantic.BaseModel]] = {
    Goal: spec.Rock,  # get_rock, get_my_rocks... (what GoalInfo reads)
    Meeting: spec.Meeting,  # get_meeting (what MeetingDetails reads)
    Headline: spec.Headline,  # get_headline, get_my_headlines... (what HeadlineDetails reads)
    CurrentWeek: spec.Week,  # get_current_week (what ScorecardWeek reads)
}
UNDOCUMENTED = {(Meeting, "Name")}  # the same fallback MeetingDetails has


@pytest.mark.parametrize("model", list(PEER_MODELS), ids=lambda m: m.__name__)
def test_every_wire_key_is_in_the_spec(model: type[pydantic.BaseModel]) -> None:
    """Every key the model reads is its schema's, and every field with a wire key reads a documented one."""
    schema = PEER_MODELS[model]
    read = list(wire_keys(model))
    missing = [
        f"{model.__name__}.{name} reads {'.'.join(map(str, path))!r}"
        for name, path in read
        if not documented(schema, path) and (model, str(path[0])) not in UNDOCUMENTED
    ]
    assert read and not missing
    for name in {n for n, _ in read}:
        assert any(documented(schema, path) for n, path in read if n == name), f"{model.__name__}.{name}"


def test_every_public_model_of_the_module_is_bound_to_a_schema() -> None:
    """A model in `bloomy.models` is checked either by test_model_wire_keys.py or here."""
    public = {
        obj
        for name, obj in vars(facade).items()
        if not name.startswith("_") and isinstance(obj, type) and issubclass(obj, pydantic.BaseModel)
        if obj.__module__ == facade.__name__
    }
    assert public == set(SCHEMAS) | set(PEER_MODELS) | {BloomyBaseModel}


def test_exported_like_bloomy_python() -> None:
    """The four models from `bloomy` (in `__all__`), the base from `bloomy.models` only, as bloomy-python does."""
    for model in PEER_MODELS:
        assert model.__name__ in bloomy.__all__ and getattr(facade, model.__name__) is model
    assert "BloomyBaseModel" not in bloomy.__all__
    assert all(issubclass(m, BloomyBaseModel) for m in [*SCHEMAS, *PEER_MODELS] if not m.__name__.startswith("Bulk"))


def test_real_answers_read_as_the_returned_models_do(sandbox: BloomSandbox) -> None:
    """The raw bytes of each object, validated as bloomy-python's model, agree with bloomy's method."""
    with Client(api_key=README_KEY) as client:
        listed = client.goal.list()
        assert isinstance(listed, list)
        info = listed[0]
        goal = Goal.model_validate_json(get_rock.sync_detailed(info.id, client=client.generated).content)
        assert (goal.id, goal.name, goal.accountable_user_id, goal.accountable_user_name) == (
            info.id,
            info.title,
            info.user_id,
            info.user_name,
        )
        assert goal.due_date is not None and goal.due_date.isoformat().startswith(str(info.due_date)[:10])
        assert goal.percent_complete == 0.0 and goal.complete_date is None and goal.is_archived is False

        details = client.meeting.details(LEADERSHIP_MEETING_ID)
        meeting = Meeting.model_validate_json(
            get_meeting.sync_detailed(LEADERSHIP_MEETING_ID, client=client.generated).content
        )
        assert isinstance(details, Meeting) and type(meeting) is Meeting
        assert meeting.model_dump() == details.model_dump(include=set(Meeting.model_fields))

        listed_headline = client.headline.list(meeting_id=LEADERSHIP_MEETING_ID)[0]
        raw = get_headline.sync_detailed(listed_headline.id, client=client.generated, include_origin=True).content
        headline = Headline.model_validate_json(raw)
        assert (headline.id, headline.title, headline.owner_id, headline.meeting_id) == (
            listed_headline.id,
            listed_headline.title,
            listed_headline.owner_details.id,
            listed_headline.meeting_details.id,
        )
        assert headline.owner_id == JANE and headline.headline_type == "PeopleHeadline" and headline.notes == ""

        week = client.scorecard.current_week()
        current = CurrentWeek.model_validate_json(get_current_week.sync_detailed(client=client.generated).content)
        assert current.week_number == week.week_number == 2932
        assert current.start_date is not None and current.start_date.date() == date(2026, 3, 9)
        assert current.end_date is not None and current.end_date.date() == date(2026, 3, 15)
        assert (current.start_date.isoformat()[:10], current.end_date.isoformat()[:10]) == (
            week.week_start[:10],
            week.week_end[:10],
        )


def test_built_by_field_name_as_bloomy_python_code_does() -> None:
    """Keyword construction with bloomy-python's field names and types."""
    when = datetime(2024, 6, 10, tzinfo=UTC)
    goal = Goal(
        id=1,
        name="Ship it",
        due_date=when,
        create_date=when,
        is_archived=False,
        percent_complete=42.5,
        accountable_user_id=7,
        accountable_user_name="Jane",
    )
    assert (goal.percent_complete, goal.accountable_user_id) == (42.5, 7)
    meeting = Meeting(id=1, name="L10", start_date_utc=when, created_date=when, organization_id=3)
    assert meeting.organization_id == 3
    headline = Headline(
        id=1,
        title="ISO",
        notes="No findings",
        owner_name="Jane",
        owner_id=7,
        headline_type="PeopleHeadline",
        create_date=when,
        meeting_id=9,
        is_archived=False,
    )
    assert headline.notes == "No findings"
    week = CurrentWeek(week_number=24, start_date=when, end_date=datetime(2024, 6, 16, tzinfo=UTC))
    assert week.end_date is not None and week.end_date.day == 16


def test_a_completed_rock_is_100_percent() -> None:
    """V1 rocks are complete or not: `Complete` gives 100.0 or 0.0."""
    assert Goal.model_validate({"Id": 1, "Complete": True}).percent_complete == 100.0
    assert Goal.model_validate({"Id": 1, "Complete": None}).percent_complete == 0.0


def test_a_model_of_your_own_on_the_base_and_the_annotated_types() -> None:
    """bloomy-python code subclassing `BloomyBaseModel` with its `Optional*`/`IsPresent` types: blanks are
    None, a timestamp is presence, enums keep their values, arbitrary types are allowed."""

    class Colour(enum.Enum):
        RED = "red"

    class Mine(BloomyBaseModel):
        when: OptionalDatetime = None
        amount: OptionalFloat = None
        closed: IsPresent = False
        colour: Colour = Colour.RED
        money: Decimal = Decimal(0)

    mine = Mine.model_validate({"when": "", "amount": "", "closed": "2024-06-10T00:00:00Z", "colour": "red"})
    assert (mine.when, mine.amount, mine.closed, mine.colour) == (None, None, True, "red")
    assert Mine.model_validate({"amount": "2.5", "closed": None}).model_dump()["amount"] == 2.5
