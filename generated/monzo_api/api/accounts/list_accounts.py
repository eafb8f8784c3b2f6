"""GET /accounts"""

from typing import Any, TypedDict

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_list import AccountList
from ...models.account_type import AccountType
from ...models.monzo_error import MonzoError
from ...types import UNSET, EndpointRequest, Response, Unset, query_value, status_of


class QueryParams(TypedDict, total=False):
    """The query parameters of `GET /accounts`, by argument name (None: not sent)."""

    account_type: AccountType | str | None


def build_request(
    *,
    account_type: AccountType | str | None | Unset = UNSET,
) -> EndpointRequest:
    """`GET /accounts` as an `EndpointRequest`, built and not sent.

    Optional parameters given as None or UNSET are not sent.
    """

    params: dict[str, Any] = {
        "account_type": query_value(account_type),
    }
    _kwargs: dict[str, Any] = {"method": "GET"}
    _kwargs["url"] = "/accounts"
    _kwargs["params"] = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return EndpointRequest(operation_id="list_accounts", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountList | MonzoError | None:
    if response.status_code == 200:
        response_200 = AccountList.from_dict(response.json())

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
) -> Response[AccountList | MonzoError]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_type: AccountType | str | None | Unset = UNSET,
) -> Response[AccountList | MonzoError]:
    """List the user's accounts

     Returns every account the user owns, closed ones included (`closed: true`). Real responses
    carry many more fields than the documented `id`, `description` and `created`; note that
    `description` is often the owner's `user_…` id rather than a human label.

    Args:
        account_type (AccountType | Unset): Kind of account. `uk_retail` and `uk_retail_joint` are
            documented; the others are seen in
            real responses (`uk_prepaid` = old prepaid cards, closed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | MonzoError]
    """

    request = build_request(
        account_type=account_type,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_type: AccountType | str | None | Unset = UNSET,
) -> Response[AccountList | MonzoError]:
    """List the user's accounts

     Returns every account the user owns, closed ones included (`closed: true`). Real responses
    carry many more fields than the documented `id`, `description` and `created`; note that
    `description` is often the owner's `user_…` id rather than a human label.

    Args:
        account_type (AccountType | Unset): Kind of account. `uk_retail` and `uk_retail_joint` are
            documented; the others are seen in
            real responses (`uk_prepaid` = old prepaid cards, closed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | MonzoError]
    """

    request = build_request(
        account_type=account_type,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_type: AccountType | str | None | Unset = UNSET,
) -> AccountList | MonzoError | None:
    """List the user's accounts

     Returns every account the user owns, closed ones included (`closed: true`). Real responses
    carry many more fields than the documented `id`, `description` and `created`; note that
    `description` is often the owner's `user_…` id rather than a human label.

    Args:
        account_type (AccountType | Unset): Kind of account. `uk_retail` and `uk_retail_joint` are
            documented; the others are seen in
            real responses (`uk_prepaid` = old prepaid cards, closed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | MonzoError
    """

    return sync_detailed(
        client=client,
        account_type=account_type,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_type: AccountType | str | None | Unset = UNSET,
) -> AccountList | MonzoError | None:
    """List the user's accounts

     Returns every account the user owns, closed ones included (`closed: true`). Real responses
    carry many more fields than the documented `id`, `description` and `created`; note that
    `description` is often the owner's `user_…` id rather than a human label.

    Args:
        account_type (AccountType | Unset): Kind of account. `uk_retail` and `uk_retail_joint` are
            documented; the others are seen in
            real responses (`uk_prepaid` = old prepaid cards, closed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | MonzoError
    """

    return (
        await asyncio_detailed(
            client=client,
            account_type=account_type,
        )
    ).parsed
