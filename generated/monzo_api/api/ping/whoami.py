"""GET /ping/whoami"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.monzo_error import MonzoError
from ...models.who_am_i import WhoAmI
from ...types import EndpointRequest, Response, status_of


def build_request() -> EndpointRequest:
    """`GET /ping/whoami` as an `EndpointRequest`, built and not sent."""

    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/ping/whoami"
    return EndpointRequest(operation_id="whoami", **_kwargs)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MonzoError | WhoAmI | None:
    if response.status_code == 200:
        response_200 = WhoAmI.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MonzoError | WhoAmI]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MonzoError | WhoAmI]:
    """Describe the access token

     Returns whether the token is valid and which user and client it belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | WhoAmI]
    """

    request = build_request()
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MonzoError | WhoAmI]:
    """Describe the access token

     Returns whether the token is valid and which user and client it belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | WhoAmI]
    """

    request = build_request()
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> MonzoError | WhoAmI | None:
    """Describe the access token

     Returns whether the token is valid and which user and client it belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | WhoAmI
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> MonzoError | WhoAmI | None:
    """Describe the access token

     Returns whether the token is valid and which user and client it belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | WhoAmI
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
