"""GET /L10/list"""

from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bloom_error import BloomError
from ...models.meeting_list_item import MeetingListItem
from ...types import EndpointRequest, Response, status_of


def build_request() -> EndpointRequest:
    """`GET /L10/list` as an `EndpointRequest`, built and not sent."""

    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/L10/list"
    return EndpointRequest(operation_id="list_meetings", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BloomError | str | list[MeetingListItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MeetingListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        try:

            def _parse_response_400(data: object) -> BloomError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_400_type_0 = BloomError.from_dict(data)

                    return response_400_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BloomError | str, data)

            response_400 = _parse_response_400(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 401:
        try:

            def _parse_response_401(data: object) -> BloomError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_401_type_0 = BloomError.from_dict(data)

                    return response_401_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BloomError | str, data)

            response_401 = _parse_response_401(response.json())

            return response_401

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 403:
        try:

            def _parse_response_403(data: object) -> BloomError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_403_type_0 = BloomError.from_dict(data)

                    return response_403_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BloomError | str, data)

            response_403 = _parse_response_403(response.json())

            return response_403

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 404:
        try:

            def _parse_response_404(data: object) -> BloomError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_404_type_0 = BloomError.from_dict(data)

                    return response_404_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BloomError | str, data)

            response_404 = _parse_response_404(response.json())

            return response_404

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 429:
        try:

            def _parse_response_429(data: object) -> BloomError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_429_type_0 = BloomError.from_dict(data)

                    return response_429_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BloomError | str, data)

            response_429 = _parse_response_429(response.json())

            return response_429

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 500:
        try:

            def _parse_response_500(data: object) -> BloomError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_500_type_0 = BloomError.from_dict(data)

                    return response_500_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BloomError | str, data)

            response_500 = _parse_response_500(response.json())

            return response_500

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BloomError | str | list[MeetingListItem]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BloomError | str | list[MeetingListItem]]:
    """List your Level 10 meetings

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BloomError | str | list[MeetingListItem]]
    """

    request = build_request()
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BloomError | str | list[MeetingListItem]]:
    """List your Level 10 meetings

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BloomError | str | list[MeetingListItem]]
    """

    request = build_request()
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> BloomError | str | list[MeetingListItem] | None:
    """List your Level 10 meetings

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BloomError | str | list[MeetingListItem]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> BloomError | str | list[MeetingListItem] | None:
    """List your Level 10 meetings

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BloomError | str | list[MeetingListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
