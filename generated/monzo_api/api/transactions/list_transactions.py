"""GET /transactions"""

import datetime
from typing import Any, Required, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expand_option import ExpandOption
from ...models.monzo_error import MonzoError
from ...models.transaction_list import TransactionList
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /transactions`, by argument name (None: not sent)."""

    account_id: Required[str]
    since: str | None
    before: datetime.datetime | str | None
    limit: int | None
    expand: list[ExpandOption | str] | None


def build_request(
    *,
    account_id: str,
    since: str | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    expand: list[ExpandOption | str] | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /transactions` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "account_id": query_value(account_id),
        "since": query_value(since),
        "before": query_value(before),
        "limit": query_value(limit),
        "expand[]": query_value(expand),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/transactions"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="list_transactions", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MonzoError | TransactionList | None:
    if response.status_code == 200:
        response_200 = TransactionList.from_dict(response.json())

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
) -> Response[MonzoError | TransactionList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    since: str | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    expand: list[ExpandOption | str] | None | Unset = UNSET,
) -> Response[MonzoError | TransactionList]:
    """List an account's transactions

     One page of transactions, oldest first. There is no cursor: request the next page with
    `since=<id of the last transaction>` until fewer than `limit` come back. A `since`..`before`
    span longer than 365 days fails with 400 `bad_request.invalid_time_range`. More than 5
    minutes after authentication, only the last 90 days are readable (403
    `forbidden.verification_required` beyond). Only current accounts and Flex return
    transactions. `merchant` is an id unless `expand[]=merchant` is sent.

    Args:
        account_id (str):
        since (str | Unset):
        before (datetime.datetime | Unset):
        limit (int | Unset):  Default: 30.
        expand (list[ExpandOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | TransactionList]
    """

    request = build_request(
        account_id=account_id,
        since=since,
        before=before,
        limit=limit,
        expand=expand,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    since: str | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    expand: list[ExpandOption | str] | None | Unset = UNSET,
) -> Response[MonzoError | TransactionList]:
    """List an account's transactions

     One page of transactions, oldest first. There is no cursor: request the next page with
    `since=<id of the last transaction>` until fewer than `limit` come back. A `since`..`before`
    span longer than 365 days fails with 400 `bad_request.invalid_time_range`. More than 5
    minutes after authentication, only the last 90 days are readable (403
    `forbidden.verification_required` beyond). Only current accounts and Flex return
    transactions. `merchant` is an id unless `expand[]=merchant` is sent.

    Args:
        account_id (str):
        since (str | Unset):
        before (datetime.datetime | Unset):
        limit (int | Unset):  Default: 30.
        expand (list[ExpandOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | TransactionList]
    """

    request = build_request(
        account_id=account_id,
        since=since,
        before=before,
        limit=limit,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    since: str | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    expand: list[ExpandOption | str] | None | Unset = UNSET,
) -> MonzoError | TransactionList | None:
    """List an account's transactions

     One page of transactions, oldest first. There is no cursor: request the next page with
    `since=<id of the last transaction>` until fewer than `limit` come back. A `since`..`before`
    span longer than 365 days fails with 400 `bad_request.invalid_time_range`. More than 5
    minutes after authentication, only the last 90 days are readable (403
    `forbidden.verification_required` beyond). Only current accounts and Flex return
    transactions. `merchant` is an id unless `expand[]=merchant` is sent.

    Args:
        account_id (str):
        since (str | Unset):
        before (datetime.datetime | Unset):
        limit (int | Unset):  Default: 30.
        expand (list[ExpandOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | TransactionList
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        since=since,
        before=before,
        limit=limit,
        expand=expand,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    since: str | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    expand: list[ExpandOption | str] | None | Unset = UNSET,
) -> MonzoError | TransactionList | None:
    """List an account's transactions

     One page of transactions, oldest first. There is no cursor: request the next page with
    `since=<id of the last transaction>` until fewer than `limit` come back. A `since`..`before`
    span longer than 365 days fails with 400 `bad_request.invalid_time_range`. More than 5
    minutes after authentication, only the last 90 days are readable (403
    `forbidden.verification_required` beyond). Only current accounts and Flex return
    transactions. `merchant` is an id unless `expand[]=merchant` is sent.

    Args:
        account_id (str):
        since (str | Unset):
        before (datetime.datetime | Unset):
        limit (int | Unset):  Default: 30.
        expand (list[ExpandOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | TransactionList
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            since=since,
            before=before,
            limit=limit,
            expand=expand,
        )
    ).parsed
