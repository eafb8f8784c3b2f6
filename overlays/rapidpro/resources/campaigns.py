"""`client.campaigns` (list, create, update) and `client.campaign_events` (list, create, update, delete)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias, Unpack

import httpx

from overlay_runtime import (
    Call,
    ClientT,
    OperationFlow,
    Pages,
    Resource,
    model,
    nothing,
    operation,
    paginated,
    validate_json,
)
from rapidpro_api.api.campaign_events import delete_campaign_event, list_campaign_events, save_campaign_event
from rapidpro_api.api.campaigns import list_campaigns, save_campaign
from rapidpro_api.models import CampaignEventUnit, CampaignEventWrite, CampaignWrite, TextTranslations
from rapidpro_api.pydantic_models import Campaign, CampaignEvent, CampaignEventPage, CampaignPage
from rapidpro_api.types import or_unset

from .._paging import pages
from .._params import Ref, lookup, ref

EventMessage: TypeAlias = str | Mapping[str, str]


def event_body(
    campaign: Ref,
    relative_to: Ref,
    offset: int,
    unit: str,
    delivery_hour: int,
    message: EventMessage | None,
    flow: Ref | None,
) -> CampaignEventWrite:
    return CampaignEventWrite(
        campaign=str(ref(campaign)),
        relative_to=str(ref(relative_to)),
        offset=offset,
        unit=CampaignEventUnit(unit),
        delivery_hour=delivery_hour,
        message=or_unset(TextTranslations.from_dict(message) if isinstance(message, Mapping) else message),
        flow=or_unset(ref(flow)),
    )


def campaign_of(response: httpx.Response) -> str:
    """The campaign UUID of the one event a `?uuid=` list answered with ("" when there is no such
    event: the update that follows then gets the server's own 404 for its `?uuid=`)."""
    events = validate_json(CampaignEventPage, response.content).results
    return events[0].campaign.uuid if events else ""


class Campaigns(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_campaigns.QueryParams]) -> Pages[Campaign]:
        """Active, unarchived campaigns."""
        return pages(list_campaigns.build_request, CampaignPage, Campaign, filters)

    @operation
    def create(self, name: str, group: Ref) -> Call[Campaign]:
        """A new campaign on `group` (UUID or name)."""
        request = save_campaign.build_request(body=CampaignWrite(name=name, group=ref(group)))
        return Call(request, parse=model(Campaign))

    @operation
    def update(self, campaign: Ref, name: str, group: Ref) -> Call[Campaign]:
        """Rename `campaign` and/or move it to another group (which reschedules its events); both are sent."""
        body = CampaignWrite(name=name, group=str(ref(group)))
        request = save_campaign.build_request(body=body, uuid=lookup(campaign, "uuid"))
        return Call(request, parse=model(Campaign))


class CampaignEvents(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_campaign_events.QueryParams]) -> Pages[CampaignEvent]:
        """Events of every campaign, or of `campaign=` (UUID or name)."""
        return pages(list_campaign_events.build_request, CampaignEventPage, CampaignEvent, filters)

    @operation
    def create(
        self,
        campaign: Ref,
        relative_to: Ref,
        offset: int,
        unit: str,
        delivery_hour: int,
        message: EventMessage | None = None,
        flow: Ref | None = None,
    ) -> Call[CampaignEvent]:
        """An event `offset` `unit`s from the date field `relative_to` (key) that sends `message` or starts `flow`."""
        body = event_body(campaign, relative_to, offset, unit, delivery_hour, message, flow)
        return Call(save_campaign_event.build_request(body=body), parse=model(CampaignEvent))

    @operation
    def update(
        self,
        event: Ref,
        relative_to: Ref,
        offset: int,
        unit: str,
        delivery_hour: int,
        message: EventMessage | None = None,
        flow: Ref | None = None,
        *,
        campaign: Ref | None = None,
    ) -> OperationFlow[CampaignEvent]:
        """Change an event (as TembaClient's `update_campaign_event`). Its campaign cannot change, but the API
        wants it sent: pass `campaign=`, or the event is read first to find it."""
        uuid = lookup(event, "uuid")
        if campaign is None:
            campaign = yield Call(list_campaign_events.build_request(uuid=uuid), parse=campaign_of)
        body = event_body(campaign, relative_to, offset, unit, delivery_hour, message, flow)
        saved: CampaignEvent = yield Call(
            save_campaign_event.build_request(body=body, uuid=uuid), parse=model(CampaignEvent)
        )
        return saved

    @operation
    def delete(self, event: Ref) -> Call[None]:
        """Delete a campaign event."""
        return Call(delete_campaign_event.build_request(uuid=lookup(event, "uuid")), parse=nothing)
