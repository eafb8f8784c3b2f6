"""POST /fields.json"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_field import ContactField
from ...models.contact_field_write import ContactFieldWrite
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `POST /fields.json`, by argument name (None: not sent)."""

    key: str | None


def build_request(
    *,
    body: ContactFieldWrite,
    key: str | None | Unset = UNSET,
) -> EndpointRequest:
    """`POST /fields.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {
        "key": query_value(key),
    }
    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/fields.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="save_field", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactField | RapidProError | RapidProValidationError | str | None:
    if response.status_code == 200:
        response_200 = ContactField.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ContactField.from_dict(response.json())

        return response_201

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
    if response.status_code == 409:
        try:
            response_409 = RapidProError.from_dict(response.json())

            return response_409

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
) -> Response[ContactField | RapidProError | RapidProValidationError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactFieldWrite,
    key: str | None | Unset = UNSET,
) -> Response[ContactField | RapidProError | RapidProValidationError | str]:
    """Create or update a contact field

     Without `key` creates a field (201; the key is generated from the name; 409 when the workspace has
    reached its field limit). With `?key=` updates that field (200, or 404). `name` and `type` are
    required either way (legacy `label`/`value_type` are accepted instead); the type of a date field
    used by campaign events cannot change.

    Args:
        key (str | Unset):
        body (ContactFieldWrite): A contact field to create or update. `name` (or legacy `label`)
            and `type` (or legacy `value_type`) are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactField | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        body=body,
        key=key,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactFieldWrite,
    key: str | None | Unset = UNSET,
) -> Response[ContactField | RapidProError | RapidProValidationError | str]:
    """Create or update a contact field

     Without `key` creates a field (201; the key is generated from the name; 409 when the workspace has
    reached its field limit). With `?key=` updates that field (200, or 404). `name` and `type` are
    required either way (legacy `label`/`value_type` are accepted instead); the type of a date field
    used by campaign events cannot change.

    Args:
        key (str | Unset):
        body (ContactFieldWrite): A contact field to create or update. `name` (or legacy `label`)
            and `type` (or legacy `value_type`) are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactField | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        body=body,
        key=key,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactFieldWrite,
    key: str | None | Unset = UNSET,
) -> ContactField | RapidProError | RapidProValidationError | str | None:
    """Create or update a contact field

     Without `key` creates a field (201; the key is generated from the name; 409 when the workspace has
    reached its field limit). With `?key=` updates that field (200, or 404). `name` and `type` are
    required either way (legacy `label`/`value_type` are accepted instead); the type of a date field
    used by campaign events cannot change.

    Args:
        key (str | Unset):
        body (ContactFieldWrite): A contact field to create or update. `name` (or legacy `label`)
            and `type` (or legacy `value_type`) are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactField | RapidProError | RapidProValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
        key=key,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactFieldWrite,
    key: str | None | Unset = UNSET,
) -> ContactField | RapidProError | RapidProValidationError | str | None:
    """Create or update a contact field

     Without `key` creates a field (201; the key is generated from the name; 409 when the workspace has
    reached its field limit). With `?key=` updates that field (200, or 404). `name` and `type` are
    required either way (legacy `label`/`value_type` are accepted instead); the type of a date field
    used by campaign events cannot change.

    Args:
        key (str | Unset):
        body (ContactFieldWrite): A contact field to create or update. `name` (or legacy `label`)
            and `type` (or legacy `value_type`) are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactField | RapidProError | RapidProValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            key=key,
        )
    ).parsed
