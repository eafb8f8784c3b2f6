"""POST /resthook_subscribers.json"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.resthook_subscriber import ResthookSubscriber
from ...models.resthook_subscriber_write import ResthookSubscriberWrite
from ...types import EndpointRequest, Response, status_of


def build_request(
    *,
    body: ResthookSubscriberWrite,
) -> EndpointRequest:
    """`POST /resthook_subscribers.json` as an `EndpointRequest`, built and not sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/resthook_subscribers.json"
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="create_resthook_subscriber", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RapidProError | RapidProValidationError | ResthookSubscriber | str | None:
    if response.status_code == 201:
        response_201 = ResthookSubscriber.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        try:
            response_400 = RapidProValidationError.from_dict(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 403:
        try:
            response_403 = RapidProError.from_dict(response.json())

            return response_403

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 429:
        try:
            response_429 = RapidProError.from_dict(response.json())

            return response_429

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 500:
        try:
            response_500 = response.text
            return response_500

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RapidProError | RapidProValidationError | ResthookSubscriber | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResthookSubscriberWrite,
) -> Response[RapidProError | RapidProValidationError | ResthookSubscriber | str]:
    """Subscribe to a resthook

     Subscribes a target URL to an existing resthook ("No resthook with slug: X" otherwise); subscribing
    the same URL twice is a 400. Subscribers cannot be updated, only deleted.

    Args:
        body (ResthookSubscriberWrite): A subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | ResthookSubscriber | str]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResthookSubscriberWrite,
) -> Response[RapidProError | RapidProValidationError | ResthookSubscriber | str]:
    """Subscribe to a resthook

     Subscribes a target URL to an existing resthook ("No resthook with slug: X" otherwise); subscribing
    the same URL twice is a 400. Subscribers cannot be updated, only deleted.

    Args:
        body (ResthookSubscriberWrite): A subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | ResthookSubscriber | str]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ResthookSubscriberWrite,
) -> RapidProError | RapidProValidationError | ResthookSubscriber | str | None:
    """Subscribe to a resthook

     Subscribes a target URL to an existing resthook ("No resthook with slug: X" otherwise); subscribing
    the same URL twice is a 400. Subscribers cannot be updated, only deleted.

    Args:
        body (ResthookSubscriberWrite): A subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | ResthookSubscriber | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ResthookSubscriberWrite,
) -> RapidProError | RapidProValidationError | ResthookSubscriber | str | None:
    """Subscribe to a resthook

     Subscribes a target URL to an existing resthook ("No resthook with slug: X" otherwise); subscribing
    the same URL twice is a 400. Subscribers cannot be updated, only deleted.

    Args:
        body (ResthookSubscriberWrite): A subscription to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | ResthookSubscriber | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
