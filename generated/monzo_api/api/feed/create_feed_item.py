"""POST /feed"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.feed_item_request import FeedItemRequest
from ...models.monzo_error import MonzoError
from ...types import EndpointRequest, Response, status_of


def build_request(
    *,
    body: FeedItemRequest,
) -> EndpointRequest:
    """`POST /feed` as an `EndpointRequest`, built and not sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/feed"
    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="create_feed_item", **_kwargs)


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
    *,
    client: AuthenticatedClient | Client,
    body: FeedItemRequest,
) -> Response[Empty | MonzoError]:
    """Push an item into the user's feed

     Only the `basic` type exists. Its parameters are sent as bracketed form fields
    (`params[title]`, `params[image_url]`, ...). When `url` is given the app opens it on tap,
    otherwise it shows the title and body. The user can dismiss the item.

    Args:
        body (FeedItemRequest): Form body of `POST /feed` for a `basic` item; the `params[...]`
            names are literal form keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | MonzoError]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FeedItemRequest,
) -> Response[Empty | MonzoError]:
    """Push an item into the user's feed

     Only the `basic` type exists. Its parameters are sent as bracketed form fields
    (`params[title]`, `params[image_url]`, ...). When `url` is given the app opens it on tap,
    otherwise it shows the title and body. The user can dismiss the item.

    Args:
        body (FeedItemRequest): Form body of `POST /feed` for a `basic` item; the `params[...]`
            names are literal form keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | MonzoError]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FeedItemRequest,
) -> Empty | MonzoError | None:
    """Push an item into the user's feed

     Only the `basic` type exists. Its parameters are sent as bracketed form fields
    (`params[title]`, `params[image_url]`, ...). When `url` is given the app opens it on tap,
    otherwise it shows the title and body. The user can dismiss the item.

    Args:
        body (FeedItemRequest): Form body of `POST /feed` for a `basic` item; the `params[...]`
            names are literal form keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | MonzoError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FeedItemRequest,
) -> Empty | MonzoError | None:
    """Push an item into the user's feed

     Only the `basic` type exists. Its parameters are sent as bracketed form fields
    (`params[title]`, `params[image_url]`, ...). When `url` is given the app opens it on tap,
    otherwise it shows the title and body. The user can dismiss the item.

    Args:
        body (FeedItemRequest): Form body of `POST /feed` for a `basic` item; the `params[...]`
            names are literal form keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | MonzoError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
