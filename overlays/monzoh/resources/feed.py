"""`client.feed`: put an item in the user's Monzo feed."""

from __future__ import annotations

from monzo_api.api.feed import create_feed_item
from monzo_api.models import FeedItemRequest, FeedItemType
from monzo_api.types import or_unset
from overlay_runtime import Call, ClientT, Resource, nothing, operation

from .._params import required
from ..models import FeedItemParams


class Feed(Resource[ClientT]):
    @operation
    def create_item(
        self, account_id: str, params: FeedItemParams | dict[str, str], url: str | None = None
    ) -> Call[None]:
        """Show a basic feed item (title, image_url, optional body and colours); `url` opens on tap."""
        item = params if isinstance(params, FeedItemParams) else FeedItemParams.model_validate(params)
        body = FeedItemRequest(
            account_id=required(account_id, "account_id"),
            type_=FeedItemType.BASIC,
            paramstitle=item.title,
            paramsimage_url=item.image_url,
            paramsbody=or_unset(item.body),
            paramsbackground_color=or_unset(item.background_color),
            paramstitle_color=or_unset(item.title_color),
            paramsbody_color=or_unset(item.body_color),
            url=or_unset(url or item.url),
        )
        return Call(create_feed_item.build_request(body=body), parse=nothing)
