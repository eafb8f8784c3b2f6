"""`client.feed`: put an item in the user's Monzo feed."""

from __future__ import annotations

from overlay_runtime import AsyncResource, Call, SyncResource, nothing

from .._params import drop_none, required
from ..models import FeedItemParams


def create_feed_item(account_id: str, params: FeedItemParams | dict[str, str], url: str | None = None) -> Call[None]:
    item = params if isinstance(params, FeedItemParams) else FeedItemParams.model_validate(params)
    form = {
        "account_id": required(account_id, "account_id"),
        "type": "basic",
        **{f"params[{k}]": v for k, v in drop_none(item.model_dump()).items()},
        **drop_none({"url": url}),
    }
    return Call("POST", "/feed", data=form, parse=nothing)


class Feed(SyncResource):
    def create_item(self, account_id: str, params: FeedItemParams | dict[str, str], url: str | None = None) -> None:
        """Show a basic feed item (title, image_url, optional body and colours); `url` opens on tap."""
        self._client.run(create_feed_item(account_id, params, url))


class AsyncFeed(AsyncResource):
    async def create_item(
        self, account_id: str, params: FeedItemParams | dict[str, str], url: str | None = None
    ) -> None:
        """Show a basic feed item (title, image_url, optional body and colours); `url` opens on tap."""
        await self._client.run(create_feed_item(account_id, params, url))
