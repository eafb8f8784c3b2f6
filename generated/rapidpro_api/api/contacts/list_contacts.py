"""GET /contacts.json"""

import datetime
from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_page import ContactPage
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...models.urn_order import UrnOrder
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /contacts.json`, by argument name (None: not sent)."""

    uuid: str | None
    urn: str | None
    group: str | None
    deleted: bool | None
    before: datetime.datetime | str | None
    after: datetime.datetime | str | None
    reverse: bool | None
    expand_urns: bool | None
    urn_order: UrnOrder | str | None
    cursor: str | None


def build_request(
    *,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    group: str | None | Unset = UNSET,
    deleted: bool | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    after: datetime.datetime | str | None | Unset = UNSET,
    reverse: bool | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /contacts.json` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "uuid": query_value(uuid),
        "urn": query_value(urn),
        "group": query_value(group),
        "deleted": query_value(deleted),
        "before": query_value(before),
        "after": query_value(after),
        "reverse": query_value(reverse),
        "expand_urns": query_value(expand_urns),
        "urn_order": query_value(urn_order),
        "cursor": query_value(cursor),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/contacts.json"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="list_contacts", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactPage | RapidProError | RapidProValidationError | str | None:
    if response.status_code == 200:
        response_200 = ContactPage.from_dict(response.json())

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
) -> Response[ContactPage | RapidProError | RapidProValidationError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    group: str | None | Unset = UNSET,
    deleted: bool | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    after: datetime.datetime | str | None | Unset = UNSET,
    reverse: bool | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> Response[ContactPage | RapidProError | RapidProValidationError | str]:
    """List contacts

     Lists contacts, most recently modified first (throttle scope `v2.contacts`). Deleted contacts are
    only returned with `deleted=true`; they have a null name, status and language, no URNs, groups or
    notes, and empty fields.

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        group (str | Unset):
        deleted (bool | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        reverse (bool | Unset):
        expand_urns (bool | Unset):
        urn_order (UrnOrder | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        uuid=uuid,
        urn=urn,
        group=group,
        deleted=deleted,
        before=before,
        after=after,
        reverse=reverse,
        expand_urns=expand_urns,
        urn_order=urn_order,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    group: str | None | Unset = UNSET,
    deleted: bool | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    after: datetime.datetime | str | None | Unset = UNSET,
    reverse: bool | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> Response[ContactPage | RapidProError | RapidProValidationError | str]:
    """List contacts

     Lists contacts, most recently modified first (throttle scope `v2.contacts`). Deleted contacts are
    only returned with `deleted=true`; they have a null name, status and language, no URNs, groups or
    notes, and empty fields.

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        group (str | Unset):
        deleted (bool | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        reverse (bool | Unset):
        expand_urns (bool | Unset):
        urn_order (UrnOrder | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        uuid=uuid,
        urn=urn,
        group=group,
        deleted=deleted,
        before=before,
        after=after,
        reverse=reverse,
        expand_urns=expand_urns,
        urn_order=urn_order,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    group: str | None | Unset = UNSET,
    deleted: bool | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    after: datetime.datetime | str | None | Unset = UNSET,
    reverse: bool | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> ContactPage | RapidProError | RapidProValidationError | str | None:
    """List contacts

     Lists contacts, most recently modified first (throttle scope `v2.contacts`). Deleted contacts are
    only returned with `deleted=true`; they have a null name, status and language, no URNs, groups or
    notes, and empty fields.

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        group (str | Unset):
        deleted (bool | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        reverse (bool | Unset):
        expand_urns (bool | Unset):
        urn_order (UrnOrder | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | RapidProError | RapidProValidationError | str
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        urn=urn,
        group=group,
        deleted=deleted,
        before=before,
        after=after,
        reverse=reverse,
        expand_urns=expand_urns,
        urn_order=urn_order,
        cursor=cursor,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | None | Unset = UNSET,
    urn: str | None | Unset = UNSET,
    group: str | None | Unset = UNSET,
    deleted: bool | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    after: datetime.datetime | str | None | Unset = UNSET,
    reverse: bool | None | Unset = UNSET,
    expand_urns: bool | None | Unset = UNSET,
    urn_order: UrnOrder | str | None | Unset = UNSET,
    cursor: str | None | Unset = UNSET,
) -> ContactPage | RapidProError | RapidProValidationError | str | None:
    """List contacts

     Lists contacts, most recently modified first (throttle scope `v2.contacts`). Deleted contacts are
    only returned with `deleted=true`; they have a null name, status and language, no URNs, groups or
    notes, and empty fields.

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        group (str | Unset):
        deleted (bool | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        reverse (bool | Unset):
        expand_urns (bool | Unset):
        urn_order (UrnOrder | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | RapidProError | RapidProValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            urn=urn,
            group=group,
            deleted=deleted,
            before=before,
            after=after,
            reverse=reverse,
            expand_urns=expand_urns,
            urn_order=urn_order,
            cursor=cursor,
        )
    ).parsed
