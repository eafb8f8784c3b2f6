"""GET /resthooks.json"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.resthook_page import ResthookPage
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /resthooks.json`, by argument name (None: not sent)."""

    reverse: bool | None
    cursor: str | None


def build_request(
    *,
    reverse: bool | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /resthooks.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "reverse": query_value(reverse),
        "cursor": query_value(cursor),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/resthooks.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="list_resthooks", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RapidProError | RapidProValidationError | ResthookPage | str | None:
    if response.status_code == 200:
        response_200 = ResthookPage.from_dict(response.json())

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
) -> Response[RapidProError | RapidProValidationError | ResthookPage | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    reverse: bool | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | ResthookPage | str]:
    """List resthooks

     Lists the active resthooks, most recently modified first.

    Args:
        reverse (bool | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | ResthookPage | str]
    """

    request = build_request(
        reverse=reverse,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    reverse: bool | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | ResthookPage | str]:
    """List resthooks

     Lists the active resthooks, most recently modified first.

    Args:
        reverse (bool | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | ResthookPage | str]
    """

    request = build_request(
        reverse=reverse,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    reverse: bool | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> RapidProError | RapidProValidationError | ResthookPage | str | None:
    """List resthooks

     Lists the active resthooks, most recently modified first.

    Args:
        reverse (bool | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | ResthookPage | str
    """

    return sync_detailed(
        client=client,
        reverse=reverse,
        cursor=cursor,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    reverse: bool | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> RapidProError | RapidProValidationError | ResthookPage | str | None:
    """List resthooks

     Lists the active resthooks, most recently modified first.

    Args:
        reverse (bool | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | ResthookPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            reverse=reverse,
            cursor=cursor,
        )
    ).parsed
