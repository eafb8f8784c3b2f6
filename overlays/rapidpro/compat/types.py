"""The objects `rapidpro.compat.TembaClient` returns, by TembaClient's type names (`temba_client.v2.types`).

Most are the generated models of the facade itself: their attributes are TembaClient's, with the same
names and kinds of values (`contact.uuid`, `contact.urns`, `contact.groups[0].name`, `msg.contact.uuid`,
datetimes as aware `datetime`s, enums as `str`s), plus what today's API adds. A few differ from
TembaClient's in a way its users would notice, and are subclasses here with TembaClient's shape:

- `Archive.start_date` a datetime (midnight UTC), `download_url` a `str`;
- `Export` (definitions): its flows, campaigns, triggers, fields and groups as plain dicts;
- `FlowStart.params` and `ResthookEvent.data` plain dicts; `ResthookSubscriber.target_url` a `str`;
- `Org` (the workspace), `FlowStart`: fields the API deprecated but TembaClient reads (`primary_language`,
  `restart_participants`, `exclude_active`), read here without a DeprecationWarning;
- `Classifier`, which the spec no longer describes (the endpoint was removed from RapidPro in 2026-05).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

import pydantic
from pydantic import BaseModel, ConfigDict

from rapidpro_api import pydantic_models as generated
from rapidpro_api.pydantic_models import (
    Boundary,
    Broadcast,
    Campaign,
    CampaignEvent,
    Channel,
    Contact,
    Flow,
    Global,
    Group,
    Label,
    Message,
    Resthook,
    Run,
)
from rapidpro_api.pydantic_models import ContactField as Field

__all__ = [
    "Archive",
    "Boundary",
    "Broadcast",
    "Campaign",
    "CampaignEvent",
    "Channel",
    "Classifier",
    "Contact",
    "Export",
    "Field",
    "Flow",
    "FlowStart",
    "Global",
    "Group",
    "Label",
    "Listing",
    "Message",
    "Org",
    "Resthook",
    "ResthookEvent",
    "ResthookSubscriber",
    "Run",
]

T = TypeVar("T")


class Archive(generated.Archive):
    start_date: datetime  # the API sends a date: midnight UTC, as TembaClient parses it
    download_url: str | None  # type: ignore[assignment]  # a str, as TembaClient's (not a pydantic URL)

    @pydantic.field_validator("start_date")
    @classmethod
    def _in_utc(cls, value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=UTC)


class Classifier(BaseModel):
    """An NLU classifier (wit, luis, bothub) of a server from before 2026-05."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)
    uuid: str
    name: str
    type: str
    intents: list[str]
    created_on: datetime


class Export(generated.Definitions):
    flows: list[dict[str, Any]]  # type: ignore[assignment]
    campaigns: list[dict[str, Any]]  # type: ignore[assignment]
    triggers: list[dict[str, Any]]  # type: ignore[assignment]
    fields: list[dict[str, Any]] | None = None  # type: ignore[assignment]
    groups: list[dict[str, Any]] | None = None  # type: ignore[assignment]


class FlowStart(generated.FlowStart):
    params: dict[str, Any] | None = None  # type: ignore[assignment]
    restart_participants: bool | None = None
    exclude_active: Any | None = None  # a boolean, but null or {} for starts saved without exclusions


class Org(generated.Workspace):
    primary_language: str | None = None


class ResthookEvent(generated.ResthookEvent):
    data: dict[str, Any]  # type: ignore[assignment]


class ResthookSubscriber(generated.ResthookSubscriber):
    target_url: str  # type: ignore[assignment]


class _Undeprecated:
    """Reads a field the spec deprecated but TembaClient's users read, without a DeprecationWarning.

    Declaring the field again in a subclass is not enough: pydantic's warning descriptor on the parent
    class is still found first, so this one takes its place on the subclass.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: BaseModel | None, owner: type[Any] | None = None) -> Any:
        if instance is None:
            raise AttributeError(self.name)
        return instance.__dict__[self.name]

    def __set__(self, instance: BaseModel, value: Any) -> None:  # a data descriptor, as pydantic's (writes go
        raise AttributeError(self.name)  # through BaseModel.__setattr__, which comes first)


for _model, _names in ((Org, ("primary_language",)), (FlowStart, ("restart_participants", "exclude_active"))):
    for _name in _names:
        setattr(_model, _name, _Undeprecated(_name))


class Listing(BaseModel, Generic[T]):
    """A page of one of the types above: `{"next": url|null, "previous": url|null, "results": [...]}`."""

    model_config = ConfigDict(extra="allow")
    next: pydantic.AnyUrl | None = None
    results: list[T]
