"""GET /.json"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_root import ApiRoot
from ...models.rapid_pro_error import RapidProError
from ...types import EndpointRequest, Response, status_of


def build_request() -> EndpointRequest:
    """`GET /.json` as an `EndpointRequest`, built and not sent."""

    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/.json"
    return EndpointRequest(operation_id="get_api_root", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiRoot | RapidProError | str | None:
    if response.status_code == 200:
        response_200 = ApiRoot.from_dict(response.json())

        return response_200

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
) -> Response[ApiRoot | RapidProError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiRoot | RapidProError | str]:
    """List the endpoints

     Returns an object mapping each published endpoint name to its absolute URL (without the `.json`
    suffix). No authentication is needed. `boundaries`, `channel_events`, `definitions`, `org` and
    `statistics` are routed but not listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiRoot | RapidProError | str]
    """

    request = build_request()
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiRoot | RapidProError | str]:
    """List the endpoints

     Returns an object mapping each published endpoint name to its absolute URL (without the `.json`
    suffix). No authentication is needed. `boundaries`, `channel_events`, `definitions`, `org` and
    `statistics` are routed but not listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiRoot | RapidProError | str]
    """

    request = build_request()
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiRoot | RapidProError | str | None:
    """List the endpoints

     Returns an object mapping each published endpoint name to its absolute URL (without the `.json`
    suffix). No authentication is needed. `boundaries`, `channel_events`, `definitions`, `org` and
    `statistics` are routed but not listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiRoot | RapidProError | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiRoot | RapidProError | str | None:
    """List the endpoints

     Returns an object mapping each published endpoint name to its absolute URL (without the `.json`
    suffix). No authentication is needed. `boundaries`, `channel_events`, `definitions`, `org` and
    `statistics` are routed but not listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiRoot | RapidProError | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
