"""`client.resthooks`, `client.resthook_events` and `client.resthook_subscribers` (subscribe, unsubscribe)."""

from __future__ import annotations

from typing import Unpack

from overlay_runtime import Call, ClientT, Pages, Resource, model, nothing, operation, paginated
from rapidpro_api.api.resthook_events import list_resthook_events
from rapidpro_api.api.resthook_subscribers import (
    create_resthook_subscriber,
    delete_resthook_subscriber,
    list_resthook_subscribers,
)
from rapidpro_api.api.resthooks import list_resthooks
from rapidpro_api.models import ResthookSubscriberWrite
from rapidpro_api.pydantic_models import (
    Resthook,
    ResthookEvent,
    ResthookEventPage,
    ResthookPage,
    ResthookSubscriber,
    ResthookSubscriberPage,
)

from .._paging import pages
from .._params import Ref, lookup, ref


def subscriber_id(subscriber: Ref) -> int:
    """A subscriber's integer id (given as an int, a numeric string, or the subscriber itself)."""
    value = lookup(subscriber, "id")
    if not value.isdigit():
        raise ValueError(f"a resthook subscriber is given by its integer id, not {value!r}")
    return int(value)


def subscriber_body(resthook: Ref, target_url: str) -> ResthookSubscriberWrite:
    return ResthookSubscriberWrite(resthook=ref(resthook), target_url=target_url)


class Resthooks(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_resthooks.QueryParams]) -> Pages[Resthook]:
        """Resthooks of the workspace (slugs flows can fire)."""
        return pages(list_resthooks.build_request, ResthookPage, Resthook, filters)


class ResthookEvents(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_resthook_events.QueryParams]) -> Pages[ResthookEvent]:
        """Events fired by resthooks (`resthook=` slug), newest first, with the payload that was posted."""
        return pages(list_resthook_events.build_request, ResthookEventPage, ResthookEvent, filters)


class ResthookSubscribers(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_resthook_subscribers.QueryParams]) -> Pages[ResthookSubscriber]:
        """Subscribers of resthooks."""
        return pages(list_resthook_subscribers.build_request, ResthookSubscriberPage, ResthookSubscriber, filters)

    @operation
    def create(self, resthook: Ref, target_url: str) -> Call[ResthookSubscriber]:
        """Subscribe `target_url` to the resthook `resthook` (slug)."""
        request = create_resthook_subscriber.build_request(body=subscriber_body(resthook, target_url))
        return Call(request, parse=model(ResthookSubscriber))

    @operation
    def delete(self, subscriber: Ref) -> Call[None]:
        """Unsubscribe (by the subscriber's integer id)."""
        return Call(delete_resthook_subscriber.build_request(id=subscriber_id(subscriber)), parse=nothing)
