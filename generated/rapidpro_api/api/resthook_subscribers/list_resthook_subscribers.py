"""GET /resthook_subscribers.json"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.resthook_subscriber_page import ResthookSubscriberPage
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /resthook_subscribers.json`, by argument name (None: not sent)."""

    id: int | None
    resthook: str | None
    cursor: str | None


def build_request(
    *,
    id: int | None | Unset = UNSET,
    resthook: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /resthook_subscribers.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "id": query_value(id),
        "resthook": query_value(resthook),
        "cursor": query_value(cursor),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/resthook_subscribers.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="list_resthook_subscribers", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RapidProError | RapidProValidationError | ResthookSubscriberPage | str | None:
    if response.status_code == 200:
        response_200 = ResthookSubscriberPage.from_dict(response.json())

        return response_200

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
    if response.status_code == 404:
        try:
            response_404 = RapidProError.from_dict(response.json())

            return response_404

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
) -> Response[RapidProError | RapidProValidationError | ResthookSubscriberPage | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | None | Unset = UNSET,
    resthook: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | ResthookSubscriberPage | str]:
    """List resthook subscribers

     Lists the active resthook subscribers, most recently created first.

    Args:
        id (int | Unset):
        resthook (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | ResthookSubscriberPage | str]
    """

    request = build_request(
        id=id,
        resthook=resthook,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | None | Unset = UNSET,
    resthook: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | ResthookSubscriberPage | str]:
    """List resthook subscribers

     Lists the active resthook subscribers, most recently created first.

    Args:
        id (int | Unset):
        resthook (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | ResthookSubscriberPage | str]
    """

    request = build_request(
        id=id,
        resthook=resthook,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int | None | Unset = UNSET,
    resthook: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> RapidProError | RapidProValidationError | ResthookSubscriberPage | str | None:
    """List resthook subscribers

     Lists the active resthook subscribers, most recently created first.

    Args:
        id (int | Unset):
        resthook (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | ResthookSubscriberPage | str
    """

    return sync_detailed(
        client=client,
        id=id,
        resthook=resthook,
        cursor=cursor,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | None | Unset = UNSET,
    resthook: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> RapidProError | RapidProValidationError | ResthookSubscriberPage | str | None:
    """List resthook subscribers

     Lists the active resthook subscribers, most recently created first.

    Args:
        id (int | Unset):
        resthook (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | ResthookSubscriberPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            resthook=resthook,
            cursor=cursor,
        )
    ).parsed
