"""POST /attachment/upload"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_upload import AttachmentUpload
from ...models.attachment_upload_request import AttachmentUploadRequest
from ...models.monzo_error import MonzoError
from ...types import EndpointRequest, Response, status_of


def build_request(
    *,
    body: AttachmentUploadRequest,
) -> EndpointRequest:
    """`POST /attachment/upload` as an `EndpointRequest`, built and not sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/attachment/upload"
    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="upload_attachment", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentUpload | MonzoError | None:
    if response.status_code == 200:
        response_200 = AttachmentUpload.from_dict(response.json())

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
) -> Response[AttachmentUpload | MonzoError]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadRequest,
) -> Response[AttachmentUpload | MonzoError]:
    """Get a URL to upload an attachment to

     First step of a Monzo-hosted attachment. Send the file's bytes to `upload_url` (a pre-signed
    S3 URL: HTTP PUT with `Content-Type` and `Content-Length`, no bearer token; the docs say POST),
    then register `file_url` with `POST /attachment/register`.

    Args:
        body (AttachmentUploadRequest): Form body of `POST /attachment/upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentUpload | MonzoError]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadRequest,
) -> Response[AttachmentUpload | MonzoError]:
    """Get a URL to upload an attachment to

     First step of a Monzo-hosted attachment. Send the file's bytes to `upload_url` (a pre-signed
    S3 URL: HTTP PUT with `Content-Type` and `Content-Length`, no bearer token; the docs say POST),
    then register `file_url` with `POST /attachment/register`.

    Args:
        body (AttachmentUploadRequest): Form body of `POST /attachment/upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentUpload | MonzoError]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadRequest,
) -> AttachmentUpload | MonzoError | None:
    """Get a URL to upload an attachment to

     First step of a Monzo-hosted attachment. Send the file's bytes to `upload_url` (a pre-signed
    S3 URL: HTTP PUT with `Content-Type` and `Content-Length`, no bearer token; the docs say POST),
    then register `file_url` with `POST /attachment/register`.

    Args:
        body (AttachmentUploadRequest): Form body of `POST /attachment/upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentUpload | MonzoError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadRequest,
) -> AttachmentUpload | MonzoError | None:
    """Get a URL to upload an attachment to

     First step of a Monzo-hosted attachment. Send the file's bytes to `upload_url` (a pre-signed
    S3 URL: HTTP PUT with `Content-Type` and `Content-Length`, no bearer token; the docs say POST),
    then register `file_url` with `POST /attachment/register`.

    Args:
        body (AttachmentUploadRequest): Form body of `POST /attachment/upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentUpload | MonzoError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
