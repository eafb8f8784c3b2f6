"""GET /transactions/{transaction_id}"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expand_option import ExpandOption
from ...models.monzo_error import MonzoError
from ...models.transaction_response import TransactionResponse
from ...types import UNSET, EndpointRequest, Response, Unset, path_segment, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /transactions/{transaction_id}`, by argument name (None: not sent)."""

    expand: list[ExpandOption | str] | None


def build_request(
    transaction_id: str,
    *,
    expand: list[ExpandOption | str] | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /transactions/{transaction_id}` as an `EndpointRequest`, built and not sent.

    Each path parameter becomes one escaped segment (empty, `.` and `..` raise
    `errors.InvalidPathParameter`).

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "expand[]": query_value(expand),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/transactions/{transaction_id}".format(
        transaction_id=path_segment(transaction_id, "transaction_id"),
    )
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="retrieve_transaction", **_kwargs)


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
    expand: list[ExpandOption | str] | None | Unset = UNSET,
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

    request = build_request(
        transaction_id=transaction_id,
        expand=expand,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[ExpandOption | str] | None | Unset = UNSET,
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

    request = build_request(
        transaction_id=transaction_id,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[ExpandOption | str] | None | Unset = UNSET,
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
    expand: list[ExpandOption | str] | None | Unset = UNSET,
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
