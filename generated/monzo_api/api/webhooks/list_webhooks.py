"""GET /webhooks"""

from typing import Any, Required, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.monzo_error import MonzoError
from ...models.webhook_list import WebhookList
from ...types import UNSET, EndpointRequest, Response, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /webhooks`, by argument name (None: not sent)."""

    account_id: Required[str]


def build_request(
    *,
    account_id: str,
) -> EndpointRequest:
    """`GET /webhooks` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "account_id": query_value(account_id),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/webhooks"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="list_webhooks", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MonzoError | WebhookList | None:
    if response.status_code == 200:
        response_200 = WebhookList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        try:
            response_400 = MonzoError.from_dict(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 401:
        try:
            response_401 = MonzoError.from_dict(response.json())

            return response_401

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 403:
        try:
            response_403 = MonzoError.from_dict(response.json())

            return response_403

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 404:
        try:
            response_404 = MonzoError.from_dict(response.json())

            return response_404

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 405:
        try:
            response_405 = MonzoError.from_dict(response.json())

            return response_405

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 406:
        try:
            response_406 = MonzoError.from_dict(response.json())

            return response_406

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 429:
        try:
            response_429 = MonzoError.from_dict(response.json())

            return response_429

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 500:
        try:
            response_500 = MonzoError.from_dict(response.json())

            return response_500

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 504:
        try:
            response_504 = MonzoError.from_dict(response.json())

            return response_504

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MonzoError | WebhookList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
) -> Response[MonzoError | WebhookList]:
    """List the webhooks of an account

     Only the webhooks registered by the calling client are returned.

    Args:
        account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | WebhookList]
    """

    request = build_request(
        account_id=account_id,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
) -> Response[MonzoError | WebhookList]:
    """List the webhooks of an account

     Only the webhooks registered by the calling client are returned.

    Args:
        account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | WebhookList]
    """

    request = build_request(
        account_id=account_id,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
) -> MonzoError | WebhookList | None:
    """List the webhooks of an account

     Only the webhooks registered by the calling client are returned.

    Args:
        account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | WebhookList
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
) -> MonzoError | WebhookList | None:
    """List the webhooks of an account

     Only the webhooks registered by the calling client are returned.

    Args:
        account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | WebhookList
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
        )
    ).parsed
