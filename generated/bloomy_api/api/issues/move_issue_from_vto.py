"""POST /issues/{issue_id}/movefromvto"""

from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bloom_error import BloomError
from ...types import UNSET, EndpointRequest, Response, Unset, path_segment, status_of


def build_request(
    issue_id: int,
    *,
    include_permission: bool | None | Unset = UNSET,
) -> EndpointRequest:
    """`POST /issues/{issue_id}/movefromvto` as an `EndpointRequest`, built and not sent.

    Each path parameter becomes one escaped segment (empty, `.` and `..` raise
    `errors.InvalidPathParameter`).

    Optional parameters given as None or UNSET are not sent.
    """
    include_permission = UNSET if include_permission is None else include_permission
    headers: dict[str, Any] = {}
    if not isinstance(include_permission, Unset):
        headers["Include_Permission"] = "true" if include_permission else "false"

    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/issues/{issue_id}/movefromvto".format(
        issue_id=path_segment(issue_id, "issueId"),
    )
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="move_issue_from_vto", **_kwargs)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | BloomError | str | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | BloomError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    issue_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_permission: bool | None | Unset = UNSET,
) -> Response[Any | BloomError | str]:
    """Move an issue back from the V/TO

    Args:
        issue_id (int):
        include_permission (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BloomError | str]
    """

    request = build_request(
        issue_id=issue_id,
        include_permission=include_permission,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    issue_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_permission: bool | None | Unset = UNSET,
) -> Response[Any | BloomError | str]:
    """Move an issue back from the V/TO

    Args:
        issue_id (int):
        include_permission (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BloomError | str]
    """

    request = build_request(
        issue_id=issue_id,
        include_permission=include_permission,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    issue_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_permission: bool | None | Unset = UNSET,
) -> Any | BloomError | str | None:
    """Move an issue back from the V/TO

    Args:
        issue_id (int):
        include_permission (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BloomError | str
    """

    return sync_detailed(
        issue_id=issue_id,
        client=client,
        include_permission=include_permission,
    ).parsed


async def asyncio(
    issue_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_permission: bool | None | Unset = UNSET,
) -> Any | BloomError | str | None:
    """Move an issue back from the V/TO

    Args:
        issue_id (int):
        include_permission (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BloomError | str
    """

    return (
        await asyncio_detailed(
            issue_id=issue_id,
            client=client,
            include_permission=include_permission,
        )
    ).parsed
