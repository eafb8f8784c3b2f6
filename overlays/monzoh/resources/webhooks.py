"""`client.webhooks`: register, list and delete webhooks (only this client's)."""

from __future__ import annotations

from monzo_api.pydantic_models import Webhook, WebhookList, WebhookResponse
from overlay_runtime import AsyncResource, Call, SyncResource, field_of, nothing

from .._params import required


def register_webhook(account_id: str, url: str) -> Call[Webhook]:
    form = {"account_id": required(account_id, "account_id"), "url": required(url, "url")}
    return Call("POST", "/webhooks", data=form, parse=field_of(WebhookResponse, "webhook"))


def list_webhooks(account_id: str) -> Call[list[Webhook]]:
    return Call(
        "GET",
        "/webhooks",
        params={"account_id": required(account_id, "account_id")},
        parse=field_of(WebhookList, "webhooks"),
    )


def delete_webhook(webhook_id: str) -> Call[None]:
    return Call("DELETE", f"/webhooks/{required(webhook_id, 'webhook_id')}", parse=nothing)


class Webhooks(SyncResource):
    def register(self, account_id: str, url: str) -> Webhook:
        return self._client.run(register_webhook(account_id, url))

    def list(self, account_id: str) -> list[Webhook]:
        return self._client.run(list_webhooks(account_id))

    def delete(self, webhook_id: str) -> None:
        self._client.run(delete_webhook(webhook_id))


class AsyncWebhooks(AsyncResource):
    async def register(self, account_id: str, url: str) -> Webhook:
        return await self._client.run(register_webhook(account_id, url))

    async def list(self, account_id: str) -> list[Webhook]:
        return await self._client.run(list_webhooks(account_id))

    async def delete(self, webhook_id: str) -> None:
        await self._client.run(delete_webhook(webhook_id))
