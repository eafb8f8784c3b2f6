"""TembaClient's reads: every `get_*`, with its parameters, on the facade's request builders.

Lists return a `CursorQuery` (`.all()`, `.first()`, `.iterfetches()`); `get_org` and `get_definitions`
return the object itself. Filters take what TembaClient's take: objects or their UUIDs (keys, ids),
datetimes (naive ones read as local time, as TembaClient does), strings as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from overlay_runtime import Call, model
from rapidpro_api.api.archives import list_archives
from rapidpro_api.api.boundaries import list_boundaries
from rapidpro_api.api.broadcasts import list_broadcasts
from rapidpro_api.api.campaign_events import list_campaign_events
from rapidpro_api.api.campaigns import list_campaigns
from rapidpro_api.api.channels import list_channels
from rapidpro_api.api.contacts import list_contacts
from rapidpro_api.api.definitions import get_definitions
from rapidpro_api.api.fields import list_fields
from rapidpro_api.api.flow_starts import list_flow_starts
from rapidpro_api.api.flows import list_flows
from rapidpro_api.api.globals_ import list_globals
from rapidpro_api.api.groups import list_groups
from rapidpro_api.api.labels import list_labels
from rapidpro_api.api.messages import list_messages
from rapidpro_api.api.resthook_events import list_resthook_events
from rapidpro_api.api.resthook_subscribers import list_resthook_subscribers
from rapidpro_api.api.resthooks import list_resthooks
from rapidpro_api.api.runs import list_runs
from rapidpro_api.api.workspace import get_org
from rapidpro_api.pydantic_models import (
    BoundaryPage,
    BroadcastPage,
    CampaignEventPage,
    CampaignPage,
    ChannelPage,
    ContactFieldPage,
    ContactPage,
    FlowPage,
    GlobalPage,
    GroupPage,
    LabelPage,
    MessagePage,
    ResthookPage,
    RunPage,
)
from rapidpro_api.types import EndpointRequest, query_value

from .._constants import OFFSET
from .._params import Ref, When, refs
from ._base import Connection
from ._query import CursorQuery
from ._values import dependencies, moment
from .types import (
    Archive,
    Boundary,
    Broadcast,
    Campaign,
    CampaignEvent,
    Channel,
    Classifier,
    Contact,
    Export,
    Field,
    Flow,
    FlowStart,
    Global,
    Group,
    Label,
    Listing,
    Message,
    Org,
    Resthook,
    ResthookEvent,
    ResthookSubscriber,
    Run,
)

__all__ = ["Reads", "list_classifiers"]


def list_classifiers(*, uuid: str | None = None, cursor: str | None = None) -> EndpointRequest:
    """`GET /classifiers.json`, which the spec does not describe: RapidPro removed the endpoint in 2026-05
    (a server from before answers it; a newer one 404s, which is `TembaNoSuchObjectError`, as in TembaClient)."""
    params = {name: query_value(value) for name, value in (("uuid", uuid), ("cursor", cursor)) if value is not None}
    return EndpointRequest(operation_id="list_classifiers", method="GET", url="/classifiers.json", params=params)


def definitions_call(flows: Sequence[Ref], campaigns: Sequence[Ref], depends: bool | str | None) -> Call[Export]:
    request = get_definitions.build_request(
        flow=refs(flows) or None, campaign=refs(campaigns) or None, dependencies=dependencies(depends)
    )
    return Call(request, parse=model(Export))


def org_call() -> Call[Org]:
    return Call(get_org.build_request(), parse=model(Org))  # `org.json`, TembaClient's (deprecated) alias


class Reads(Connection):
    def get_archives(
        self, type: str | None = None, period: str | None = None, before: When | None = None, after: When | None = None
    ) -> CursorQuery[Archive]:
        """Archives (`type` "message" or "run", `period` "daily" or "monthly"), by start date."""
        filters = {"type": type, "period": period, "before": moment(before), "after": moment(after)}
        return self._query(list_archives.build_request, Listing[Archive], Archive, filters, position=OFFSET)

    def get_boundaries(self, geometry: bool | None = None) -> CursorQuery[Boundary]:
        """Administrative boundaries. Today's servers always include the geometry, so `geometry` is not sent."""
        return self._query(list_boundaries.build_request, BoundaryPage, Boundary, {})

    def get_broadcasts(
        self, uuid: Ref | None = None, before: When | None = None, after: When | None = None
    ) -> CursorQuery[Broadcast]:
        filters = {"uuid": uuid, "before": moment(before), "after": moment(after)}
        return self._query(list_broadcasts.build_request, BroadcastPage, Broadcast, filters)

    def get_campaigns(self, uuid: Ref | None = None) -> CursorQuery[Campaign]:
        return self._query(list_campaigns.build_request, CampaignPage, Campaign, {"uuid": uuid})

    def get_campaign_events(self, uuid: Ref | None = None, campaign: Ref | None = None) -> CursorQuery[CampaignEvent]:
        filters = {"uuid": uuid, "campaign": campaign}
        return self._query(list_campaign_events.build_request, CampaignEventPage, CampaignEvent, filters)

    def get_channels(self, uuid: Ref | None = None, address: str | None = None) -> CursorQuery[Channel]:
        return self._query(list_channels.build_request, ChannelPage, Channel, {"uuid": uuid, "address": address})

    def get_classifiers(self, uuid: Ref | None = None) -> CursorQuery[Classifier]:
        """NLU classifiers, on servers from before 2026-05 (see `list_classifiers`)."""
        return self._query(list_classifiers, Listing[Classifier], Classifier, {"uuid": uuid})

    def get_contacts(
        self,
        uuid: Ref | None = None,
        urn: str | None = None,
        group: Ref | None = None,
        deleted: bool | None = None,
        before: When | None = None,
        after: When | None = None,
        reverse: bool | None = None,
    ) -> CursorQuery[Contact]:
        """Contacts, last modified first (`reverse=True`: oldest first); `group` by name or UUID."""
        filters: dict[str, Any] = {"uuid": uuid, "urn": urn, "group": group, "deleted": deleted, "reverse": reverse}
        filters |= {"before": moment(before), "after": moment(after)}
        return self._query(list_contacts.build_request, ContactPage, Contact, filters)

    def get_definitions(
        self, flows: Sequence[Ref] = (), campaigns: Sequence[Ref] = (), dependencies: bool | str | None = None
    ) -> Export:
        """An export of flows and campaigns (`dependencies`: True/"all", False/"none", or "flows")."""
        return self._run(definitions_call, flows, campaigns, dependencies)

    def get_fields(self, key: Ref | None = None) -> CursorQuery[Field]:
        return self._query(list_fields.build_request, ContactFieldPage, Field, {"key": key})

    def get_flows(
        self, uuid: Ref | None = None, type: str | None = None, archived: bool | None = None
    ) -> CursorQuery[Flow]:
        filters = {"uuid": uuid, "type": type, "archived": archived}
        return self._query(list_flows.build_request, FlowPage, Flow, filters)

    def get_flow_starts(self, uuid: Ref | None = None) -> CursorQuery[FlowStart]:
        return self._query(list_flow_starts.build_request, Listing[FlowStart], FlowStart, {"uuid": uuid})

    def get_globals(self, key: Ref | None = None) -> CursorQuery[Global]:
        return self._query(list_globals.build_request, GlobalPage, Global, {"key": key})

    def get_groups(self, uuid: Ref | None = None, name: str | None = None) -> CursorQuery[Group]:
        return self._query(list_groups.build_request, GroupPage, Group, {"uuid": uuid, "name": name})

    def get_labels(self, uuid: Ref | None = None, name: str | None = None) -> CursorQuery[Label]:
        return self._query(list_labels.build_request, LabelPage, Label, {"uuid": uuid, "name": name})

    def get_messages(
        self, uuid: Ref | None = None, folder: str | None = None, before: When | None = None, after: When | None = None
    ) -> CursorQuery[Message]:
        filters = {"uuid": uuid, "folder": folder, "before": moment(before), "after": moment(after)}
        return self._query(list_messages.build_request, MessagePage, Message, filters)

    def get_org(self, retry_on_rate_exceed: bool = False) -> Org:
        """The workspace of the token."""
        return self._run(org_call, retry_on_rate_exceed=retry_on_rate_exceed)

    def get_resthooks(self) -> CursorQuery[Resthook]:
        return self._query(list_resthooks.build_request, ResthookPage, Resthook, {})

    def get_resthook_events(self, resthook: Ref | None = None) -> CursorQuery[ResthookEvent]:
        build = list_resthook_events.build_request
        return self._query(build, Listing[ResthookEvent], ResthookEvent, {"resthook": resthook})

    def get_resthook_subscribers(
        self, id: Ref | None = None, resthook: Ref | None = None
    ) -> CursorQuery[ResthookSubscriber]:
        build, filters = list_resthook_subscribers.build_request, {"id": id, "resthook": resthook}
        return self._query(build, Listing[ResthookSubscriber], ResthookSubscriber, filters)

    def get_runs(
        self,
        uuid: Ref | None = None,
        flow: Ref | None = None,
        responded: bool | None = None,
        before: When | None = None,
        after: When | None = None,
        reverse: bool | None = None,
        paths: bool | None = None,
    ) -> CursorQuery[Run]:
        """Flow runs, last modified first; `paths=False` leaves out each run's path."""
        filters: dict[str, Any] = {"uuid": uuid, "flow": flow, "responded": responded, "reverse": reverse}
        filters |= {"before": moment(before), "after": moment(after), "paths": paths}
        return self._query(list_runs.build_request, RunPage, Run, filters)
