"""POST /contacts.json"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_write import ContactWrite
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.urn_order import UrnOrder
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `POST /contacts.json`, by argument name (None: not sent)."""

    uuid: str | None
    urn: str | None
    expand_urns: bool | None
    urn_order: UrnOrder | str | None


def build_request(
    *,
    body: ContactWrite,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
) -> EndpointRequest:
    """`POST /contacts.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {
        "uuid": query_value(uuid),
        "urn": query_value(urn),
        "expand_urns": query_value(expand_urns),
        "urn_order": query_value(urn_order),
    }
    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/contacts.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="save_contact", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | RapidProError | RapidProValidationError | str | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Contact.from_dict(response.json())

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
) -> Response[Contact | RapidProError | RapidProValidationError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactWrite,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
) -> Response[Contact | RapidProError | RapidProValidationError | str]:
    """Create, update or upsert a contact

     Without a lookup parameter creates a contact (201). With `?uuid=` updates that contact (200, or 404
    when none matches). With `?urn=` updates the contact owning that URN (200) or, when none does,
    creates one with that URN (201); `urns` may not be in the body then. Only the fields present in the
    body change on update. Deleted contacts cannot be modified; non-active contacts cannot be added to
    groups; only manual groups can be set. A URN already used by another contact gives `{"urns":
    {"<index>": ["URN is in use by another contact."]}}`. `expand_urns`/`urn_order` shape the returned
    contact as on GET.

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        expand_urns (bool | Unset):
        urn_order (UrnOrder | Unset):
        body (ContactWrite): Contact attributes to set; on update only the given ones change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        body=body,
        uuid=uuid,
        urn=urn,
        expand_urns=expand_urns,
        urn_order=urn_order,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactWrite,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
) -> Response[Contact | RapidProError | RapidProValidationError | str]:
    """Create, update or upsert a contact

     Without a lookup parameter creates a contact (201). With `?uuid=` updates that contact (200, or 404
    when none matches). With `?urn=` updates the contact owning that URN (200) or, when none does,
    creates one with that URN (201); `urns` may not be in the body then. Only the fields present in the
    body change on update. Deleted contacts cannot be modified; non-active contacts cannot be added to
    groups; only manual groups can be set. A URN already used by another contact gives `{"urns":
    {"<index>": ["URN is in use by another contact."]}}`. `expand_urns`/`urn_order` shape the returned
    contact as on GET.

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        expand_urns (bool | Unset):
        urn_order (UrnOrder | Unset):
        body (ContactWrite): Contact attributes to set; on update only the given ones change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        body=body,
        uuid=uuid,
        urn=urn,
        expand_urns=expand_urns,
        urn_order=urn_order,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactWrite,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
) -> Contact | RapidProError | RapidProValidationError | str | None:
    """Create, update or upsert a contact

     Without a lookup parameter creates a contact (201). With `?uuid=` updates that contact (200, or 404
    when none matches). With `?urn=` updates the contact owning that URN (200) or, when none does,
    creates one with that URN (201); `urns` may not be in the body then. Only the fields present in the
    body change on update. Deleted contacts cannot be modified; non-active contacts cannot be added to
    groups; only manual groups can be set. A URN already used by another contact gives `{"urns":
    {"<index>": ["URN is in use by another contact."]}}`. `expand_urns`/`urn_order` shape the returned
    contact as on GET.

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        expand_urns (bool | Unset):
        urn_order (UrnOrder | Unset):
        body (ContactWrite): Contact attributes to set; on update only the given ones change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | RapidProError | RapidProValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
        uuid=uuid,
        urn=urn,
        expand_urns=expand_urns,
        urn_order=urn_order,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactWrite,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
) -> Contact | RapidProError | RapidProValidationError | str | None:
    """Create, update or upsert a contact

     Without a lookup parameter creates a contact (201). With `?uuid=` updates that contact (200, or 404
    when none matches). With `?urn=` updates the contact owning that URN (200) or, when none does,
    creates one with that URN (201); `urns` may not be in the body then. Only the fields present in the
    body change on update. Deleted contacts cannot be modified; non-active contacts cannot be added to
    groups; only manual groups can be set. A URN already used by another contact gives `{"urns":
    {"<index>": ["URN is in use by another contact."]}}`. `expand_urns`/`urn_order` shape the returned
    contact as on GET.

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        expand_urns (bool | Unset):
        urn_order (UrnOrder | Unset):
        body (ContactWrite): Contact attributes to set; on update only the given ones change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | RapidProError | RapidProValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            uuid=uuid,
            urn=urn,
            expand_urns=expand_urns,
            urn_order=urn_order,
        )
    ).parsed
