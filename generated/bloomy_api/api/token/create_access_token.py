"""POST /Token"""

from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bloom_error import BloomError
from ...models.token_error import TokenError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import EndpointRequest, Response, status_of


def build_request(
    *,
    body: TokenRequest,
) -> EndpointRequest:
    """`POST /Token` as an `EndpointRequest`, built and not sent."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {"method": "POST"}
    _kwargs["url"] = "/Token"
    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return EndpointRequest(operation_id="create_access_token", **_kwargs)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BloomError | str | TokenError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        try:
            response_400 = TokenError.from_dict(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 429:
        try:

            def _parse_response_429(data: object) -> BloomError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_429_type_0 = BloomError.from_dict(data)

                    return response_429_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BloomError | str, data)

            response_429 = _parse_response_429(response.json())

            return response_429

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 500:
        try:

            def _parse_response_500(data: object) -> BloomError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_500_type_0 = BloomError.from_dict(data)

                    return response_500_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BloomError | str, data)

            response_500 = _parse_response_500(response.json())

            return response_500

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BloomError | str | TokenError | TokenResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[BloomError | str | TokenError | TokenResponse]:
    """Exchange a login for an API token

     OAuth2 password grant. Send the login e-mail and password form-encoded; the response holds the
    bearer token for every other call. This route lives at the host root
    (`https://app.bloomgrowth.com/Token`), not under `/api/v1`; the path is case-insensitive (`/token`
    works too).

    Args:
        body (TokenRequest): Form fields of the password grant that exchanges a login for an API
            token. Example: {'grant_type': 'password', 'userName': 'jane.cooper@acme.example',
            'password': 'correct-horse-battery'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BloomError | str | TokenError | TokenResponse]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[BloomError | str | TokenError | TokenResponse]:
    """Exchange a login for an API token

     OAuth2 password grant. Send the login e-mail and password form-encoded; the response holds the
    bearer token for every other call. This route lives at the host root
    (`https://app.bloomgrowth.com/Token`), not under `/api/v1`; the path is case-insensitive (`/token`
    works too).

    Args:
        body (TokenRequest): Form fields of the password grant that exchanges a login for an API
            token. Example: {'grant_type': 'password', 'userName': 'jane.cooper@acme.example',
            'password': 'correct-horse-battery'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BloomError | str | TokenError | TokenResponse]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request.to_httpx())
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> BloomError | str | TokenError | TokenResponse | None:
    """Exchange a login for an API token

     OAuth2 password grant. Send the login e-mail and password form-encoded; the response holds the
    bearer token for every other call. This route lives at the host root
    (`https://app.bloomgrowth.com/Token`), not under `/api/v1`; the path is case-insensitive (`/token`
    works too).

    Args:
        body (TokenRequest): Form fields of the password grant that exchanges a login for an API
            token. Example: {'grant_type': 'password', 'userName': 'jane.cooper@acme.example',
            'password': 'correct-horse-battery'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BloomError | str | TokenError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> BloomError | str | TokenError | TokenResponse | None:
    """Exchange a login for an API token

     OAuth2 password grant. Send the login e-mail and password form-encoded; the response holds the
    bearer token for every other call. This route lives at the host root
    (`https://app.bloomgrowth.com/Token`), not under `/api/v1`; the path is case-insensitive (`/token`
    works too).

    Args:
        body (TokenRequest): Form fields of the password grant that exchanges a login for an API
            token. Example: {'grant_type': 'password', 'userName': 'jane.cooper@acme.example',
            'password': 'correct-horse-battery'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BloomError | str | TokenError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
