"""GET /transactions/{transaction_id}"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expand_option import ExpandOption
from ...models.monzo_error import MonzoError
from ...models.transaction_response import TransactionResponse
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    transaction_id: str,
    *,
    expand: list[ExpandOption] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "get"}
    _kwargs["url"] = "/transactions/{transaction_id}".format(
        transaction_id=quote(str(transaction_id), safe=""),
    )
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MonzoError | TransactionResponse | None:
    if response.status_code == 200:
        response_200 = TransactionResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MonzoError | TransactionResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[ExpandOption] | Unset = UNSET,
) -> Response[MonzoError | TransactionResponse]:
    """Read one transaction

     With `expand[]=merchant` the `merchant` field is the full merchant object instead of its id.

    Args:
        transaction_id (str):
        expand (list[ExpandOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | TransactionResponse]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[ExpandOption] | Unset = UNSET,
) -> Response[MonzoError | TransactionResponse]:
    """Read one transaction

     With `expand[]=merchant` the `merchant` field is the full merchant object instead of its id.

    Args:
        transaction_id (str):
        expand (list[ExpandOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | TransactionResponse]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[ExpandOption] | Unset = UNSET,
) -> MonzoError | TransactionResponse | None:
    """Read one transaction

     With `expand[]=merchant` the `merchant` field is the full merchant object instead of its id.

    Args:
        transaction_id (str):
        expand (list[ExpandOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | TransactionResponse
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[ExpandOption] | Unset = UNSET,
) -> MonzoError | TransactionResponse | None:
    """Read one transaction

     With `expand[]=merchant` the `merchant` field is the full merchant object instead of its id.

    Args:
        transaction_id (str):
        expand (list[ExpandOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | TransactionResponse
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
            expand=expand,
        )
    ).parsed
