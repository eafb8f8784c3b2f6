"""GET /archives.json"""

import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_page import ArchivePage
from ...models.archive_period import ArchivePeriod
from ...models.archive_type import ArchiveType
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    type_: ArchiveType | Unset = UNSET,
    archive_type: ArchiveType | Unset = UNSET,
    period: ArchivePeriod | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_archive_type: str | Unset = UNSET
    if not isinstance(archive_type, Unset):
        json_archive_type = archive_type.value

    params["archive_type"] = json_archive_type

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get"}
    _kwargs["url"] = "/archives.json"
    _kwargs["params"] = params
    return _kwargs


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
    type_: ArchiveType | Unset = UNSET,
    archive_type: ArchiveType | Unset = UNSET,
    period: ArchivePeriod | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
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

    kwargs = _get_kwargs(
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        limit=limit,
        offset=offset,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ArchiveType | Unset = UNSET,
    archive_type: ArchiveType | Unset = UNSET,
    period: ArchivePeriod | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
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

    kwargs = _get_kwargs(
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        limit=limit,
        offset=offset,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ArchiveType | Unset = UNSET,
    archive_type: ArchiveType | Unset = UNSET,
    period: ArchivePeriod | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
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
    type_: ArchiveType | Unset = UNSET,
    archive_type: ArchiveType | Unset = UNSET,
    period: ArchivePeriod | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
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
