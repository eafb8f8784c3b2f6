"""GET /workspace.json"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rapid_pro_error import RapidProError
from ...models.workspace import Workspace
from ...types import EndpointRequest, Response, status_of


def build_request() -> EndpointRequest:
    """`GET /workspace.json` as an `EndpointRequest`, built and not sent."""

    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/workspace.json"
    return EndpointRequest(operation_id="get_workspace", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RapidProError | Workspace | str | None:
    if response.status_code == 200:
        response_200 = Workspace.from_dict(response.json())

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
) -> Response[RapidProError | Workspace | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[RapidProError | Workspace | str]:
    """Get the workspace

     Returns the current workspace (not paginated). Agents may use it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | Workspace | str]
    """

    request = build_request()
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[RapidProError | Workspace | str]:
    """Get the workspace

     Returns the current workspace (not paginated). Agents may use it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | Workspace | str]
    """

    request = build_request()
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> RapidProError | Workspace | str | None:
    """Get the workspace

     Returns the current workspace (not paginated). Agents may use it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | Workspace | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> RapidProError | Workspace | str | None:
    """Get the workspace

     Returns the current workspace (not paginated). Agents may use it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | Workspace | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
