"""GET /rocks/notes/{rock_id}"""

from typing import Any, TypedDict, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bloom_error import BloomError
from ...models.notes_link import NotesLink
from ...types import UNSET, EndpointRequest, Response, Unset, path_segment, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /rocks/notes/{rock_id}`, by argument name (None: not sent)."""

    show_controls: bool | None
    read_only: bool | None


def build_request(
    rock_id: int,
    *,
    show_controls: bool | None | Unset = UNSET,
    read_only: bool | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /rocks/notes/{rock_id}` as an `EndpointRequest`, built and not sent.

    Each path parameter becomes one escaped segment (empty, `.` and `..` raise
    `errors.InvalidPathParameter`).

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "showControls": query_value(show_controls),
        "readOnly": query_value(read_only),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/rocks/notes/{rock_id}".format(
        rock_id=path_segment(rock_id, "rockId"),
    )
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="get_rock_notes", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BloomError | str | NotesLink | None:
    if response.status_code == 200:
        response_200 = NotesLink.from_dict(response.json())

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
) -> Response[BloomError | str | NotesLink]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rock_id: int,
    *,
    client: AuthenticatedClient | Client,
    show_controls: bool | None | Unset = UNSET,
    read_only: bool | None | Unset = UNSET,
) -> Response[BloomError | str | NotesLink]:
    """Get the notes-pad link of a rock

     Not in the official operation list; seen in public client code (with
    `showControls=false&readOnly=true`).

    Args:
        rock_id (int):
        show_controls (bool | Unset):
        read_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BloomError | str | NotesLink]
    """

    request = build_request(
        rock_id=rock_id,
        show_controls=show_controls,
        read_only=read_only,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    rock_id: int,
    *,
    client: AuthenticatedClient | Client,
    show_controls: bool | None | Unset = UNSET,
    read_only: bool | None | Unset = UNSET,
) -> Response[BloomError | str | NotesLink]:
    """Get the notes-pad link of a rock

     Not in the official operation list; seen in public client code (with
    `showControls=false&readOnly=true`).

    Args:
        rock_id (int):
        show_controls (bool | Unset):
        read_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BloomError | str | NotesLink]
    """

    request = build_request(
        rock_id=rock_id,
        show_controls=show_controls,
        read_only=read_only,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    rock_id: int,
    *,
    client: AuthenticatedClient | Client,
    show_controls: bool | None | Unset = UNSET,
    read_only: bool | None | Unset = UNSET,
) -> BloomError | str | NotesLink | None:
    """Get the notes-pad link of a rock

     Not in the official operation list; seen in public client code (with
    `showControls=false&readOnly=true`).

    Args:
        rock_id (int):
        show_controls (bool | Unset):
        read_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BloomError | str | NotesLink
    """

    return sync_detailed(
        rock_id=rock_id,
        client=client,
        show_controls=show_controls,
        read_only=read_only,
    ).parsed


async def asyncio(
    rock_id: int,
    *,
    client: AuthenticatedClient | Client,
    show_controls: bool | None | Unset = UNSET,
    read_only: bool | None | Unset = UNSET,
) -> BloomError | str | NotesLink | None:
    """Get the notes-pad link of a rock

     Not in the official operation list; seen in public client code (with
    `showControls=false&readOnly=true`).

    Args:
        rock_id (int):
        show_controls (bool | Unset):
        read_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BloomError | str | NotesLink
    """

    return (
        await asyncio_detailed(
            rock_id=rock_id,
            client=client,
            show_controls=show_controls,
            read_only=read_only,
        )
    ).parsed
