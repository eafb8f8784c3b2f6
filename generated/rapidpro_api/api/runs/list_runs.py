"""GET /runs.json"""

import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.run_page import RunPage
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    uuid: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    reverse: bool | Unset = UNSET,
    paths: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uuid"] = uuid

    params["flow"] = flow

    params["contact"] = contact

    params["responded"] = responded

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    params["reverse"] = reverse

    params["paths"] = paths

    params["id"] = id

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get"}
    _kwargs["url"] = "/runs.json"
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RapidProError | RapidProValidationError | RunPage | str | None:
    if response.status_code == 200:
        response_200 = RunPage.from_dict(response.json())

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
) -> Response[RapidProError | RapidProValidationError | RunPage | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    reverse: bool | Unset = UNSET,
    paths: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | RunPage | str]:
    """List flow runs

     Lists flow runs (throttle scope `v2.runs`), most recently modified first. `flow` and `contact`
    cannot be combined (400). With `paths=false` every run has `path: null`.

    Args:
        uuid (str | Unset):
        flow (str | Unset):
        contact (str | Unset):
        responded (bool | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        reverse (bool | Unset):
        paths (bool | Unset):
        id (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | RunPage | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        flow=flow,
        contact=contact,
        responded=responded,
        before=before,
        after=after,
        reverse=reverse,
        paths=paths,
        id=id,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    reverse: bool | Unset = UNSET,
    paths: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | RunPage | str]:
    """List flow runs

     Lists flow runs (throttle scope `v2.runs`), most recently modified first. `flow` and `contact`
    cannot be combined (400). With `paths=false` every run has `path: null`.

    Args:
        uuid (str | Unset):
        flow (str | Unset):
        contact (str | Unset):
        responded (bool | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        reverse (bool | Unset):
        paths (bool | Unset):
        id (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | RunPage | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        flow=flow,
        contact=contact,
        responded=responded,
        before=before,
        after=after,
        reverse=reverse,
        paths=paths,
        id=id,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    reverse: bool | Unset = UNSET,
    paths: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> RapidProError | RapidProValidationError | RunPage | str | None:
    """List flow runs

     Lists flow runs (throttle scope `v2.runs`), most recently modified first. `flow` and `contact`
    cannot be combined (400). With `paths=false` every run has `path: null`.

    Args:
        uuid (str | Unset):
        flow (str | Unset):
        contact (str | Unset):
        responded (bool | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        reverse (bool | Unset):
        paths (bool | Unset):
        id (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | RunPage | str
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        flow=flow,
        contact=contact,
        responded=responded,
        before=before,
        after=after,
        reverse=reverse,
        paths=paths,
        id=id,
        cursor=cursor,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    responded: bool | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    reverse: bool | Unset = UNSET,
    paths: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> RapidProError | RapidProValidationError | RunPage | str | None:
    """List flow runs

     Lists flow runs (throttle scope `v2.runs`), most recently modified first. `flow` and `contact`
    cannot be combined (400). With `paths=false` every run has `path: null`.

    Args:
        uuid (str | Unset):
        flow (str | Unset):
        contact (str | Unset):
        responded (bool | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        reverse (bool | Unset):
        paths (bool | Unset):
        id (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | RunPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            flow=flow,
            contact=contact,
            responded=responded,
            before=before,
            after=after,
            reverse=reverse,
            paths=paths,
            id=id,
            cursor=cursor,
        )
    ).parsed
