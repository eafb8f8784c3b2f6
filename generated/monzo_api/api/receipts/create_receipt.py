"""PUT /transaction-receipts"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.monzo_error import MonzoError
from ...models.receipt import Receipt
from ...models.receipt_created import ReceiptCreated
from ...types import EndpointRequest, Response, status_of


def build_request(
    *,
    body: Receipt,
) -> EndpointRequest:
    """`PUT /transaction-receipts` as an `EndpointRequest`, built and not sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "PUT"}
    _kwargs["url"] = "/transaction-receipts"
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="create_receipt", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MonzoError | ReceiptCreated | None:
    if response.status_code == 200:
        response_200 = ReceiptCreated.from_dict(response.json())

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
) -> Response[MonzoError | ReceiptCreated]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Receipt,
) -> Response[MonzoError | ReceiptCreated]:
    """Create or update a receipt

     JSON body (the only JSON request of the API). `external_id` is your idempotency key: a second
    PUT with the same `external_id` updates the existing receipt. Items plus taxes should add
    up to `total`. The docs describe the response body as empty while their example returns
    the receipt id; both `{}` and `{"receipt_id": ...}` parse as `ReceiptCreated`.

    Args:
        body (Receipt): An itemised receipt. `id` is set by Monzo; `external_id` is the caller's
            key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | ReceiptCreated]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Receipt,
) -> Response[MonzoError | ReceiptCreated]:
    """Create or update a receipt

     JSON body (the only JSON request of the API). `external_id` is your idempotency key: a second
    PUT with the same `external_id` updates the existing receipt. Items plus taxes should add
    up to `total`. The docs describe the response body as empty while their example returns
    the receipt id; both `{}` and `{"receipt_id": ...}` parse as `ReceiptCreated`.

    Args:
        body (Receipt): An itemised receipt. `id` is set by Monzo; `external_id` is the caller's
            key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | ReceiptCreated]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Receipt,
) -> MonzoError | ReceiptCreated | None:
    """Create or update a receipt

     JSON body (the only JSON request of the API). `external_id` is your idempotency key: a second
    PUT with the same `external_id` updates the existing receipt. Items plus taxes should add
    up to `total`. The docs describe the response body as empty while their example returns
    the receipt id; both `{}` and `{"receipt_id": ...}` parse as `ReceiptCreated`.

    Args:
        body (Receipt): An itemised receipt. `id` is set by Monzo; `external_id` is the caller's
            key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | ReceiptCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Receipt,
) -> MonzoError | ReceiptCreated | None:
    """Create or update a receipt

     JSON body (the only JSON request of the API). `external_id` is your idempotency key: a second
    PUT with the same `external_id` updates the existing receipt. Items plus taxes should add
    up to `total`. The docs describe the response body as empty while their example returns
    the receipt id; both `{}` and `{"receipt_id": ...}` parse as `ReceiptCreated`.

    Args:
        body (Receipt): An itemised receipt. `id` is set by Monzo; `external_id` is the caller's
            key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | ReceiptCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
