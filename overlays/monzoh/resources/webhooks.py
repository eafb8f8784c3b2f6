"""`client.webhooks`: register, list and delete webhooks (only this client's)."""

from __future__ import annotations

import builtins

from monzo_api.api.webhooks import delete_webhook, list_webhooks, register_webhook
from monzo_api.models import WebhookRegisterRequest
from monzo_api.pydantic_models import Webhook, WebhookList, WebhookResponse
from overlay_runtime import Call, ClientT, Resource, field_of, nothing, operation

from .._params import required


class Webhooks(Resource[ClientT]):
    @operation
    def register(self, account_id: str, url: str) -> Call[Webhook]:
        body = WebhookRegisterRequest(account_id=required(account_id, "account_id"), url=required(url, "url"))
        return Call(register_webhook.build_request(body=body), parse=field_of(WebhookResponse, "webhook"))

    @operation
    def list(self, account_id: str) -> Call[builtins.list[Webhook]]:
        request = list_webhooks.build_request(account_id=required(account_id, "account_id"))
        return Call(request, parse=field_of(WebhookList, "webhooks"))

    @operation
    def delete(self, webhook_id: str) -> Call[None]:
        return Call(delete_webhook.build_request(webhook_id), parse=nothing)
