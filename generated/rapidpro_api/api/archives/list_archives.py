"""GET /archives.json"""

import datetime
from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_page import ArchivePage
from ...models.archive_period import ArchivePeriod
from ...models.archive_type import ArchiveType
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /archives.json`, by argument name (None: not sent)."""

    type_: ArchiveType | str | None
    archive_type: ArchiveType | str | None
    period: ArchivePeriod | str | None
    before: datetime.date | str | None
    after: datetime.date | str | None
    limit: int | None
    offset: int | None


def build_request(
    *,
    type_: ArchiveType | str | None | Unset = UNSET,
    archive_type: ArchiveType | str | None | Unset = UNSET,
    period: ArchivePeriod | str | None | Unset = UNSET,
    before: datetime.date | str | None | Unset = UNSET,
    after: datetime.date | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /archives.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "type": query_value(type_),
        "archive_type": query_value(archive_type),
        "period": query_value(period),
        "before": query_value(before),
        "after": query_value(after),
        "limit": query_value(limit),
        "offset": query_value(offset),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/archives.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="list_archives", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArchivePage | RapidProError | RapidProValidationError | str | None:
    if response.status_code == 200:
        response_200 = ArchivePage.from_dict(response.json())

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
) -> Response[ArchivePage | RapidProError | RapidProValidationError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ArchiveType | str | None | Unset = UNSET,
    archive_type: ArchiveType | str | None | Unset = UNSET,
    period: ArchivePeriod | str | None | Unset = UNSET,
    before: datetime.date | str | None | Unset = UNSET,
    after: datetime.date | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
) -> Response[ArchivePage | RapidProError | RapidProValidationError | str]:
    """List archives

     Lists the message and run archives of the workspace, newest `start_date` first. Daily archives
    already rolled up into a monthly archive are left out. Unlike every other list, this one is
    paginated with `limit`/`offset` and its page carries a `count`.

    Args:
        type_ (ArchiveType | Unset):
        archive_type (ArchiveType | Unset):
        period (ArchivePeriod | Unset):
        before (datetime.date | Unset):
        after (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchivePage | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        limit=limit,
        offset=offset,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ArchiveType | str | None | Unset = UNSET,
    archive_type: ArchiveType | str | None | Unset = UNSET,
    period: ArchivePeriod | str | None | Unset = UNSET,
    before: datetime.date | str | None | Unset = UNSET,
    after: datetime.date | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
) -> Response[ArchivePage | RapidProError | RapidProValidationError | str]:
    """List archives

     Lists the message and run archives of the workspace, newest `start_date` first. Daily archives
    already rolled up into a monthly archive are left out. Unlike every other list, this one is
    paginated with `limit`/`offset` and its page carries a `count`.

    Args:
        type_ (ArchiveType | Unset):
        archive_type (ArchiveType | Unset):
        period (ArchivePeriod | Unset):
        before (datetime.date | Unset):
        after (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchivePage | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        limit=limit,
        offset=offset,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ArchiveType | str | None | Unset = UNSET,
    archive_type: ArchiveType | str | None | Unset = UNSET,
    period: ArchivePeriod | str | None | Unset = UNSET,
    before: datetime.date | str | None | Unset = UNSET,
    after: datetime.date | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
) -> ArchivePage | RapidProError | RapidProValidationError | str | None:
    """List archives

     Lists the message and run archives of the workspace, newest `start_date` first. Daily archives
    already rolled up into a monthly archive are left out. Unlike every other list, this one is
    paginated with `limit`/`offset` and its page carries a `count`.

    Args:
        type_ (ArchiveType | Unset):
        archive_type (ArchiveType | Unset):
        period (ArchivePeriod | Unset):
        before (datetime.date | Unset):
        after (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchivePage | RapidProError | RapidProValidationError | str
    """

    return sync_detailed(
        client=client,
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ArchiveType | str | None | Unset = UNSET,
    archive_type: ArchiveType | str | None | Unset = UNSET,
    period: ArchivePeriod | str | None | Unset = UNSET,
    before: datetime.date | str | None | Unset = UNSET,
    after: datetime.date | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
) -> ArchivePage | RapidProError | RapidProValidationError | str | None:
    """List archives

     Lists the message and run archives of the workspace, newest `start_date` first. Daily archives
    already rolled up into a monthly archive are left out. Unlike every other list, this one is
    paginated with `limit`/`offset` and its page carries a `count`.

    Args:
        type_ (ArchiveType | Unset):
        archive_type (ArchiveType | Unset):
        period (ArchivePeriod | Unset):
        before (datetime.date | Unset):
        after (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchivePage | RapidProError | RapidProValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            archive_type=archive_type,
            period=period,
            before=before,
            after=after,
            limit=limit,
            offset=offset,
        )
    ).parsed
