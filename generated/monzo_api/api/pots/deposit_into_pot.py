"""PUT /pots/{pot_id}/deposit"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.monzo_error import MonzoError
from ...models.pot import Pot
from ...models.pot_deposit_request import PotDepositRequest
from ...types import EndpointRequest, Response, path_segment, status_of


def build_request(
    pot_id: str,
    *,
    body: PotDepositRequest,
) -> EndpointRequest:
    """`PUT /pots/{pot_id}/deposit` as an `EndpointRequest`, built and not sent.

    Each path parameter becomes one escaped segment (empty, `.` and `..` raise
    `errors.InvalidPathParameter`).
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "PUT"}
    _kwargs["url"] = "/pots/{pot_id}/deposit".format(
        pot_id=path_segment(pot_id, "pot_id"),
    )
    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="deposit_into_pot", **_kwargs)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MonzoError | Pot | None:
    if response.status_code == 200:
        response_200 = Pot.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MonzoError | Pot]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PotDepositRequest,
) -> Response[MonzoError | Pot]:
    """Move money from an account into a pot

     The fields must be sent as a form body (sent as query parameters the call fails with 400
    `bad_request.bad_param.amount`). `dedupe_id` is an idempotency key: reuse the same value
    when retrying so that only one transfer is made.

    Args:
        pot_id (str):
        body (PotDepositRequest): Form body of `PUT /pots/{pot_id}/deposit`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | Pot]
    """

    request = build_request(
        pot_id=pot_id,
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    pot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PotDepositRequest,
) -> Response[MonzoError | Pot]:
    """Move money from an account into a pot

     The fields must be sent as a form body (sent as query parameters the call fails with 400
    `bad_request.bad_param.amount`). `dedupe_id` is an idempotency key: reuse the same value
    when retrying so that only one transfer is made.

    Args:
        pot_id (str):
        body (PotDepositRequest): Form body of `PUT /pots/{pot_id}/deposit`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | Pot]
    """

    request = build_request(
        pot_id=pot_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    pot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PotDepositRequest,
) -> MonzoError | Pot | None:
    """Move money from an account into a pot

     The fields must be sent as a form body (sent as query parameters the call fails with 400
    `bad_request.bad_param.amount`). `dedupe_id` is an idempotency key: reuse the same value
    when retrying so that only one transfer is made.

    Args:
        pot_id (str):
        body (PotDepositRequest): Form body of `PUT /pots/{pot_id}/deposit`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | Pot
    """

    return sync_detailed(
        pot_id=pot_id,
        client=client,
        body=body,
    ).parsed


async def asyncio(
    pot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PotDepositRequest,
) -> MonzoError | Pot | None:
    """Move money from an account into a pot

     The fields must be sent as a form body (sent as query parameters the call fails with 400
    `bad_request.bad_param.amount`). `dedupe_id` is an idempotency key: reuse the same value
    when retrying so that only one transfer is made.

    Args:
        pot_id (str):
        body (PotDepositRequest): Form body of `PUT /pots/{pot_id}/deposit`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | Pot
    """

    return (
        await asyncio_detailed(
            pot_id=pot_id,
            client=client,
            body=body,
        )
    ).parsed
