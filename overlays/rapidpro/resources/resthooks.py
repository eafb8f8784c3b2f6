"""`client.resthooks`, `client.resthook_events` and `client.resthook_subscribers` (subscribe, unsubscribe)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import (
    Resthook,
    ResthookEvent,
    ResthookEventPage,
    ResthookPage,
    ResthookSubscriber,
    ResthookSubscriberPage,
)

from .._filters import ResthookEventFilters, ResthookFilters, ResthookSubscriberFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import Ref, body, identifier, ref
from ._calls import create, delete, lookup

RESTHOOKS = "resthooks.json"
EVENTS = "resthook_events.json"
SUBSCRIBERS = "resthook_subscribers.json"


def resthook_pages(filters: Mapping[str, Any]) -> PageCall[Resthook]:
    return pages(RESTHOOKS, ResthookPage, Resthook, filters)


def event_pages(filters: Mapping[str, Any]) -> PageCall[ResthookEvent]:
    return pages(EVENTS, ResthookEventPage, ResthookEvent, filters)


def subscriber_pages(filters: Mapping[str, Any]) -> PageCall[ResthookSubscriber]:
    return pages(SUBSCRIBERS, ResthookSubscriberPage, ResthookSubscriber, filters)


def subscribe(resthook: Ref, target_url: str) -> Call[ResthookSubscriber]:
    return create(SUBSCRIBERS, ResthookSubscriber, body(resthook=ref(resthook), target_url=target_url))


def unsubscribe(subscriber: Ref) -> Call[None]:
    return delete(SUBSCRIBERS, lookup(id=identifier(subscriber)))


class Resthooks(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ResthookFilters]) -> SyncPager[Resthook]:
        """Resthooks of the workspace (slugs flows can fire)."""
        return SyncPager(self._client, resthook_pages(filters), cursor)


class AsyncResthooks(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ResthookFilters]) -> AsyncPager[Resthook]:
        """Resthooks of the workspace (slugs flows can fire)."""
        return AsyncPager(self._client, resthook_pages(filters), cursor)


class ResthookEvents(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ResthookEventFilters]) -> SyncPager[ResthookEvent]:
        """Events fired by resthooks (`resthook=` slug), newest first, with the payload that was posted."""
        return SyncPager(self._client, event_pages(filters), cursor)


class AsyncResthookEvents(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[ResthookEventFilters]) -> AsyncPager[ResthookEvent]:
        """Events fired by resthooks (`resthook=` slug), newest first, with the payload that was posted."""
        return AsyncPager(self._client, event_pages(filters), cursor)


class ResthookSubscribers(SyncResource):
    def list(
        self, *, cursor: str | None = None, **filters: Unpack[ResthookSubscriberFilters]
    ) -> SyncPager[ResthookSubscriber]:
        """Subscribers of resthooks."""
        return SyncPager(self._client, subscriber_pages(filters), cursor)

    def create(self, resthook: Ref, target_url: str) -> ResthookSubscriber:
        """Subscribe `target_url` to the resthook `resthook` (slug)."""
        return self._client.run(subscribe(resthook, target_url))

    def delete(self, subscriber: Ref) -> None:
        """Unsubscribe (by the subscriber's integer id)."""
        return self._client.run(unsubscribe(subscriber))


class AsyncResthookSubscribers(AsyncResource):
    def list(
        self, *, cursor: str | None = None, **filters: Unpack[ResthookSubscriberFilters]
    ) -> AsyncPager[ResthookSubscriber]:
        """Subscribers of resthooks."""
        return AsyncPager(self._client, subscriber_pages(filters), cursor)

    async def create(self, resthook: Ref, target_url: str) -> ResthookSubscriber:
        """Subscribe `target_url` to the resthook `resthook` (slug)."""
        return await self._client.run(subscribe(resthook, target_url))

    async def delete(self, subscriber: Ref) -> None:
        """Unsubscribe (by the subscriber's integer id)."""
        return await self._client.run(unsubscribe(subscriber))
