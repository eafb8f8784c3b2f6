"""GET /users.json"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.user_page import UserPage
from ...models.user_role import UserRole
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    uuid: list[str] | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    role: list[UserRole] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_uuid: list[str] | Unset = UNSET
    if not isinstance(uuid, Unset):
        json_uuid = uuid

    params["uuid"] = json_uuid

    json_email: list[str] | Unset = UNSET
    if not isinstance(email, Unset):
        json_email = email

    params["email"] = json_email

    json_role: list[str] | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = []
        for role_item_data in role:
            role_item = role_item_data.value
            json_role.append(role_item)

    params["role"] = json_role

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get"}
    _kwargs["url"] = "/users.json"
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RapidProError | RapidProValidationError | UserPage | str | None:
    if response.status_code == 200:
        response_200 = UserPage.from_dict(response.json())

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
) -> Response[RapidProError | RapidProValidationError | UserPage | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: list[str] | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    role: list[UserRole] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | UserPage | str]:
    """List users

     Lists the users of the workspace, most recently joined first. Agents may use it.

    Args:
        uuid (list[str] | Unset):
        email (list[str] | Unset):
        role (list[UserRole] | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | UserPage | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        email=email,
        role=role,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: list[str] | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    role: list[UserRole] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[RapidProError | RapidProValidationError | UserPage | str]:
    """List users

     Lists the users of the workspace, most recently joined first. Agents may use it.

    Args:
        uuid (list[str] | Unset):
        email (list[str] | Unset):
        role (list[UserRole] | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RapidProError | RapidProValidationError | UserPage | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        email=email,
        role=role,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: list[str] | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    role: list[UserRole] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> RapidProError | RapidProValidationError | UserPage | str | None:
    """List users

     Lists the users of the workspace, most recently joined first. Agents may use it.

    Args:
        uuid (list[str] | Unset):
        email (list[str] | Unset):
        role (list[UserRole] | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | UserPage | str
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        email=email,
        role=role,
        cursor=cursor,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: list[str] | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    role: list[UserRole] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> RapidProError | RapidProValidationError | UserPage | str | None:
    """List users

     Lists the users of the workspace, most recently joined first. Agents may use it.

    Args:
        uuid (list[str] | Unset):
        email (list[str] | Unset):
        role (list[UserRole] | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RapidProError | RapidProValidationError | UserPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            email=email,
            role=role,
            cursor=cursor,
        )
    ).parsed
