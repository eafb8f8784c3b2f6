"""GET /campaign_events.json"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_event_page import CampaignEventPage
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /campaign_events.json`, by argument name (None: not sent)."""

    uuid: str | None
    campaign: str | None
    cursor: str | None


def build_request(
    *,
    uuid: str | None | Unset = UNSET,
    campaign: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /campaign_events.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "uuid": query_value(uuid),
        "campaign": query_value(campaign),
        "cursor": query_value(cursor),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/campaign_events.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="list_campaign_events", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignEventPage | RapidProError | RapidProValidationError | str | None:
    if response.status_code == 200:
        response_200 = CampaignEventPage.from_dict(response.json())

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
) -> Response[CampaignEventPage | RapidProError | RapidProValidationError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | None | Unset = UNSET,
    campaign: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> Response[CampaignEventPage | RapidProError | RapidProValidationError | str]:
    """List campaign events

     Lists the active campaign events, most recently created first.

    Args:
        uuid (str | Unset):
        campaign (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignEventPage | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        uuid=uuid,
        campaign=campaign,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | None | Unset = UNSET,
    campaign: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> Response[CampaignEventPage | RapidProError | RapidProValidationError | str]:
    """List campaign events

     Lists the active campaign events, most recently created first.

    Args:
        uuid (str | Unset):
        campaign (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignEventPage | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        uuid=uuid,
        campaign=campaign,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | None | Unset = UNSET,
    campaign: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> CampaignEventPage | RapidProError | RapidProValidationError | str | None:
    """List campaign events

     Lists the active campaign events, most recently created first.

    Args:
        uuid (str | Unset):
        campaign (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignEventPage | RapidProError | RapidProValidationError | str
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        campaign=campaign,
        cursor=cursor,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | None | Unset = UNSET,
    campaign: str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> CampaignEventPage | RapidProError | RapidProValidationError | str | None:
    """List campaign events

     Lists the active campaign events, most recently created first.

    Args:
        uuid (str | Unset):
        campaign (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignEventPage | RapidProError | RapidProValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            campaign=campaign,
            cursor=cursor,
        )
    ).parsed
