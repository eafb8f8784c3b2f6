"""PATCH /transactions/{transaction_id}"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.monzo_error import MonzoError
from ...models.transaction_annotation_request import TransactionAnnotationRequest
from ...models.transaction_response import TransactionResponse
from ...types import EndpointRequest, Response, path_segment, status_of


def build_request(
    transaction_id: str,
    *,
    body: TransactionAnnotationRequest,
) -> EndpointRequest:
    """`PATCH /transactions/{transaction_id}` as an `EndpointRequest`, built and not sent.

    Each path parameter becomes one escaped segment (empty, `.` and `..` raise
    `errors.InvalidPathParameter`).
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "PATCH"}
    _kwargs["url"] = "/transactions/{transaction_id}".format(
        transaction_id=path_segment(transaction_id, "transaction_id"),
    )
    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="annotate_transaction", **_kwargs)


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
    body: TransactionAnnotationRequest,
) -> Response[MonzoError | TransactionResponse]:
    """Set or remove metadata on a transaction

     Form body with one `metadata[<key>]=<value>` field per key. An empty value deletes the key.
    The key `notes` is special: `metadata[notes]` sets the transaction's top-level `notes`.
    Metadata is private to the calling client.

    Args:
        transaction_id (str):
        body (TransactionAnnotationRequest): Form body of `PATCH /transactions/{transaction_id}`:
            one `metadata[<key>]` field per key
            (for example `metadata[notes]=Lunch`). An empty value deletes the key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | TransactionResponse]
    """

    request = build_request(
        transaction_id=transaction_id,
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransactionAnnotationRequest,
) -> Response[MonzoError | TransactionResponse]:
    """Set or remove metadata on a transaction

     Form body with one `metadata[<key>]=<value>` field per key. An empty value deletes the key.
    The key `notes` is special: `metadata[notes]` sets the transaction's top-level `notes`.
    Metadata is private to the calling client.

    Args:
        transaction_id (str):
        body (TransactionAnnotationRequest): Form body of `PATCH /transactions/{transaction_id}`:
            one `metadata[<key>]` field per key
            (for example `metadata[notes]=Lunch`). An empty value deletes the key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonzoError | TransactionResponse]
    """

    request = build_request(
        transaction_id=transaction_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransactionAnnotationRequest,
) -> MonzoError | TransactionResponse | None:
    """Set or remove metadata on a transaction

     Form body with one `metadata[<key>]=<value>` field per key. An empty value deletes the key.
    The key `notes` is special: `metadata[notes]` sets the transaction's top-level `notes`.
    Metadata is private to the calling client.

    Args:
        transaction_id (str):
        body (TransactionAnnotationRequest): Form body of `PATCH /transactions/{transaction_id}`:
            one `metadata[<key>]` field per key
            (for example `metadata[notes]=Lunch`). An empty value deletes the key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonzoError | TransactionResponse
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
        body=body,
    ).parsed


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransactionAnnotationRequest,
) -> MonzoError | TransactionResponse | None:
    """Set or remove metadata on a transaction

     Form body with one `metadata[<key>]=<value>` field per key. An empty value deletes the key.
    The key `notes` is special: `metadata[notes]` sets the transaction's top-level `notes`.
    Metadata is private to the calling client.

    Args:
        transaction_id (str):
        body (TransactionAnnotationRequest): Form body of `PATCH /transactions/{transaction_id}`:
            one `metadata[<key>]` field per key
            (for example `metadata[notes]=Lunch`). An empty value deletes the key.

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
            body=body,
        )
    ).parsed
