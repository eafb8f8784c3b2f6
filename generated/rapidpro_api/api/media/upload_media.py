"""POST /media.json"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.media import Media
from ...models.media_upload import MediaUpload
from ...models.rapid_pro_error import RapidProError
from ...models.rapid_pro_validation_error import RapidProValidationError
from ...types import EndpointRequest, Response, status_of


def build_request(
    *,
    body: MediaUpload,
) -> EndpointRequest:
    """`POST /media.json` as an `EndpointRequest`, built and not sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/media.json"
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="upload_media", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Media | RapidProError | RapidProValidationError | str | None:
    if response.status_code == 201:
        response_201 = Media.from_dict(response.json())

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
) -> Response[Media | RapidProError | RapidProValidationError | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MediaUpload,
) -> Response[Media | RapidProError | RapidProValidationError | str]:
    """Upload media

     Uploads a file for use as a message or broadcast attachment. Allowed types: images (apng, avif, gif,
    jpeg, png, webp), any audio, any video, and PDF; at most 25 MB ("Unsupported file type." / "Limit
    for file uploads is 25.0 MB." as 400 field errors).

    Args:
        body (MediaUpload): A file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Media | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MediaUpload,
) -> Response[Media | RapidProError | RapidProValidationError | str]:
    """Upload media

     Uploads a file for use as a message or broadcast attachment. Allowed types: images (apng, avif, gif,
    jpeg, png, webp), any audio, any video, and PDF; at most 25 MB ("Unsupported file type." / "Limit
    for file uploads is 25.0 MB." as 400 field errors).

    Args:
        body (MediaUpload): A file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Media | RapidProError | RapidProValidationError | str]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MediaUpload,
) -> Media | RapidProError | RapidProValidationError | str | None:
    """Upload media

     Uploads a file for use as a message or broadcast attachment. Allowed types: images (apng, avif, gif,
    jpeg, png, webp), any audio, any video, and PDF; at most 25 MB ("Unsupported file type." / "Limit
    for file uploads is 25.0 MB." as 400 field errors).

    Args:
        body (MediaUpload): A file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Media | RapidProError | RapidProValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MediaUpload,
) -> Media | RapidProError | RapidProValidationError | str | None:
    """Upload media

     Uploads a file for use as a message or broadcast attachment. Allowed types: images (apng, avif, gif,
    jpeg, png, webp), any audio, any video, and PDF; at most 25 MB ("Unsupported file type." / "Limit
    for file uploads is 25.0 MB." as 400 field errors).

    Args:
        body (MediaUpload): A file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Media | RapidProError | RapidProValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
