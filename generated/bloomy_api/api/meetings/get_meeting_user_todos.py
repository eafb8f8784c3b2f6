"""GET /L10/{meeting_id}/users/{user_id}/todos"""

from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bloom_error import BloomError
from ...models.todo import Todo
from ...types import EndpointRequest, Response, path_segment, status_of


def build_request(
    meeting_id: int,
    user_id: int,
) -> EndpointRequest:
    """`GET /L10/{meeting_id}/users/{user_id}/todos` as an `EndpointRequest`, built and not sent.

    Each path parameter becomes one escaped segment (empty, `.` and `..` raise
    `errors.InvalidPathParameter`).
    """

    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/L10/{meeting_id}/users/{user_id}/todos".format(
        meeting_id=path_segment(meeting_id, "meetingId"),
        user_id=path_segment(user_id, "userId"),
    )
    return EndpointRequest(operation_id="get_meeting_user_todos", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BloomError | str | list[Todo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Todo.from_dict(response_200_item_data)

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
) -> Response[BloomError | str | list[Todo]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BloomError | str | list[Todo]]:
    """List a user's todos in a meeting

    Args:
        meeting_id (int):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BloomError | str | list[Todo]]
    """

    request = build_request(
        meeting_id=meeting_id,
        user_id=user_id,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    meeting_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BloomError | str | list[Todo]]:
    """List a user's todos in a meeting

    Args:
        meeting_id (int):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BloomError | str | list[Todo]]
    """

    request = build_request(
        meeting_id=meeting_id,
        user_id=user_id,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    meeting_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BloomError | str | list[Todo] | None:
    """List a user's todos in a meeting

    Args:
        meeting_id (int):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BloomError | str | list[Todo]
    """

    return sync_detailed(
        meeting_id=meeting_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio(
    meeting_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BloomError | str | list[Todo] | None:
    """List a user's todos in a meeting

    Args:
        meeting_id (int):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BloomError | str | list[Todo]
    """

    return (
        await asyncio_detailed(
            meeting_id=meeting_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
