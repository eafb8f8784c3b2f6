"""GET /statistics.json"""

import datetime
from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.statistics import Statistics
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /statistics.json`, by argument name (None: not sent)."""

    since: datetime.date | str | None
    until: datetime.date | str | None


def build_request(
    *,
    since: datetime.date | str | None | Unset = UNSET,
    until: datetime.date | str | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /statistics.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "since": query_value(since),
        "until": query_value(until),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/statistics.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="get_statistics", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RapidProError | RapidProValidationError | Statistics | str | None:
    if response.status_code == 200:
        response_200 = Statistics.from_dict(response.json())

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
) -> Response[RapidProError | RapidProValidationError | Statistics | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.date | str | None | Unset = UNSET,
    until: datetime.date | str | None | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | Statistics | str]:
    """Get daily channel statistics

     Unpublicized endpoint: daily message counts per channel and scope, for days from `since` (inclusive)
    to `until` (exclusive), at most 366 days apart (400 otherwise, and for invalid dates). A scope key
    is present only when it has counts. Not paginated.

    Args:
        since (datetime.date | Unset):
        until (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | Statistics | str]
    """

    request = build_request(
        since=since,
        until=until,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.date | str | None | Unset = UNSET,
    until: datetime.date | str | None | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | Statistics | str]:
    """Get daily channel statistics

     Unpublicized endpoint: daily message counts per channel and scope, for days from `since` (inclusive)
    to `until` (exclusive), at most 366 days apart (400 otherwise, and for invalid dates). A scope key
    is present only when it has counts. Not paginated.

    Args:
        since (datetime.date | Unset):
        until (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | Statistics | str]
    """

    request = build_request(
        since=since,
        until=until,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.date | str | None | Unset = UNSET,
    until: datetime.date | str | None | Unset = UNSET,
) -> RapidProError | RapidProValidationError | Statistics | str | None:
    """Get daily channel statistics

     Unpublicized endpoint: daily message counts per channel and scope, for days from `since` (inclusive)
    to `until` (exclusive), at most 366 days apart (400 otherwise, and for invalid dates). A scope key
    is present only when it has counts. Not paginated.

    Args:
        since (datetime.date | Unset):
        until (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | Statistics | str
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.date | str | None | Unset = UNSET,
    until: datetime.date | str | None | Unset = UNSET,
) -> RapidProError | RapidProValidationError | Statistics | str | None:
    """Get daily channel statistics

     Unpublicized endpoint: daily message counts per channel and scope, for days from `since` (inclusive)
    to `until` (exclusive), at most 366 days apart (400 otherwise, and for invalid dates). A scope key
    is present only when it has counts. Not paginated.

    Args:
        since (datetime.date | Unset):
        until (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | Statistics | str
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
        )
    ).parsed
