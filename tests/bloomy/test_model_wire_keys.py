"""The spec drives the wire keys of bloomy's public models.

bloomy's models keep bloomy-python's names and snake_case fields (`Issue.owner_name` from `Owner.Name`,
`Todo.meeting_id` from `OriginId`), so they are written by hand; but every JSON key they read must be a
key of the schema spec/bloomy.yaml gives that object (the aliases of `bloomy_api.pydantic_models`).
A key renamed or dropped in the spec fails here, naming the facade field that still reads the old one.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
import types
import typing
from collections.abc import Iterator

import pydantic
import pytest
from pydantic import AliasChoices, AliasPath

import bloomy.models as facade
from bloomy_api import pydantic_models as spec

Path = tuple[str | int, ...]

# Each public model -> the spec schema of the JSON object it is read from (None: bloomy assembles it).
SCHEMAS: dict[type[pydantic.BaseModel], type[pydantic.BaseModel] | None] = {
    facade.DirectReport: spec.User,  # get_my_direct_reports, get_user_direct_reports
    facade.Position: spec.Position,  # a seat's Group.Position
    facade.UserDetails: spec.User,  # get_current_user, get_user
    facade.UserSearchResult: spec.SearchResult,  # search_users
    facade.UserListItem: spec.SearchResult,  # search_all
    facade.MeetingListItem: spec.MeetingListItem,  # list_meetings, list_user_meetings
    facade.MeetingAttendee: spec.MeetingAttendee,  # get_meeting_attendees
    facade.Todo: spec.Todo,  # get_todo, create_todo, get_meeting_todos...
    facade.Issue: spec.Issue,  # get_meeting_issues
    facade.ScorecardMetric: spec.Measurable,  # get_meeting_measurables
    facade.MeetingDetails: spec.Meeting,  # get_meeting
    facade.GoalInfo: spec.Rock,  # get_rock, get_my_rocks, get_user_rocks
    facade.ArchivedGoalInfo: spec.Rock,  # get_my_archived_rocks, get_user_archived_rocks
    facade.CreatedGoalInfo: spec.Rock,  # create_meeting_rock
    facade.IssueDetails: spec.Issue,  # get_issue
    facade.IssueListItem: spec.Issue,  # get_my_issues, get_user_issues, get_meeting_issues
    facade.CreatedIssue: spec.Issue,  # create_issue
    facade.OwnerDetails: spec.User,  # a headline's Owner
    facade.MeetingInfo: spec.NameId,  # a headline's meeting
    facade.HeadlineInfo: spec.Headline,  # create_meeting_headline
    facade.HeadlineDetails: spec.Headline,  # get_headline, get_my_headlines... (also HeadlineListItem)
    facade.ScorecardWeek: spec.Week,  # get_current_week
    facade.ScorecardItem: spec.Score,  # the Scores of get_my_scorecard, get_meeting_scorecard...
    facade.GoalListResponse: None,
    facade.BulkCreateError: None,
    facade.BulkCreateResult: None,
}

# Fallback keys a model also accepts that the spec does not document (each field reads a documented key
# too). Kept deliberately small; the test below fails when the spec starts documenting one.
UNDOCUMENTED = {
    (facade.MeetingAttendee, "UserId"),  # bloomy-python read the attendee's id as `UserId`; the spec says `Id`
    (facade.MeetingDetails, "Name"),  # older answers carried the name at the top level, not in `Basics`
}


def _paths(alias: object) -> Iterator[Path]:
    """Every JSON path a validation alias reads: a key, an AliasPath, or each choice of an AliasChoices."""
    if isinstance(alias, str):
        yield (alias,)
    elif isinstance(alias, AliasPath):
        yield tuple(alias.path)
    elif isinstance(alias, AliasChoices):
        for choice in alias.choices:
            yield from _paths(choice)


def _model_in(annotation: object) -> type[pydantic.BaseModel] | None:
    """The pydantic model inside an annotation (`User | None`, `list[NameId] | None`), if any."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def documented(schema: type[pydantic.BaseModel], path: Path) -> bool:
    """Whether `path` (keys, and list indexes) leads through aliases of `schema` and its nested schemas."""
    current: type[pydantic.BaseModel] | None = schema
    for step in path:
        if isinstance(step, int):
            continue  # an index into a list: the items' schema is the list field's
        if current is None:
            return False
        field = next((f for f in current.model_fields.values() if f.alias == step), None)
        if field is None:
            return False
        current = _model_in(field.annotation)
    return True


def _validator_keys(model: type[pydantic.BaseModel]) -> set[str]:
    """The JSON keys a model's own `model_validator`s read (string literals like "OriginId")."""
    keys: set[str] = set()
    for decorator in model.__pydantic_decorators__.model_validators.values():
        source = textwrap.dedent(inspect.getsource(decorator.func))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"[A-Z]\w*", node.value):
                keys.add(node.value)
    return keys


def wire_keys(model: type[pydantic.BaseModel]) -> Iterator[tuple[str, Path]]:
    """(facade field, JSON path) for every key the model reads."""
    for name, field in model.model_fields.items():
        for path in _paths(field.validation_alias):
            yield name, path
    for key in sorted(_validator_keys(model)):
        yield "model_validator", (key,)


def test_every_public_model_is_mapped_to_its_spec_schema() -> None:
    public = {
        obj
        for name in facade.__all__
        if isinstance(obj := getattr(facade, name), type) and issubclass(obj, pydantic.BaseModel)
    }
    assert public == set(SCHEMAS)


@pytest.mark.parametrize("model", [m for m, s in SCHEMAS.items() if s is not None], ids=lambda m: m.__name__)
def test_every_wire_key_a_model_reads_is_in_the_spec(model: type[pydantic.BaseModel]) -> None:
    schema = SCHEMAS[model]
    assert schema is not None
    read = list(wire_keys(model))
    assert read, f"{model.__name__} reads no wire key: map it to None"
    missing = [
        f"{model.__name__}.{name} reads {'.'.join(map(str, path))!r}, not a key of {schema.__name__}"
        for name, path in read
        if not documented(schema, path) and (model, str(path[0])) not in UNDOCUMENTED
    ]
    assert not missing, "\n".join(missing)
    fields = {name for name, _ in read if name != "model_validator"}
    for name in fields:
        assert any(documented(schema, path) for n, path in read if n == name), (
            f"{model.__name__}.{name} reads no key the spec documents"
        )


def test_the_undocumented_fallbacks_are_still_undocumented_and_still_read() -> None:
    for model, key in UNDOCUMENTED:
        schema = SCHEMAS[model]
        assert schema is not None and not documented(schema, (key,)), f"the spec documents {key}: drop the exemption"
        assert any(path[0] == key for _, path in wire_keys(model)), f"{model.__name__} no longer reads {key}"


def test_the_checker_sees_renames() -> None:
    """A nested key that is not in the spec is caught, as is a top-level one."""
    assert documented(spec.Issue, ("Owner", "Name")) and documented(spec.Rock, ("Origins", 0, "Id"))
    assert not documented(spec.Issue, ("Owner", "FullName")) and not documented(spec.Issue, ("Title",))
    assert not documented(spec.Issue, ("Name", "Id"))  # a scalar has no keys
    assert _validator_keys(facade.HeadlineDetails) == {"Owner", "OriginId", "Origin"}
