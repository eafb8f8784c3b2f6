"""DELETE /webhooks/{webhook_id}"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.monzo_error import MonzoError
from ...types import EndpointRequest, Response, path_segment, status_of


def build_request(
    webhook_id: str,
) -> EndpointRequest:
    """`DELETE /webhooks/{webhook_id}` as an `EndpointRequest`, built and not sent.

    Each path parameter becomes one escaped segment (empty, `.` and `..` raise
    `errors.InvalidPathParameter`).
    """

    _kwargs: dict[str, Any] = {"method": "DELETE"}
    _kwargs["url"] = "/webhooks/{webhook_id}".format(
        webhook_id=path_segment(webhook_id, "webhook_id"),
    )
    return EndpointRequest(operation_id="delete_webhook", **_kwargs)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | MonzoError | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Empty | MonzoError]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Empty | MonzoError]:
    """Delete a webhook

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | MonzoError]
    """

    request = build_request(
        webhook_id=webhook_id,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Empty | MonzoError]:
    """Delete a webhook

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | MonzoError]
    """

    request = build_request(
        webhook_id=webhook_id,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Empty | MonzoError | None:
    """Delete a webhook

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | MonzoError
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
    ).parsed


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Empty | MonzoError | None:
    """Delete a webhook

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | MonzoError
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
        )
    ).parsed
