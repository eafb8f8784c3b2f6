"""`client.campaigns` (list, create, update) and `client.campaign_events` (list, create, update, delete)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import Campaign, CampaignEvent, CampaignEventPage, CampaignPage

from .._filters import CampaignEventFilters, CampaignFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import Ref, body, identifier, ref
from ._calls import create, delete, lookup, update

CAMPAIGNS = "campaigns.json"
EVENTS = "campaign_events.json"
Message = str | Mapping[str, str]


def campaign_pages(filters: Mapping[str, Any]) -> PageCall[Campaign]:
    return pages(CAMPAIGNS, CampaignPage, Campaign, filters)


def save_campaign(campaign: Ref | None, name: str | None, group: Ref | None) -> Call[Campaign]:
    payload = body(name=name, group=ref(group))
    if campaign is None:
        return create(CAMPAIGNS, Campaign, payload)
    return update(CAMPAIGNS, Campaign, lookup(uuid=identifier(campaign)), payload)


def event_pages(filters: Mapping[str, Any]) -> PageCall[CampaignEvent]:
    return pages(EVENTS, CampaignEventPage, CampaignEvent, filters)


def save_event(
    event: Ref | None,
    campaign: Ref | None,
    relative_to: Ref | None,
    offset: int | None,
    unit: str | None,
    delivery_hour: int | None,
    message: Message | None,
    flow: Ref | None,
) -> Call[CampaignEvent]:
    payload = body(
        campaign=ref(campaign),
        relative_to=ref(relative_to),
        offset=offset,
        unit=unit,
        delivery_hour=delivery_hour,
        message=message,
        flow=ref(flow),
    )
    if event is None:
        return create(EVENTS, CampaignEvent, payload)
    return update(EVENTS, CampaignEvent, lookup(uuid=identifier(event)), payload)


def delete_event(event: Ref) -> Call[None]:
    return delete(EVENTS, lookup(uuid=identifier(event)))


class Campaigns(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[CampaignFilters]) -> SyncPager[Campaign]:
        """Active, unarchived campaigns."""
        return SyncPager(self._client, campaign_pages(filters), cursor)

    def create(self, name: str, group: Ref) -> Campaign:
        """A new campaign on `group` (UUID or name)."""
        return self._client.run(save_campaign(None, name, group))

    def update(self, campaign: Ref, name: str | None = None, group: Ref | None = None) -> Campaign:
        """Rename `campaign` or move it to another group (which reschedules its events)."""
        return self._client.run(save_campaign(campaign, name, group))


class AsyncCampaigns(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[CampaignFilters]) -> AsyncPager[Campaign]:
        """Active, unarchived campaigns."""
        return AsyncPager(self._client, campaign_pages(filters), cursor)

    async def create(self, name: str, group: Ref) -> Campaign:
        """A new campaign on `group` (UUID or name)."""
        return await self._client.run(save_campaign(None, name, group))

    async def update(self, campaign: Ref, name: str | None = None, group: Ref | None = None) -> Campaign:
        """Rename `campaign` or move it to another group (which reschedules its events)."""
        return await self._client.run(save_campaign(campaign, name, group))


class CampaignEvents(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[CampaignEventFilters]) -> SyncPager[CampaignEvent]:
        """Events of every campaign, or of `campaign=` (UUID or name)."""
        return SyncPager(self._client, event_pages(filters), cursor)

    def create(
        self,
        campaign: Ref,
        relative_to: Ref,
        offset: int,
        unit: str,
        delivery_hour: int,
        message: Message | None = None,
        flow: Ref | None = None,
    ) -> CampaignEvent:
        """An event `offset` `unit`s from the date field `relative_to` (key) that sends `message` or starts `flow`."""
        return self._client.run(save_event(None, campaign, relative_to, offset, unit, delivery_hour, message, flow))

    def update(
        self,
        event: Ref,
        relative_to: Ref | None = None,
        offset: int | None = None,
        unit: str | None = None,
        delivery_hour: int | None = None,
        message: Message | None = None,
        flow: Ref | None = None,
    ) -> CampaignEvent:
        """Change an event (its campaign cannot change)."""
        return self._client.run(save_event(event, None, relative_to, offset, unit, delivery_hour, message, flow))

    def delete(self, event: Ref) -> None:
        """Delete a campaign event."""
        return self._client.run(delete_event(event))


class AsyncCampaignEvents(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[CampaignEventFilters]) -> AsyncPager[CampaignEvent]:
        """Events of every campaign, or of `campaign=` (UUID or name)."""
        return AsyncPager(self._client, event_pages(filters), cursor)

    async def create(
        self,
        campaign: Ref,
        relative_to: Ref,
        offset: int,
        unit: str,
        delivery_hour: int,
        message: Message | None = None,
        flow: Ref | None = None,
    ) -> CampaignEvent:
        """An event `offset` `unit`s from the date field `relative_to` (key) that sends `message` or starts `flow`."""
        call = save_event(None, campaign, relative_to, offset, unit, delivery_hour, message, flow)
        return await self._client.run(call)

    async def update(
        self,
        event: Ref,
        relative_to: Ref | None = None,
        offset: int | None = None,
        unit: str | None = None,
        delivery_hour: int | None = None,
        message: Message | None = None,
        flow: Ref | None = None,
    ) -> CampaignEvent:
        """Change an event (its campaign cannot change)."""
        call = save_event(event, None, relative_to, offset, unit, delivery_hour, message, flow)
        return await self._client.run(call)

    async def delete(self, event: Ref) -> None:
        """Delete a campaign event."""
        return await self._client.run(delete_event(event))
